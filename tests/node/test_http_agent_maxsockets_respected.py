"""Port of Node's test/parallel/test-http-agent-maxsockets-respected.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-maxsockets-respected.js

This test ensures that the `maxSockets` value for `http.Agent` is respected.
https://github.com/nodejs/node/issues/4050
"""

from node_http_agent import http

MAX_SOCKETS = 2


def test_http_agent_maxsockets_respected(common, run):
    agent = http.Agent({
        'keepAlive': True,
        'keepAliveMsecs': 1000,
        'maxSockets': MAX_SOCKETS,
        'maxFreeSockets': 2,
    })

    server = http.createServer(common.mustCall(lambda req, res: res.end('hello world'), 6))

    countdown = common.Countdown(6, lambda: server.close())

    def get(path, callback):
        return http.get({
            'host': 'localhost',
            'port': server.address()['port'],
            'agent': agent,
            'path': path,
        }, callback)

    def onlisten():
        for _i in range(6):
            request = get('/1', common.mustCall())

            def onresponse(*args, request=request):
                request.abort()
                sockets = agent.sockets[list(agent.sockets)[0]]
                assert len(sockets) <= MAX_SOCKETS
                countdown.dec()
            request.on('response', common.mustCall(onresponse))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
