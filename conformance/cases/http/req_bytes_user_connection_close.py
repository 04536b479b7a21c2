# catalogue 23 - _http_outgoing.js _storeHeader (user Connection header): a user Connection: close is sent verbatim once
import re

from conformance.trace import log
from node_http_agent import http, net, process


# Is the request in `buf` complete (head, then a Content-Length or chunked body)?
def complete(buf):
    i = buf.find('\r\n\r\n')
    if i == -1:
        return False
    head = buf[:i].lower()
    m = re.search(r'content-length: *(\d+)', head)
    if m:
        return len(buf) >= i + 4 + int(m.group(1))
    if 'transfer-encoding: chunked' in head:
        return buf.endswith('\r\n0\r\n\r\n')
    return True


def main():
    # A raw server: print the first request's bytes line by line, answer, close.
    def onconnection(sock):
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
            if not complete(buf):
                return
            port = str(server.address()['port'])
            for line in buf.replace(port, 'PORT').split('\r\n'):
                log('|' + line)
            sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok')
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def done(res):
        body = ''

        def ondata(d):
            nonlocal body
            body += d.decode()
        res.on('data', ondata)

        def onend():
            log('response', res.statusCode, body)
            server.close()
        res.on('end', onend)

    def onlistening():
        port = server.address()['port']
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'headers': {'Connection': 'close'}}, done)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
