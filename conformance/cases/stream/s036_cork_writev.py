# s036 - cork() buffers writes; uncork() hands them to _writev as {chunk, encoding} entries; writableCorked; nested cork needs as many uncorks (test-stream-writev.js, test-stream-writable-uncork*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk, encoding)
        callback()

    def writev(chunks, callback):
        log('_writev', [['buf:' + c['chunk'].decode() if isinstance(c['chunk'], bytes) else c['chunk'], c['encoding']]
                        for c in chunks])
        callback()

    w = Writable({'decodeStrings': False, 'write': write, 'writev': writev})
    w.cork()
    w.cork()
    log('corked', w.writableCorked)
    w.write('a')
    w.write(b'b')
    w.write('6869', 'hex')
    log('buffered', w.writableLength, len(w.writableBuffer))
    w.uncork()
    log('after one uncork', w.writableCorked, w.writableLength)
    w.uncork()
    log('after two uncorks', w.writableCorked, w.writableLength)
    w.uncork()
    log('extra uncork', w.writableCorked)

    def tick():
        w.write('single')
        w.cork()
        w.write('x')
        w.write('y')
        process.nextTick(lambda: w.uncork())
    process.nextTick(tick)


process.run(main)
