"""Port of Node's test/parallel/test-http-outgoing-first-chunk-singlebyte-encoding.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-outgoing-first-chunk-singlebyte-encoding.js
The head sent with a first string chunk stays readable whatever the chunk's encoding.
"""

import pytest

from node_http_agent import http, net


@pytest.mark.parametrize('enc', ['utf8', 'utf16le', 'latin1', 'UTF-8'])
def test_http_outgoing_first_chunk_singlebyte_encoding(common, run, enc):
    def main():
        def onrequest(req, res):
            res.setHeader('content-type', f'text/plain; charset={enc}')
            res.write('helloworld', enc)
            res.end()
        server = http.createServer(common.mustCall(onrequest)).listen(0)

        def onlistening():
            buffers = []
            socket = net.connect(server.address()['port'])
            socket.write('GET / HTTP/1.0\r\n\r\n')
            socket.on('data', lambda data: buffers.append(data))

            def onend():
                received = b''.join(buffers)
                headerEnd = received.find(b'\r\n\r\n')
                assert headerEnd != -1
                header = received[:headerEnd].decode('utf-8').split('\r\n')
                body = received[headerEnd + 4:].decode(
                    {'utf16le': 'utf-16-le', 'latin1': 'latin-1'}.get(enc, 'utf-8'))
                assert header[0] == 'HTTP/1.1 200 OK'
                assert header[1] == f'content-type: text/plain; charset={enc}'
                assert body == 'helloworld'
                server.close()
            socket.on('end', common.mustCall(onend))
        server.on('listening', common.mustCall(onlistening))
    run(main)
