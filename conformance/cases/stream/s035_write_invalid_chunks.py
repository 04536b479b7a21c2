# s035 - write(null) throws ERR_STREAM_NULL_VALUES (also in objectMode); write(number) throws ERR_INVALID_ARG_TYPE; bad encoding ERR_UNKNOWN_ENCODING (test-stream-writable-null.js, test-stream-writable-invalid-chunk.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def attempt(name, fn):
    try:
        fn()
        log(name, 'ok')
    except Exception as e:
        log(name, e.code, e.name, str(e))


def main():
    w = Writable({'write': lambda chunk, encoding, callback: callback()})
    w.on('error', lambda e: log('error event', e.code))
    attempt('null', lambda: w.write(None))
    attempt('number', lambda: w.write(42))
    attempt('object', lambda: w.write({}))
    attempt('bad encoding', lambda: w.write('x', 'nope'))
    attempt('bad default encoding', lambda: w.setDefaultEncoding('nope'))

    def o_write(chunk, encoding, callback):
        log('o got', chunk)
        callback()
    o = Writable({'objectMode': True, 'write': o_write})
    attempt('objectMode null', lambda: o.write(None))
    attempt('objectMode 0', lambda: o.write(0))
    attempt('objectMode false', lambda: o.write(False))
    log('w destroyed', w.destroyed, 'o destroyed', o.destroyed)


process.run(main)
