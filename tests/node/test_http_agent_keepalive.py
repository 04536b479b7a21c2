"""Port of Node's test/parallel/test-http-agent-keepalive.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-keepalive.js
"""

from node_http_agent import http, process
from node_http_agent.http import Agent
from node_http_agent.timers import setImmediate, setTimeout


def test_http_agent_keepalive(common, run):
    name = None

    agent = Agent({
        'keepAlive': True,
        'keepAliveMsecs': 1000,
        'maxSockets': 5,
        'maxFreeSockets': 5,
    })

    def onrequest(req, res):
        if req.url == '/error':
            res.destroy()
            return
        elif req.url == '/remote_close':
            # cache the socket, close it after a short delay
            socket = res.connection
            setImmediate(common.mustCall(lambda: socket.end()))
        res.end('hello world')

    server = http.createServer(common.mustCall(onrequest, 4))

    def get(path, callback):
        return http.get({
            'host': 'localhost',
            'port': server.address()['port'],
            'agent': agent,
            'path': path,
        }, callback)

    def checkDataAndSockets(body):
        assert body.decode() == 'hello world'
        assert len(agent.sockets[name]) == 1
        assert agent.freeSockets.get(name) is None

    def second():
        # request second, use the same socket
        def onresponse(res):
            assert res.statusCode == 200
            res.on('data', checkDataAndSockets)

            def onend():
                assert len(agent.sockets[name]) == 1
                assert agent.freeSockets.get(name) is None

                def tick():
                    assert agent.sockets.get(name) is None
                    assert len(agent.freeSockets[name]) == 1
                    remoteClose()
                process.nextTick(common.mustCall(tick))
            res.on('end', common.mustCall(onend))
        get('/second', common.mustCall(onresponse))

    def remoteClose():
        # mock remote server close the socket
        def onresponse(res):
            assert res.statusCode == 200
            res.on('data', checkDataAndSockets)

            def onend():
                assert len(agent.sockets[name]) == 1
                assert agent.freeSockets.get(name) is None

                def tick():
                    assert agent.sockets.get(name) is None
                    assert len(agent.freeSockets[name]) == 1

                    # waiting remote server close the socket
                    def later():
                        assert agent.sockets.get(name) is None
                        assert agent.freeSockets.get(name) is None, 'freeSockets is not empty'
                        remoteError()
                    setTimeout(common.mustCall(later), common.platformTimeout(200))
                process.nextTick(common.mustCall(tick))
            res.on('end', common.mustCall(onend))
        get('/remote_close', common.mustCall(onresponse))

    def remoteError():
        # remove server will destroy the socket
        req = get('/error', common.mustNotCall())

        def onerror(err):
            assert err
            assert str(err) == 'socket hang up'
            assert len(agent.sockets[name]) == 1
            assert agent.freeSockets.get(name) is None

            # Wait socket 'close' event emit
            def later():
                assert agent.sockets.get(name) is None
                assert agent.freeSockets.get(name) is None
                server.close()
            setTimeout(common.mustCall(later), common.platformTimeout(1))
        req.on('error', common.mustCall(onerror))

    def onlisten():
        nonlocal name
        name = f"localhost:{server.address()['port']}:"

        # request first, and keep alive
        def onresponse(res):
            assert res.statusCode == 200
            res.on('data', checkDataAndSockets)

            def onend():
                assert len(agent.sockets[name]) == 1
                assert agent.freeSockets.get(name) is None

                def tick():
                    assert agent.sockets.get(name) is None
                    assert len(agent.freeSockets[name]) == 1
                    second()
                process.nextTick(common.mustCall(tick))
            res.on('end', common.mustCall(onend))
        get('/first', common.mustCall(onresponse))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
