# p08 - what a callback queues for the check and close phases (an immediate, a socket's 'close') runs before the next iteration's timers, however soon they are due
import time

from conformance.trace import log
from node_http_agent import net, process, timers

round_ = 0


def again():
    global round_
    round_ += 1
    r = round_
    timers.setImmediate(lambda: log('immediate', r))

    def ontimer():
        log('timer', r)
        if r < 5:
            again()
        else:
            closing()
    timers.setTimeout(ontimer, 0)
    busy(3)  # the timer is due before this iteration ends


def busy(ms):
    start = time.monotonic()
    while (time.monotonic() - start) * 1000 < ms:
        pass


def closing():
    server = net.createServer(lambda s: s.on('error', lambda e: None))

    def onlisten():
        def onconnect():
            c.on('close', lambda *a: log('client close'))

            def later():
                c.destroy()

                def after():
                    log('timer after destroy')
                    server.close()
                timers.setTimeout(after, 0)
                busy(3)
            timers.setTimeout(later, 1)
        c = net.connect(server.address()['port'], '127.0.0.1', onconnect)
    server.listen(0, '127.0.0.1', onlisten)


def main():
    timers.setTimeout(again, 1)


process.run(main)
