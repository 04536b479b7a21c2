"""Port of Node's test/parallel/test-http-agent-uninitialized.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-uninitialized.js
"""

from node_http_agent import http, net


def test_http_agent_uninitialized(common, run):
    def main():
        agent = http.Agent({
            'keepAlive': True,
        })
        socket = net.Socket()

        server = http.createServer(common.mustCall(lambda req, res: res.end()))

        def onlisten():
            req = http.ClientRequest(f"http://localhost:{server.address()['port']}/")

            # Manually add the socket without a _handle.
            agent.freeSockets[agent.getName(req)] = [socket]
            # Now force the agent to use the socket and check that _handle exists before
            # calling asyncReset().
            agent.addRequest(req, {})
            req.on('response', common.mustCall(lambda res: server.close()))
            req.end()
        server.listen(0, common.mustCall(onlisten))
    run(main)
