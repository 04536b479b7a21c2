# stream setEncoding() on IncomingMessage: res.setEncoding('utf8') makes 'data' deliver strings, multibyte characters intact
from conformance.trace import log
from node_http_agent import http, net, process

BODY = 'h\u00e9llo \u20ac \U0001F600'.encode('utf8')


def main():
    def onconnection(sock):
        def ondata(d):
            sock.write('HTTP/1.1 200 OK\r\nContent-Length: ' + str(len(BODY)) + '\r\nConnection: close\r\n\r\n')
            sock.end(BODY)
        sock.once('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            res.setEncoding('utf8')
            body = ''
            allStrings = True

            def ondata(d):
                nonlocal body, allStrings
                if not isinstance(d, str):
                    allStrings = False
                body += d
            res.on('data', ondata)

            def onend():
                log('all strings', allStrings)
                log('body', body)
                server.close()
            res.on('end', onend)
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
