# catalogue 3 - test-http-keepalive-request.js: 10 sequential keep-alive requests reach the server on one connection
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0
    seen = []

    def handler(req, res):
        if not any(s is req.socket for s in seen):
            seen.append(req.socket)
        res.end(req.url)
    server = http.createServer(handler)

    def onconnection(socket):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        reused = []
        n = 0

        def next():
            nonlocal n
            if n == 10:
                log('reusedSocket', reused)
                log('connections accepted', connections, 'server-side sockets', len(seen))

                def ongetconnections(err, count):
                    log('getConnections', err, count)
                    agent.destroy()
                    server.close()
                server.getConnections(ongetconnections)
                return
            n += 1

            def onresponse(res):
                reused.append(req.reusedSocket)
                res.resume()
                res.on('end', lambda: timers.setImmediate(next))
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/' + str(n), 'agent': agent}, onresponse)
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
