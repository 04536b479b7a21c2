# issue 12: setEncoding('utf8') keeps multi-byte characters split across reads (76 KB JSON of 'é€😀')
import json

from conformance.trace import log
from node_http_agent import http, process

text = json.dumps({'s': 'é€😀' * 8000}, ensure_ascii=False, separators=(',', ':'))
raw = text.encode('utf8')


def js_length(s):
    return len(s.encode('utf-16-le')) // 2


def main():
    def onrequest(req, res):
        res.writeHead(200, {'content-length': len(raw)})
        i = 0

        def step(*_):
            nonlocal i
            while i < len(raw):
                n = min(1001, len(raw) - i)
                ok = res.write(raw[i:i + n])
                i += n
                if not ok:
                    return res.once('drain', step)
            res.end()
        step()
    server = http.createServer(onrequest)

    def onlisten():
        def onresponse(res):
            res.setEncoding('utf8')
            body = ''
            strings = True

            def ondata(c):
                nonlocal body, strings
                body += c
                if not isinstance(c, str):
                    strings = False
            res.on('data', ondata)

            def onend():
                log('all strings', strings)
                log('replacement chars', len(body.split('\ufffd')) - 1)
                log('equal', body == text, js_length(body))
                server.close()
            res.on('end', onend)
        http.get({'port': server.address()['port'], 'host': '127.0.0.1'}, onresponse)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
