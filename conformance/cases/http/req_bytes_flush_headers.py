# test-http-flush-headers.js: flushHeaders() sends the head before any body; the body follows chunked
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: print the head as soon as it arrives and answer at once;
    # then print the chunked body when it is complete.
    def onconnection(sock):
        buf = ''
        answered = False

        def ondata(d):
            nonlocal buf, answered
            buf += d.decode('latin1')
            if not answered:
                if '\r\n\r\n' not in buf:
                    return
                answered = True
                port = str(server.address()['port'])
                for line in buf.replace(port, 'PORT').split('\r\n'):
                    log('|' + line)
                buf = ''
                sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
                return
            if not buf.endswith('\r\n0\r\n\r\n'):
                return
            log('server: body', buf.split('\r\n'))
            sock.end()
            server.close()
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.request({'port': port, 'host': '127.0.0.1', 'method': 'POST', 'path': '/', 'agent': False})
        req.flushHeaders()
        log('headersSent', req.headersSent)

        def onresponse(res):
            log('client: response', res.statusCode)
            res.resume()
            req.end('body')
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
