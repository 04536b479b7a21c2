"""Port of Node's test/parallel/test-net-connect-keepalive.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-connect-keepalive.js

Node replaces ``client._handle.setKeepAlive`` to see what afterConnect passes
(enable, delay in seconds); here the same is read back from the OS socket:
SO_KEEPALIVE and TCP_KEEPIDLE (libuv leaves TCP_KEEPIDLE alone for a 0 delay).
"""

import socket

from node_http_agent import net

truthyValues = [True, 1, 'true', {}, []]
delays = [[123, 0], [456123, 456], [-123000, 0], [None, 0]]
falseyValues = [False, 0, '']


def default_idle():
    with socket.socket() as s:
        return s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE)


def test_net_connect_keepalive(common, run):
    idle = default_idle()

    def main():
        for value in truthyValues:
            for delay in delays:
                server = net.createServer()

                def listening(server=server, value=value, delay=delay):
                    port = server.address()['port']
                    client = None

                    def onconnect():
                        raw = client._rawSocket()
                        assert raw.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
                        assert raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == \
                            (delay[1] or idle)
                        client.end()
                    client = net.connect({'port': port, 'keepAlive': value,
                                          'keepAliveInitialDelay': delay[0]},
                                         common.mustCall(onconnect))
                    client.on('end', common.mustCall(lambda: server.close()))
                server.listen(0, common.mustCall(listening))

        for value in falseyValues:
            server = net.createServer()

            def listening2(server=server, value=value):
                port = server.address()['port']
                client = None

                def onconnect():
                    raw = client._rawSocket()
                    assert raw.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 0
                    client.end()
                client = net.connect({'port': port, 'keepAlive': value},
                                     common.mustCall(onconnect))
                client.on('end', common.mustCall(lambda: server.close()))
            server.listen(0, common.mustCall(listening2))
    run(main)
