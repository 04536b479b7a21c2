# catalogue 15 - test-http-agent-uninitialized.js: addRequest(req, {}) takes the socket placed by hand in freeSockets[getName({})] (reuseSocket, reusedSocket true, moved to sockets)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        agent.addRequest = lambda *_: None
        req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent})
        del agent.addRequest
        reuseCalls = 0
        origReuse = agent.reuseSocket

        def reuseSocket(s, r):
            nonlocal reuseCalls
            reuseCalls += 1
            log('reuseSocket called with the hand-placed socket', s is socket, 'and the request', r is req)
            return origReuse(s, r)
        agent.reuseSocket = reuseSocket
        socket = net.Socket()
        name = agent.getName({})
        log('name', name)
        agent.freeSockets[name] = [socket]
        agent.addRequest(req, {})
        log('after addRequest: reuseSocket calls', reuseCalls, 'reusedSocket', req.reusedSocket,
            'freeSockets', agent.freeSockets, 'sockets[name] holds it', len(agent.sockets[name]) == 1 and agent.sockets[name][0] is socket,
            'totalSocketCount', agent.totalSocketCount)

        def onsocket(s):
            log("'socket' is the hand-placed socket", s is socket)
            req.destroy()
            socket.destroy()
            server.close()
        req.on('socket', onsocket)
        req.on('error', lambda *_: None)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
