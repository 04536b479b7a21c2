# audit: _http_server.js L729 / L749-751: a server connection's socket.setEncoding is replaced by one that throws ERR_HTTP_SOCKET_ENCODING
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        try:
            req.socket.setEncoding('utf8')
            log('accepted')
        except Exception as e:
            log(e.code, str(e))
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: log('client data', d))
            res.on('end', lambda: server.close())
        http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
