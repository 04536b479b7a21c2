# audit: _http_client.js L297 and L316 test !this.getHeader('host') / !this.getHeader('Authorization'): an empty header value is replaced by the computed Host / Basic auth
import re

from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(s):
        def ondata(d):
            lines = [line for line in d.decode('latin-1').split('\r\n') if re.match(r'^(host|authorization):', line, re.I)]
            log('headers', [re.sub(r':\d+$', ':PORT', line) for line in lines])
            s.end('HTTP/1.1 204 No Content\r\n\r\n')
        s.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        def onresponse(res):
            res.resume()
            res.on('end', lambda: server.close())
        req = http.get({
            'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False, 'auth': 'u:p',
            'headers': {'Host': '', 'Authorization': ''},
        }, onresponse)
        log('getHeader', re.sub(r':\d+$', ':PORT', req.getHeader('host')), req.getHeader('authorization'))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
