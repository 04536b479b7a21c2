# catalogue 6 - test-http-agent-keepalive.js: event order of a keep-alive request with a Content-Length response
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: answer the first request with fixed bytes.
    def onconnection(sock):
        sock.once('data', lambda d: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'))
    server = net.createServer(onconnection)
    agent = http.Agent({'keepAlive': True})
    agent.on('free', lambda *args: log('agent free'))

    def onlistening():
        port = server.address()['port']
        req = http.request({'port': port, 'host': '127.0.0.1', 'method': 'GET', 'path': '/', 'agent': agent})
        req.on('socket', lambda s: log('req socket'))
        req.on('finish', lambda: log('req finish'))
        req.on('close', lambda: log('req close'))
        req.on('error', lambda err: log('req error', err.code))

        def onresponse(res):
            log('req response', res.statusCode)
            body = ''

            def ondata(d):
                nonlocal body
                if body == '':
                    log('res data')
                body += d.decode()
            res.on('data', ondata)
            res.on('end', lambda: log('res end', body))

            def onclose():
                log('res close')
                agent.destroy()
                server.close()
            res.on('close', onclose)
        req.on('response', onresponse)
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
