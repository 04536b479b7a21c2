# catalogue 50 - probes p09, p21: with an agent timeout T, 'Keep-Alive: timeout=N' makes the free-socket timeout min(T, N*1000-1000)
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, net, process, timers

CASES = [
    [{'keepAlive': True, 'timeout': 7000}, 'Keep-Alive: timeout=5'],
    [{'keepAlive': True, 'timeout': 7000}, 'Keep-Alive: timeout=2'],
    [{'keepAlive': True, 'timeout': 2000}, 'Keep-Alive: timeout=5'],
    [{'keepAlive': True, 'timeout': 60000}, 'Keep-Alive: timeout=5'],
]


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    header = ''

    # A raw server: one canned response per connection, carrying the current header.
    def onconnection(sock):
        sock.once('data', lambda *a: sock.write(f'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n{header}\r\n\r\nok'))
    server = net.createServer(onconnection)

    async def onlistening():
        nonlocal header
        port = server.address()['port']
        for options, h in CASES:
            header = h
            agent = http.Agent(options)
            name = agent.getName({'host': '127.0.0.1', 'port': port})

            def executor(resolve):
                def onresponse(res):
                    res.resume()
                    res.on('end', lambda: timers.setImmediate(resolve))
                http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            await Promise(executor)
            free = agent.freeSockets.get(name) or []
            log(options, h, '-> pooled', len(free) == 1, 'free socket.timeout', free[0].timeout if len(free) else None)
            agent.destroy()
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
