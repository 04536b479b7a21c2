# catalogue 66 - test-http-agent-reuse-drained-socket-only.js: a socket whose request body has not been flushed is not released; the next request opens a new connection
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers


def noop(*args):
    pass


def main():
    agent = http.Agent({
        'keepAlive': True,
        'maxFreeSockets': 1024,
    })

    serverSockets = []

    def onconnection(sock):
        serverSockets.append(sock)
        # Do not read anything from `sock`
        sock.pause()
        sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: Keep-Alive\r\n\r\n')
    server = net.createServer({
        'pauseOnConnect': True,
    }, onconnection)

    def sendFstReq(serverPort):
        def onresponse(res):
            res.on('data', noop)

            def onend():
                log('first response end; request finished', req.writableFinished)
                # The agent's socket reusing code runs on process.nextTick(); look in the next loop turn.
                timers.setTimeout(sendSecReq, 10, serverPort, req.socket)
            res.on('end', onend)
        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, onresponse)

        # Overwhelm the flow control window (tcp over loopback has a large window).
        log('write of 6 MB returned', req.write('a' * 6_000_000))
        req.end()

    def sendSecReq(serverPort, fstSocket):
        log('before second request: free', [len(l) for l in agent.freeSockets.values()], 'sockets', [len(l) for l in agent.sockets.values()])

        # The second request should be sent on a new socket, because the first socket is not drained.
        def onresponse(res):
            res.on('data', noop)
            res.on('end', lambda: timers.setTimeout(sendThrReq, 10, serverPort, req.socket))
        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, onresponse)

        req.on('socket', lambda sock: log('second request: new socket', sock is not fstSocket, 'reusedSocket', req.reusedSocket))
        req.end()

    def sendThrReq(serverPort, secSocket):
        # The third request should reuse the second socket.
        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, noop)

        def onsocket(sock):
            log('third request: reuses the second socket', sock is secSocket, 'reusedSocket', req.reusedSocket)
            req.destroy()
            agent.destroy()
            for s in serverSockets:
                s.destroy()
            server.close()
        req.on('socket', onsocket)
        req.on('error', lambda e: log('third request error', e.code))

    server.listen(0, '127.0.0.1', lambda: sendFstReq(server.address()['port']))


process.run(main)
