"""Port of Node's test/parallel/test-http-agent-reuse-drained-socket-only.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-reuse-drained-socket-only.js
"""

from node_http_agent import http, net
from node_http_agent.timers import setTimeout


def noop(*args):
    pass


def test_http_agent_reuse_drained_socket_only(common, run):
    agent = http.Agent({
        'keepAlive': True,
        'maxFreeSockets': 1024,
    })

    def onconnection(sock):
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
                # agent's socket reusing code is registered to process.nextTick(),
                # to ensure it take effect, fire in the next event loop
                setTimeout(sendSecReq, 10, serverPort, req.socket.localPort)
            res.on('end', common.mustCall(onend))

        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, onresponse)

        # Overwhelm the flow control window
        # note that tcp over the loopback inteface has a large flow control window
        assert req.write('a' * 6_000_000) is False

        req.end()

    def sendSecReq(serverPort, fstReqCliPort):
        # Make the second request, which should be sent on a new socket
        # because the first socket is not drained and hence can not be reused
        def onresponse(res):
            res.on('data', noop)

            def onend():
                setTimeout(sendThrReq, 10, serverPort, req.socket.localPort)
            res.on('end', common.mustCall(onend))

        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, onresponse)

        def onsocket(sock):
            assert sock.localPort != fstReqCliPort
        req.on('socket', common.mustCall(onsocket))
        req.end()

    def sendThrReq(serverPort, secReqCliPort):
        # Make the third request, the agent should reuse the second socket we just made
        req = http.request({
            'agent': agent,
            'host': '127.0.0.1',
            'port': serverPort,
        }, noop)

        def onsocket(sock):
            assert sock.localPort == secReqCliPort
            run.exit(0)
        req.on('socket', common.mustCall(onsocket))

    run(lambda: server.listen(0, common.mustCall(lambda: sendFstReq(server.address()['port']))))
