"""The keep-alive pool at work: 200 requests through an agent with maxSockets 4.

Phase 1 fires 200 requests at once: four sockets are opened, the other
requests wait in ``agent.requests`` and each takes over a socket the moment a
response ends (Node's ``'free'`` hand-off). Phase 2 sends requests one after
another: each takes an idle socket from ``agent.freeSockets``
(``req.reusedSocket`` is then True). A Node user would write the same program
with ``http.createServer`` and ``new http.Agent``.

    python examples/keepalive_pool.py
"""

import asyncio

from node_http_agent import events, http, process

REQUESTS = 200


def fetch(agent, port, path):
    """Send one GET now (as a JS async function would, up to its first await);
    return an awaitable of (request, body)."""
    req = http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent})
    response = events.once(req, 'response')

    async def body():
        [res] = await response
        return req, b''.join([chunk async for chunk in res])
    return body()


async def main():
    connections = []
    server = http.createServer(lambda req, res: res.end('hello world'))
    server.on('connection', connections.append)
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    port = server.address()['port']
    agent = http.Agent({'keepAlive': True, 'maxSockets': 4})
    name = agent.getName({'host': '127.0.0.1', 'port': port})

    pending = [fetch(agent, port, f'/item/{i}') for i in range(REQUESTS)]
    print(f'phase 1: {REQUESTS} requests at once')
    print(f'  sockets active: {len(agent.sockets[name])}, requests queued: '
          f'{len(agent.requests[name])}')
    results = await asyncio.gather(*pending)
    await asyncio.sleep(0)  # let the last socket go back to the pool
    print(f'  completed: {len(results)}, body bytes: {sum(len(b) for _, b in results)}')
    print(f'  TCP connections the server accepted: {len(connections)}')
    print(f'  idle sockets now in agent.freeSockets: {len(agent.freeSockets[name])}')

    reused = 0
    for i in range(20):
        req, _ = await fetch(agent, port, f'/again/{i}')
        reused += req.reusedSocket
        await asyncio.sleep(0)
    print('phase 2: 20 requests one after another')
    print(f'  served from the idle pool (req.reusedSocket): {reused} of 20')
    print(f'  TCP connections the server accepted in total: {len(connections)}')

    agent.destroy()
    server.close()


if __name__ == '__main__':
    process.run(main)
