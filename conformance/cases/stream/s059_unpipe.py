# s059 - unpipe(dest) and unpipe(): 'unpipe' events, flowing stops when no pipes remain, unpiping a non-piped dest is a no-op (test-stream-unpipe-event.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def sink(name):
    def write(chunk, encoding, callback):
        log(name, 'got', chunk.decode())
        callback()

    w = Writable({'write': write})
    w.on('unpipe', lambda *a: log(name, 'unpipe event'))
    w.on('finish', lambda: log(name, 'finish (unexpected)'))
    return w


def main():
    src = Readable({'read': lambda size: None})
    a = sink('a')
    b = sink('b')
    c = sink('c')
    src.pipe(a)
    src.pipe(b)
    src.push('x')

    def later():
        log('unpipe a returns src', src.unpipe(a) is src, 'flowing', src.readableFlowing)
        src.unpipe(c)
        src.push('y')

        def again():
            src.unpipe()
            log('after unpipe all', src.readableFlowing, len(src._readableState.pipes))
            src.push('z')
            setImmediate(lambda: log('buffered', src.readableLength))
        setImmediate(again)
    setImmediate(later)


process.run(main)
