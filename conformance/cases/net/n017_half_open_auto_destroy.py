# audit: net.js L405-411 Socket is a Duplex with autoDestroy: with allowHalfOpen, once the readable side ended and the writable side finished the socket is destroyed ('close')
import os

from conformance.trace import log
from node_http_agent import net, process, timers

# Each side's events are collected and printed at the end: the two sockets'
# relative order is I/O scheduling.
events = {'server': [], 'client': []}
closed = [0]


def main():
    def onclosed():
        closed[0] += 1
        if closed[0] == 2:
            log('server', events['server'])
            log('client', events['client'])
            server.close()

    def notclosed():
        log('not closed', events['server'], events['client'])
        os._exit(0)
    fallback = timers.setTimeout(notclosed, 2000)

    def onconnection(s):
        s.on('data', lambda d: None)

        def onend():
            events['server'].append('end')
            timers.setTimeout(lambda: s.end('bye'), 20)
        s.on('end', onend)
        s.on('finish', lambda: events['server'].append('finish'))

        def onclose(hadError):
            events['server'].append(f'close {"true" if hadError else "false"}')
            onclosed()
        s.on('close', onclose)
    server = net.createServer({'allowHalfOpen': True}, onconnection)

    def onlistening():
        c = None

        def onconnect():
            c.end('hi')
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1', 'allowHalfOpen': True}, onconnect)
        c.on('finish', lambda: events['client'].append('finish'))
        c.on('data', lambda d: events['client'].append(f'data {d.decode()}'))
        c.on('end', lambda: events['client'].append('end'))

        def onclose(hadError):
            events['client'].append(f'close {"true" if hadError else "false"}')
            timers.clearTimeout(fallback)
            onclosed()
        c.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
