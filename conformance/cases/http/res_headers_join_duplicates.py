# _http_incoming.js _addHeaderLine (joinDuplicateHeaders): with joinDuplicateHeaders: true every duplicate is joined with ', ' (set-cookie too)
from conformance.trace import log
from node_http_agent import http, net, process

RESPONSE = ('HTTP/1.1 200 OK\r\n' +
            'Content-Type: text/plain\r\n' +
            'content-type: text/html\r\n' +
            'Set-Cookie: a=1\r\n' +
            'set-cookie: b=2\r\n' +
            'X-Foo: 1\r\n' +
            'x-foo: 2\r\n' +
            'Cookie: c=1\r\n' +
            'Cookie: d=2\r\n' +
            'Age: 1\r\n' +
            'Age: 2\r\n' +
            'Location: /a\r\n' +
            'Location: /b\r\n' +
            'Vary: Accept\r\n' +
            'Vary: Origin\r\n' +
            'Content-Length: 2\r\n' +
            'Connection: close\r\n\r\nok')


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end(RESPONSE))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('header names', list(res.headers.keys()))
            for name in list(res.headers.keys()):
                log(name, res.headers[name])
            res.resume()
            res.on('end', lambda: server.close())
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False, 'joinDuplicateHeaders': True}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
