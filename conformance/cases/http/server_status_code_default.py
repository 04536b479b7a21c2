# _http_server.js: res.statusCode = 404 and end() with no body: status line and Content-Length: 0
import re

from conformance.trace import log
from node_http_agent import http, net, process


# Is the response in `buf` complete (head, then a Content-Length or chunked body)?
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


# Print a response line by line, without its Date header.
def show(buf):
    for line in buf.split('\r\n'):
        if not line.startswith('Date: '):
            log('|' + line)


def main():
    def onrequest(req, res):
        log('default statusCode', res.statusCode)
        res.statusCode = 404
        res.end()
    server = http.createServer(onrequest)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
            if not complete(buf):
                return
            show(buf)
            sock.end()
            server.close()
        sock.on('data', ondata)
        sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
