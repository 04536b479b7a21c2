# test-http-invalidheaderfield2.js, _http_outgoing.js setHeader: CR/LF in a value, a bad name and undefined throw; the request still goes out
from conformance.trace import log
from node_http_agent import http, net, process


def attempt(label, fn):
    try:
        fn()
        log(label, 'no throw')
    except Exception as err:
        log(label, err.code, isinstance(err, TypeError), str(err))


def main():
    def onconnection(sock):
        def ondata(d):
            log('server saw X-Ok', 'X-Ok: fine' in d.decode(), 'X-Bad', 'X-Bad' in d.decode())
            sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        sock.once('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('response', res.statusCode)
            res.resume()
            res.on('end', lambda: server.close())
        req = http.request({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
        attempt('CRLF value', lambda: req.setHeader('X-Bad', 'a\r\nb'))
        attempt('LF value', lambda: req.setHeader('X-Bad', 'a\nb'))
        attempt('NUL value', lambda: req.setHeader('X-Bad', 'a\u0000b'))
        attempt('bad name', lambda: req.setHeader('X Bad', 'v'))
        attempt('name with colon', lambda: req.setHeader('X-Bad:', 'v'))
        attempt('undefined value', lambda: req.setHeader('X-Bad', None))
        attempt('ok', lambda: req.setHeader('X-Ok', 'fine'))
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
