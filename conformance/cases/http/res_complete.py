# _http_common.js parserOnMessageComplete: res.complete is false until the whole body is parsed
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: the head first; the body only when the client asks for it.
    def onconnection(sock):
        n = 0

        def ondata(d):
            nonlocal n
            n += 1
            if n == 1:
                sock.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\n')
        sock.on('data', ondata)
        server.on('more', lambda: sock.end('hello'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('response complete', res.complete)
            res.on('data', lambda d: log('data', d.decode(), 'complete', res.complete))

            def onend():
                log('end complete', res.complete)
                server.close()
            res.on('end', onend)
            server.emit('more')
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
