# test-http-client-timeout-option.js: the timeout option emits 'timeout' on the request when the server never answers; destroy() then gives socket hang up
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda sock: None)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False, 'timeout': 50})
        log('req.timeout', req.timeout)
        req.on('socket', lambda socket: log('socket timeout', socket.timeout))

        def ontimeout():
            log('timeout')
            req.destroy()
        req.on('timeout', ontimeout)
        req.on('error', lambda err: log('error', err.code, str(err)))

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
