# catalogue 94 - a socket that closes with an error evicts its key's cached session; a server that cannot resume the session is still reached (test-https-agent-session-eviction.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, net, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    agent = https.Agent({'keepAlive': False})

    def size():
        return len(agent._sessionCache['list'])

    first = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('first'))

    def onlistening():
        port = first.address()['port']

        def onresponse(res):
            log('first server:', res.statusCode, 'isSessionReused', res.socket.isSessionReused())
            res.resume()

            def later():
                log('sessions cached', size())
                first.close(lambda *a: faulty(port))
            res.on('end', lambda: timers.setImmediate(later))
        https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False}, onresponse)
    first.listen(0, '127.0.0.1', onlistening)

    # A plain TCP server on the same port: the TLS connection fails.
    def faulty(port):
        server = net.createServer(lambda socket: socket.destroy())

        def onlistening():
            req = https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False})

            def onerror(err):
                log('faulty server: request error', err.code)

                def onclose(hadError):
                    def later():
                        log('socket closed, hadError', hadError, 'sessions cached', size())
                        server.close(lambda *a: fresh(port))
                    timers.setImmediate(later)
                req.socket.on('close', onclose)
            req.on('error', onerror)
        server.listen(port, '127.0.0.1', onlistening)

    # A new TLS server: nothing to resume, the request still works.
    def fresh(port):
        server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('fresh'))

        def onlistening():
            def onresponse(res):
                log('fresh server:', res.statusCode, 'isSessionReused', res.socket.isSessionReused())
                res.resume()

                def later():
                    log('sessions cached', size())
                    server.close()
                res.on('end', lambda: timers.setImmediate(later))
            https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False}, onresponse)
        server.listen(port, '127.0.0.1', onlistening)


process.run(main)
