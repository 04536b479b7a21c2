# catalogue 23 - a user Connection: close header on a keepAlive agent is sent verbatim and the socket is not pooled (probe p09)
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
        frees = 0

        def onfree(*_):
            nonlocal frees
            frees += 1
        agent.on('free', onfree)

        def onresponse(res):
            log('response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive)
            res.resume()
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'headers': {'Connection': 'close'}}, onresponse)

        def onsocket(s):
            def report():
                log("socket 'close': agent 'free' events", frees, 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
                    'total', agent.totalSocketCount)
                server.close()
            s.on('close', lambda *_: timers.setImmediate(report))
        req.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
