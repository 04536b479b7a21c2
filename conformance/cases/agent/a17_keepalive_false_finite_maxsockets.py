# catalogue 17 - keepAlive false with a finite maxSockets: Connection: keep-alive, 'free' fires, queued requests reuse the socket, which is destroyed once nothing is queued (probe p05, p20)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    conns = 0

    def handler(req, res):
        log('server got', req.url, 'Connection:', req.headers['connection'], 'conn#', req.socket.n)
        res.end(req.url)
    server = http.createServer(handler)

    def onconnection(s):
        nonlocal conns
        conns += 1
        s.n = conns
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'maxSockets': 1})
        frees = 0

        def onfree(*_):
            nonlocal frees
            frees += 1
        agent.on('free', onfree)
        first = None

        def get(p):
            def onresponse(res):
                log('client response', p, 'shouldKeepAlive', req.shouldKeepAlive, 'reusedSocket', req.reusedSocket,
                    "agent 'free' so far", frees, 'requests', P(agent.requests))
                res.resume()
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse)

            def onsocket(s):
                nonlocal first
                if first is None:
                    first = s

                    def report():
                        log("socket 'close': agent 'free' events", frees, 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
                            'total', agent.totalSocketCount, 'connections', conns)
                        server.close()
                    s.on('close', lambda *_: timers.setImmediate(report))
                log("client 'socket'", p, 'same socket', s is first)
            req.on('socket', onsocket)
        for p in ['/a', '/b', '/c']:
            get(p)
        log('issued: sockets', P(agent.sockets), 'requests', P(agent.requests))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
