# audit: _http_outgoing.js L358-375 _send: the header is prepended to a string first chunk and written with that chunk's encoding (utf8), but latin1 for end() without data or a Buffer chunk
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(s):
        buf = [b'']

        def ondata(d):
            buf[0] = buf[0] + d
            end = buf[0].find(b'\r\n\r\n')
            if end != -1:
                head = buf[0][0:end].decode('latin-1').split('\r\n')
                log('x-name bytes', next(line for line in head if line.startswith('X-Name')).encode('latin-1').hex())
                s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        s.on('data', ondata)
    server = net.createServer(onconnection)

    bodies = [None, 'x', b'x']

    def nextRequest(port):
        if not bodies:
            server.close()
            return
        body = bodies.pop(0)
        req = http.request({
            'port': port, 'host': '127.0.0.1', 'method': 'POST', 'agent': False,
            'headers': {'X-Name': 'caf\u00e9'},
        })
        req.end(body)

        def onresponse(res):
            res.resume()
            res.on('end', lambda: nextRequest(port))
        req.on('response', onresponse)

    server.listen(0, '127.0.0.1', lambda: nextRequest(server.address()['port']))


process.run(main)
