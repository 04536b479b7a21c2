# catalogue 79 - probe p12 D: a response with a 'response' listener that is never read keeps its socket busy; the queued request waits until it is consumed
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def state():
            return ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount]
        consumed = False

        def onresponse1(res1):
            # res1 is not consumed for now.
            def onresponse2(res2):
                log('req2 response; res1 consumed before', consumed, 'reusedSocket', req2.reusedSocket)
                res2.resume()

                def onend():
                    agent.destroy()
                    server.close()
                res2.on('end', onend)
            req2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/2'}, onresponse2)
            log('res1 not consumed:', *state())

            def later():
                nonlocal consumed
                log('still waiting 200 ms later:', *state())
                consumed = True
                res1.resume()
            timers.setTimeout(later, 200)
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/1'}, onresponse1)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
