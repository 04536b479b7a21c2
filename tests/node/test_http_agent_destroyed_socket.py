"""Port of Node's test/parallel/test-http-agent-destroyed-socket.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-destroyed-socket.js
"""

from node_http_agent import http, process


def test_http_agent_destroyed_socket(common, run):
    def onrequest(req, res):
        res.writeHead(200, {'Content-Type': 'text/plain'})
        res.end('Hello World\n')

    server = http.createServer(common.mustCall(onrequest, 2))

    def onlisten():
        agent = http.Agent({'maxSockets': 1})

        agent.on('free', common.mustCall(3))

        requestOptions = {
            'agent': agent,
            'host': 'localhost',
            'port': server.address()['port'],
            'path': '/',
        }

        def onresponse1(response):
            # Assert request2 is queued in the agent
            key = agent.getName(requestOptions)
            assert len(agent.requests[key]) == 1
            response.resume()

            def onend():
                request1.socket.destroy()

                def onclose(*args):
                    # Assert request2 was removed from the queue
                    assert not agent.requests.get(key)

                    def tick():
                        # Assert that the same socket was not assigned to request2,
                        # since it was destroyed.
                        assert request1.socket is not request2.socket
                        assert not request2.socket.destroyed, 'the socket is destroyed'
                    process.nextTick(tick)
                request1.socket.once('close', common.mustCall(onclose))
            response.on('end', common.mustCall(onend))

        request1 = http.get(requestOptions, common.mustCall(onresponse1))

        def onresponse2(response):
            assert not request2.socket.destroyed
            assert request1.socket.destroyed
            # Assert not reusing the same socket, since it was destroyed.
            assert request1.socket is not request2.socket
            countdown = common.Countdown(2, lambda: server.close())
            request2.socket.on('close', common.mustCall(lambda *args: countdown.dec()))
            response.on('end', common.mustCall(lambda: countdown.dec()))
            response.resume()

        request2 = http.get(requestOptions, common.mustCall(onresponse2))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
