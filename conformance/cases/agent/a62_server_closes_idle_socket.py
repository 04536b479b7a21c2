# catalogue 62 - test-http-agent-keepalive.js (remoteClose), probe p12 A: when the server closes an idle pooled socket, 'close' removes it from freeSockets and the next request opens a new connection
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0

    def handler(req, res):
        if req.url == '/close-later':
            s = req.socket
            res.end('x', lambda *a: timers.setTimeout(lambda: s.end(), 50))
            return
        res.end('ok')
    server = http.createServer(handler)

    def onconnection(*args):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def state():
            return ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount]

        def onresponse(res):
            res.resume()

            def later():
                s = req.socket
                log('after response:', *state())
                s.on('end', lambda *a: log('pooled socket end (server closed it)'))

                def afterclose():
                    log('after close: destroyed', s.destroyed, *state())

                    def onresponse2(res):
                        res.resume()

                        def onend():
                            log('next request: new socket', req2.socket is not s, 'reusedSocket', req2.reusedSocket, 'connections', connections)
                            agent.destroy()
                            server.close()
                        res.on('end', onend)
                    req2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/'}, onresponse2)
                s.once('close', lambda *a: timers.setImmediate(afterclose))
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/close-later'}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
