# s041 - _write callback(err): write callback gets err, then 'error', then 'close'; no 'finish'; later writes fail with ERR_STREAM_DESTROYED (test-stream-writable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        setImmediate(lambda: callback(Exception('write failed')))

    w = Writable({'write': write})
    w.on('error', lambda e: log('error', str(e), 'errored', w.errored and str(w.errored), 'destroyed', w.destroyed))
    w.on('finish', lambda: log('finish (unexpected)'))

    def on_close():
        log('close', w.closed)
        w.write('late', lambda err: log('late write cb', err.code, str(err)))
    w.on('close', on_close)
    w.write('a', lambda err=None: log('cb a', err and str(err)))
    w.write('b', lambda err=None: log('cb b', err and (getattr(err, 'code', None) or str(err))))
    w.end()


process.run(main)
