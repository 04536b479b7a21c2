"""Port of Node's test/parallel/test-http-agent-null.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-null.js
"""

from node_http_agent import http


def test_http_agent_null(common, run):
    server = http.createServer(common.mustCall(lambda req, res: res.end()))

    def onlisten():
        options = {
            'agent': None,
            'port': server.address()['port'],
        }

        def onresponse(res):
            res.resume()
            server.close()
        http.get(options, common.mustCall(onresponse))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
