# audit: net.js Socket (a Writable): write() while connecting buffers, returns false past the highWaterMark, and 'drain' follows once the buffer is flushed after 'connect'
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    def onconnection(s):
        n = [0]

        def ondata(d):
            n[0] += len(d)
        s.on('data', ondata)

        def onend():
            log('server got', n[0])
            s.end()
            server.close()
        s.on('end', onend)
    server = net.createServer(onconnection)

    def onlistening():
        sock = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})

        def nodrain():
            log('no drain')
            sock.end()
        fallback = timers.setTimeout(nodrain, 2000)
        ok = sock.write(bytes(100000))
        log('write', ok, sock.connecting)

        def ondrain():
            timers.clearTimeout(fallback)
            log('drain', sock.writableLength)
            sock.end()
        sock.on('drain', ondrain)
        sock.on('data', lambda d: None)
        sock.on('close', lambda *a: log('close'))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
