# catalogue 1 - test-http-agent-keepalive.js: at res 'end' the socket is still active; one tick later it is in freeSockets (probe p04)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: res.end('hello world'))

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxSockets': 5, 'maxFreeSockets': 5})
        name = agent.getName({'host': '127.0.0.1', 'port': port})

        def get(path, next):
            def onresponse(res):
                res.resume()

                def onend():
                    log(path, "res 'end': sockets", P(agent.sockets), 'freeSockets', P(agent.freeSockets),
                        'freeSockets[name] undefined', agent.freeSockets.get(name) is None)

                    def tick():
                        log(path, 'nextTick: sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
                            'sockets[name] undefined', agent.sockets.get(name) is None)
                        next()
                    process.nextTick(tick)
                res.on('end', onend)
            http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent}, onresponse)

        def done():
            agent.destroy()
            server.close()
        get('/first', lambda: get('/second', done))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
