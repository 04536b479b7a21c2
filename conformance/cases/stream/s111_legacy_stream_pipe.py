# s111 - legacy Stream.prototype.pipe: an old-style source (plain Stream emitting 'data'/'end') piped to a Writable; write() false pauses the source when it has pause(); 'end' ends dest (legacy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Stream, Writable
from node_http_agent.timers import setImmediate


def main():
    src = Stream()
    src.pause = lambda: log('src.pause()')
    src.resume = lambda: log('src.resume()')

    def write(chunk, encoding, callback):
        log('dest write', chunk.decode())
        setImmediate(callback)

    dest = Writable({'highWaterMark': 1, 'write': write})
    dest.on('pipe', lambda s, *a: log('pipe event', s is src))
    dest.on('finish', lambda: log('dest finish'))
    log('pipe returns dest', src.pipe(dest) is dest)
    src.emit('data', b'a')
    src.emit('data', b'b')
    setImmediate(lambda: setImmediate(lambda: src.emit('end')))


process.run(main)
