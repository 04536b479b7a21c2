# https.Server's class shape: an https.Server is a tls.Server and a net.Server but not an http.Server (http.Server's methods mixed in, storeHTTPOptions), its defaults, and an https server that serves a request through that shape (close() closes idle keep-alive connections)
from conformance.trace import log
from node_http_agent import events, http, https, net, process, timers, tls

EventEmitter = events.EventEmitter
key = open('fixtures/good-key.pem', 'rb').read()
cert = open('fixtures/good.pem', 'rb').read()
ca = open('fixtures/root.pem', 'rb').read()


def main():
    servers = [
        ['https.Server', https.createServer({'key': key, 'cert': cert})],
        ['tls.Server', tls.createServer({'key': key, 'cert': cert})],
        ['http.Server', http.createServer()],
    ]
    for name, s in servers:
        log(name, 'instanceof tls.Server', isinstance(s, tls.Server), 'net.Server', isinstance(s, net.Server),
            'http.Server', isinstance(s, http.Server), 'https.Server', isinstance(s, https.Server), 'EventEmitter', isinstance(s, EventEmitter))
    s = servers[0][1]
    log('defaults', s.timeout, s.keepAliveTimeout, s.requestTimeout, s.headersTimeout, s.maxHeadersCount,
        s.maxRequestsPerSocket, s.httpAllowHalfOpen, s.allowHalfOpen, s.requestCert, s.rejectUnauthorized,
        s.connectionsCheckingInterval, s.requireHostHeader, getattr(s, 'ALPNProtocols', None) is None)
    for m in ['closeAllConnections', 'closeIdleConnections', 'setTimeout', 'close', 'setSecureContext', 'addContext', 'listen', 'address']:
        log('method', m, callable(getattr(s, m, None)))
    log('setTimeout returns the server', s.setTimeout(1000) is s, s.timeout)
    log('storeHTTPOptions', https.createServer({'key': key, 'cert': cert, 'keepAliveTimeout': 1234, 'requestTimeout': 0}).keepAliveTimeout)
    try:
        https.createServer({'key': key, 'cert': cert, 'headersTimeout': 2000, 'requestTimeout': 1000})
    except Exception as err:
        log('headersTimeout > requestTimeout', err.code, str(err))

    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('served by ' + req.url))

    def onlistening():
        agent = https.Agent({'keepAlive': True})

        def onresponse(res):
            body = ['']
            socket = res.socket
            res.setEncoding('utf8')

            def ondata(d):
                body[0] += d
            res.on('data', ondata)

            def onend():
                log('response', res.statusCode, body[0], 'alpn', socket.alpnProtocol)

                def onclose(*a):
                    log('idle keep-alive socket closed by server.close()')
                    agent.destroy()
                socket.on('close', onclose)
                timers.setImmediate(lambda: server.close(lambda *a: log('server closed')))
            res.on('end', onend)
        https.get({'port': server.address()['port'], 'host': 'localhost', 'ca': ca, 'agent': agent, 'path': '/shape'}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
