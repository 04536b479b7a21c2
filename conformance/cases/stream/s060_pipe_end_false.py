# s060 - pipe(dest, { end: false }) leaves dest open after src ends; a second source can then be piped (test-stream-pipe-end*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def main():
    got = []

    def write(chunk, encoding, callback):
        got.append(chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('finish', lambda: log('finish', got))
    one = Readable.from_(['a', 'b'])
    one.pipe(dest, {'end': False})

    def on_end():
        log('one end, dest ended?', dest.writableEnded)
        two = Readable.from_(['c'])
        two.pipe(dest)
    one.on('end', on_end)


process.run(main)
