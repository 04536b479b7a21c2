# test-http-client-parse-error.js: a server answering garbage makes the request emit an HPE_* parse error
import json

from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end('garbage\r\n\r\n'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})
        req.on('response', lambda *args: log('response (not expected)'))

        def onerror(err):
            log('error', err.code, str(err), isinstance(err, TypeError))
            log('bytesParsed', err.bytesParsed, 'rawPacket', json.dumps(err.rawPacket.decode()))
        req.on('error', onerror)

        def onclose():
            log('close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
