# process 'beforeExit' and 'exit' with exitCode: order against timers and ticks, work added from beforeExit
from conformance.trace import log
from node_http_agent import process, timers

rounds = [0]


def onBeforeExit(code):
    log('beforeExit', code, rounds[0])
    rounds[0] += 1
    if rounds[0] - 1 < 2:
        timers.setTimeout(lambda: log('timer from beforeExit', rounds[0]), 1)


def onExit(code):
    log('exit', code, process.exitCode)
    process.nextTick(lambda: log('tick after exit never runs'))


def main():
    process.on('beforeExit', onBeforeExit)
    process.on('exit', onExit)
    process.nextTick(lambda: log('tick'))

    def ontimer():
        log('timer')
        process.exitCode = 0
    timers.setTimeout(ontimer, 1)
    log('main done')


process.run(main)
