# _http_server.js (state.outgoing): pipelined requests in one write are answered in order, even when the first answers last
from conformance.trace import log
from node_http_agent import http, net, process
from node_http_agent.timers import setTimeout


def main():
    def onrequest(req, res):
        log('request', req.url)
        if req.url == '/1':
            setTimeout(lambda: res.end('one'), 30)
        else:
            res.end('two')
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
            server.close()
        sock.on('end', onend)
        sock.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
