# catalogue 19 - test-http-agent-false.js: agent: false makes a throw-away default agent (Connection: close) and accepts port: null (probe p09)
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

        def onresponse(res):
            log('response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive)
            res.resume()
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False}, onresponse)
        a = req.agent
        log('req.agent is globalAgent', a is http.globalAgent, 'same class as globalAgent', type(a) is type(http.globalAgent),
            'keepAlive', a.keepAlive, 'sockets', P(a.sockets), 'globalAgent sockets', P(http.globalAgent.sockets))

        def onsocket(s):
            def report():
                log("socket 'close': throw-away agent sockets", P(a.sockets), 'freeSockets', P(a.freeSockets), 'total', a.totalSocketCount)
                portNull()
            s.on('close', lambda *_: timers.setImmediate(report))
        req.on('socket', onsocket)

        def portNull():
            # port: null (what url.parse() gives for the default port) is accepted: the request goes to port 80.
            r = http.request({'host': '127.0.0.1', 'port': None, 'path': '/', 'method': 'GET', 'agent': False})
            log('port null: Host header', r.getHeader('host'), 'pool', P(r.agent.sockets))
            r.on('error', lambda e: log("port null: 'error'", e.code, str(e)))

            def onclose():
                log("port null: 'close'")
                server.close()
            r.on('close', onclose)
            r.destroy()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
