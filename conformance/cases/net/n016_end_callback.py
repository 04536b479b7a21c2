# audit: net.js L727-731 Socket.end -> Writable.end: the callback runs before 'finish' listeners (kOnFinished), and an end(cb) on a finished socket calls cb(ERR_STREAM_ALREADY_FINISHED) on the next tick
from conformance.trace import log
from node_http_agent import net, process, timers


def main():
    def onconnection(s):
        s.on('data', lambda d: None)
        s.on('end', lambda: s.end())
    server = net.createServer(onconnection)

    def onlistening():
        def onconnect():
            c.on('finish', lambda: log('finish listener'))
            c.end('x', lambda *a: log('end callback'))

            def onclose(*a):
                c.end(lambda err=None: log('end cb after close', err and err.code))
                timers.setTimeout(lambda: server.close(), 20)
            c.on('close', onclose)
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'}, onconnect)
        c.on('data', lambda d: None)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
