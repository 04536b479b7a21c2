# audit: _http_client.js L890-900 onSocketNT on a destroyed request: finished(socket.destroy(...)) fires on the next tick (a destroyed net.Socket counts as closed), so 'error'/'close' come before the socket's 'close'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda s: s.on('data', lambda d: None))

    def onlistening():
        port = server.address()['port']

        def createConnection(opts, *args):
            sock = net.createConnection({'port': port, 'host': '127.0.0.1'})

            def onclose(*a):
                log('socket close')
                server.close()
            sock.on('close', onclose)
            return sock
        req = http.get({
            'port': port, 'host': '127.0.0.1',
            'createConnection': createConnection,
        })
        req.destroy()
        log('agent', req.agent is None)
        req.on('error', lambda e: log('req error', e.code, str(e)))
        req.on('close', lambda: log('req close'))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
