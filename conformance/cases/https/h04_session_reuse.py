# catalogue 91 - a new TLS connection for the same agent key resumes the cached session: isSessionReused() false then true (test-https-agent-session-reuse.js, probe p16)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()


def main():
    serverRequests = 0

    def onrequest(req, res):
        nonlocal serverRequests
        serverRequests += 1
        res.end('ok')
    server = https.createServer({'key': key, 'cert': cert}, onrequest)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'keepAlive': False})

        def keys():
            return [k.replace(str(port), 'PORT').replace(ca.decode(), 'CA') for k in agent._sessionCache['list']]
        n = 0

        def request():
            nonlocal n
            n += 1
            i = n

            def onresponse(res):
                socket = res.socket
                log(f'request {i}:', res.statusCode, 'isSessionReused', socket.isSessionReused(), 'authorized', socket.authorized)
                res.resume()

                def onend():
                    log(f'after request {i}: cache list', keys(), 'session cached', agent._getSession(agent._sessionCache['list'][0]) is not None)
                    if i < 3:
                        return timers.setImmediate(request)
                    log('server requests', serverRequests)
                    server.close()
                res.on('end', onend)
            https.get({'host': 'localhost', 'port': port, 'ca': ca, 'agent': agent}, onresponse)
        request()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
