# _http_server.js: a request with Connection: close gets Connection: close and the server ends the connection
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onrequest(req, res):
        log('request', req.headers['connection'])
        res.end('ok')
    server = http.createServer(onrequest)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
        sock.on('data', ondata)

        def onend():
            for line in buf.split('\r\n'):
                if not line.startswith('Date: '):
                    log('|' + line)
            log('client end')
        sock.on('end', onend)

        def onclose(*args):
            log('client close')
            server.close()
        sock.on('close', onclose)
        sock.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
