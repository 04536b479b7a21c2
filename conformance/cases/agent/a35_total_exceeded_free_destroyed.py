# catalogue 35 - free sockets count toward the total but are not evicted: totalSocketCount exceeds maxTotalSockets; the next 'free' with total > max destroys that socket (probe p06)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    sA = http.createServer(lambda req, res: res.end('A'))
    sB = http.createServer(lambda req, res: res.end('B'))

    def go():
        pA = sA.address()['port']
        pB = sB.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(pA), 'PORTA').replace(str(pB), 'PORTB')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxTotalSockets': 1})

        def st():
            return {'total': agent.totalSocketCount, 'sockets': P(agent.sockets), 'free': P(agent.freeSockets), 'requests': P(agent.requests)}

        def onresponseA(res):
            res.resume()
            res.on('end', lambda: timers.setImmediate(lambda: log('A1 done', st())))
        a1 = http.get({'host': '127.0.0.1', 'port': pA, 'agent': agent, 'path': '/A1'}, onresponseA)
        log('issued A1', st())

        def onresponseB(res):
            res.resume()
        b1 = http.get({'host': '127.0.0.1', 'port': pB, 'agent': agent, 'path': '/B1'}, onresponseB)
        log('issued B1', st())

        def onsocket(s):
            log("B1 'socket' (opened when A's socket went to the pool)", st())

            # total > maxTotalSockets when B1's socket is freed, so it is destroyed, not pooled.
            def report():
                log('after the B socket closed', st(), 'A socket pooled', agent.freeSockets[list(agent.freeSockets.keys())[0]][0] is a1.socket)
                agent.destroy()
                sA.close()
                sB.close()
            s.on('close', lambda *_: timers.setImmediate(report))
        b1.on('socket', onsocket)
    sA.listen(0, '127.0.0.1', lambda: sB.listen(0, '127.0.0.1', go))


process.run(main)
