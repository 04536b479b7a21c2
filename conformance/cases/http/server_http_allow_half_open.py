# audit: _http_server.js L801-817 socketOnEnd: with server.httpAllowHalfOpen the pending response is marked _last and still sent after the client's FIN (no abortIncoming on 'end')
import re

from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    def handler(req, res):
        log('request')
        req.on('aborted', lambda: log('req aborted'))
        req.on('close', lambda: log('req close'))
        res.on('close', lambda: log('res close', res.writableFinished))

        def respond():
            log('respond', res.socket is not None and res.socket.writable)
            res.end('ok')
        timers.setTimeout(respond, 50)
    server = http.createServer(handler)
    server.httpAllowHalfOpen = True

    def onlistening():
        c = None

        def onconnect():
            c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1', 'allowHalfOpen': True}, onconnect)
        got = ['']

        def ondata(d):
            got[0] += d.decode()
        c.on('data', ondata)

        def onend():
            log('client got', re.sub(r'Date: .*\r\n', '', got[0], count=1).split('\r\n'))
            c.destroy()
        c.on('end', onend)
        c.on('close', lambda *a: server.close())
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
