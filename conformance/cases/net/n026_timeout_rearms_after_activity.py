# audit: net.js _unrefTimer (L511-517) refreshes the socket's timeout on every read/write; Timeout.refresh() re-arms a timer that already fired, so activity after a 'timeout' leads to another 'timeout'
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    def onconnection(s):
        s.on('data', lambda d: s.write(d))
    server = net.createServer(onconnection)

    def onlistening():
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        c.setTimeout(50)
        n = [0]

        def ontimeout():
            n[0] += 1
            log('timeout', n[0])
            if n[0] == 1:
                c.write('ping')
            else:
                c.destroy()
                server.close()
        c.on('timeout', ontimeout)
        c.on('data', lambda d: log('data', d.decode()))

        def fallback():
            if n[0] < 2:
                log('no second timeout')
                c.destroy()
                server.close()
        timers.setTimeout(fallback, 1000).unref()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
