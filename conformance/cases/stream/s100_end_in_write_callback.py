# s100 - end() called from a write callback and writes chained from callbacks: order of _write, callbacks, finish (test-stream-writable-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        setImmediate(callback)

    w = Writable({'write': write})
    w.on('finish', lambda: log('finish'))

    def cb1(*a):
        log('cb 1')

        def cb2(*a):
            log('cb 2')
            w.end('3', lambda *a: log('end cb'))
        w.write('2', cb2)
    w.write('1', cb1)


process.run(main)
