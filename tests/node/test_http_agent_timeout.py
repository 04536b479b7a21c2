"""Port of Node's test/parallel/test-http-agent-timeout.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-timeout.js
"""

from node_http_agent import http


def test_http_agent_timeout(common, run):
    def reuseOfSuccessfulSockets():
        # Ensure reuse of successful sockets.

        agent = http.Agent({'keepAlive': True})

        server = http.createServer(lambda req, res: res.end())

        def onlisten():
            socket = None

            def onresponse(res):
                nonlocal socket
                socket = res.socket
                assert socket
                res.resume()

                def onfree(*args):
                    def onresponse2(res):
                        assert socket is res.socket
                        assert socket
                        agent.destroy()
                        server.close()
                    http.get({'port': server.address()['port'], 'agent': agent}) \
                        .on('response', common.mustCall(onresponse2))
                socket.on('free', common.mustCall(onfree))
            http.get({'port': server.address()['port'], 'agent': agent}) \
                .on('response', common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlisten))

    def timeoutedSocketsAreNotReused():
        # Ensure that timeouted sockets are not reused.

        agent = http.Agent({'keepAlive': True, 'timeout': 50})

        server = http.createServer(lambda req, res: res.end())

        def onlisten():
            socket = None

            def onresponse(res):
                nonlocal socket
                socket = res.socket
                assert socket
                res.resume()

                def onfree(*args):
                    def ontimeout(*args):
                        def onresponse2(res):
                            assert socket is not res.socket
                            assert socket.destroyed is True
                            assert socket
                            agent.destroy()
                            server.close()
                        http.get({'port': server.address()['port'], 'agent': agent}) \
                            .on('response', common.mustCall(onresponse2))
                    socket.on('timeout', common.mustCall(ontimeout))
                socket.on('free', common.mustCall(onfree))
            http.get({'port': server.address()['port'], 'agent': agent}) \
                .on('response', common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlisten))

    def destroyedSocketsAreNotReused():
        # Ensure that destroyed sockets are not reused.

        agent = http.Agent({'keepAlive': True})

        server = http.createServer(lambda req, res: res.end())

        def onlisten():
            socket = None

            def onresponse(res):
                nonlocal socket
                socket = res.socket
                assert socket
                res.resume()

                def onfree(*args):
                    socket.destroy()

                    def onresponse2(res):
                        assert socket is not res.socket
                        assert socket
                        agent.destroy()
                        server.close()
                    http.get({'port': server.address()['port'], 'agent': agent}) \
                        .on('response', common.mustCall(onresponse2))
                socket.on('free', common.mustCall(onfree))
            http.get({'port': server.address()['port'], 'agent': agent}) \
                .on('response', common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlisten))

    def main():
        reuseOfSuccessfulSockets()
        timeoutedSocketsAreNotReused()
        destroyedSocketsAreNotReused()
    run(main)
