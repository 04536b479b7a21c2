# _http_outgoing.js setHeader/removeHeader: after end() they throw ERR_HTTP_HEADERS_SENT
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
        sock.once('data', lambda d: sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('response', res.statusCode)
            attempt('setHeader in response', lambda: req.setHeader('X-A', '1'))
            res.resume()
            res.on('end', lambda: server.close())
        req = http.request({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
        log('headersSent before end', req.headersSent)
        req.end()
        log('headersSent after end', req.headersSent)
        attempt('setHeader', lambda: req.setHeader('X-A', '1'))
        attempt('removeHeader', lambda: req.removeHeader('host'))
        attempt('appendHeader', lambda: req.appendHeader('X-A', '1'))
        log('getHeader still works', req.getHeader('host') is not None)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
