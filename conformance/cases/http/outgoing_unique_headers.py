# audit: _http_client.js L334 / _http_server.js L558, L1063 parseUniqueHeadersOption; _http_outgoing.js L565-577: array values of a uniqueHeaders field are joined with '; ' into one line
import re

from conformance.trace import log
from node_http_agent import http, process


def xHeaders(raw):
    out = []
    for i in range(0, len(raw), 2):
        if re.match(r'^x-', raw[i], re.I):
            out.extend([raw[i], raw[i + 1]])
    return out


def main():
    def handler(req, res):
        log('server got', xHeaders(req.rawHeaders))
        res.setHeader('X-Res', ['a', 'b'])
        res.setHeader('X-Other', ['c', 'd'])
        res.end()
    server = http.createServer({'uniqueHeaders': ['x-res']}, handler)

    def onlistening():
        def onresponse(res):
            log('client got', xHeaders(res.rawHeaders))
            res.resume()
            res.on('end', lambda: server.close())
        http.get({
            'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False,
            'uniqueHeaders': ['X-Req'], 'headers': {'X-Req': ['1', '2'], 'X-Plain': ['3', '4']},
        }, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
