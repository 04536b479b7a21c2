# audit: net.js L227-243 connect(): only net.createConnection() applies options.timeout; the Socket constructor (L359-509) and Socket.prototype.connect (L1202-1262) ignore it
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    def onconnection(s):
        s.on('data', lambda d: None)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        a = net.Socket({'timeout': 30})
        a.connect(port, '127.0.0.1')
        b = net.Socket()
        b.connect({'port': port, 'host': '127.0.0.1', 'timeout': 30})
        c = net.createConnection({'port': port, 'host': '127.0.0.1', 'timeout': 30})
        log('timeout', a.timeout, b.timeout, c.timeout)
        for n, s in [['a', a], ['b', b], ['c', c]]:
            s.on('timeout', lambda n=n: log(n, 'timeout'))

        def done():
            a.destroy()
            b.destroy()
            c.destroy()
            server.close()
        timers.setTimeout(done, 200)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
