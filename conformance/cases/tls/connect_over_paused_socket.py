# tls.connect({socket}) over a plain socket that was pause()d after connecting (what https-proxy-agent does): the handshake completes, data flows both ways, the plain socket's state afterwards; and a TLS server socket made with new TLSSocket over a pauseOnConnect socket whose ClientHello was already buffered
from conformance.trace import log
from node_http_agent import net, process, timers, tls

ca = open('fixtures/root.pem', 'rb').read()
key = open('fixtures/good-key.pem', 'rb').read()
cert = open('fixtures/good.pem', 'rb').read()


def clientSide(done):
    def onsecure(s):
        s.on('data', lambda d: s.end(b'echo:' + d))
    server = tls.createServer({'key': key, 'cert': cert}, onsecure)

    def onlistening():
        def onconnect():
            raw.pause()
            log('raw paused', raw.isPaused())

            def onsecureConnect():
                log('secureConnect authorized', socket.authorized, 'protocol', socket.getProtocol())
                socket.write('hello')
            socket = tls.connect({'socket': raw, 'servername': 'localhost', 'ca': ca}, onsecureConnect)
            socket.setEncoding('utf8')
            socket.on('data', lambda d: log('data', d))
            socket.on('end', lambda: log('end'))

            def onclose(*a):
                log('close')
                server.close(done)
            socket.on('close', onclose)
        raw = net.connect(server.address()['port'], '127.0.0.1', onconnect)
    server.listen(0, '127.0.0.1', onlistening)


def serverSide(*_):
    serverLines = []
    clientLines = []
    closed = [0]

    def closedOne():
        closed[0] += 1
        if closed[0] < 2:
            return
        for line in serverLines:
            log(*line)
        for line in clientLines:
            log(*line)

    def onconnection(raw):
        # Wait until the ClientHello is there, unread, before wrapping.
        def wrap():
            socket = tls.TLSSocket(raw, {'isServer': True, 'key': key, 'cert': cert})
            socket.on('secure', lambda: serverLines.append(['server secure']))

            def ondata(d):
                serverLines.append(['server data', d.decode()])
                socket.end('bye')
            socket.on('data', ondata)

            def onclose(*a):
                serverLines.append(['server close'])
                server.close()
                closedOne()
            socket.on('close', onclose)
        timers.setTimeout(wrap, 50)
    server = net.createServer({'pauseOnConnect': True}, onconnection)

    def onlistening():
        def onsecureConnect():
            clientLines.append(['client secureConnect', client.authorized])
            client.write('hi')
        client = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca}, onsecureConnect)
        client.setEncoding('utf8')
        client.on('data', lambda d: clientLines.append(['client data', d]))

        def onclose(*a):
            clientLines.append(['client close'])
            closedOne()
        client.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(lambda: clientSide(serverSide))
