# s112 - Readable.prototype.wrap(oldStream): old-style 'data'/'end' become a new Readable's data; pausing the wrapper pauses the old stream (test-stream2-readable-wrap.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Stream
from node_http_agent.timers import setImmediate


def main():
    old = Stream()
    old.pause = lambda: log('old.pause()')
    old.resume = lambda: log('old.resume()')
    r = Readable({'highWaterMark': 2}).wrap(old)
    log('wrap returns a Readable', isinstance(r, Readable))
    old.emit('data', b'abc')
    old.emit('data', b'de')
    log('buffered', r.readableLength)
    got = []
    r.on('data', lambda c: got.append(c.decode()))
    r.on('end', lambda: log('end', got))
    setImmediate(lambda: old.emit('end'))


process.run(main)
