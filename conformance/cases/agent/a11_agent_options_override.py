# catalogue 11 - agent options override request options at merge time: new Agent({port}) connects there although the request says port 1; the Host header keeps :1 (probe p17)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        log('server got Host', req.headers['host'], 'url', req.url)
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        forced = http.Agent({'keepAlive': True, 'host': '127.0.0.1', 'port': port})
        log('forced.getName({port: 1})', forced.getName({'port': 1}))

        def onresponse(res):
            log('response', res.statusCode, 'connected to the agent port', req.socket.remotePort == port)
            res.resume()

            def later():
                log('freeSockets', P(forced.freeSockets), "req.getHeader('host')", req.getHeader('host'))
                forced.destroy()
                server.close()
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': 'localhost', 'port': 1, 'path': '/x', 'agent': forced}, onresponse)
        log('sockets right after http.get', P(forced.sockets))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
