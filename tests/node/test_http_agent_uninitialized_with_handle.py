"""Port of Node's test/parallel/test-http-agent-uninitialized-with-handle.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-uninitialized-with-handle.js

Adapted: node_http_agent's net.Socket has no libuv ``_handle`` (its transport is
an asyncio one), so the fake ``_handle`` below is inert; what remains tested is
Node's point that the agent can hand out a pooled socket that never connected.
"""

from types import SimpleNamespace

from node_http_agent import http, net


def test_http_agent_uninitialized_with_handle(common, run):
    def main():
        agent = http.Agent({
            'keepAlive': True,
        })
        socket = net.Socket()
        # If _handle exists then internals assume a couple methods exist.
        socket._handle = SimpleNamespace(
            ref=lambda: None,
            readStart=lambda: None,
            close=lambda: None,
        )

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
