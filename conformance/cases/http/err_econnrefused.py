# net.js afterConnect (exceptionWithHostPort): a refused connection emits 'error' ECONNREFUSED (code, syscall, errno, address, port) then 'close'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # Find a port nobody listens on: listen, note the port, close.
    probe = net.createServer()

    def onlistening():
        port = probe.address()['port']

        def onclosed(*args):
            req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/'})
            req.on('socket', lambda s: log('socket'))

            def onerror(err):
                log('error', err.code, err.syscall, err.errno, err.address, err.port == port)
                log('message', str(err).replace(str(port), 'PORT'))
                log('instanceof Error', isinstance(err, Exception), 'TypeError', isinstance(err, TypeError))
            req.on('error', onerror)
            req.on('close', lambda: log('close'))
        probe.close(onclosed)
    probe.listen(0, '127.0.0.1', onlistening)


process.run(main)
