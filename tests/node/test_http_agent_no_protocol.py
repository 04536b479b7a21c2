"""Port of Node's test/parallel/test-http-agent-no-protocol.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-no-protocol.js

url.parse() gives a plain object with the URL's parts; urllib.parse.urlparse
has different field names, so the object is spelled out as Node builds it.
"""

from node_http_agent import http


def test_http_agent_no_protocol(common, run):
    server = http.createServer(common.mustCall(lambda req, res: res.end()))

    def onlisten():
        port = server.address()['port']
        # url.parse(`http://127.0.0.1:${port}/`)
        opts = {
            'protocol': 'http:', 'slashes': True, 'auth': None,
            'host': f'127.0.0.1:{port}', 'port': str(port), 'hostname': '127.0.0.1',
            'hash': None, 'search': None, 'query': None, 'pathname': '/', 'path': '/',
            'href': f'http://127.0.0.1:{port}/',
        }

        # remove the `protocol` field... the `http` module should fall back
        # to "http:", as defined by the global, default `http.Agent` instance.
        opts['agent'] = http.Agent()
        opts['agent'].protocol = None

        def onresponse(res):
            res.resume()
            server.close()
        http.get(opts, common.mustCall(onresponse))

    run(lambda: server.listen(0, '127.0.0.1', common.mustCall(onlisten)))
