# catalogue 75 - probe p14 A: destroy() on a queued request emits 'error' ECONNRESET "socket hang up" and 'close' only when its turn in the queue comes; its socket passes to the next request
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0
    urls = []

    def handler(req, res):
        urls.append(req.url)
        timers.setTimeout(lambda: res.end(req.url), 30)
    server = http.createServer(handler)

    def onconnection(*args):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
        name = agent.getName({'host': '127.0.0.1', 'port': port})

        def onresponse1(res):
            res.resume()
            res.on('end', lambda: log('r1 end; queue length (r2, r3)', len(agent.requests.get(name) or [])))
        r1 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/1'}, onresponse1)
        r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/2'}, lambda res: log('r2 response?!'))
        r2.on('error', lambda e: log("queued r2 'error'", e.code, str(e)))
        r2.on('close', lambda: log("queued r2 'close'; socket assigned", bool(r2.socket)))
        r2.destroy()
        log('right after r2.destroy(): requests', len(agent.requests.get(name) or []), 'r2.destroyed', r2.destroyed)

        def onresponse3(res):
            res.resume()

            def later():
                log('r3 done; server saw', urls, 'connections', connections, 'r3.reusedSocket', r3.reusedSocket, 'same socket as r1', r3.socket is r1.socket)
                agent.destroy()
                server.close()
            res.on('end', lambda: timers.setImmediate(later))
        r3 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/3'}, onresponse3)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
