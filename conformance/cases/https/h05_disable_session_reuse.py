# catalogue 92 - maxCachedSessions: 0 disables the session cache: no connection resumes and _sessionCache.list stays empty (test-https-agent-disable-session-reuse.js, probe p16)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    serverRequests = 0

    def onrequest(req, res):
        nonlocal serverRequests
        serverRequests += 1
        res.end('ok')
    server = https.createServer({'key': key, 'cert': cert}, onrequest)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'maxCachedSessions': 0})
        n = 0

        def request():
            nonlocal n
            n += 1
            i = n

            def onresponse(res):
                log(f'request {i}:', res.statusCode, 'isSessionReused', res.socket.isSessionReused(), 'authorized', res.socket.authorized, res.socket.authorizationError)
                res.resume()

                def onend():
                    log(f'after request {i}:', agent._sessionCache)
                    if i < 2:
                        return timers.setImmediate(request)
                    log('server requests', serverRequests)
                    server.close()
                res.on('end', onend)
            https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False}, onresponse)
        request()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
