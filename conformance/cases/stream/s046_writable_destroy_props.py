# s046 - Writable destroy(err) with _destroy replacing the error; errored/closed/destroyed/writableAborted at each step; write after destroy (test-stream-writable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def destroy(err, callback):
        log('_destroy', str(err), 'closed', w.closed)
        setImmediate(lambda: callback(Exception('replaced')))

    w = Writable({'write': lambda chunk, encoding, callback: callback(), 'destroy': destroy})
    w.on('error', lambda e: log('error', str(e), str(w.errored), w.closed))
    w.on('close', lambda: log('close', w.closed, str(w.errored)))
    w.write('a')
    w.destroy(Exception('first'))
    log('sync', w.destroyed, w.closed, str(w.errored), w.writableAborted)
    w.write('b', lambda err: log('write after destroy cb', err.code, str(err)))


process.run(main)
