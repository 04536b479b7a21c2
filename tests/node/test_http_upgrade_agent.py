"""Port of Node's test/parallel/test-http-upgrade-agent.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-upgrade-agent.js

Verify that the 'upgrade' header causes an 'upgrade' event to be emitted to
the HTTP client. This test uses a raw TCP server to better control server
behavior.
"""

from node_http_agent import http, net


def test_http_upgrade_agent(common, run):
    # Create a TCP server
    def onconnection(c):
        def ondata(d):
            c.write('HTTP/1.1 101\r\n')
            c.write('hello: world\r\n')
            c.write('connection: upgrade\r\n')
            c.write('upgrade: websocket\r\n')
            c.write('\r\n')
            c.write('nurtzo')
        c.on('data', ondata)

        c.on('end', lambda: c.end())
    server = net.createServer(onconnection)

    def onlisten():
        options = {
            'port': server.address()['port'],
            'host': '127.0.0.1',
            'headers': {
                'connection': 'upgrade',
                'upgrade': 'websocket',
            },
        }
        name = f"{options['host']}:{options['port']}"

        req = http.request(options)
        req.end()

        def onsocket(*args):
            assert req.agent.totalSocketCount == 1
        req.on('socket', common.mustCall(onsocket))

        def onupgrade(res, socket, upgradeHead):
            assert req.agent.totalSocketCount == 0
            recvData = upgradeHead

            def ondata(d):
                nonlocal recvData
                recvData += d
            socket.on('data', ondata)

            def onclose(*args):
                assert recvData.decode() == 'nurtzo'
            socket.on('close', common.mustCall(onclose))

            expectedHeaders = {'hello': 'world',
                               'connection': 'upgrade',
                               'upgrade': 'websocket'}
            assert expectedHeaders == res.headers

            # Make sure this request got removed from the pool.
            assert name not in req.agent.sockets

            def onreqclose():
                socket.end()
                server.close()
            req.on('close', common.mustCall(onreqclose))
        req.on('upgrade', common.mustCall(onupgrade))

    run(lambda: server.listen(0, '127.0.0.1', common.mustCall(onlisten)))
