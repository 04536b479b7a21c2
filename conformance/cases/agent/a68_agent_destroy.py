# catalogue 68 - probe p12 B: agent.destroy() destroys every free and active socket; the pool maps empty only on each socket's 'close', and the agent stays usable
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        if req.url == '/hang':
            return  # never answered
        timers.setTimeout(lambda: res.end('ok'), 10)
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def state():
            return ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount]
        left = 2
        for i in range(2):
            def onresponse(res):
                res.resume()

                def onend():
                    nonlocal left
                    left -= 1
                    if left == 0:
                        timers.setTimeout(step2, 20)
                res.on('end', onend)
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

        def step2():
            log('two pooled:', *state())
            # Takes one pooled socket (lifo); the other stays free.
            hanging = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/hang'}, lambda res: log('response?!'))
            hanging.on('error', lambda e: log('hanging request error', e.code, str(e)))

            def onsocket(activeSocket):
                freeSocket = list(agent.freeSockets.values())[0][0]
                log('before destroy():', *state())
                closes = 0

                def onclose(*args):
                    nonlocal closes
                    closes += 1
                    if closes == 2:
                        def later():
                            log('after both closes:', *state())

                            def onresponse(res):
                                res.resume()

                                def onend():
                                    log('agent still usable: status', res.statusCode, 'reusedSocket', req.reusedSocket)
                                    agent.destroy()
                                    server.close()
                                res.on('end', onend)
                            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
                        timers.setImmediate(later)
                freeSocket.on('close', onclose)
                activeSocket.on('close', onclose)
                agent.destroy()
                log('right after destroy(): free socket destroyed', freeSocket.destroyed, 'active socket destroyed', activeSocket.destroyed, *state())
            hanging.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
