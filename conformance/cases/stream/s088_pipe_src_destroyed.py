# s088 - destroying a piped source does not end the destination; the destination stays writable (test-stream-pipe-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})

    def write(chunk, encoding, callback):
        log('got', chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('unpipe', lambda *a: log('unpipe'))
    dest.on('finish', lambda: log('finish (unexpected)'))
    src.pipe(dest)
    src.push('a')

    def later():
        src.destroy()
        setImmediate(lambda: log('dest', dest.writableEnded, dest.destroyed, 'pipes', len(src._readableState.pipes)))
    setImmediate(later)


process.run(main)
