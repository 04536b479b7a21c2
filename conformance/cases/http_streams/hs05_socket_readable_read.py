# issue 12: net sockets as Duplex streams: an echo server by socket.pipe(socket); the client reads on 'readable' with read(n) and unshift()
from conformance.trace import log
from node_http_agent import net, process


def main():
    server = net.createServer(lambda socket: socket.pipe(socket))

    def onlisten():
        def onconnect():
            log('connected', client.readableFlowing, client.isPaused())
            client.end('HEADER|body-one|body-two')
        client = net.connect(server.address()['port'], '127.0.0.1', onconnect)
        all = ''
        unshifted = False

        def onreadable():
            nonlocal all, unshifted
            while (chunk := client.read(7)) is not None:
                if not unshifted:
                    unshifted = True
                    log('first 7', chunk.decode())
                    client.unshift(chunk[6:])
                    continue
                all += chunk.decode()
        client.on('readable', onreadable)

        def onend():
            nonlocal all
            rest = client.read()
            if rest:
                all += rest.decode()
            log('read all', all)
            log('flags', client.readableEnded, client.writableFinished)
        client.on('end', onend)

        def onclose(hadError):
            log('close', hadError, client.destroyed)
            server.close()
        client.on('close', onclose)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
