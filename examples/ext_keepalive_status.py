"""agentkeepalive's options on the built-in Agent: idle lifetime, socket TTL, pool status.

``freeSocketTimeout`` closes a socket that idles in the pool that long
(Node's ``timeout`` still applies to active sockets); ``socketActiveTTL``
retires a socket once it is that old; ``getCurrentStatus()`` and
``statusChanged`` report the pool as agentkeepalive does.

    python examples/ext_keepalive_status.py
"""

import asyncio
import json

from node_http_agent import events, http, process


async def fetch(agent, port, path):
    req = http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent})
    [res] = await events.once(req, 'response')
    async for _ in res:
        pass
    return req.reusedSocket


async def main():
    server = http.createServer(lambda req, res: res.end('ok'))
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    port = server.address()['port']
    agent = http.Agent({'keepAlive': True, 'timeout': 8000,
                        'freeSocketTimeout': 100, 'socketActiveTTL': 1000})
    print('first request reused a socket:', await fetch(agent, port, '/a'))
    print('second request reused a socket:', await fetch(agent, port, '/b'))
    print('status:', json.dumps(agent.getCurrentStatus()))
    print('statusChanged:', agent.statusChanged, 'then', agent.statusChanged)
    await asyncio.sleep(0.3)  # longer than freeSocketTimeout: the idle socket is closed
    status = agent.getCurrentStatus()
    print('after idling 300 ms: free sockets', status['freeSockets'],
          'timeouts', status['timeoutSocketCount'], 'closed', status['closeSocketCount'])
    print('third request reused a socket:', await fetch(agent, port, '/c'))
    await agent.close()
    server.close()


process.run(main)
