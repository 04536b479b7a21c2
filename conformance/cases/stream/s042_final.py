# s042 - _final runs after the last write and before 'prefinish'/'finish'; final(err) -> 'error' and no 'finish' (test-stream-writable-final-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        callback()

    def final(callback):
        log('_final', w.writableLength, w.writableFinished)

        def done():
            log('final done')
            callback()
        setImmediate(done)

    w = Writable({'write': write, 'final': final})
    w.on('prefinish', lambda: log('prefinish'))
    w.on('finish', lambda: log('finish', w.writableFinished))
    w.on('close', lambda: log('close'))
    w.write('x')
    w.end('y', lambda *a: log('end cb'))
    f = Writable({'write': lambda chunk, encoding, callback: callback(),
                  'final': lambda callback: callback(Exception('final failed'))})
    f.on('finish', lambda: log('f finish (unexpected)'))
    f.on('error', lambda e: log('f error', str(e)))
    f.on('close', lambda: log('f close'))
    f.end(lambda err=None: log('f end cb', err and str(err)))


process.run(main)
