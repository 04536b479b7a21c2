# test-http-server-close-all.js: closeAllConnections() drops a connection whose request is still being handled
import json

from conformance.trace import log
from node_http_agent import http, net, process
from node_http_agent.timers import setImmediate


def main():
    serverSide = []
    clientSide = []
    pending = 2

    def done():
        nonlocal pending
        pending -= 1
        if pending > 0:
            return
        log('server side', serverSide)
        log('client side', clientSide)

    def onrequest(req, res):
        serverSide.append('request ' + req.url)
        req.on('close', lambda: serverSide.append('req close'))
        res.on('close', lambda: serverSide.append('res close, writableEnded ' + json.dumps(res.writableEnded)))
        res.on('finish', lambda: serverSide.append('res finish (not expected)'))

        def onclosed(*args):
            serverSide.append('server close callback')
            done()
        server.close(onclosed)
        setImmediate(lambda: server.closeAllConnections())
    server = http.createServer(onrequest)

    def onlistening():
        port = server.address()['port']
        sock = net.connect(port, '127.0.0.1')
        buf = ''

        def ondata(d):
            nonlocal buf
            buf += d.decode('latin1')
        sock.on('data', ondata)

        def onclose(*args):
            clientSide.append('close, received ' + json.dumps(buf))
            done()
        sock.on('close', onclose)
        sock.on('error', lambda err: clientSide.append('error ' + err.code))
        sock.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
