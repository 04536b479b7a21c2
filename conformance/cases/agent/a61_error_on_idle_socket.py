# catalogue 61 - test-http-agent-error-on-idle.js (probe p10): an 'error' on a free socket destroys it, emits 'agentRemove' and drops it from the pool at once
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: res.end('hello world'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        requestParams = {'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/'}
        socketKey = agent.getName(requestParams)

        def onresponse(res):
            log('status', res.statusCode)
            res.resume()

            def onend():
                def tick():
                    freeSockets = agent.freeSockets[socketKey]
                    log('free sockets', len(freeSockets), 'total', agent.totalSocketCount)
                    # Generate a random error on the free socket.
                    freeSocket = freeSockets[0]
                    freeSocket.on('agentRemove', lambda *a: log('agentRemove emitted'))
                    freeSocket.on('close', lambda *a: log('free socket close'))
                    freeSocket.emit('error', Exception('ECONNRESET: test'))
                    log('after emit: destroyed', freeSocket.destroyed, 'free', sizes(agent.freeSockets), 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount)

                    def onresponse2(res):
                        log('next request: new socket', req.socket is not freeSocket, 'reusedSocket', req.reusedSocket, 'free', sizes(agent.freeSockets))
                        res.resume()

                        def onend2():
                            agent.destroy()
                            server.close()
                        res.on('end', onend2)
                    req = http.get(requestParams, onresponse2)
                process.nextTick(tick)
            res.on('end', onend)
        http.get(requestParams, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
