"""Port of Node's test/parallel/test-http-client-keep-alive-release-before-finish.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-keep-alive-release-before-finish.js
"""

from node_http_agent import http
from node_http_agent.timers import setTimeout


def test_http_client_keep_alive_release_before_finish(common, run):
    server = http.createServer(lambda req, res: res.end())

    def onlisten():
        agent = http.Agent({
            'maxSockets': 1,
            'keepAlive': True,
        })

        port = server.address()['port']

        post = http.request({
            'agent': agent,
            'method': 'POST',
            'port': port,
        }, common.mustCall(lambda res: res.resume()))

        # What happens here is that the server `end`s the response before we send
        # `something`, and the client thought that this is a green light for sending
        # next GET request
        post.write(b'X' * (16 * 1024))
        setTimeout(lambda: post.end('something'), 100)

        def onresponse(res):
            server.close()
            res.connection.end()
        http.request({
            'agent': agent,
            'method': 'GET',
            'port': port,
        }, common.mustCall(onresponse)).end()

    run(lambda: server.listen(0, common.mustCall(onlisten)))
