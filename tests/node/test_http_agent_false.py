"""Port of Node's test/parallel/test-http-agent-false.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-false.js
"""

from node_http_agent import http


def test_http_agent_false(common, run):
    # Sending `agent: false` when `port: null` is also passed in (i.e. the result
    # of a `url.parse()` call with the default port used, 80 or 443), should not
    # result in an assertion error...
    opts = {
        'host': '127.0.0.1',
        'port': None,
        'path': '/',
        'method': 'GET',
        'agent': False,
    }

    def main():
        # We just want an "error" (no local HTTP server on port 80) or "response"
        # to happen (user happens ot have HTTP server running on port 80).
        # As long as the process doesn't crash from a C++ assertion then we're good.
        req = http.request(opts)

        # Will be called by either the response event or error event, not both
        oneResponse = common.mustCall()
        req.on('response', oneResponse)
        req.on('error', oneResponse)
        req.end()
    run(main)
