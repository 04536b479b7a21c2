# s033 - a _write that calls back synchronously: write callbacks run after the current tick, in order, then 'finish' and 'close' (test-stream-writable-write-cb-twice.js, afterWriteTick batching)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        callback()

    w = Writable({'write': write})
    for s in ['a', 'b', 'c']:
        ret = w.write(s.encode(), lambda *a, s=s: log('cb', s, 'length', w.writableLength))
        log('wrote', s, ret, w.writableLength)
    w.end(lambda *a: log('end cb', w.writableFinished))
    log('after end', w.writableEnded, w.writableFinished)
    w.on('finish', lambda: log('finish', w.writableFinished))
    w.on('close', lambda: log('close'))
    process.nextTick(lambda: log('tick'))


process.run(main)
