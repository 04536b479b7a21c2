# s025 - _construct callback(err): 'error' then 'close', _read never called; destroy() during construct waits for it (test-stream-construct.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({
        'construct': lambda callback: setImmediate(lambda: callback(Exception('construct failed'))),
        'read': lambda size: log('_read (unexpected)'),
    })
    r.on('error', lambda e: log('r error', str(e), r.destroyed))
    r.on('close', lambda: log('r close'))
    r.resume()

    def w_construct(callback):
        log('w construct')

        def done():
            log('w construct done')
            callback()
        setImmediate(done)

    def w_write(chunk, encoding, callback):
        log('_write (unexpected)')
        callback()

    def w_destroy(err, callback):
        log('w _destroy', err)
        callback(err)

    w = Writable({'construct': w_construct, 'write': w_write, 'destroy': w_destroy})
    w.on('close', lambda: log('w close'))
    w.destroy()
    log('w destroyed', w.destroyed)


process.run(main)
