# catalogue 48 - test-http-agent-timeout.js (block 2), probe p11: a free socket that times out is destroyed and removed; the next request opens a new socket
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'timeout': 50})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def onresponse(res):
            res.resume()

            def pooled():
                socket = list(agent.freeSockets.values())[0][0]
                log('pooled: free', sizes(agent.freeSockets), 'total', agent.totalSocketCount, 'socket.timeout', socket.timeout)
                socket.on('timeout', lambda: log('free socket timeout'))

                def onclose(*args):
                    log('free socket close: destroyed', socket.destroyed, 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount)

                    def onresponse2(res):
                        res.resume()

                        def onend():
                            log('next request: new socket', req.socket is not socket, 'reusedSocket', req.reusedSocket)
                            agent.destroy()
                            server.close()
                        res.on('end', onend)
                    req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse2)
                socket.on('close', onclose)
            res.on('end', lambda: timers.setImmediate(pooled))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
