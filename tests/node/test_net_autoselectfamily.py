"""Port of Node's test/parallel/test-net-autoselectfamily.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-autoselectfamily.js

The block "only the last successful connection is established" is left out: it
dials public addresses (2606:4700::..., 104.20.x.x), and these tests use only
127.0.0.1 and ::1.
"""

from node_http_agent import process
from node_http_agent.dns import isIP
from node_http_agent.net import createConnection, createServer

# Some of the machines in the CI need more time to establish connection
autoSelectFamilyAttemptTimeout = 250


def createMockedLookup(*addresses):
    """test/common/dns.js createMockedLookup."""
    addresses = [{'address': address, 'family': isIP(address)} for address in addresses]

    def lookup(hostname, options, cb):
        if options.get('all') is True:
            process.nextTick(lambda: cb(None, addresses))
            return
        process.nextTick(lambda: cb(None, addresses[0]['address'], addresses[0]['family']))
    return lookup


def test_ipv4_reached_if_ipv6_not_reachable(common, run):
    def main():
        def onconnection(socket):
            def ondata(*a):
                socket.write('response-ipv4')
                socket.end()
            socket.on('data', common.mustCall(ondata))
        ipv4Server = createServer(common.mustCall(onconnection))

        def listening():
            port = ipv4Server.address()['port']
            connection = createConnection({
                'host': 'example.org',
                'port': port,
                'lookup': createMockedLookup('::1', '127.0.0.1'),
                'autoSelectFamily': True,
                'autoSelectFamilyAttemptTimeout': autoSelectFamilyAttemptTimeout,
            })
            response = []
            connection.setEncoding('utf-8')

            def onready():
                assert connection.autoSelectFamilyAttemptedAddresses == [f'::1:{port}',
                                                                         f'127.0.0.1:{port}']
            connection.on('ready', common.mustCall(onready))
            connection.on('data', lambda chunk: response.append(chunk))

            def onend():
                assert ''.join(response) == 'response-ipv4'
                ipv4Server.close()
            connection.on('end', common.mustCall(onend))
            connection.write('request')
        ipv4Server.listen(0, '127.0.0.1', common.mustCall(listening))
    run(main)


def test_ipv4_not_reached_if_ipv6_reachable(common, run):
    def main():
        def v4connection(socket):
            socket.on('data', common.mustNotCall())
        ipv4Server = createServer(v4connection)

        def v6connection(socket):
            def ondata(*a):
                socket.write('response-ipv6')
                socket.end()
            socket.on('data', common.mustCall(ondata))
        ipv6Server = createServer(common.mustCall(v6connection))

        def v4listening():
            port = ipv4Server.address()['port']

            def v6listening():
                connection = createConnection({
                    'host': 'example.org',
                    'port': port,
                    'lookup': createMockedLookup('::1', '127.0.0.1'),
                    'autoSelectFamily': True,
                    'autoSelectFamilyAttemptTimeout': autoSelectFamilyAttemptTimeout,
                })
                response = []
                connection.setEncoding('utf-8')

                def onready():
                    assert connection.autoSelectFamilyAttemptedAddresses == [f'::1:{port}']
                connection.on('ready', common.mustCall(onready))
                connection.on('data', lambda chunk: response.append(chunk))

                def onend():
                    assert ''.join(response) == 'response-ipv6'
                    ipv4Server.close()
                    ipv6Server.close()
                connection.on('end', common.mustCall(onend))
                connection.write('request')
            ipv6Server.listen(port, '::1', common.mustCall(v6listening))
        ipv4Server.listen(0, '127.0.0.1', common.mustCall(v4listening))
    run(main)


def test_all_errors_returned_when_no_connection_succeeded(common, run):
    def main():
        connection = createConnection({
            'host': 'example.org',
            'port': 10,
            'lookup': createMockedLookup('::1', '127.0.0.1'),
            'autoSelectFamily': True,
            'autoSelectFamilyAttemptTimeout': autoSelectFamilyAttemptTimeout,
        })
        connection.on('ready', common.mustNotCall())

        def onerror(error):
            assert connection.autoSelectFamilyAttemptedAddresses == ['::1:10', '127.0.0.1:10']
            assert error.name == 'AggregateError'
            assert len(error.errors) == 2
            errors = [str(e) for e in error.errors]
            assert 'connect ECONNREFUSED 127.0.0.1:10' in errors
            assert 'connect ECONNREFUSED ::1:10' in errors
        connection.on('error', common.mustCall(onerror))
    run(main)


def test_option_can_be_disabled(common, run):
    def main():
        def onconnection(socket):
            def ondata(*a):
                socket.write('response-ipv4')
                socket.end()
            socket.on('data', common.mustCall(ondata))
        ipv4Server = createServer(common.mustCallAtLeast(onconnection, 0))

        def listening():
            port = ipv4Server.address()['port']
            connection = createConnection({
                'host': 'example.org',
                'port': port,
                'lookup': createMockedLookup('::1', '127.0.0.1'),
                'autoSelectFamily': False,
            })
            connection.on('ready', common.mustNotCall())

            def onerror(error):
                assert connection.autoSelectFamilyAttemptedAddresses is None
                assert error.code == 'ECONNREFUSED'
                assert str(error) == f'connect ECONNREFUSED ::1:{port}'
                ipv4Server.close()
            connection.on('error', common.mustCall(onerror))
        ipv4Server.listen(0, '127.0.0.1', common.mustCall(listening))
    run(main)
