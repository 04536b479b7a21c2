# _http_incoming.js _addHeaderLines (complete: trailers): trailers, rawTrailers and trailersDistinct of a chunked response, empty until 'end'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end(
            'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Check\r\nConnection: close\r\n\r\n' +
            '2\r\nok\r\n0\r\nX-Check: abc\r\nx-check: def\r\nX-Other: 1\r\n\r\n'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('before', res.trailers, res.rawTrailers)
            res.resume()

            def onend():
                log('trailers', res.trailers)
                log('rawTrailers', res.rawTrailers)
                log('trailersDistinct', res.trailersDistinct)
                log('headers', res.headers)
                server.close()
            res.on('end', onend)
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
