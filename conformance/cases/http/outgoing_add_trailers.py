# audit: _http_outgoing.js L984-1027 addTrailers: array values of length > 1 give one line each, a 1-array is joined with '; ', values are checked with ERR_INVALID_CHAR('trailer content')
from conformance.trace import log
from node_http_agent import http, process


def main():
    o = http.OutgoingMessage()
    for trailers in [{'X-F': 'bad\r\n'}, {'X-F': ['ok', 'bad\n']}, {'bad name': 'v'}]:
        try:
            o.addTrailers(trailers)
            log('accepted')
        except Exception as e:
            log(e.code, str(e))

    def handler(req, res):
        res.setHeader('Trailer', 'X-A, X-B, X-C')
        res.write('body')
        res.addTrailers({'X-A': ['1', '2'], 'X-B': ['3', '4', '5'][0:1], 'X-C': 4})
        res.end()
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            res.resume()

            def onend():
                log('rawTrailers', res.rawTrailers)
                server.close()
            res.on('end', onend)
        http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
