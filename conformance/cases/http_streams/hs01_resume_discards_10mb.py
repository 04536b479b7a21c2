# issue 12: res.resume() discards a 10 MB body (client) and req.resume() a 1 MB upload (server); both end
from conformance.trace import log
from node_http_agent import http, process

big = b'x' * (10 * 1024 * 1024)


def main():
    def onrequest(req, res):
        if req.method == 'POST':
            def onend():
                log('server upload ended')
                res.end('ok')
            req.on('end', onend)
            req.resume()
            return
        res.end(big)
    server = http.createServer(onrequest)

    def onlisten():
        port = server.address()['port']

        def onresponse(res):
            log('status', res.statusCode)

            def onend():
                log('client body discarded')

                def onresponse2(res2):
                    body = ''
                    res2.setEncoding('utf8')

                    def ondata(c):
                        nonlocal body
                        body += c
                    res2.on('data', ondata)

                    def onend2():
                        log('upload answer', body)
                        server.close(lambda *a: log('closed'))
                    res2.on('end', onend2)
                req = http.request({'port': port, 'host': '127.0.0.1', 'method': 'POST',
                                    'path': '/up'}, onresponse2)
                req.end(b'y' * (1024 * 1024))
            res.on('end', onend)
            res.resume()
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/'}, onresponse)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
