# audit: _http_client.js L582 socket.readableFlowing = null before 'upgrade': data that arrives before the user attaches 'data' is kept (net.Socket is a Duplex), not lost
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    def onconnection(s):
        def first(*a):
            s.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nHEAD')

            def second(d):
                log('server got', d.decode())
                s.write('LATER')
            s.once('data', second)
        s.once('data', first)
    server = net.createServer(onconnection)

    def onlistening():
        req = http.get({
            'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False,
            'headers': {'Connection': 'Upgrade', 'Upgrade': 'x'},
        })

        def onupgrade(res, sock, head):
            log('upgrade', res.statusCode, head.decode())
            sock.write('go')

            def nodata():
                log('no data')
                sock.destroy()
                server.close()
            fallback = timers.setTimeout(nodata, 1000)

            def later():
                def ondata(d):
                    log('data', d.decode())
                    timers.clearTimeout(fallback)
                    sock.destroy()
                    server.close()
                sock.on('data', ondata)
            timers.setTimeout(later, 150)
        req.on('upgrade', onupgrade)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
