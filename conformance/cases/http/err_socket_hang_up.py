# catalogue 63 - _http_client.js socketOnEnd: a server that closes without answering gives ECONNRESET 'socket hang up'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.destroy())
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})
        req.on('response', lambda *args: log('response (not expected)'))
        req.on('error', lambda err: log('error', err.code, str(err), isinstance(err, TypeError)))

        def onclose():
            log('close', 'destroyed', req.destroyed)
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
