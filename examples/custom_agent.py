"""A custom agent through Node's hooks: createConnection and keepSocketAlive.

``CountingAgent`` opens its connections through ``createConnection`` (here it
logs and tags each socket, then defers to ``net.createConnection``) and
decides in ``keepSocketAlive`` which sockets may wait in the pool: at most
``maxUses`` requests per connection. The same hooks can be assigned to an
instance instead, as in Node (shown at the end).

    python examples/custom_agent.py
"""

import itertools

from node_http_agent import http, net, process


class CountingAgent(http.Agent):
    def __init__(self, options=None, maxUses=3, **kwargs):
        super().__init__(options, **kwargs)
        self.maxUses = maxUses
        self.ids = itertools.count(1)

    def createConnection(self, options, callback=None):
        socket = net.createConnection(options)
        socket.connectionId = next(self.ids)
        socket.uses = 0
        print(f'  createConnection #{socket.connectionId} to {options["host"]} '
              f'(pool key {options["_agentKey"]!r})')
        return socket

    def keepSocketAlive(self, socket):
        socket.uses += 1
        if socket.uses >= self.maxUses:
            print(f'  keepSocketAlive: connection #{socket.connectionId} retired after '
                  f'{socket.uses} requests')
            return False  # the agent destroys it
        return super().keepSocketAlive(socket)


async def get(agent, port, path):
    from node_http_agent import events
    req = http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent})
    closed = events.once(req, 'close')  # attach now: 'close' may come before we resume
    [res] = await events.once(req, 'response')
    body = b''.join([chunk async for chunk in res])
    await closed  # the socket has gone back to the agent (or been retired)
    return req, body


async def main():
    from node_http_agent import events
    server = http.createServer(lambda req, res: res.end(f'you asked for {req.url}'))
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    port = server.address()['port']

    agent = CountingAgent({'keepAlive': True}, maxUses=3)
    print('subclass overriding createConnection and keepSocketAlive:')
    for i in range(7):
        req, body = await get(agent, port, f'/{i}')
        print(f'request {i}: {body.decode()!r} on connection #{req.socket.connectionId}'
              f' (reusedSocket={req.reusedSocket})')
    agent.destroy()

    print('the same policy assigned to an instance (called without self, as in Node):')
    plain = http.Agent({'keepAlive': True})
    default_keep = plain.keepSocketAlive
    plain.keepSocketAlive = lambda socket: (print('  keepSocketAlive hook called'),
                                            default_keep(socket))[1]
    await get(plain, port, '/instance-hook')
    await get(plain, port, '/instance-hook-again')
    plain.destroy()
    server.close()


if __name__ == '__main__':
    process.run(main)
