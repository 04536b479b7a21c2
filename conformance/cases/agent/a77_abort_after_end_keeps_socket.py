# catalogue 77 - test-http-keepalive-free.js, test-http-client-abort-keep-alive-destroy-res.js: req.abort()/req.destroy()/res.destroy() after the response 'end' leave the freed socket alone
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, process

socketsCreated = 0


class Agent(http.Agent):
    def createConnection(self, options, oncreate=None):
        global socketsCreated
        socket = super().createConnection(options, oncreate)
        socketsCreated += 1
        return socket


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    server = http.createServer(lambda req, res: res.end(req.url))

    def attempt(port, method):
        def executor(resolve):
            global socketsCreated
            agent = Agent({'keepAlive': True, 'maxSockets': 1})
            socketsCreated = 0
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent})

            def onsocket(socket):
                socket.on('free', lambda *a: log(method, "socket 'free'"))
            req.on('socket', onsocket)

            def onresponse(res):
                log(method, 'response: req.destroyed', req.destroyed)

                def onend():
                    log(method, 'end: req.destroyed', req.destroyed)
                    if method == 'res.destroy':
                        res.destroy()
                    else:
                        getattr(req, method)()
                    log(method, 'socket destroyed after call', req.socket.destroyed)

                    def onresponse2(res2):
                        res2.resume()

                        def onend2():
                            log(method, 'next request served; socketsCreated', socketsCreated)
                            agent.destroy()
                            resolve()
                        res2.on('end', onend2)
                    http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse2)
                res.on('end', onend).resume()
            req.on('response', onresponse)
            req.end()
            log(method, 'after end(): req.destroyed', req.destroyed)
        return Promise(executor)

    async def onlistening():
        port = server.address()['port']
        for method in ['abort', 'destroy', 'res.destroy']:
            await attempt(port, method)
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
