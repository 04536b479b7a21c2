# test-http-server-close-idle.js: server.close() also closes idle keep-alive connections (Node 19+), so 'close' comes without waiting
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    seen = []

    def note(what):
        seen.append(what)
        if len(seen) == 3:
            log('events', sorted(seen))

    def onrequest(req, res):
        res.end('ok')
    server = http.createServer(onrequest)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
            if not buf.endswith('\r\n\r\nok'):
                return
            log('response complete; keep-alive', 'Connection: keep-alive' in buf)
            server.close(lambda *args: note('server close callback'))
        sock.on('data', ondata)
        sock.on('end', lambda: note('client end'))
        sock.on('close', lambda *args: note('client close'))
        sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
