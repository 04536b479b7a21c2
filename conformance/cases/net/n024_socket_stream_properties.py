# audit: net.js Socket (a stream.Duplex, L405-411; 'pending' L667-673) exposes the documented stream state: localFamily, readableFlowing, readableLength, *HighWaterMark, writableNeedDrain, closed, errored
from conformance.trace import log
from node_http_agent import net, process


def main():
    def onconnection(s):
        s.on('data', lambda d: None)
        s.on('end', lambda: s.end())
    server = net.createServer(onconnection)

    def onlistening():
        def onconnect():
            log('pending', c.pending, 'remoteFamily', c.remoteFamily)
            log('localFamily', c.localFamily)
            log('readableFlowing', c.readableFlowing, 'readableLength', c.readableLength)
            log('readableHighWaterMark', c.readableHighWaterMark, 'writableHighWaterMark', c.writableHighWaterMark)
            log('writableNeedDrain', c.writableNeedDrain, 'writableCorked', c.writableCorked)
            log('closed', c.closed, 'errored', c.errored)
            c.end()
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'}, onconnect)
        c.on('data', lambda d: None)

        def onclose(*a):
            log('after close: closed', c.closed, 'pending', c.pending, 'readyState', c.readyState)
            server.close()
        c.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
