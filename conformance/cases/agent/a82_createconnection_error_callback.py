# catalogue 82, 10 - test-http-agent.js (test2), test-http-createConnection.js (probe p13): createConnection calling back with an error makes the request emit it; N x M failing requests do not explode; sockets[name] = [] is left behind
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, process, timers

N = 4
M = 4


class FailingAgent(http.Agent):
    def createConnection(self, _, cb=None):
        process.nextTick(cb, Exception('nothing'))


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    served = 0

    def handler(req, res):
        nonlocal served
        served += 1
        res.end()
    server = http.createServer(handler)

    async def onlistening():
        port = server.address()['port']

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        # One request, createConnection assigned on the instance.
        agent = http.Agent({'keepAlive': True})
        agent.createConnection = lambda opts, cb=None: process.nextTick(cb, Exception('Could not create socket'))

        def executor(resolve):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, lambda res: log('response?!'))
            req.on('error', lambda e: log("req 'error'", str(e), 'total', agent.totalSocketCount, 'sockets', sizes(agent.sockets)))

            def onclose():
                log("req 'close' destroyed", req.destroyed)
                resolve()
            req.on('close', onclose)
        await Promise(executor)
        # N x M concurrent requests on an agent whose createConnection always fails.
        agent = FailingAgent()
        messages = {}
        errors = 0

        def executor2(resolve):
            for i in range(N):
                def batch():
                    for j in range(M):
                        req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/', 'agent': agent}, lambda res: log('response?!'))

                        def onerror(e):
                            nonlocal errors
                            messages[str(e)] = True
                            errors += 1
                            if errors == N * M:
                                timers.setImmediate(resolve)
                        req.on('error', onerror)
                timers.setTimeout(batch, i)
        await Promise(executor2)
        log('errors', errors, 'messages', list(messages), 'total', agent.totalSocketCount, 'sockets', sizes(agent.sockets), 'requests', sizes(agent.requests), 'served', served)
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
