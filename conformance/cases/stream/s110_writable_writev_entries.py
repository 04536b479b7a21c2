# s110 - writableBuffer entries while corked (chunk/encoding/callback fields) and _writev's allBuffers flag via chunks (test-stream-writable-writable-buffer.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def main():
    def writev(chunks, callback):
        log('_writev', len(chunks), sorted(chunks[0].keys()))
        callback()

    w = Writable({'decodeStrings': False, 'write': lambda chunk, encoding, callback: callback(), 'writev': writev})
    w.cork()
    w.write('a')
    w.write(b'b', lambda *a: None)
    buf = w.writableBuffer
    log('writableBuffer', len(buf), [['buf' if isinstance(e['chunk'], bytes) else e['chunk'], e['encoding'],
                                      'function' if callable(e['callback']) else 'x'] for e in buf])
    log('keys', sorted(buf[0].keys()))
    process.nextTick(lambda: w.uncork())


process.run(main)
