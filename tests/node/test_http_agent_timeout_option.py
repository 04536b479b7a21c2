"""Port of Node's test/parallel/test-http-agent-timeout-option.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-timeout-option.js

Test that the `'timeout'` event is emitted on the `ClientRequest` instance
when the socket timeout set via the `timeout` option of the `Agent` expires.

Adapted: Node's test connects to a non-routable address (192.0.2.1) so the
connection never completes. Tests here use only 127.0.0.1, so the request
goes to a local TCP server that accepts and never answers: the socket idles
for the agent's timeout the same way, and the server is closed when the
request closes.
"""

from node_http_agent import http, net

Agent = http.Agent
get = http.get


def test_http_agent_timeout_option(common, run):
    expectsError, mustCall = common.expectsError, common.mustCall

    server = net.createServer(lambda socket: None)  # accepts, never answers

    def main():
        request = get({
            'agent': Agent({'timeout': 500}),
            'host': '127.0.0.1',
            'port': server.address()['port'],
        })

        request.on('error', expectsError({
            'type': Exception,
            'code': 'ECONNRESET',
            'message': 'socket hang up',
        }))

        request.on('timeout', mustCall(lambda: request.abort()))

        request.on('close', lambda: server.close())  # adaptation: see the docstring

    run(lambda: server.listen(0, '127.0.0.1', mustCall(main)))
