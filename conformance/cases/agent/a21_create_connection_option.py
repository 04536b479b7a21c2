# catalogue 21 - test-http-createConnection.js: the createConnection request option means no agent and Connection: close; return, callback, or both, sync or async (probe p09)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    def handler(req, res):
        log('server got Connection:', req.headers['connection'])
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']

        def createConnection(*_):
            return net.createConnection(port, '127.0.0.1')

        def createConnectionAsync(options, cb):
            timers.setImmediate(lambda: cb(None, net.createConnection(port, '127.0.0.1')))

        def createConnectionBoth1(options, cb):
            socket = net.createConnection(port, '127.0.0.1')
            timers.setImmediate(lambda: cb(None, socket))
            return socket

        def createConnectionBoth2(options, cb):
            socket = net.createConnection(port, '127.0.0.1')
            cb(None, socket)
            return socket
        forms = [
            ['return', createConnection],
            ['callback async', createConnectionAsync],
            ['both, callback async', createConnectionBoth1],
            ['both, callback sync', createConnectionBoth2],
        ]

        def next(i):
            if i == len(forms):
                failing()
                return
            label, fn = forms[i]

            def onresponse(res):
                log(label, 'response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive)
                res.resume()
                res.on('end', lambda: timers.setImmediate(next, i + 1))
            req = http.get({'host': '127.0.0.1', 'port': port, 'createConnection': fn}, onresponse)
            log(label, 'req.agent', req.agent, 'globalAgent sockets', len(list(http.globalAgent.sockets.keys())))

        def failing():
            def fn(options, cb):
                process.nextTick(cb, Exception('Could not create socket'))
            req = http.get({'host': '127.0.0.1', 'port': port, 'createConnection': fn}, lambda *_: log('unexpected response'))

            def onerror(e):
                log("error form: 'error'", str(e))
                server.close()
            req.on('error', onerror)
        next(0)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
