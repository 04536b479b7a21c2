"""Ports of Node's test/parallel/test-net-local-address-port.js and test-net-socket-local-address.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-local-address-port.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-socket-local-address.js
"""

from node_http_agent import net

localhostIPv4 = '127.0.0.1'


def test_net_local_address_port(common, run):
    def main():
        def onconnection(socket):
            assert socket.localAddress == localhostIPv4
            assert socket.localPort == server.address()['port']
            assert socket.localFamily == server.address()['family']
            socket.on('end', lambda: server.close())
            socket.resume()
        server = net.createServer(common.mustCall(onconnection))

        def listening():
            client = net.createConnection(server.address()['port'], localhostIPv4)
            client.on('connect', lambda: client.end())
        server.listen(0, localhostIPv4, listening)
    run(main)


def test_net_socket_local_address(common, run):
    def main():
        conns = [0]
        clientLocalPorts = []
        serverRemotePorts = []
        client = net.Socket()

        def onconnection(socket):
            serverRemotePorts.append(socket.remotePort)
            socket.end()
        server = net.createServer(onconnection)

        def onclose():
            # Client and server should agree on the ports used
            assert serverRemotePorts == clientLocalPorts
            assert conns[0] == 2
        server.on('close', common.mustCall(onclose))

        def connect(*args):
            if conns[0] == 2:
                server.close()
                return
            conns[0] += 1
            client.once('close', connect)
            assert client is client.connect(server.address()['port'], localhostIPv4,
                                            lambda: clientLocalPorts.append(client.localPort))
        server.listen(0, localhostIPv4, connect)
    run(main)
