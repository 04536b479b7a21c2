# catalogue 58, 4 - test-http-keepalive-override.js, probes p04, p05: reuseSocket overridden in a subclass runs once per pooled reuse, never for new sockets or queue hand-offs
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers

reuseCalls = 0
lastFree = None


class MyAgent(http.Agent):
    def reuseSocket(self, socket, req):
        global reuseCalls
        reuseCalls += 1
        log('reuseSocket: the pooled socket', socket is lastFree, 'req.path', req.path, 'this is the agent', self is agent)
        return super().reuseSocket(socket, req)


agent = None


def main():
    def handler(req, res):
        timers.setTimeout(lambda: res.end(req.url), 10)
    server = http.createServer(handler)

    def onlistening():
        global agent
        port = server.address()['port']
        agent = MyAgent({'keepAlive': True, 'maxSockets': 1})
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        sockets = []
        left = 3
        for path in ['/1', '/2', '/3']:
            def make(path):
                def onresponse(res):
                    res.resume()

                    def onend():
                        nonlocal left
                        log(path, 'reusedSocket', req.reusedSocket, 'reuseCalls', reuseCalls)
                        left -= 1
                        if left == 0:
                            timers.setImmediate(next)
                    res.on('end', onend)
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': path}, onresponse)
                req.on('socket', lambda s: sockets.append(s))
            make(path)

        def next():
            global lastFree
            log('one socket served all three', all(s is sockets[0] for s in sockets))
            lastFree = agent.freeSockets[name][0]

            def onresponse(res):
                res.resume()

                def onend():
                    log('/4 reusedSocket', req.reusedSocket, 'same socket', req.socket is sockets[0], 'reuseCalls', reuseCalls)
                    agent.destroy()
                    server.close()
                res.on('end', onend)
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/4'}, onresponse)
            log('after http.get returned: reuseCalls', reuseCalls, 'req.socket', req.socket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
