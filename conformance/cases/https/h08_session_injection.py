# catalogue 95 - a handshake that fails the hostname check caches no session: the second request fails the same way (test-https-agent-session-injection.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()


def main():
    # TLS 1.2: the session exists when the handshake ends (1.3 sends tickets after it).
    def onrequest(req, res):
        log('server: request reached the server')
        res.end('ok')
    server = https.createServer({'key': key, 'cert': cert, 'secureProtocol': 'TLSv1_2_method'}, onrequest)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent()
        req = https.get({'host': '127.0.0.1', 'port': port, 'ca': ca, 'servername': 'example.test', 'agent': agent}, lambda res: log('first: response'))

        def onerror(err):
            log('first: error', err.code, str(err))
            log('first: reason', err.reason, 'host', err.host, 'cert subjectaltname', err.cert['subjectaltname'])
            log('first: cache list length', len(agent._sessionCache['list']))
            second = https.get({'host': '127.0.0.1', 'port': port, 'ca': ca, 'servername': 'example.test', 'agent': agent}, lambda res: log('second: response'))

            def onerror2(err):
                log('second: error', err.code, str(err))
                log('second: cache list length', len(agent._sessionCache['list']))
                server.close()
            second.on('error', onerror2)
        req.on('error', onerror)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
