# test-http-server-client-error.js: with no 'clientError' listener, a request that does not parse gets HTTP/1.1 400 Bad Request and the connection closes
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = http.createServer(lambda req, res: log('request (not expected)'))

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
        sock.on('data', ondata)
        sock.on('end', lambda: log('client end'))

        def onclose(*args):
            for line in buf.split('\r\n'):
                log('|' + line)
            server.close()
        sock.on('close', onclose)
        sock.write('BAD\x01 / HTTP/1.1\r\nHost: x\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
