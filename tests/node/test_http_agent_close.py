"""Port of Node's test/parallel/test-http-agent-close.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-close.js
"""

from node_http_agent import http


def test_http_agent_close(common, run):
    def main():
        agent = http.Agent()
        _err = Exception('kaboom')

        def createSocket(req, options, cb):
            cb(_err)
        agent.createSocket = createSocket

        def onerror(err):
            assert err is _err

        def onclose():
            assert req.destroyed is True

        req = http.request({
            'agent': agent,
        }).on('error', common.mustCall(onerror)).on('close', common.mustCall(onclose))
    run(main)
