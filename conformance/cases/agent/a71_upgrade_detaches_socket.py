# catalogue 71 - test-http-upgrade-agent.js, probe p14 D: an upgrade response with a listener detaches the socket from the agent
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(c):
        c.once('data', lambda *a: c.write('HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: dummy\r\n\r\nnice'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent, 'headers': {'Connection': 'upgrade', 'Upgrade': 'dummy'}})

        def onsocket(socket):
            log("on 'socket': totalSocketCount", agent.totalSocketCount, 'sockets', sizes(agent.sockets))
            socket.on('agentRemove', lambda *a: log("socket 'agentRemove'"))
        req.on('socket', onsocket)

        def onupgrade(res, socket, head):
            log("on 'upgrade':", res.statusCode, 'head', head.decode(), 'totalSocketCount', agent.totalSocketCount, 'sockets', sizes(agent.sockets))
            log('agentRemove listeners left (only ours)', socket.listenerCount('agentRemove'), 'destroyed', socket.destroyed)
            socket.destroy()
            server.close()
            agent.destroy()
        req.on('upgrade', onupgrade)
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
