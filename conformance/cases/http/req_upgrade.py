# catalogue 71 - test-http-upgrade-agent.js: a 101 emits 'upgrade' (res, socket, head) and the socket leaves the agent
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: switch protocols (with bytes after the head), then answer
    # 'ping' with 'pong' and close.
    def onconnection(sock):
        upgraded = False

        def ondata(d):
            nonlocal upgraded
            if not upgraded:
                upgraded = True
                sock.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: test\r\n\r\nhello')
                return
            log('server got', d.decode())
            sock.end('pong')
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    agent = http.Agent({'keepAlive': True})

    def onlistening():
        port = server.address()['port']
        req = http.request({
            'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': agent,
            'headers': {'Connection': 'Upgrade', 'Upgrade': 'test'},
        })
        req.on('response', lambda *args: log('response (not expected)'))
        req.on('close', lambda: log('req close'))

        def onupgrade(res, socket, head):
            log('upgrade', res.statusCode, res.statusMessage, res.headers)
            log('head', head.decode())
            log('agent sockets', len(agent.sockets.keys()), 'total', agent.totalSocketCount)
            socket.on('data', lambda d: log('socket data', d.decode()))
            socket.on('end', lambda: log('socket end'))

            def onclose(*args):
                log('socket close')
                agent.destroy()
                server.close()
            socket.on('close', onclose)
            socket.write('ping')
        req.on('upgrade', onupgrade)
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
