# s043 - destroy() with writes buffered: pending callbacks get ERR_STREAM_DESTROYED; destroy(err) -> 'error' once then 'close' (test-stream-writable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    inFlight = None

    def write(chunk, encoding, callback):
        nonlocal inFlight
        log('_write', chunk.decode())
        inFlight = callback

    w = Writable({'write': write})
    w.on('error', lambda e: log('error', str(e)))
    w.on('close', lambda: log('close', w.writableLength))
    w.write('1', lambda err=None: log('cb 1', err and (getattr(err, 'code', None) or str(err))))
    w.write('2', lambda err=None: log('cb 2', err and (getattr(err, 'code', None) or str(err))))
    w.write('3', lambda err=None: log('cb 3', err and (getattr(err, 'code', None) or str(err))))
    log('length', w.writableLength)
    w.destroy(Exception('stop'))
    log('destroyed', w.destroyed, 'length', w.writableLength)

    def later():
        log('late callback of write 1')
        inFlight()
    setImmediate(later)


process.run(main)
