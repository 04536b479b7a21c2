# s094 - finished(stream, { error: false }) ignores 'error' events and waits for close; with default options the error is reported (test-stream-finished.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable, finished
from node_http_agent.timers import setImmediate


def main():
    w = Writable({'write': lambda chunk, encoding, callback: callback()})
    w.on('error', lambda e: log('error event', str(e)))
    finished(w, {'error': False}, lambda err=None, *a: log('error:false callback', err and (getattr(err, 'code', None) or str(err))))
    finished(w, lambda err=None, *a: log('default callback', err and str(err)))
    w.emit('error', Exception('manual'))

    def later():
        log('emitting close')
        w.destroy()
    setImmediate(later)


process.run(main)
