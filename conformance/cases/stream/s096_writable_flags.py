# s096 - Writable flags over its life: writable, writableEnded, writableFinished, writableLength, writableNeedDrain, destroyed, closed (test-stream-writable-properties.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    release = None

    def write(chunk, encoding, callback):
        nonlocal release
        release = callback

    w = Writable({'highWaterMark': 2, 'write': write})

    def flags(when):
        log(when, w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableNeedDrain,
            w.destroyed, w.closed)
    flags('fresh')
    w.write('abc')
    flags('after write')
    w.end()
    flags('after end')
    w.on('finish', lambda: flags('finish'))
    w.on('close', lambda: flags('close'))

    def later():
        release()
        flags('after release')
    setImmediate(later)


process.run(main)
