# _http_client.js (options.signal): aborting once the request is connected gives AbortError, then 'close'
from conformance.trace import log
from node_http_agent import AbortController, http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: server.emit('got request'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        controller = AbortController()
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False, 'signal': controller.signal})
        req.on('socket', lambda s: log('socket'))
        req.on('finish', lambda: log('finish'))
        req.on('abort', lambda: log('abort (not expected)'))
        req.on('error', lambda err: log('error', err.code, err.name, str(err)))

        def onclose():
            log('close', 'destroyed', req.destroyed)
            server.close()
        req.on('close', onclose)

        def ongot():
            log('server got the request; aborting')
            controller.abort()
        server.on('got request', ongot)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
