# s061 - pipe with a slow destination: write() false pauses the source (awaitDrain), 'drain' resumes it; counts of pauses and drains (test-stream-pipe-await-drain*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setTimeout


def main():
    n = 0

    def read(size):
        nonlocal n
        n += 1
        src.push(str(n).encode() if n <= 6 else None)

    src = Readable({'highWaterMark': 2, 'read': read})
    pauses = 0

    def on_pause():
        nonlocal pauses
        pauses += 1
    src.on('pause', on_pause)
    drains = 0

    def write(chunk, encoding, callback):
        log('write', chunk.decode(), 'writableLength', dest.writableLength, 'needDrain', dest.writableNeedDrain)
        setTimeout(callback, 1)

    dest = Writable({'highWaterMark': 2, 'write': write})

    def on_drain():
        nonlocal drains
        drains += 1
    dest.on('drain', on_drain)
    dest.on('finish', lambda: log('finish', 'pauses', pauses > 0, 'drains', drains > 0))
    src.pipe(dest)


process.run(main)
