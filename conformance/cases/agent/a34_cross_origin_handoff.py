# catalogue 34 - cross-origin hand-off: a socket released by an origin with no queue opens a socket for the first key of requests, only if that origin has no active sockets (probe p06, removeSocket TODO(rickyes))
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    released = False
    holdB1 = None
    sA = http.createServer(lambda req, res: res.end(req.url))

    # Server B holds /B1 until the client releases it, so the order of events does not depend on timing.
    def handlerB(req, res):
        nonlocal holdB1
        if req.url == '/B1' and not released:
            def hold():
                res.end(req.url)
            holdB1 = hold
            return
        res.end(req.url)
    sB = http.createServer(handlerB)
    sC = http.createServer(lambda req, res: res.end(req.url))

    def releaseB1():
        nonlocal released
        released = True
        if holdB1:
            holdB1()

    def go():
        ports = [[sA.address()['port'], 'PORTA'], [sB.address()['port'], 'PORTB'], [sC.address()['port'], 'PORTC']]

        def R(k):
            for p, tag in ports:
                k = k.replace(str(p), tag)
            return k

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[R(k)] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxTotalSockets': 2})

        def st():
            return {'total': agent.totalSocketCount, 'sockets': P(agent.sockets), 'free': P(agent.freeSockets), 'requests': P(agent.requests)}

        def get(server, tag, onEnd):
            def onresponse(res):
                res.resume()
                res.on('end', lambda: timers.setImmediate(onEnd, req))
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent, 'path': '/' + tag}, onresponse)
            req.on('socket', lambda *_: log(tag, "'socket' reusedSocket", req.reusedSocket, st()))
            log('issued', tag, st())
            return req

        def a1done(*_):
            log('A1 done: the pooled A socket opened nothing, B (first key of requests) has an active socket', st())
            releaseB1()
        get(sA, 'A1', a1done)
        get(sB, 'B1', lambda *_: log('B1 done', st()))
        get(sB, 'B2', lambda *_: log('B2 done', st()))
        c1 = get(sC, 'C1', lambda *_: None)

        # total > maxTotalSockets when C1's socket is freed, so it is destroyed, not pooled.
        def onsocket(s):
            def report():
                log('after the C socket closed', st())
                agent.destroy()
                sA.close()
                sB.close()
                sC.close()
            s.on('close', lambda *_: timers.setImmediate(report))
        c1.on('socket', onsocket)
    sA.listen(0, '127.0.0.1', lambda: sB.listen(0, '127.0.0.1', lambda: sC.listen(0, '127.0.0.1', go)))


process.run(main)
