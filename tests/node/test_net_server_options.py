"""Ports of Node's test/parallel/test-net-server-options.js and test-net-listen-invalid-port.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-server-options.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-listen-invalid-port.js

``server._connectionKey`` (a cluster internal) is not ported: the listen(0)
part checks the address instead.
"""

import pytest

from node_http_agent import net


def test_net_server_options():
    for options in ['path', 0]:
        with pytest.raises(TypeError) as info:
            net.createServer(options)
        assert info.value.code == 'ERR_INVALID_ARG_TYPE'
        assert info.value.name == 'TypeError'


def test_net_listen_invalid_port(common, run):
    invalidPort = -1 & 0xFFFFFFFF

    def main():
        server = net.Server()

        def listening():
            address = server.address()
            assert address['port'] > 0 and address['family'] in ('IPv4', 'IPv6')
            server.close()
        server.listen(0, common.mustCall(listening))

        for args in ([{'port': invalidPort}], [invalidPort], [invalidPort, '0.0.0.0']):
            with pytest.raises(ValueError) as info:
                net.Server().listen(*args, common.mustNotCall())
            assert info.value.code == 'ERR_SOCKET_BAD_PORT'
            assert info.value.name == 'RangeError'
    run(main)
