# _http_server.js: the server's IncomingMessage: method, url, httpVersion, headers, rawHeaders
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
        log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor)
        log('headers', req.headers)
        log('rawHeaders', req.rawHeaders)
        log('statusCode', req.statusCode, 'statusMessage', req.statusMessage)
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
        sock.write('PUT /p/q?x=1 HTTP/1.1\r\nHost: example\r\nX-Dup: 1\r\nx-dup: 2\r\nCookie: a=1\r\nCookie: b=2\r\nUser-Agent: one\r\nUser-Agent: two\r\nContent-Length: 0\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
