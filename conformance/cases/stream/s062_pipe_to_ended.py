# s062 - piping into a destination that has already ended: write after end error on dest, source unpiped (test-stream-pipe-after-end.js, test-stream-writable-write-after-end.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    dest = Writable({'write': lambda chunk, encoding, callback: callback()})
    dest.end()

    def on_finish():
        log('dest finished')
        src = Readable({'read': lambda size: None})
        dest.on('error', lambda e: log('dest error', e.code))
        dest.on('unpipe', lambda *a: log('unpipe'))
        src.pipe(dest)
        src.push('x')
        setImmediate(lambda: log('src flowing', src.readableFlowing, 'pipes', len(src._readableState.pipes)))
    dest.on('finish', on_finish)


process.run(main)
