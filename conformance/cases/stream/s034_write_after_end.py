# s034 - write after end: callback and 'error' get ERR_STREAM_WRITE_AFTER_END; end() twice; end callback after finish (test-stream-writable-write-after-end.js, test-stream-writable-end-cb-error.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def main():
    w = Writable({'write': lambda chunk, encoding, callback: callback()})
    w.on('error', lambda e: log('error', e.code, str(e)))
    w.on('finish', lambda: log('finish'))
    w.on('close', lambda: log('close', w.destroyed))
    w.end(b'last')
    log('write returns', w.write(b'more', lambda err: log('write cb', err.code)))
    log('destroyed', w.destroyed, 'errored', w.errored and w.errored.code)
    w2 = Writable({'write': lambda chunk, encoding, callback: callback()})
    w2.end(lambda *a: log('w2 first end cb'))

    def w2_finish():
        log('w2 finish')
        w2.end(lambda err=None: log('w2 end after finish cb', err and err.code))
    w2.on('finish', w2_finish)


process.run(main)
