"""Port of Node's test/parallel/test-http-server-close-idle.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-server-close-idle.js
server.close() closes the idle keep-alive connection, not one that has sent part
of a request.
"""

from node_http_agent import http, net
from node_http_agent.timers import setTimeout


def test_http_server_close_idle(common, run):
    def main():
        connections = [0]

        def onrequest(req, res):
            res.writeHead(200, {'Connection': 'keep-alive'})
            res.end()
        # Node's test passes the options second: createServer() then ignores them.
        server = http.createServer(common.mustCall(onrequest), {
            'headersTimeout': 0, 'keepAliveTimeout': 0, 'requestTimeout': 60000})

        def onconnection(*_):
            connections[0] += 1
        server.on('connection', onconnection)

        def onlistening():
            port = server.address()['port']
            closed = {'client1': False, 'client2': False}
            # Create a first request but never finish it
            client1 = net.connect(port)

            def onconnect1():
                # A second request that finishes, its connection kept open by keep-alive
                client2 = net.connect(port)
                response = ['']
                client2.setEncoding('utf8')

                def ondata(chunk):
                    response[0] += chunk
                    if response[0].endswith('0\r\n\r\n'):
                        assert response[0].startswith('HTTP/1.1 200 OK\r\nConnection: keep-alive')
                        assert connections[0] == 2
                        server.close(common.mustCall())

                        # Check that only the idle connection got closed
                        def check():
                            assert not closed['client1']
                            assert closed['client2']
                            server.closeAllConnections()
                            server.close(common.mustCall())
                        setTimeout(common.mustCall(check), 500).unref()
                client2.on('data', common.mustCall(ondata))

                def onclose2(*_):
                    closed['client2'] = True
                client2.on('close', common.mustCall(onclose2))
                client2.write('GET / HTTP/1.1\r\nHost: example.com\r\n\r\n')
            client1.on('connect', common.mustCall(onconnect1))

            def onclose1(*_):
                closed['client1'] = True
            client1.on('close', common.mustCall(onclose1))
            client1.on('error', lambda *a: None)
            client1.write('GET / HTTP/1.1')
        server.listen(0, common.mustCall(onlistening))
    run(main)
