# audit: _http_server.js L801-817 socketOnEnd only ends the socket (httpAllowHalfOpen false); requests are aborted by socketOnClose (L787-791) once the socket closed, not on 'end'
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    def handler(req, res):
        log('request')
        req.socket.on('end', lambda: log('socket end'))
        req.socket.on('finish', lambda: log('socket finish'))
        req.on('aborted', lambda: log('req aborted', req.socket.destroyed))
        req.on('close', lambda: log('req close'))
        res.on('close', lambda: log('res close', res.writableFinished))

        def respond():
            log('respond', res.socket is not None and res.socket.writable)
            res.end('ok')
            server.close()
        timers.setTimeout(respond, 50)
    server = http.createServer(handler)

    def onlistening():
        c = None

        def onconnect():
            c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1', 'allowHalfOpen': True}, onconnect)
        c.on('data', lambda d: None)
        c.on('end', lambda: c.destroy())
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
