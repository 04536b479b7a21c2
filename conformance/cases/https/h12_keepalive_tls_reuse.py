# catalogue 1-3, 91 - a keep-alive https agent reuses one TLS socket for sequential requests: one server connection, reusedSocket false then true (probe p16)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()


def main():
    connections = 0
    secureConnections = 0
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end(req.url))

    def onconnection(*args):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onsecure(*args):
        nonlocal secureConnections
        secureConnections += 1
    server.on('secureConnection', onsecure)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'keepAlive': True, 'maxSockets': 1})
        first = None
        i = 0

        def next():
            nonlocal i
            i += 1
            if i > 3:
                log('server connections', connections, 'secure connections', secureConnections)
                agent.destroy()
                server.close()
                return

            def onresponse(res):
                body = ''
                res.setEncoding('utf8')

                def ondata(d):
                    nonlocal body
                    body += d
                res.on('data', ondata)

                def onend():
                    nonlocal first
                    if not first:
                        first = req.socket
                    log(f'request {i}:', body, 'reusedSocket', req.reusedSocket, 'same socket', req.socket is first,
                        'encrypted', req.socket.encrypted, 'authorized', req.socket.authorized)

                    def later():
                        log('  free', [len(s) for s in agent.freeSockets.values()], 'active', len(agent.sockets), 'total', agent.totalSocketCount)
                        next()
                    timers.setImmediate(later)
                res.on('end', onend)
            req = https.get({'host': 'localhost', 'port': port, 'ca': ca, 'agent': agent, 'path': f'/r{i}'}, onresponse)
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
