# catalogue 42 - only the head of the free list is checked for destroyed: under lifo a destroyed tail that has not emitted 'close' is handed out and the request fails with ECONNRESET (probe p21)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True})
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        left = 2

        def onresponse(res):
            res.resume()

            def onend():
                nonlocal left
                left -= 1
                if left == 0:
                    timers.setImmediate(step2)
            res.on('end', onend)
        for p in ['/1', '/2']:
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': p}, onresponse)

        def step2():
            pool = agent.freeSockets[name]
            head = pool[0]
            tail = pool[len(pool) - 1]
            log('pool', P(agent.freeSockets), 'total', agent.totalSocketCount)
            tail.destroy()
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, lambda *_: log('unexpected response'))
            log('after http.get: reusedSocket', req.reusedSocket, 'freeSockets', P(agent.freeSockets), 'head still pooled', agent.freeSockets[name][0] is head)
            req.on('socket', lambda s: log("'socket' is the destroyed tail", s is tail, 'destroyed', s.destroyed))
            req.on('error', lambda e: log("req 'error'", e.code, str(e)))

            def report():
                log("req 'close'", 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets), 'total', agent.totalSocketCount)
                agent.destroy()
                server.close()
            req.on('close', lambda: timers.setImmediate(report))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
