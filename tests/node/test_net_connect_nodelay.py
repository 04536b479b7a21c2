"""Port of Node's test/parallel/test-net-connect-nodelay.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-connect-nodelay.js

Node replaces ``client._handle.setNoDelay``; here TCP_NODELAY is read back from
the OS socket once connected.
"""

import socket

from node_http_agent import net

truthyValues = [True, 1, 'true', {}, []]
falseyValues = [False, 0, '']


def test_net_connect_nodelay(common, run):
    def main():
        for value, expected in [(v, 1) for v in truthyValues] + [(v, 0) for v in falseyValues]:
            server = net.createServer()

            def listening(server=server, value=value, expected=expected):
                port = server.address()['port']
                client = None

                def onconnect():
                    raw = client._rawSocket()
                    assert raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == expected
                    client.end()
                client = net.connect({'port': port, 'noDelay': value}, common.mustCall(onconnect))
                client.on('end', common.mustCall(lambda: server.close()))
            server.listen(0, common.mustCall(listening))
    run(main)
