# catalogue 54 - probe p18 (nodejs/node#53458): a reused socket keeps the hint-shortened timeout, so the next request gets 'timeout' at 1000 ms
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        res.setHeader('Keep-Alive', 'timeout=2')
        if req.url == '/slow':
            timers.setTimeout(lambda: res.end('slow'), 1300)
        else:
            res.end('ok')
    server = http.createServer(handler)
    server.keepAliveTimeout = 10000

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'timeout': 5000})
        name = agent.getName({'host': '127.0.0.1', 'port': port})

        def onresponse(res):
            res.resume()

            def later():
                log('free socket.timeout (agent 5000, hint timeout=2)', agent.freeSockets[name][0].timeout)
                timeouts = 0

                def onslow(res):
                    res.resume()

                    def onend():
                        log('/slow completed; reusedSocket', req.reusedSocket, 'req timeouts', timeouts)
                        agent.destroy()
                        server.close()
                    res.on('end', onend)
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/slow'}, onslow)
                req.on('socket', lambda socket: timers.setImmediate(lambda: log('reused socket.timeout during the request', socket.timeout)))

                def ontimeout():
                    nonlocal timeouts
                    timeouts += 1
                    log('req timeout; socket destroyed', req.socket.destroyed)
                req.on('timeout', ontimeout)
            res.on('end', lambda: timers.setImmediate(later))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
