# catalogue 14 - test-http-agent-uninitialized.js: addRequest with a hand-placed, never-connected net.Socket in freeSockets does not crash; the request fails on that socket
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        # Hold the request back on the first addRequest call, as an Agent-like hook may.
        agent.addRequest = lambda *_: None
        req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent})
        del agent.addRequest
        socket = net.Socket()
        agent.freeSockets[agent.getName({})] = [socket]
        agent.addRequest(req, {})
        req.on('socket', lambda s: log("'socket' is the hand-placed socket", s is socket))
        req.on('error', lambda e: log("req 'error'", e.code, str(e)))

        def C(m):
            o = {}
            for k in list(m.keys()):
                o[k] = len(m[k])
            return o

        def onclose():
            log("req 'close': socket destroyed", socket.destroyed, 'sockets', C(agent.sockets), 'totalSocketCount', agent.totalSocketCount)
            server.close()
        req.on('close', onclose)
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
