# catalogue 27 - a freed socket goes to the head of the queue first and is pooled only when nothing is queued; one connection serves all (probe p05)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    conns = 0

    def handler(req, res):
        log('server got', req.url, 'conn#', req.socket.n)
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
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

        def st():
            return {'sockets': P(agent.sockets), 'requests': P(agent.requests), 'free': P(agent.freeSockets)}
        agent.on('free', lambda *_: log("agent 'free'", st()))
        left = 3

        def get(p):
            def onresponse(res):
                log('client response', p, 'reusedSocket', req.reusedSocket, st())
                res.resume()

                def onend():
                    nonlocal left
                    left -= 1
                    if left == 0:
                        def final():
                            log('final', st(), 'connections', conns)
                            agent.destroy()
                            server.close()
                        timers.setImmediate(final)
                res.on('end', onend)
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse)
            req.on('socket', lambda *_: log("client 'socket'", p))
        for p in ['/a', '/b', '/c']:
            get(p)
        log('after 3 requests issued', st())
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
