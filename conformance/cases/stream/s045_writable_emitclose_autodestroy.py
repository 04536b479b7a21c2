# s045 - Writable emitClose: false (no 'close'), autoDestroy: false (not destroyed after 'finish'), destroy after finish (test-stream-writable-destroy.js, test-stream-auto-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def opts(extra):
    return {'write': lambda chunk, encoding, callback: callback(), **extra}


def main():
    a = Writable(opts({'emitClose': False}))
    a.on('finish', lambda: log('a finish', a.destroyed))
    a.on('close', lambda: log('a close (unexpected)'))
    a.end('x')
    b = Writable(opts({'autoDestroy': False}))

    def b_finish():
        log('b finish', b.destroyed)

        def later():
            log('b later', b.destroyed, b.closed)
            b.destroy()
            log('b destroyed', b.destroyed)
        setImmediate(later)
    b.on('finish', b_finish)
    b.on('close', lambda: log('b close'))
    b.end()
    c = Writable(opts({}))
    c.on('finish', lambda: log('c finish', c.destroyed))
    c.on('close', lambda: log('c close', c.destroyed, c.closed, c.writableFinished))
    c.end()


process.run(main)
