# audit: readable.js setEncoding uses a StringDecoder: a multi-byte UTF-8 character split across two chunks is delivered whole (res.setEncoding and net socket.setEncoding)
from conformance.trace import log
from node_http_agent import http, process, timers

euro = '\u20ac'.encode()  # 3 bytes


def main():
    def handler(req, res):
        res.writeHead(200, {'Content-Length': 5})
        res.write(b'a' + euro[0:1])
        timers.setTimeout(lambda: res.end(euro[1:] + b'b'), 50)
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            res.setEncoding('utf8')
            chunks = []
            res.on('data', lambda d: chunks.append(d))

            def onend():
                log('chunks', [c.encode().hex() for c in chunks])
                log('text', ''.join(chunks) == 'a\u20acb')
                server.close()
            res.on('end', onend)
        http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
