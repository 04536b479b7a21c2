# test-http-expect-continue.js (server side): with no 'checkContinue' listener the server answers 100 Continue by itself, then 'request'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onrequest(req, res):
        log('request', req.headers['expect'])
        body = ''

        def ondata(d):
            nonlocal body
            body += d.decode()
        req.on('data', ondata)
        req.on('end', lambda: res.end('got ' + body))
    server = http.createServer(onrequest)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''
        sentBody = False

        def ondata(d):
            nonlocal buf, sentBody
            buf += d.decode('latin1')
            if not sentBody:
                if not buf.endswith('\r\n\r\n'):
                    return
                log('interim', buf.split('\r\n'))
                buf = ''
                sentBody = True
                sock.write('body')
                return
            if not buf.endswith('got body'):
                return
            for line in buf.split('\r\n'):
                if not line.startswith('Date: '):
                    log('|' + line)
            sock.end()
            server.close()
        sock.on('data', ondata)
        sock.write('POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
