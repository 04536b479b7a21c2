# catalogue 70 - test-http-agent-remove.js, probe p12 C: 'agentRemove' on an active socket detaches it (count drops, listeners removed) without destroying it; after the response it is neither pooled nor destroyed
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def state():
            return ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount]
        EVENTS = ['free', 'close', 'timeout', 'agentRemove']

        def counts(s):
            return [s.listenerCount(e) for e in EVENTS]
        frees = 0

        def onfree(*args):
            nonlocal frees
            frees += 1
        agent.on('free', onfree)

        def onresponse(res):
            res.resume()

            def later():
                log('after response end:', *state(), 'socket destroyed', req.socket.destroyed, "agent 'free' events", frees)
                req.socket.destroy()
                agent.destroy()
                server.close()
            res.on('end', lambda: timers.setTimeout(later, 20))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

        def onsocket(socket):
            log('before agentRemove:', *state())
            before = counts(socket)
            socket.emit('agentRemove')
            log('after agentRemove:', *state(), 'destroyed', socket.destroyed, '_httpMessage is req', socket._httpMessage is req)
            after = counts(socket)
            log('agent listeners removed:', ', '.join(f'{e} {before[i] - after[i]}' for i, e in enumerate(EVENTS)), '; agentRemove left', after[3], 'free left', after[0])
        req.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
