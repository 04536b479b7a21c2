# s099 - destroy() while _final is pending: no 'finish', 'close' once, end callback never called with success (test-stream-writable-final-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def final(callback):
        log('_final')

        def later():
            w.destroy()
            log('destroyed in final', w.destroyed)
            callback()
        setImmediate(later)

    w = Writable({'write': lambda chunk, encoding, callback: callback(), 'final': final})
    w.on('finish', lambda: log('finish (unexpected)'))
    w.on('prefinish', lambda: log('prefinish'))
    w.on('close', lambda: log('close'))
    w.on('error', lambda e: log('error', e.code))
    w.end('x', lambda err=None: log('end cb', err and err.code))


process.run(main)
