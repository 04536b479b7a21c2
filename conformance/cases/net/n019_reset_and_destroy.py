# audit: net.js L733-747 resetAndDestroy -> _reset (L854-857) -> destroy() with resetAndClosing (L813-819): the local side sees no 'error', only 'close'(false); the peer gets ECONNRESET
from conformance.trace import log
from node_http_agent import net, process


def main():
    def onconnection(s):
        s.on('data', lambda d: None)
        s.on('error', lambda e: log('server error', e.code))

        def onclose(*a):
            log('server close')
            server.close()
        s.on('close', onclose)
    server = net.createServer(onconnection)

    def onlistening():
        def onconnect():
            c.resetAndDestroy()
            log('destroyed', c.destroyed)
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'}, onconnect)
        c.on('error', lambda e: log('client error', e.code))
        c.on('close', lambda hadError: log('client close', hadError))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
