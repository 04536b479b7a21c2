# s101 - pipe() on a source that has a 'readable' listener does not make it flow; removing the listener lets the pipe flow (test-stream-readable-and-data.js, test-stream-pipe-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})

    def onReadable():
        log('readable event', src.readableLength)
    src.on('readable', onReadable)

    def write(chunk, encoding, callback):
        log('dest got', chunk.decode())
        callback()

    dest = Writable({'write': write})
    src.pipe(dest)
    log('flowing after pipe', src.readableFlowing)
    src.push('a')

    def later():
        log('buffered', src.readableLength, 'flowing', src.readableFlowing)
        src.removeListener('readable', onReadable)
        setImmediate(lambda: log('after removal', src.readableFlowing, src.readableLength))
    setImmediate(later)


process.run(main)
