"""maxRequestsPerSocket on the client: retire a connection after N requests.

Useful behind a load balancer (spread long-lived clients over new backends)
or against a server that limits requests per connection. Ten requests over a
keep-alive agent with ``maxRequestsPerSocket: 3`` use four connections.

    python examples/ext_max_requests_per_socket.py
"""

from node_http_agent import events, http, process


async def main():
    remote_ports = set()

    def onrequest(req, res):
        remote_ports.add(req.socket.remotePort)
        res.end('ok')
    server = http.createServer(onrequest)
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    async with http.Agent({'keepAlive': True, 'maxRequestsPerSocket': 3}) as agent:
        for i in range(10):
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'],
                            'agent': agent})
            [res] = await events.once(req, 'response')
            async for _ in res:
                pass
            print(f'request {i}: reusedSocket={req.reusedSocket}')
        print('connections used:', len(remote_ports))
        print('sockets created:', agent.getCurrentStatus()['createSocketCount'])
    server.close()


process.run(main)
