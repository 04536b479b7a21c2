# catalogue 101 - probe p10: a pooled socket carries exactly one 'free', 'close', 'timeout' and 'agentRemove' listener from the agent, plus one 'error' listener
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def counts(s):
            return ' '.join(f'{e}={s.listenerCount(e)}' for e in ['error', 'free', 'close', 'timeout', 'agentRemove'])

        def get(cb):
            def onresponse(res):
                res.resume()
                res.on('end', lambda: timers.setImmediate(cb))
            return http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

        def first():
            socket = list(agent.freeSockets.values())[0][0]
            log('pooled after 1 request:', counts(socket))

            def second():
                log('pooled after 2 requests (same socket):', counts(list(agent.freeSockets.values())[0][0]), list(agent.freeSockets.values())[0][0] is socket)
                agent.destroy()
                server.close()
            get(second)
        get(first)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
