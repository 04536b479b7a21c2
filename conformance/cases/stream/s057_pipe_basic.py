# s057 - pipe(): returns dest, 'pipe' event on dest with src, data in order, src 'end' ends dest, 'unpipe' on dest after end (test-stream-pipe-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})
    got = []

    def write(chunk, encoding, callback):
        got.append(chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('pipe', lambda s, *a: log('pipe event', s is src, src.readableFlowing))
    dest.on('unpipe', lambda s, *a: log('unpipe event', s is src))
    dest.on('finish', lambda: log('finish', got))
    src.on('end', lambda: log('src end'))
    log('pipe returns dest', src.pipe(dest) is dest)
    log('flowing after pipe', src.readableFlowing)
    src.push('a')
    src.push('b')

    def later():
        src.push('c')
        src.push(None)
    setImmediate(later)


process.run(main)
