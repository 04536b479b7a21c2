# catalogue 57, 58 - test-http-keepalive-override.js (probe p10): keepSocketAlive/reuseSocket overridden in a subclass; a falsy keepSocketAlive destroys the socket
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers

called = 0
expectedSocket = None


class MyAgent(http.Agent):
    def keepSocketAlive(self, socket):
        global called, expectedSocket
        called += 1
        log('keepSocketAlive call', called, 'socket given', bool(socket))
        if called == 1:
            return False
        elif called == 2:
            expectedSocket = socket
            return super().keepSocketAlive(socket)
        log('third call gets the reused socket', socket is expectedSocket)
        return False

    def reuseSocket(self, socket, req):
        log('reuseSocket: expected socket', socket is expectedSocket, 'req given', bool(req))
        return super().reuseSocket(socket, req)


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        agent = MyAgent({
            'keepAlive': True,
            'maxSockets': 5,
            'maxFreeSockets': 2,
        })
        name = agent.getName({'host': '127.0.0.1', 'port': server.address()['port']})

        def req(callback):
            def onresponse(res):
                res.resume()

                def onend():
                    def later():
                        log('after request: socket destroyed', r.socket.destroyed, 'free', len(agent.freeSockets.get(name) or []), 'reusedSocket', r.reusedSocket)
                        callback()
                    timers.setImmediate(later)
                res.once('end', onend)
            r = http.request({
                'method': 'GET',
                'host': '127.0.0.1',
                'path': '/',
                'agent': agent,
                'port': server.address()['port'],
            }, onresponse)
            r.end()

        def third():
            log('keepSocketAlive calls', called)
            server.close()

        # Should destroy socket instead of keeping it alive
        # Should keep socket alive
        # Should reuse the socket
        req(lambda: req(lambda: req(third)))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
