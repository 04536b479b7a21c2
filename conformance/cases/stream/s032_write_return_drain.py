# s032 - write() returns false once writableLength reaches highWaterMark; 'drain' once after the buffer empties; writableNeedDrain (test-stream-writable-needdrain-*.js, test-stream2-writable.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    pending = []

    def write(chunk, encoding, callback):
        log('_write', chunk.decode(), encoding, 'length', w.writableLength)
        pending.append(callback)

    w = Writable({'highWaterMark': 5, 'write': write})
    drains = 0

    def on_drain():
        nonlocal drains
        drains += 1
        log('drain', drains, 'length', w.writableLength, 'needDrain', w.writableNeedDrain)
    w.on('drain', on_drain)
    log('hwm', w.writableHighWaterMark)
    log('write ab', w.write(b'ab'), w.writableLength, w.writableNeedDrain)
    log('write cd', w.write(b'cd'), w.writableLength, w.writableNeedDrain)
    log('write e', w.write(b'e'), w.writableLength, w.writableNeedDrain)
    log('write f', w.write(b'f'), w.writableLength)

    def flush():
        if pending:
            cb = pending.pop(0)
            cb()
            log('after callback', w.writableLength)
            setImmediate(flush)
        else:
            log('done, drains', drains)
    setImmediate(flush)


process.run(main)
