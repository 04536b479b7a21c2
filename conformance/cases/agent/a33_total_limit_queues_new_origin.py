# catalogue 33 - once totalSocketCount >= maxTotalSockets, a request for a new origin is queued in requests[thatOrigin] although that origin has no sockets (probe p06)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    s1 = http.createServer(lambda req, res: res.end('A'))
    s2 = http.createServer(lambda req, res: res.end('B'))

    def go():
        pA = s1.address()['port']
        pB = s2.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(pA), 'PORTA').replace(str(pB), 'PORTB')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxTotalSockets': 2, 'maxSockets': 5})

        def st():
            return {'total': agent.totalSocketCount, 'sockets': P(agent.sockets), 'requests': P(agent.requests), 'free': P(agent.freeSockets)}
        left = 4

        def fire(port, tag):
            def onresponse(res):
                res.resume()

                def onend():
                    nonlocal left
                    left -= 1
                    if left == 0:
                        def done():
                            log('all 4 responses; queues', P(agent.requests))
                            agent.destroy()
                            s1.close()
                            s2.close()
                        timers.setImmediate(done)
                res.on('end', onend)
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/' + tag}, onresponse)
            log('issued', tag, st())
        fire(pA, 'A1')
        fire(pA, 'A2')
        fire(pB, 'B1')
        fire(pB, 'B2')
    s1.listen(0, '127.0.0.1', lambda: s2.listen(0, '127.0.0.1', go))


process.run(main)
