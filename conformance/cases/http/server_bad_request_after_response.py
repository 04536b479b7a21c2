# audit: _http_server.js L880-881 socketOnError answers 400 when there is no in-flight response (or its header was not sent), even on a keep-alive connection that already carried a response
import re

from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def handler(req, res):
        log('request', req.url)
        res.end('ok')
    server = http.createServer(handler)
    server.on('connection', lambda s: s.on('close', lambda *a: server.close()))

    def onlistening():
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        got = ['']
        sentBad = [False]
        c.on('connect', lambda: c.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n'))

        def ondata(d):
            got[0] += d.decode('latin-1')
            if not sentBad[0] and got[0].endswith('ok'):
                sentBad[0] = True
                c.write('NOT HTTP\r\n\r\n')
        c.on('data', ondata)
        c.on('end', lambda: log('client got', re.sub(r'Date: .*\r\n', '', got[0], count=1).split('\r\n')))
        c.on('close', lambda *a: log('client close'))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
