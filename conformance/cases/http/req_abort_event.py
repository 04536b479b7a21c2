# catalogue 76 - test-http-client-abort-event.js, test-http-abort-before-end.js: abort() right after http.get(): 'abort', 'close', no 'error', no 'socket'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda sock: None)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})
        req.on('socket', lambda s: log('socket (not expected)'))
        req.on('abort', lambda: log('abort', 'aborted', req.aborted))
        req.on('error', lambda err: log('error (not expected)', err.code))

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
        req.abort()
        log('aborted', req.aborted, 'destroyed', req.destroyed)
        req.abort()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
