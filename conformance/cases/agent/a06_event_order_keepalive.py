# catalogue 6 - event order of a keep-alive request and of its reuse; hooks keepSocketAlive/reuseSocket; agent 'free' listeners run after the internal one (probe p04, test-http-client-agent-end-close-event.js, test-http-keepalive-free.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('hello'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        name = agent.getName({'host': '127.0.0.1', 'port': port})

        def st():
            return {
                'sockets': len(agent.sockets.get(name) or []),
                'free': len(agent.freeSockets.get(name) or []),
                'total': agent.totalSocketCount,
            }
        origReuse = agent.reuseSocket

        def reuseSocket(socket, req):
            log('agent.reuseSocket', st())
            return origReuse(socket, req)
        agent.reuseSocket = reuseSocket
        origKeep = agent.keepSocketAlive

        def keepSocketAlive(socket):
            log('agent.keepSocketAlive', st())
            return origKeep(socket)
        agent.keepSocketAlive = keepSocketAlive
        agent.on('free', lambda socket, opts: log("agent 'free' user listener", st(), 'options.host', opts['host']))
        firstSocket = None

        def one(tag, next):
            def onresponse(res):
                log(tag, "req 'response' reusedSocket", req.reusedSocket, st())
                gotData = False

                def ondata(chunk):
                    nonlocal gotData
                    if not gotData:
                        log(tag, "res 'data'")
                    gotData = True
                res.on('data', ondata)
                res.on('end', lambda: log(tag, "res 'end'", st()))

                def onclose():
                    log(tag, "res 'close'", st())
                    timers.setImmediate(next)
                res.on('close', onclose)
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            log(tag, 'http.get returned', st())

            def onsocket(s):
                nonlocal firstSocket
                log(tag, "req 'socket' same as first", None if firstSocket is None else s is firstSocket, 'reusedSocket', req.reusedSocket, st())
                if firstSocket is None:
                    firstSocket = s
                s.once('free', lambda: log(tag, "socket 'free'", st()))
            req.on('socket', onsocket)
            req.on('finish', lambda: log(tag, "req 'finish'"))
            req.on('close', lambda: log(tag, "req 'close'", st()))

        def done():
            agent.destroy()
            server.close()
        one('R1', lambda: one('R2', done))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
