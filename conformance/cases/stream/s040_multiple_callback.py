# s040 - calling the _write callback twice emits ERR_MULTIPLE_CALLBACK; a transform callback twice too (test-stream-writable-write-cb-twice.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform, Writable
from node_http_agent.timers import setImmediate


def main():
    def write(chunk, encoding, callback):
        callback()
        callback()

    w = Writable({'write': write})
    w.on('error', lambda e: log('w error', e.code, str(e), w.destroyed))
    w.on('close', lambda: log('w close'))
    w.write('x', lambda err=None: log('write cb', err and err.code))

    def a_write(chunk, encoding, callback):
        def twice():
            callback()
            callback()
        setImmediate(twice)

    a = Writable({'write': a_write})
    a.on('error', lambda e: log('a error', e.code))
    a.write('x', lambda err=None: log('a write cb', err and err.code))

    def transform(chunk, encoding, callback):
        callback(None, chunk)
        callback(None, chunk)

    t = Transform({'transform': transform})
    t.on('error', lambda e: log('t error', e.code))
    t.resume()
    t.write('y')


process.run(main)
