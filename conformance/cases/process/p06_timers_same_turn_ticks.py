# timers: two setTimeout callbacks due in the same loop turn, each queueing a nextTick: A's tick runs before B's callback (and a longer timer also due, and an immediate)
import time

from conformance.trace import log
from node_http_agent import process, timers


def busy(ms):
    time.sleep(ms / 1000)


def main():
    def a():
        log('A timer')
        process.nextTick(lambda: log('A tick'))
    timers.setTimeout(a, 10)

    def b():
        log('B timer')
        process.nextTick(lambda: log('B tick'))
    timers.setTimeout(b, 10)

    def c():
        log('C timer (longer delay, also due)')
        process.nextTick(lambda: log('C tick'))
    timers.setTimeout(c, 20)
    timers.setImmediate(lambda: log('immediate'))
    busy(60)  # all three are due before the loop looks


process.run(main)
