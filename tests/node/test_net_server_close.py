"""Ports of Node's test/parallel/test-net-server-close.js,
test-net-listen-close-server-callback-is-not-function.js and
test-net-server-close-before-calling-lookup-callback.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-server-close.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-listen-close-server-callback-is-not-function.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-server-close-before-calling-lookup-callback.js
"""

from node_http_agent import net


def test_net_server_close(common, run):
    def main():
        sockets = []

        def onconnection(c):
            c.on('close', common.mustCall())
            sockets.append(c)
            if len(sockets) == 2:
                assert server.close() is server
                for s in sockets:
                    s.destroy()
        server = net.createServer(common.mustCallAtLeast(onconnection))
        server.on('close', common.mustCall())

        def listening():
            net.createConnection(server.address()['port'])
            net.createConnection(server.address()['port'])
        assert server is server.listen(0, listening)
    run(main)


def test_net_listen_close_server_callback_is_not_function(common, run):
    def main():
        server = net.createServer(common.mustNotCall())
        server.on('close', common.mustCall())
        server.listen(0, common.mustNotCall())
        server.close('bad argument')
    run(main)


def test_net_server_close_before_calling_lookup_callback(common, run):
    def main():
        net.createServer().listen(0, 'localhost', common.mustNotCall()).close()
    run(main)
