# s058 - one source piped to two destinations: both get every chunk, both end; readableFlowing; pipes count (test-stream-pipe-multiple-pipes.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def sink(name):
    got = []

    def write(chunk, encoding, callback):
        got.append(chunk.decode())
        callback()

    w = Writable({'write': write})
    w.on('finish', lambda: log(name, 'finish', got))
    return w


def main():
    src = Readable({'read': lambda size: None})
    a = sink('a')
    b = sink('b')
    src.pipe(a)
    src.pipe(b)
    log('pipes', len(src._readableState.pipes))
    src.push('1')
    src.push('2')
    src.push(None)


process.run(main)
