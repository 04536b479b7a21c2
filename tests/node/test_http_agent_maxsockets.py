"""Port of Node's test/parallel/test-http-agent-maxsockets.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-maxsockets.js
"""

from node_http_agent import http, process


def test_http_agent_maxsockets(common, run):
    agent = http.Agent({
        'keepAlive': True,
        'keepAliveMsecs': 1000,
        'maxSockets': 2,
        'maxFreeSockets': 2,
    })

    server = http.createServer(common.mustCall(lambda req, res: res.end('hello world'), 2))

    def get(path, callback):
        return http.get({
            'host': 'localhost',
            'port': server.address()['port'],
            'agent': agent,
            'path': path,
        }, callback)

    def finish():
        freepool = agent.freeSockets[list(agent.freeSockets)[0]]
        assert len(freepool) == 2, f'expect keep 2 free sockets, but got {len(freepool)}'
        agent.destroy()
        server.close()
    countdown = common.Countdown(2, common.mustCall(finish))

    def dec():
        process.nextTick(lambda: countdown.dec())

    def onGet(res):
        assert res.statusCode == 200
        res.resume()
        res.on('end', common.mustCall(dec))

    def onlisten():
        get('/1', common.mustCall(onGet))
        get('/2', common.mustCall(onGet))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
