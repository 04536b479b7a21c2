# _http_client.js parserOnIncomingClient: statusCode, statusMessage and httpVersion of HTTP/1.1 and HTTP/1.0 responses
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: the path chooses the status line.
    def onconnection(sock):
        def ondata(d):
            if d.decode().startswith('GET /10 '):
                sock.end('HTTP/1.0 201 Made It\r\nContent-Length: 0\r\n\r\n')
            else:
                sock.end('HTTP/1.1 418 I Am A Teapot\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        sock.once('data', ondata)
    server = net.createServer(onconnection)

    def get(path, next):
        port = server.address()['port']

        def onresponse(res):
            log(path, res.statusCode, res.statusMessage, res.httpVersion, res.httpVersionMajor, res.httpVersionMinor)
            res.resume()
            res.on('end', next)
        http.get({'port': port, 'host': '127.0.0.1', 'path': path, 'agent': False}, onresponse)

    def onlistening():
        get('/11', lambda: get('/10', lambda: server.close()))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
