# tls: a nextTick queued by a TLSSocket's 'data' listener runs before a timer that fell due while the data was on its way (the TLS layer's reads are callbacks from the loop, and ticks drain after each)
import time

from conformance.trace import log
from node_http_agent import process, timers, tls

ca = open('fixtures/root.pem', 'rb').read()
key = open('fixtures/good-key.pem', 'rb').read()
cert = open('fixtures/good.pem', 'rb').read()


def busy(ms):
    time.sleep(ms / 1000)


def main():
    serverSide = [None]

    def onsecure(s):
        serverSide[0] = s
        s.resume()
    server = tls.createServer({'key': key, 'cert': cert}, onsecure)

    def onlistening():
        def onsecureConnect():
            log('secureConnect')

            def later():
                # From a timer: the next timer falls due during the busy wait, the data arrives too.
                def timer():
                    log('timer')
                    client.end()
                    server.close()
                timers.setTimeout(timer, 1)
                serverSide[0].write('ping')
                busy(50)
            timers.setTimeout(later, 20)
        client = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1',
                              'servername': 'localhost', 'ca': ca}, onsecureConnect)
        client.setEncoding('utf8')

        def ondata(d):
            log('data', d)
            process.nextTick(lambda: log('tick after data'))
        client.on('data', ondata)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
