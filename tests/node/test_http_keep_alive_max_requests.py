"""Port of Node's test/parallel/test-http-keep-alive-max-requests.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keep-alive-max-requests.js
"""

import re

from node_http_agent import http, net

bodySent = 'This is my request'


def assertResponse(headers, body, expectClosed=False):
    if expectClosed:
        assert re.search(r'Connection: close\r\n', headers, re.M)
        assert re.search(r'Keep-Alive: timeout=65\r\n', headers, re.M) is None
        assert re.search(r'Hello World!', body, re.M)
    else:
        assert re.search(r'Connection: keep-alive\r\n', headers, re.M)
        assert re.search(r'Keep-Alive: timeout=65, max=3\r\n', headers, re.M)
        assert re.search(r'Hello World!', body, re.M)


def writeRequest(socket, withBody=False):
    if withBody:
        socket.write('POST / HTTP/1.1\r\n')
        socket.write('Connection: keep-alive\r\n')
        socket.write('Content-Type: text/plain\r\n')
        socket.write('Host: localhost\r\n')
        socket.write(f'Content-Length: {len(bodySent)}\r\n\r\n')
        socket.write(f'{bodySent}\r\n')
        socket.write('\r\n\r\n')
    else:
        socket.write('GET / HTTP/1.1\r\n')
        socket.write('Connection: keep-alive\r\n')
        socket.write('Host: localhost\r\n')
        socket.write('\r\n\r\n')


def test_http_keep_alive_max_requests(common, run):
    def onrequest(req, res):
        body = ''

        def ondata(data):
            nonlocal body
            body += data.decode()
        req.on('data', ondata)

        def onend():
            if req.method == 'POST':
                assert bodySent == body
            res.writeHead(200, {'Content-Type': 'text/plain'})
            res.write('Hello World!')
            res.end()
        req.on('end', common.mustCall(onend))

    server = http.createServer(common.mustCallAtLeast(onrequest))

    server.keepAliveTimeout = 65 * 1000  # 65 seconds
    server.maxRequestsPerSocket = 3

    def initialRequests(socket, numberOfRequests, cb):
        buffer = ''

        writeRequest(socket)

        def ondata(data):
            nonlocal buffer, numberOfRequests
            buffer += data.decode()

            if buffer.endswith('\r\n\r\n'):
                numberOfRequests -= 1
                if numberOfRequests == 0:
                    socket.removeAllListeners('data')
                    cb()
                else:
                    headers, body = buffer.strip().split('\r\n\r\n')[:2]
                    assertResponse(headers, body)
                    buffer = ''
                    writeRequest(socket, True)
        socket.on('data', ondata)

    server.maxRequestsPerSocket = 3

    def onlisten(*res):
        socket = net.Socket()
        anotherSocket = net.Socket()

        socket.on('end', common.mustCall(lambda: server.close()))

        def onready():
            # Do 2 of 3 allowed requests and ensure they still alive
            initialRequests(socket, 2, common.mustCall(
                lambda: anotherSocket.connect({'port': server.address()['port']})))
        socket.on('ready', common.mustCall(onready))

        def onanotherready():
            # Do another 2 requests with another socket
            # ensure that this will not affect the first socket
            def then():
                buffer = ''

                # Send the rest of the calls to the first socket
                # and see connection is closed
                def ondata(data):
                    nonlocal buffer
                    buffer += data.decode()

                    if buffer.endswith('\r\n\r\n'):
                        headers, body = buffer.strip().split('\r\n\r\n')[:2]
                        assertResponse(headers, body, True)
                        anotherSocket.end()
                        socket.end()
                socket.on('data', common.mustCall(ondata))

                writeRequest(socket, True)
            initialRequests(anotherSocket, 2, common.mustCall(then))
        anotherSocket.on('ready', common.mustCall(onanotherready))

        socket.connect({'port': server.address()['port']})

    run(lambda: server.listen(0, common.mustCall(onlisten)))
