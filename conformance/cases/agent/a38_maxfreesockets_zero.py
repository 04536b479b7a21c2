# catalogue 38 - maxFreeSockets: 0 means 256 (falsy default), not "no pooling" (probe p02)
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
        agent = http.Agent({'keepAlive': True, 'maxFreeSockets': 0})
        log('maxFreeSockets', agent.maxFreeSockets)

        def onresponse(res):
            res.resume()

            def report():
                log('after the response: freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets), 'totalSocketCount', agent.totalSocketCount)
                agent.destroy()
                server.close()
            res.on('end', lambda: timers.setImmediate(report))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
