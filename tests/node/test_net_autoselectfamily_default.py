"""Port of Node's test/parallel/test-net-autoselectfamily-default.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-autoselectfamily-default.js
"""

from test_net_autoselectfamily import autoSelectFamilyAttemptTimeout, createMockedLookup

from node_http_agent import net
from node_http_agent.net import createConnection, createServer, setDefaultAutoSelectFamily


def test_default_on_in_node_20():
    assert net.getDefaultAutoSelectFamily() is True


def test_ipv4_reached_by_default_when_enabled(common, run):
    def main():
        def onconnection(socket):
            def ondata(*a):
                socket.write('response-ipv4')
                socket.end()
            socket.on('data', common.mustCall(ondata))
        ipv4Server = createServer(common.mustCall(onconnection))

        def listening():
            setDefaultAutoSelectFamily(True)
            connection = createConnection({
                'host': 'example.org',
                'port': ipv4Server.address()['port'],
                'lookup': createMockedLookup('::1', '127.0.0.1'),
                'autoSelectFamilyAttemptTimeout': autoSelectFamilyAttemptTimeout,
            })
            response = []
            connection.setEncoding('utf-8')
            connection.on('data', lambda chunk: response.append(chunk))

            def onend():
                assert ''.join(response) == 'response-ipv4'
                ipv4Server.close()
            connection.on('end', common.mustCall(onend))
            connection.write('request')
        ipv4Server.listen(0, '127.0.0.1', common.mustCall(listening))
    run(main)


def test_ipv4_not_reached_by_default_when_disabled(common, run):
    def main():
        def onconnection(socket):
            socket.on('data', common.mustCall())
        ipv4Server = createServer(common.mustCallAtLeast(onconnection, 0))

        def listening():
            setDefaultAutoSelectFamily(False)
            port = ipv4Server.address()['port']
            connection = createConnection({
                'host': 'example.org',
                'port': port,
                'lookup': createMockedLookup('::1', '127.0.0.1'),
            })
            connection.on('ready', common.mustNotCall())

            def onerror(error):
                assert error.code == 'ECONNREFUSED'
                assert str(error) == f'connect ECONNREFUSED ::1:{port}'
                ipv4Server.close()
            connection.on('error', common.mustCall(onerror))
        ipv4Server.listen(0, '127.0.0.1', common.mustCall(listening))
    try:
        run(main)
    finally:
        setDefaultAutoSelectFamily(True)
