# net: socket.bytesWritten counts writes still pending while connecting (string and Buffer), then what went out
from conformance.trace import log
from node_http_agent import net, process


def main():
    server = net.createServer(lambda s: s.resume())

    def onlisten():
        c = net.connect(server.address()['port'], '127.0.0.1')
        c.write('héllo')
        c.write(b'12345')
        log('while connecting', c.bytesWritten)
        c.on('connect', lambda: log('at connect', c.bytesWritten))

        def onend(*_):
            log('after end', c.bytesWritten)
            c.destroy()
            server.close()
        c.end('!', onend)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
