# catalogue 3 - test-http-unix-socket-keep-alive.js: sequential keep-alive requests over a unix socket share one connection; the pool key ends with the socket path (probe p17)
# conformance: agent
import os
import tempfile

from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    sockPath = os.path.join(tempfile.gettempdir(), f'conformance-a03-{os.getpid()}.sock')
    try:
        os.unlink(sockPath)
    except OSError:
        pass
    server = http.createServer(lambda req, res: res.end('unix'))

    def onlistening():
        agent = http.Agent({'keepAlive': True})

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(sockPath, '<sock>')] = len(m[k])
            return o
        n = 0

        def next():
            nonlocal n
            if n == 3:
                log('freeSockets', P(agent.freeSockets))

                def ongetconnections(err, count):
                    log('getConnections', err, count)
                    agent.destroy()
                    server.close(lambda *_: log('socket file removed on close', not os.path.exists(sockPath)))
                server.getConnections(ongetconnections)
                return
            n += 1

            def onresponse(res):
                log('response', n, res.statusCode, 'reusedSocket', req.reusedSocket, 'sockets', P(agent.sockets))
                res.resume()
                res.on('end', lambda: timers.setImmediate(next))
            req = http.get({'socketPath': sockPath, 'path': '/' + str(n), 'agent': agent}, onresponse)
        next()
    server.listen(sockPath, onlistening)


process.run(main)
