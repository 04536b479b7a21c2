"""Port of Node's test/parallel/test-http-client-override-global-agent.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-override-global-agent.js
"""

from node_http_agent import http


def test_http_client_override_global_agent(common, run):
    def onrequest(req, res):
        res.writeHead(200)
        res.end('Hello, World!')
    server = http.Server(common.mustCall(onrequest))

    def makeRequest():
        req = http.get({
            'port': server.address()['port'],
        })

        def onclose():
            assert req.destroyed is True
            server.close()
        req.on('close', common.mustCall(onclose))

    def onlisten():
        agent = http.Agent()
        name = agent.getName({'port': server.address()['port']})
        http.globalAgent = agent

        makeRequest()
        assert name in agent.sockets  # Agent has indeed been used

    run(lambda: server.listen(0, common.mustCall(onlisten)))
