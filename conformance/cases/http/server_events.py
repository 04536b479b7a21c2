# _http_server.js: server-side event order: 'connection', 'request', res 'finish', res 'close', server 'close'
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer()
    server.on('connection', lambda socket: log('connection', callable(socket.write)))

    def onrequest(req, res):
        log('request', req.method, req.url)
        res.on('finish', lambda: log('res finish'))
        res.on('close', lambda: log('res close'))
        res.end('ok')
    server.on('request', onrequest)
    server.on('close', lambda: log('server close'))

    def onlistening():
        log('listening')
        port = server.address()['port']

        def onresponse(res):
            res.resume()
            res.on('end', lambda: server.close())
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/x', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
