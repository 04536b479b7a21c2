# audit: _http_server.js L429-431 storeHTTPOptions keeps options.IncomingMessage / options.ServerResponse; _http_common.js L87-91 and _http_server.js L1052 build requests and responses from them
from conformance.trace import log
from node_http_agent import http, process


class MyRequest(http.IncomingMessage):
    def greet(self):
        return f'req {self.method} {self.url}'


class MyResponse(http.ServerResponse):
    def greet(self):
        return f'res {self.statusCode}'


def main():
    def handler(req, res):
        log(isinstance(req, MyRequest), isinstance(res, MyResponse))
        log(req.greet() if callable(getattr(req, 'greet', None)) else 'no greet',
            res.greet() if callable(getattr(res, 'greet', None)) else 'no greet')
        res.end('ok')
    server = http.createServer({'IncomingMessage': MyRequest, 'ServerResponse': MyResponse}, handler)

    def onlistening():
        def onresponse(res):
            log('client', isinstance(res, MyRequest), res.statusCode)
            res.resume()
            res.on('end', lambda: server.close())
        http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'path': '/x', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
