# test-http-client-abort-destroy.js: req.destroy() once the socket is assigned (no response yet): 'error' socket hang up, 'close'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda sock: None)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})

        def onsocket(socket):
            log('socket')

            def onconnect():
                log('connect')
                req.destroy()
                log('destroyed', req.destroyed)
            socket.on('connect', onconnect)
            socket.on('close', lambda *args: log('socket close'))
        req.on('socket', onsocket)
        req.on('error', lambda err: log('error', err.code, str(err)))

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
