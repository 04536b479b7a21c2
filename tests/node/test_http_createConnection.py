"""Port of Node's test/parallel/test-http-createConnection.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-createConnection.js
"""

from node_http_agent import http, net, process
from node_http_agent.timers import setImmediate


def test_http_createConnection(common, run):
    server = http.createServer(common.mustCall(lambda req, res: res.end(), 4))

    def createConnection(*args):
        return net.createConnection(server.address()['port'], '127.0.0.1')

    def createConnectionAsync(options, cb):
        setImmediate(lambda: cb(None, net.createConnection(server.address()['port'],
                                                           '127.0.0.1')))

    def createConnectionBoth1(options, cb):
        socket = net.createConnection(server.address()['port'], '127.0.0.1')
        setImmediate(lambda: cb(None, socket))
        return socket

    def createConnectionBoth2(options, cb):
        socket = net.createConnection(server.address()['port'], '127.0.0.1')
        cb(None, socket)
        return socket

    def createConnectionError(options, cb):
        process.nextTick(cb, Exception('Could not create socket'))

    def onlisten():
        fn = common.mustCall(createConnection)

        def first(res):
            res.resume()
            fn = common.mustCall(createConnectionAsync)

            def second(res):
                res.resume()
                fn = common.mustCall(createConnectionBoth1)

                def third(res):
                    res.resume()
                    fn = common.mustCall(createConnectionBoth2)

                    def fourth(res):
                        res.resume()
                        fn = common.mustCall(createConnectionError)

                        def unexpected(res):
                            raise AssertionError('Unexpected response callback')

                        def onerror(err):
                            assert str(err) == 'Could not create socket'
                            server.close()
                        http.get({'createConnection': fn}, unexpected) \
                            .on('error', common.mustCall(onerror))
                    http.get({'createConnection': fn}, fourth)
                http.get({'createConnection': fn}, third)
            http.get({'createConnection': fn}, second)
        http.get({'createConnection': fn}, first)

    run(lambda: server.listen(0, '127.0.0.1', onlisten))
