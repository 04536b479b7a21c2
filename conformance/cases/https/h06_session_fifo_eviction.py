# catalogue 93 - with maxCachedSessions: 1, a session for a second key evicts the first (FIFO), so the first key no longer resumes; the second key does (test-https-agent-session-reuse.js, probe p16)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()


def main():
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'maxCachedSessions': 1})

        def keys():
            return [k.replace(str(port), 'PORT').replace(ca.decode(), 'CA') for k in agent._sessionCache['list']]
        plan = ['localhost', 'localhost', '127.0.0.1', 'localhost', '127.0.0.1']
        i = 0

        def request():
            nonlocal i
            host = plan[i]
            i += 1

            def onresponse(res):
                log(f'host {host}:', 'isSessionReused', res.socket.isSessionReused())
                res.resume()

                def onend():
                    log('  cache list', keys())
                    if i < len(plan):
                        return timers.setImmediate(request)
                    server.close()
                res.on('end', onend)
            https.get({'host': host, 'port': port, 'ca': ca, 'agent': agent}, onresponse)
        request()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
