# catalogue 97 - https Agent createConnection(options), (port, options), (port, host, options), null/undefined options, and the caller's options left unchanged (test-https-agent-create-connection.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    agent = https.Agent()

    def createServer():
        return https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('hello world\n'))

    def checkRequest(name, socket, server, next):
        result = ''

        def onconnect(*args):
            socket.write('GET / HTTP/1.1\r\n\r\n')
            socket.end()
        socket.on('connect', onconnect)

        def ondata(chunk):
            nonlocal result
            result += chunk.decode()
        socket.on('data', ondata)

        def onend():
            # No Host header: Node 20's server answers 400 (requireHostHeader).
            log(name, 'status line', result.split('\r\n')[0])
            server.close(next)
        socket.on('end', onend)

    def test1(next):
        server = createServer()

        def onlistening():
            port = server.address()['port']
            host = 'localhost'
            options = {'port': port, 'host': host, 'rejectUnauthorized': False, '_agentKey': agent.getName({'port': port, 'host': host})}
            checkRequest('createConnection(options)', agent.createConnection(options), server, next)
        server.listen(0, '127.0.0.1', onlistening)

    def test2(next):
        server = createServer()

        def onlistening():
            port = server.address()['port']
            host = 'localhost'
            options = {'rejectUnauthorized': False, '_agentKey': agent.getName({'port': port, 'host': host})}
            checkRequest('createConnection(port, options)', agent.createConnection(port, options), server, next)
        server.listen(0, '127.0.0.1', onlistening)

    def test3(next):
        server = createServer()

        def onlistening():
            port = server.address()['port']
            host = 'localhost'
            options = {'rejectUnauthorized': False, '_agentKey': agent.getName({'port': port, 'host': host})}
            checkRequest('createConnection(port, host, options)', agent.createConnection(port, host, options), server, next)
        server.listen(0, '127.0.0.1', onlistening)

    def test4(next):
        server = createServer()

        def onlistening():
            port = server.address()['port']
            options = {'rejectUnauthorized': False}
            checkRequest('no _agentKey', agent.createConnection(port, 'localhost', options), server, next)
        server.listen(0, '127.0.0.1', onlistening)

    def nullish(options, shown):
        def test(next):
            server = createServer()

            def onlistening():
                port = server.address()['port']
                socket = agent.createConnection(port, 'localhost', options)

                def onerror(e):
                    log(f'options {shown}: error', e.code, str(e))
                    server.close(next)
                socket.on('error', onerror)
            server.listen(0, '127.0.0.1', onlistening)
        return test

    def test7(next):
        server = createServer()

        def onlistening():
            port = server.address()['port']
            options = {'port': 3000, 'rejectUnauthorized': False}
            socket = agent.createConnection(port, 'localhost', options)
            socket.on('connect', lambda *a: socket.end())

            def onend():
                log('caller options after use', options)
                server.close(next)
            socket.on('end', onend)
        server.listen(0, '127.0.0.1', onlistening)

    tests = [test1, test2, test3, test4, nullish(None, 'null'), nullish(None, 'undefined'), test7]

    def run(*args):
        if tests:
            tests.pop(0)(run)
        else:
            log('session cache keys', len(agent._sessionCache['list']))
    run()


process.run(main)
