# audit: _http_server.js L686-688 / _http_client.js L824-826 maxHeadersCount -> parser.maxHeaderPairs; _http_common.js L100-106: headers (not rawHeaders) keep only the first maxHeadersCount fields
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        log('server', len(req.rawHeaders), req.headers)
        res.setHeader('X-A', '1')
        res.setHeader('X-B', '2')
        res.setHeader('X-C', '3')
        res.end()
    server = http.createServer(handler)
    server.maxHeadersCount = 2

    def onlistening():
        def onresponse(res):
            log('client', len(res.rawHeaders), list(res.headers.keys()))
            res.resume()
            res.on('end', lambda: server.close())
        req = http.get({
            'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False, 'setHost': False,
            'headers': {'Host': 'h', 'X-1': 'a', 'X-2': 'b', 'X-3': 'c'},
        }, onresponse)
        req.maxHeadersCount = 1
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
