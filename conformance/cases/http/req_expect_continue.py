# test-http-expect-continue.js: with Expect: 100-continue the client waits for 'continue' to send the body
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: answer the head with 100 Continue, then the body with 200.
    def onconnection(sock):
        buf = ''
        continued = False

        def ondata(d):
            nonlocal buf, continued
            buf += d.decode('latin1')
            if not continued:
                if '\r\n\r\n' not in buf:
                    return
                continued = True
                port = str(server.address()['port'])
                for line in buf.replace(port, 'PORT').split('\r\n'):
                    log('|' + line)
                buf = ''
                sock.write('HTTP/1.1 100 Continue\r\n\r\n')
                return
            if len(buf) < 4:
                return
            log('server: body', buf)
            sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok')
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.request({
            'port': port, 'host': '127.0.0.1', 'method': 'POST', 'path': '/',
            'headers': {'Expect': '100-continue', 'Content-Length': 4},
        })

        def oncontinue():
            log('client: continue')
            req.end('body')
        req.on('continue', oncontinue)
        req.on('information', lambda info: log('client: information', info['statusCode']))

        def onresponse(res):
            log('client: response', res.statusCode)
            res.resume()

            def onend():
                log('client: end')
                server.close()
            res.on('end', onend)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
