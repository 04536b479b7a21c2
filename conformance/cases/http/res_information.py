# test-http-information-processing.js, test-http-early-hints.js: 102 and 103 responses emit 'information' before 'response'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: two informational responses, then the final one, in one write.
    def onconnection(sock):
        sock.once('data', lambda d: sock.end(
            'HTTP/1.1 102 Processing\r\n\r\n' +
            'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\nLink: </a.js>; rel=preload\r\n\r\n' +
            'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})

        def oninformation(info):
            log('information keys', list(info.keys()))
            log('information', info['statusCode'], info['statusMessage'], info['httpVersion'],
                info['httpVersionMajor'], info['httpVersionMinor'])
            log('information headers', info['headers'])
            log('information rawHeaders', info['rawHeaders'])
        req.on('information', oninformation)

        def onresponse(res):
            log('response', res.statusCode)
            res.resume()

            def onend():
                log('end')
                server.close()
            res.on('end', onend)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
