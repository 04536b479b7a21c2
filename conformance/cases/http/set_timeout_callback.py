# test-http-client-set-timeout.js, _http_client.js setTimeout: req.setTimeout(ms, cb) returns req; cb runs as a 'timeout' listener, before listeners added later
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda sock: None)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})

        def ontimeout():
            log('setTimeout callback')
            req.destroy(Exception('gave up'))
        ret = req.setTimeout(50, ontimeout)
        log('returns req', ret is req, 'timeout listeners', req.listenerCount('timeout'))
        req.on('timeout', lambda: log('timeout listener'))
        req.on('error', lambda err: log('error', str(err)))

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
