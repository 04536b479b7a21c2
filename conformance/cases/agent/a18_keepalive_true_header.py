# catalogue 18 - keepAlive true, and the default global agent: the request sends Connection: keep-alive and the socket is pooled (probe p09)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        log('server got Connection:', req.headers['connection'])
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True})

        def onresponse(res):
            log('keepAlive agent: shouldKeepAlive', req.shouldKeepAlive)
            res.resume()

            def later():
                log('keepAlive agent: freeSockets', P(agent.freeSockets))
                agent.destroy()

                def onresponse2(res2):
                    log('global agent: req.agent is http.globalAgent', req2.agent is http.globalAgent, 'shouldKeepAlive', req2.shouldKeepAlive)
                    res2.resume()

                    def later2():
                        log('global agent: freeSockets', P(http.globalAgent.freeSockets))
                        http.globalAgent.destroy()
                        server.close()
                    res2.on('end', lambda: timers.setImmediate(later2))
                req2 = http.get({'host': '127.0.0.1', 'port': port}, onresponse2)
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
