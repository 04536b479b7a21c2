# catalogue 90 - 'keylog' on an https agent (and on the server): one event per NSS key log line, with the TLS socket; TLS 1.3 gives 5 lines per connection (test-https-agent-keylog.js, probe p16)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('ok'))
    serverLines = 0

    def onserverkeylog(line, tlsSocket):
        nonlocal serverLines
        serverLines += 1
    server.on('keylog', onserverkeylog)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'keepAlive': False})
        labels = set()
        agentLines = 0
        allEndInNewline = True
        socketIsTls = True

        def onkeylog(line, tlsSocket):
            nonlocal agentLines, allEndInNewline, socketIsTls
            agentLines += 1
            labels.add(line.decode().split(' ')[0])
            allEndInNewline = allEndInNewline and line.decode().endswith('\n')
            socketIsTls = socketIsTls and tlsSocket.encrypted is True
        agent.on('keylog', onkeylog)
        n = 0

        def request():
            def onresponse(res):
                res.resume()

                def onend():
                    nonlocal n
                    n += 1
                    if n < 2:
                        return timers.setImmediate(request)

                    def later():
                        log('agent keylog lines', agentLines, 'server keylog lines', serverLines)
                        log('labels', sorted(labels))
                        log('every line ends with a newline', allEndInNewline, 'second argument is the TLS socket', socketIsTls)
                        server.close()
                    timers.setImmediate(later)
                res.on('end', onend)
            https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False}, onresponse)
        request()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
