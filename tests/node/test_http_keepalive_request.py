"""Port of Node's test/parallel/test-http-keepalive-request.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keepalive-request.js
"""

from node_http_agent import http
from node_http_agent.timers import setTimeout


def test_http_keepalive_request(common, run):
    serverSocket = None

    def onrequest(req, res):
        nonlocal serverSocket
        # They should all come in on the same server socket.
        if serverSocket:
            assert req.socket is serverSocket
        else:
            serverSocket = req.socket

        res.end(req.url)
    server = http.createServer(onrequest)

    agent = http.Agent({'keepAlive': True})

    clientSocket = None
    expectRequests = 10
    actualRequests = 0

    def makeRequest(n):
        if n == 0:
            server.close()
            agent.destroy()
            return

        req = http.request({
            'port': server.address()['port'],
            'path': f'/{n}',
            'agent': agent,
        })

        req.end()

        def onsocket(sock):
            nonlocal clientSocket
            if clientSocket:
                assert sock is clientSocket
            else:
                clientSocket = sock
        req.on('socket', onsocket)

        def onresponse(res):
            data = ''
            res.setEncoding('utf8')

            def ondata(c):
                nonlocal data
                data += c
            res.on('data', ondata)

            def onend():
                assert data == f'/{n}'

                def later():
                    nonlocal actualRequests
                    actualRequests += 1
                    makeRequest(n - 1)
                setTimeout(later, 1)
            res.on('end', onend)
        req.on('response', onresponse)

    run(lambda: server.listen(0, lambda: makeRequest(expectRequests)))

    # process.on('exit')
    assert actualRequests == expectRequests
