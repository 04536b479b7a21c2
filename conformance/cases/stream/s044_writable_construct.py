# s044 - Writable _construct: writes are buffered until construct calls back, then written in order; end waits too (test-stream-construct.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def construct(callback):
        log('construct')

        def done():
            log('constructed')
            callback()
        setImmediate(done)

    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        callback()

    def final(callback):
        log('_final')
        callback()

    w = Writable({'construct': construct, 'write': write, 'final': final})
    log('write a', w.write('a'), w.writableLength)
    log('write b', w.write('b'), w.writableLength)
    w.end()
    w.on('finish', lambda: log('finish'))
    w.on('close', lambda: log('close'))


process.run(main)
