"""Port of Node's test/parallel/test-http-should-keep-alive.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-should-keep-alive.js
"""

from node_http_agent import http, net

SERVER_RESPONSES = [
    'HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n',
    'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
    'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
]
SHOULD_KEEP_ALIVE = [
    False,  # HTTP/1.0, default
    True,   # HTTP/1.0, Connection: keep-alive
    False,  # HTTP/1.0, Connection: close
    True,   # HTTP/1.1, default
    True,   # HTTP/1.1, Connection: keep-alive
    False,  # HTTP/1.1, Connection: close
]


def test_http_should_keep_alive(common, run):
    http.globalAgent.maxSockets = 5

    countdown = common.Countdown(len(SHOULD_KEEP_ALIVE), lambda: server.close())

    def getCountdownIndex():
        return len(SERVER_RESPONSES) - countdown.remaining

    def onconnection(socket):
        socket.write(SERVER_RESPONSES[getCountdownIndex()])

        if SHOULD_KEEP_ALIVE[getCountdownIndex()]:
            socket.end()

    server = net.createServer(onconnection)

    def onlisten():
        def makeRequest():
            def onresponse(res):
                assert req.shouldKeepAlive == SHOULD_KEEP_ALIVE[getCountdownIndex()], (
                    f'{SERVER_RESPONSES[getCountdownIndex()]} should '
                    f"{'' if SHOULD_KEEP_ALIVE[getCountdownIndex()] else 'not '}Keep-Alive")
                countdown.dec()
                if countdown.remaining:
                    makeRequest()
                res.resume()
            req = http.get({'port': server.address()['port']}, onresponse)
        makeRequest()

    run(lambda: server.listen(0, onlisten))
