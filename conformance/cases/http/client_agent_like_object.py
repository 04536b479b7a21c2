# audit: _http_client.js L166 (any object with addRequest is an agent), L276 (!keepAlive && !NumberIsFinite(maxSockets) -> Connection: close), L839 (req.agent.options may be missing)
import re

from conformance.trace import log
from node_http_agent import http, net, process

port = None


class TinyAgent:
    def addRequest(self, req, options):
        log('addRequest', options['host'], options['port'] == port)
        req.onSocket(net.createConnection({'host': options['host'], 'port': options['port']}))


def main():
    global port

    def onconnection(sock):
        def ondata(d):
            log('request head', re.sub(r':\d+\r\n', ':PORT\r\n', d.decode('latin-1'), count=1).split('\r\n'))
            sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        global port
        port = server.address()['port']
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': TinyAgent()})
        log('shouldKeepAlive', req.shouldKeepAlive)

        def onresponse(res):
            log('response', res.statusCode)
            res.setEncoding('latin1')
            res.on('data', lambda d: log('data', d))
            res.on('end', lambda: log('end'))
        req.on('response', onresponse)

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
