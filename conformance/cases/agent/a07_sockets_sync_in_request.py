# catalogue 7 - sockets[name] and totalSocketCount are updated synchronously inside http.request(), before 'socket' (probe p04, test-http-upgrade-agent.js)
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
        agent = http.Agent({'keepAlive': True})
        log('before: sockets', P(agent.sockets), 'totalSocketCount', agent.totalSocketCount)

        def one(tag, next):
            def onresponse(res):
                res.resume()
                res.on('end', lambda: timers.setImmediate(next))
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            log(tag, 'inside the same tick: sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
                'totalSocketCount', agent.totalSocketCount, 'req.socket is null', req.socket is None)
            req.on('socket', lambda s: log(tag, "at 'socket': totalSocketCount", agent.totalSocketCount,
                                           'socket is sockets[name][0]', agent.sockets[agent.getName({'host': '127.0.0.1', 'port': port})][0] is s))
            req.end()

        def done():
            agent.destroy()
            server.close()
        one('new socket', lambda: one('pooled socket', done))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
