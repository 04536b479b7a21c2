# net: two sockets whose setTimeout expires in the same loop turn: the nextTick queued by A's 'timeout' listener runs before B's 'timeout' (ticks drain after every callback from the loop)
import time

from conformance.trace import log
from node_http_agent import net, process


def busy(ms):
    time.sleep(ms / 1000)


def main():
    server = net.createServer(lambda s: s.resume())

    def onlisten():
        port = server.address()['port']
        a = net.connect(port, '127.0.0.1')
        b = net.connect(port, '127.0.0.1')
        connected = [0]
        timedOut = [0]

        def onTimeout(name, sock):
            def listener():
                log(name, 'timeout')

                def tick():
                    log(name, 'tick')
                    sock.destroy()
                    timedOut[0] += 1
                    if timedOut[0] == 2:
                        server.close()
                process.nextTick(tick)
            return listener

        def onConnect():
            connected[0] += 1
            if connected[0] < 2:
                return
            a.setTimeout(20, onTimeout('A', a))
            b.setTimeout(20, onTimeout('B', b))
            busy(60)  # both timeouts are due before the loop looks again
        a.on('connect', onConnect)
        b.on('connect', onConnect)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
