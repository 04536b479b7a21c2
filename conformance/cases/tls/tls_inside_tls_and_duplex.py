# issue 12: tls.connect({socket}) over a TLSSocket (TLS inside TLS, both sides) and over a user's in-memory Duplex pair that carries bytes to a TLSSocket server made with new TLSSocket(duplex)
from conformance.trace import log
from node_http_agent import process, tls
from node_http_agent.stream import Duplex

ca = open('fixtures/root.pem', 'rb').read()
key = open('fixtures/good-key.pem', 'rb').read()
cert = open('fixtures/good.pem', 'rb').read()


def nested(done):
    def onsecure(outer):
        inner = tls.TLSSocket(outer, {'isServer': True, 'key': key, 'cert': cert})
        inner.on('secure', lambda: log('server inner secure'))
        inner.on('data', lambda d: inner.end(b'inner-echo:' + d))
    server = tls.createServer({'key': key, 'cert': cert}, onsecure)

    def onlistening():
        def onouter():
            log('outer secureConnect', outer.authorized)

            def oninner():
                log('inner secureConnect', inner.authorized, inner.encrypted)
                inner.write('hello')
            inner = tls.connect({'socket': outer, 'servername': 'localhost', 'ca': ca}, oninner)
            inner.setEncoding('utf8')
            inner.on('data', lambda d: log('inner data', d))
            inner.on('end', lambda: log('inner end'))

            def onclose(*_):
                log('inner close')
                server.close(done)
            inner.on('close', onclose)
        outer = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1',
                             'servername': 'localhost', 'ca': ca}, onouter)
    server.listen(0, '127.0.0.1', onlistening)


def duplexPair():
    def awrite(chunk, enc, cb):
        b.push(chunk)
        cb()

    def afinal(cb):
        b.push(None)
        cb()

    def bwrite(chunk, enc, cb):
        a.push(chunk)
        cb()

    def bfinal(cb):
        a.push(None)
        cb()
    a = Duplex({'read': lambda n: None, 'write': awrite, 'final': afinal})
    b = Duplex({'read': lambda n: None, 'write': bwrite, 'final': bfinal})
    return a, b


def overDuplex(*_):
    clientEnd, serverEnd = duplexPair()
    serverSocket = tls.TLSSocket(serverEnd, {'isServer': True, 'key': key, 'cert': cert})
    serverSocket.on('secure', lambda: log('duplex server secure'))
    serverSocket.on('data', lambda d: serverSocket.end(b'duplex-echo:' + d))

    def onconnect():
        log('duplex secureConnect', client.authorized)
        client.write('over memory')
    client = tls.connect({'socket': clientEnd, 'servername': 'localhost', 'ca': ca}, onconnect)
    client.setEncoding('utf8')
    client.on('data', lambda d: log('duplex data', d))
    client.on('end', lambda: log('duplex end'))


process.run(lambda: nested(overDuplex))
