# audit: _http_client.js L137-139 a string input goes through new URL() (WHATWG): dot segments removed, '\' is '/', path/query percent-encode sets ('|', '^' kept; "'" encoded in the query)
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        log('url', req.url)
        res.end()
    server = http.createServer(handler)

    paths = [
        '/a|b^c"d e{f}',
        '/x/../y/./z\\w',
        '/q?a=1|2^3&b={c}&d=\'e"',
    ]

    def onlistening():
        port = server.address()['port']

        def nextRequest():
            if not paths:
                server.close()
                return
            p = paths.pop(0)

            def onresponse(res):
                res.resume()
                res.on('end', nextRequest)
            http.get(f'http://127.0.0.1:{port}{p}', {'agent': False}, onresponse)
        nextRequest()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
