# catalogue 63 - test-http-agent-keepalive.js (remoteError), probe p14 C: a server that destroys the socket mid-request gives the request ECONNRESET "socket hang up"; the agent drops the socket on its 'close'
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: req.socket.destroy())

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/die'}, lambda res: log('response?!'))

        def onsocket(s):
            log('socket: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount)
            s.on('close', lambda *a: log('socket close'))
        req.on('socket', onsocket)
        req.on('error', lambda e: log('req error', e.code, str(e), 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount))

        def onclose():
            log('req close')

            def later():
                log('later: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount)
                agent.destroy()
                server.close()
            timers.setImmediate(later)
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
