# catalogue 20 - test-http-agent-null.js, test-http-client-reject-unexpected-agent.js: agent null or undefined uses http.globalAgent
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
        forms = [
            ['agent: null', {'host': '127.0.0.1', 'port': port, 'agent': None}],
            ['agent: undefined', {'host': '127.0.0.1', 'port': port, 'agent': None}],
            ['no agent key', {'host': '127.0.0.1', 'port': port}],
        ]

        def next(i):
            if i == len(forms):
                http.globalAgent.destroy()
                server.close()
                return
            label, opts = forms[i]

            def onresponse(res):
                log(label, 'response', res.statusCode, 'reusedSocket', req.reusedSocket)
                res.resume()

                def later():
                    log(label, 'globalAgent freeSockets', P(http.globalAgent.freeSockets))
                    next(i + 1)
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get(opts, onresponse)
            log(label, 'req.agent is http.globalAgent', req.agent is http.globalAgent, 'globalAgent sockets', P(http.globalAgent.sockets))
        next(0)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
