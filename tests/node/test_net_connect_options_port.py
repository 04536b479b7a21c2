"""Port of Node's test/parallel/test-net-connect-options-port.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-connect-options-port.js

``null`` as a port is left out: ``None`` is an absent option here (API.md
ruling 1), so it is ERR_MISSING_ARGS, not ERR_INVALID_ARG_TYPE. Node's
``String(err)`` (``Error: connect E...``) is checked as the message.
"""

import math
import re

import pytest

from node_http_agent import dns, net


def doConnect(args, getCb):
    def createConnectionWithCb():
        return net.createConnection(*args, getCb()).resume()

    def createConnectionWithoutCb():
        return net.createConnection(*args).on('connect', getCb()).resume()

    def connectWithCb():
        return net.connect(*args, getCb()).resume()

    def connectWithoutCb():
        return net.connect(*args).on('connect', getCb()).resume()

    def socketConnectWithCb():
        socket = net.Socket()
        return socket.connect(*args, getCb()).resume()

    def socketConnectWithoutCb():
        socket = net.Socket()
        return socket.connect(*args).on('connect', getCb()).resume()
    return [createConnectionWithCb, createConnectionWithoutCb, connectWithCb,
            connectWithoutCb, socketConnectWithCb, socketConnectWithoutCb]


def syncFailToConnect(common, port, code, name):
    family = 4
    for options in ({'port': port, 'family': family},
                    {'port': port, 'host': 'localhost', 'family': family}):
        for fn in doConnect([options], lambda: common.mustNotCall()):
            with pytest.raises(Exception) as info:
                fn()
            assert (info.value.code, info.value.name) == (code, name), f'{fn.__name__}({port})'


def test_sync_failures(common, run):
    def main():
        for port in [True, False, [], {}]:
            syncFailToConnect(common, port, 'ERR_INVALID_ARG_TYPE', 'TypeError')
        for port in ['', ' ', '0x', '-0x1', math.nan, math.inf, -1, 65536]:
            syncFailToConnect(common, port, 'ERR_SOCKET_BAD_PORT', 'RangeError')
        # connect({hint}, cb) and connect({hint})
        hints = (dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL) + 42
        for fn in doConnect([{'port': 42, 'hints': hints}], lambda: common.mustNotCall()):
            with pytest.raises(TypeError) as info:
                fn()
            assert info.value.code == 'ERR_INVALID_ARG_VALUE'
            assert re.match(r"The argument 'hints' is invalid\. Received \d+", str(info.value))
    run(main)


def test_connect_and_async_failures(common, run):
    expectedConnections = 72

    def main():
        serverConnected = [0]

        def onconnection(socket):
            socket.end('ok')
            serverConnected[0] += 1
            if serverConnected[0] == expectedConnections:
                server.close()
        server = net.createServer(common.mustCall(onconnection, expectedConnections))

        def canConnect(port):
            noop = common.mustCallAtLeast(lambda: common.mustCall())
            family = 4
            for options in ({'port': port, 'family': family},
                            {'port': port, 'host': 'localhost', 'family': family},
                            {'port': port, 'family': family},
                            {'port': port, 'host': 'localhost', 'family': family}):
                for fn in doConnect([options], noop):
                    fn()

        def asyncFailToConnect(port):
            def check(err):
                assert re.match(r'^connect E\w+.+$', str(err)), str(err)
            onError = common.mustCallAtLeast(lambda: common.mustCall(check))

            def dont():
                return common.mustNotCall()
            family = 4
            for options in ({'port': port, 'family': family},
                            {'port': port, 'family': family},
                            {'port': port, 'host': 'localhost', 'family': family}):
                for fn in doConnect([options], dont):
                    fn().on('error', onError())

        def listening():
            port = server.address()['port']
            # Total connections = 3 * 4(canConnect) * 6(doConnect) = 72
            canConnect(port)
            canConnect(str(port))
            canConnect(f'0x{port:x}')
        server.listen(0, '127.0.0.1', common.mustCall(listening))
        # Try connecting to random ports, but do so once the server is closed
        server.on('close', lambda: asyncFailToConnect(0))
    run(main)
