# audit: _http_server.js L308-334 writeEarlyHints(hints[, cb]): a '103 Early Hints' head with Link (validateLinkHeaderValue) and the other hints, written before the response
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        res.writeEarlyHints({
            'link': ['</styles.css>; rel=preload; as=style', '</app.js>; rel=preload; as=script'],
            'x-trace-id': 'abc',
        }, lambda *a: log('hints written'))
        res.writeEarlyHints({'x-no-link': '1'})
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        req = http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False})
        req.on('information', lambda info: log('information', info['statusCode'], info['statusMessage'], info['rawHeaders']))

        def onresponse(res):
            log('response', res.statusCode)
            res.resume()
            res.on('end', lambda: server.close())
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
