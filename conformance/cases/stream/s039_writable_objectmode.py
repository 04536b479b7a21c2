# s039 - Writable objectMode: hwm 16 objects, writableLength counts objects, any non-null value passes through unchanged (test-stream-writable-objectmode-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    held = []

    def write(chunk, encoding, callback):
        log('_write', chunk, encoding)
        held.append(callback)

    w = Writable({'objectMode': True, 'highWaterMark': 2, 'write': write})
    log('objectMode', w.writableObjectMode, 'hwm', w.writableHighWaterMark)
    log('write 1', w.write({'a': 1}), w.writableLength)
    log('write 2', w.write([1, 2]), w.writableLength)
    log('write 3', w.write('three'), w.writableLength)
    w.on('drain', lambda: log('drain'))
    w.on('finish', lambda: log('finish'))
    w.end()

    def release():
        if held:
            held.pop(0)()
            setImmediate(release)
    release()
    d = Writable({'objectMode': True, 'write': lambda chunk, encoding, callback: callback()})
    log('default objectMode hwm', d.writableHighWaterMark)


process.run(main)
