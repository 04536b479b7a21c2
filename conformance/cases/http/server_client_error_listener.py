# test-http-server-client-error.js: a 'clientError' listener gets the parse error (code, rawPacket) and the socket, and answers itself
import json

from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = http.createServer(lambda req, res: log('request (not expected)'))

    def onclienterror(err, socket):
        log('clientError', err.code, str(err), isinstance(err, TypeError))
        log('rawPacket', json.dumps(err.rawPacket.decode('latin1')))
        socket.end('HTTP/1.1 418 Nope\r\nContent-Length: 0\r\n\r\n')
    server.on('clientError', onclienterror)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
        sock.on('data', ondata)

        def onclose(*args):
            for line in buf.split('\r\n'):
                log('|' + line)
            server.close()
        sock.on('close', onclose)
        sock.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
