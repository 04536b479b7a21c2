# audit: net.js Socket is a stream.Duplex (L405-411, L711-725 _read): received data waits in the readable buffer until a 'data' listener or resume(); 'end' follows only once it was read
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    server = net.createServer(lambda s: s.end('hello'))

    def onlistening():
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        c.on('end', lambda: log('end'))

        def onclose(*a):
            log('close')
            server.close()
        c.on('close', onclose)

        def later():
            log('attach data')
            c.on('data', lambda d: log('data', d.decode()))
        timers.setTimeout(later, 100)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
