"""Port of Node's test/parallel/test-http-socket-encoding-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-socket-encoding-error.js
A server connection's socket.setEncoding() throws ERR_HTTP_SOCKET_ENCODING.
"""

import pytest

from node_http_agent import http


def test_http_socket_encoding_error(common, run):
    def main():
        server = http.createServer()

        def onconnection(socket):
            with pytest.raises(Exception) as info:
                socket.setEncoding('')
            err = info.value
            assert err.code == 'ERR_HTTP_SOCKET_ENCODING'
            assert err.name == 'Error'
            assert str(err) == 'Changing the socket encoding is not allowed per RFC7230 Section 3.'
            socket.end()
        server.on('connection', common.mustCall(onconnection))

        def connectToServer():
            client = http.Agent().createConnection(server.address()['port'],
                                                   lambda *a: client.end())
            client.on('end', lambda *a: server.close())
        server.listen(0, connectToServer)
    run(main)
