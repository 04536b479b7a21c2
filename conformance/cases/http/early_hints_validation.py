# writeEarlyHints validation (validateObject, validateLinkHeaderValue), uniqueHeaders in trailers, setHeaders after the head
import json

from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        for hints in ['str', None, {'link': 42}, {'link': '</a>; rel'}, {'link': ['</a>', 'bad']},
                      {'link': '</a>; rel="x"'}, {'link': '</a>;rel=preload;as=style'}]:
            try:
                res.writeEarlyHints(hints)
                log('ok', json.dumps(hints, separators=(',', ':')))
            except Exception as e:
                log(e.code, str(e))
        res.setHeader('Trailer', 'x-t, x-u')
        res.addTrailers({'x-t': ['1', '2'], 'x-u': ['3', '4']})
        res.end('body')
        try:
            res.setHeaders({'a': '1'})
        except Exception as e:
            log(e.code, str(e))
    server = http.createServer({'uniqueHeaders': ['x-t']}, handler)

    def onlistening():
        req = http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False})
        req.on('information', lambda info: log('information', info['statusCode'], info['rawHeaders']))

        def onresponse(res):
            res.resume()

            def onend():
                log('trailers', res.rawTrailers)
                server.close()
            res.on('end', onend)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
