# test-http-client-parse-error.js: a bad header line in a response gives HPE_INVALID_HEADER_TOKEN with bytesParsed at the error
# conformance: deviation=bytesParsed: httptools and h11 do not report the offset where parsing failed, so err.bytesParsed is 0 (code, reason, message and rawPacket match)
import json

from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end('HTTP/1.1 200 OK\r\nBad Header: 1\r\n\r\n'))
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
