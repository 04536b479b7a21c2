# _http_outgoing.js write_: write() after end() gives ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            log('response', res.statusCode)
            res.resume()
            res.on('end', lambda: server.close())
        req = http.request({'port': port, 'host': '127.0.0.1', 'method': 'POST', 'path': '/', 'agent': False}, onresponse)
        req.on('error', lambda err: log('error event', err.code, isinstance(err, TypeError), str(err)))
        req.end('a')
        ret = req.write('b', lambda err: log('write callback', err.code))
        log('write returned', ret)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
