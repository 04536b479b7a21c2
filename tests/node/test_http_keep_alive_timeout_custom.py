"""Port of Node's test/parallel/test-http-keep-alive-timeout-custom.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keep-alive-timeout-custom.js
"""

from node_http_agent import http


def test_http_keep_alive_timeout_custom(common, run):
    def onrequest(req, res):
        body = 'hello world\n'

        res.writeHead(200, {
            'Content-Length': len(body),
            'Keep-Alive': 'timeout=50',
        })
        res.write(body)
        res.end()
    server = http.createServer(common.mustCall(onrequest))
    server.keepAliveTimeout = 12010

    agent = http.Agent({'maxSockets': 1, 'keepAlive': True})

    def onlisten():
        def onresponse(response):
            response.resume()
            assert response.headers['keep-alive'] == 'timeout=50'
            server.close()
            agent.destroy()
        http.get({
            'path': '/', 'port': server.address()['port'], 'agent': agent,
        }, common.mustCall(onresponse))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
