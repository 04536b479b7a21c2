# catalogue 4 - reusedSocket is false for a new socket and for a queued request handed a socket on 'free'; reuseSocket is not called then (probe p05, p10)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end(req.url))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
        reuseCalls = 0
        origReuse = agent.reuseSocket

        def reuseSocket(socket, req):
            nonlocal reuseCalls
            reuseCalls += 1
            return origReuse(socket, req)
        agent.reuseSocket = reuseSocket
        first = None
        left = 3

        def get(p):
            def onresponse(res):
                nonlocal first
                if first is None:
                    first = req.socket
                log(p, 'reusedSocket', req.reusedSocket, 'same socket', req.socket is first, 'reuseSocket calls', reuseCalls)
                res.resume()

                def onend():
                    nonlocal left
                    left -= 1
                    if left == 0:
                        timers.setImmediate(last)
                res.on('end', onend)
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse)
        for p in ['/a', '/b', '/c']:
            get(p)

        def last():
            def onresponse(res):
                log('/d', 'reusedSocket', req.reusedSocket, 'same socket', req.socket is first, 'reuseSocket calls', reuseCalls)
                res.resume()

                def onend():
                    agent.destroy()
                    server.close()
                res.on('end', onend)
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/d', 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
