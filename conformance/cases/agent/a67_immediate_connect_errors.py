# catalogue 67 - test-http-client-immediate-error.js: connect errors (ECONNREFUSED, EADDRINUSE from bind) surface as request 'error' and the socket leaves the agent
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, net, process, timers


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    server = net.createServer()

    def attempt(label, options, ports):
        def executor(resolve):
            agent = http.Agent({'keepAlive': True})

            def clean(s):
                for p in ports:
                    s = s.replace(str(p), 'PORT')
                return s

            def sizes(m):
                return {clean(k): len(v) for k, v in m.items()}
            req = http.get({'host': '127.0.0.1', 'agent': agent, **options})
            log(label, 'after http.get: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount)
            req.on('socket', lambda *a: log(label, 'socket'))
            req.on('error', lambda e: log(label, 'req error', e.code, e.syscall, clean(str(e))))

            def later():
                log(label, 'after close: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount)
                resolve()
            req.on('close', lambda: timers.setImmediate(later))
        return Promise(executor)

    async def onlistening():
        busyPort = server.address()['port']
        # A port that was just released: nothing listens there.
        closed = net.createServer()
        await Promise(lambda resolve: closed.listen(0, '127.0.0.1', resolve))
        freePort = closed.address()['port']
        await Promise(lambda resolve: closed.close(resolve))
        await attempt('refused:', {'port': freePort}, [freePort])
        await attempt('bind:', {'port': busyPort, 'localAddress': '127.0.0.1', 'localPort': busyPort}, [busyPort])
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
