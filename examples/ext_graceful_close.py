"""Graceful shutdown: ``await agent.close()`` and ``async with`` for agents and servers.

``close()`` stops handing out sockets, fails queued requests with
``ERR_AGENT_CLOSED``, closes idle sockets and waits for active requests
(``close(timeout=ms)`` destroys what is still running after ``ms``).
``destroy()`` keeps Node's meaning (everything dies at once).

    python examples/ext_graceful_close.py
"""

from node_http_agent import events, http, process
from node_http_agent.timers import setTimeout


async def main():
    def handler(req, res):
        setTimeout(lambda: res.end(f'done {req.url}'), 50)
    async with http.createServer(handler) as server:
        server.listen(0, '127.0.0.1')
        await events.once(server, 'listening')
        async with http.Agent({'keepAlive': True, 'maxSockets': 1}) as agent:
            for path in ('/in-flight', '/queued'):
                req = http.get({'host': '127.0.0.1', 'port': server.address()['port'],
                                'agent': agent, 'path': path})
                req.on('response', lambda res, p=path: (
                    print(f'{p}: response {res.statusCode}'), res.resume()))
                req.on('error', lambda err, p=path: print(f'{p}: {err.code}'))
            print('leaving the agent block: close() waits for the request in flight')
        print('agent closed; pool:', agent.getCurrentStatus()['sockets'])
    print('server closed; listening:', server.listening)


process.run(main)
