# catalogue 28 - the per-origin count is free + active: a request reuses a free socket even when free + active is at maxSockets; a request that needs a new socket is queued (code sockLen)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0
    server = http.createServer(lambda req, res: res.end(req.url))

    def onconnection(*_):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxSockets': 2})

        def st():
            return {'sockets': P(agent.sockets), 'free': P(agent.freeSockets), 'requests': P(agent.requests)}
        left = 2

        def onresponse(res):
            res.resume()

            def onend():
                nonlocal left
                left -= 1
                if left == 0:
                    timers.setImmediate(phase2)
            res.on('end', onend)
        for p in ['/1', '/2']:
            http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse)

        def phase2():
            log('pool filled', st())
            remaining = 3

            def onresponse2(res):
                res.resume()

                def onend():
                    nonlocal remaining
                    remaining -= 1
                    if remaining == 0:
                        def done():
                            log('done', st(), 'connections', connections)
                            agent.destroy()
                            server.close()
                        timers.setImmediate(done)
                res.on('end', onend)
            for p in ['/3', '/4', '/5']:
                req = http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse2)
                log('issued', p, 'reusedSocket', req.reusedSocket, st())
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
