# s024 - _construct runs first; _read waits for its callback; read() before construct completes returns null (test-stream-construct.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    done = None

    def construct(callback):
        nonlocal done
        log('construct')
        done = callback

    def read(size):
        log('_read')
        r.push(b'x')
        r.push(None)

    r = Readable({'construct': construct, 'read': read})
    log('read before construct', r.read())
    r.on('data', lambda c: log('data', c.decode()))
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))

    def later():
        log('calling construct callback')
        done()
    setImmediate(later)


process.run(main)
