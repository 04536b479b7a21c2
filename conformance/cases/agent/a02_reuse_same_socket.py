# catalogue 2 - test-http-agent-timeout.js (block 1), test-http-keepalive-request.js: the next request gets the same socket with reusedSocket true (probe p04)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        first = None

        def get(tag, onend):
            def onresponse(res):
                nonlocal first
                log(tag, "'response' reusedSocket", req.reusedSocket, 'same socket as R1', None if first is None else req.socket is first)
                if first is None:
                    first = req.socket
                res.resume()
                res.on('end', onend)
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

        def r1_end():
            # R2 is issued one setImmediate after 'end'.
            def r2():
                def r2_end():
                    # R3 is issued from the socket's own 'free' listener, as test-http-agent-timeout.js does.
                    def onfree():
                        def r3_end():
                            def report():
                                log('totalSocketCount', agent.totalSocketCount)
                                agent.destroy()
                                server.close()
                            timers.setImmediate(report)
                        get('R3', r3_end)
                    first.once('free', onfree)
                get('R2', r2_end)
            timers.setImmediate(r2)
        get('R1', r1_end)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
