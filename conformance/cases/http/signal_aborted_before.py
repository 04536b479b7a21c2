# _http_client.js (options.signal): a signal aborted before http.get() gives AbortError ABORT_ERR, then 'close'
from conformance.trace import log
from node_http_agent import AbortController, http, net, process


def main():
    server = net.createServer(lambda sock: None)

    def onlistening():
        port = server.address()['port']
        controller = AbortController()
        controller.abort()
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False, 'signal': controller.signal})
        log('destroyed', req.destroyed)
        req.on('socket', lambda s: log('socket (not expected)'))
        req.on('abort', lambda: log('abort (not expected)'))

        def onerror(err):
            log('error', err.code, err.name, str(err), isinstance(err, TypeError))
            log('cause is signal.reason', err.cause is controller.signal.reason)
        req.on('error', onerror)

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
