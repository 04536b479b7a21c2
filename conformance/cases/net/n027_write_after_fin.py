# audit: net.js L556-576 writeAfterFIN (installed by onReadableStreamEnd, L782-787): writing after the peer's FIN fails with EPIPE 'This socket has been ended by the other party'
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    def onconnection(s):
        s.end()
        server.close()
    server = net.createServer(onconnection)

    def onlistening():
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        c.on('data', lambda d: None)

        def onend():
            log('end', c.writable, c.writableEnded)

            def later():
                log('later', c.writable, c.writableEnded)
                ret = c.write('x', lambda err: log('write cb', err.code, str(err)))
                log('write returned', ret)
            timers.setImmediate(later)
        c.on('end', onend)
        c.on('error', lambda err: log('error', err.code, str(err)))
        c.on('close', lambda hadError: log('close', hadError))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
