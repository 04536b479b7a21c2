"""Port of Node's test/parallel/test-http-keepalive-override.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keepalive-override.js
"""

from node_http_agent import http
from node_http_agent.timers import setImmediate


def test_http_keepalive_override(common, run):
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlisten():
        agent = http.Agent({
            'keepAlive': True,
            'maxSockets': 5,
            'maxFreeSockets': 2,
        })

        keepSocketAlive = agent.keepSocketAlive
        reuseSocket = agent.reuseSocket

        called = 0
        expectedSocket = None

        def keepSocketAliveOverride(socket):
            nonlocal called, expectedSocket
            assert socket

            called += 1
            if called == 1:
                return False
            elif called == 2:
                expectedSocket = socket
                return keepSocketAlive(socket)

            assert socket is expectedSocket
            return False
        agent.keepSocketAlive = common.mustCall(keepSocketAliveOverride, 3)

        def reuseSocketOverride(socket, req):
            assert socket is expectedSocket
            assert req

            return reuseSocket(socket, req)
        agent.reuseSocket = common.mustCall(reuseSocketOverride, 1)

        def req(callback):
            def onresponse(res):
                res.resume()
                res.once('end', common.mustCall(lambda: setImmediate(callback)))
            http.request({
                'method': 'GET',
                'path': '/',
                'agent': agent,
                'port': server.address()['port'],
            }, common.mustCall(onresponse)).end()

        # Should destroy socket instead of keeping it alive
        def first():
            # Should keep socket alive
            def second():
                # Should reuse the socket
                req(common.mustCall(lambda: server.close()))
            req(common.mustCall(second))
        req(common.mustCall(first))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
