# catalogue 39 - test-http-agent-scheduling.js: 'lifo' (the default) takes the most recently freed socket (pop) (probe p08)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def run(label, options, done):
    held = {}
    got = 0
    gate = True

    # Hold /0, /1, /2 until all three arrived, then let the client release them one by one,
    # so the sockets return to the pool in a known order: /0 first, /2 last.
    def handler(req, res):
        nonlocal got
        if not gate:
            res.end(req.url)
            return
        held[req.url] = lambda: res.end(req.url)
        got += 1
        if got == 3:
            held['/0']()
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent(options)
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        socks = [None, None, None]

        def idx(s):
            for j, candidate in enumerate(socks):
                if candidate is s:
                    return j
            return -1

        def pool():
            return [idx(s) for s in (agent.freeSockets.get(name) or [])]

        def get(i):
            def onresponse(res):
                res.resume()

                def later():
                    nonlocal gate
                    log(label, 'returned socket', i, 'pool', pool())
                    if i < 2:
                        held['/' + str(i + 1)]()
                    else:
                        gate = False
                        next(0)
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/' + str(i), 'agent': agent}, onresponse)

            def onsocket(s):
                socks[i] = s
            req.on('socket', onsocket)
        for i in range(3):
            get(i)

        def next(n):
            if n == 3:
                agent.destroy()
                server.close()
                done()
                return

            def onresponse(res):
                res.resume()

                def later():
                    log(label, 'request', n, 'used socket', idx(req.socket), 'reusedSocket', req.reusedSocket, 'pool after', pool())
                    next(n + 1)
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/x', 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


def main():
    run('default', {'keepAlive': True}, lambda: run('lifo', {'keepAlive': True, 'scheduling': 'lifo'}, lambda: None))


process.run(main)
