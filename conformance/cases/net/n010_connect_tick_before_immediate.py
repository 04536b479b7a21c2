# net: the 'connect' callback and listener of two sockets that connect in the same loop turn: each socket's nextTicks run before the other socket's 'connect', and before the setImmediates queued earlier in the listener
import time

from conformance.trace import log
from node_http_agent import net, process, timers


def busy(ms):
    time.sleep(ms / 1000)


def main():
    server = net.createServer(lambda s: s.resume())

    def onlisten():
        port = server.address()['port']
        socks = []
        closed = [0]

        def connectOne(name):
            def oncallback():
                log(name, 'connect callback')

                def immediate():
                    log(name, 'immediate')
                    s.destroy()
                timers.setImmediate(immediate)
                process.nextTick(lambda: log(name, 'tick'))
            s = net.connect(port, '127.0.0.1', oncallback)
            s.on('connect', lambda: log(name, "'connect' listener"))

            def onclose(*_):
                closed[0] += 1
                if closed[0] == 2:
                    server.close()
            s.on('close', onclose)
            socks.append(s)
        for name in ['A', 'B']:
            connectOne(name)
        busy(50)  # both connections are established before the loop looks
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
