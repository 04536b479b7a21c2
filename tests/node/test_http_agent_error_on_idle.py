"""Port of Node's test/parallel/test-http-agent-error-on-idle.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-error-on-idle.js
"""

from node_http_agent import http, process

Agent = http.Agent


def test_http_agent_error_on_idle(common, run):
    server = http.createServer(common.mustCall(lambda req, res: res.end('hello world'), 2))

    def onlisten():
        agent = Agent({'keepAlive': True})

        requestParams = {
            'host': 'localhost',
            'port': server.address()['port'],
            'agent': agent,
            'path': '/',
        }

        socketKey = agent.getName(requestParams)

        def onresponse(res):
            assert res.statusCode == 200
            res.resume()

            def onend():
                def tick():
                    freeSockets = agent.freeSockets[socketKey]
                    assert len(freeSockets) == 1, f'expect a free socket on {socketKey}'

                    # generate a random error on the free socket
                    freeSocket = freeSockets[0]
                    freeSocket.emit('error', Exception('ECONNRESET: test'))

                    http.get(requestParams, done)
                process.nextTick(common.mustCall(tick))
            res.on('end', common.mustCall(onend))
        http.get(requestParams, common.mustCall(onresponse))

        def done(*args):
            assert len(list(agent.freeSockets)) == 0, 'expect the freeSockets pool to be empty'

            agent.destroy()
            server.close()

    run(lambda: server.listen(0, onlisten))
