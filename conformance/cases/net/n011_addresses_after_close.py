# audit: net.js L860-870 _getpeername caches only what was read while connected; L898-907 _getsockname has no cache once _destroy (L826-831) dropped the handle: after 'close' address() is {} and local* undefined
from conformance.trace import log
from node_http_agent import net, process


def show(name, s):
    log(name, 'remoteAddress', s.remoteAddress is not None, 'remotePort', s.remotePort is not None,
        'localAddress', s.localAddress is not None, 'localPort', s.localPort is not None,
        'address()', list(s.address().keys()))


def main():
    def onconnection(s):
        s.on('data', lambda d: None)
        s.end()
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        a = net.createConnection({'port': port, 'host': '127.0.0.1'}, lambda: show('a connected', a))
        a.on('data', lambda d: None)

        def onaclose(*args):
            show('a closed', a)
            b = net.createConnection({'port': port, 'host': '127.0.0.1'})
            b.on('data', lambda d: None)

            def onbclose(*args):
                show('b closed (never read)', b)
                server.close()
            b.on('close', onbclose)
        a.on('close', onaclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
