# s063 - an error on the destination unpipes it from the source; the source keeps its data (test-stream-pipe-error-handling.js, test-stream-pipe-unpipe-streams.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})

    def write(chunk, encoding, callback):
        log('write', chunk.decode())
        callback(Exception('dest broke'))

    dest = Writable({'write': write})
    dest.on('unpipe', lambda *a: log('unpipe', len(src._readableState.pipes)))
    dest.on('error', lambda e: log('dest error', str(e), 'listeners', dest.listenerCount('error')))
    dest.on('close', lambda: log('dest close'))
    src.pipe(dest)
    src.push('a')

    def later():
        src.push('b')
        log('src flowing', src.readableFlowing, 'length', src.readableLength, 'destroyed', src.destroyed)
    setImmediate(later)


process.run(main)
