# s001 - Readable paused mode: read() from the buffer, read(0), null when empty, readableLength, _read calls (test-stream-readable-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    n = 0

    def read(size):
        nonlocal n
        n += 1
        log('_read', n, size)
        if n <= 3:
            r.push(('chunk' + str(n)).encode())
        else:
            r.push(None)

    r = Readable({'read': read})
    log('flowing', r.readableFlowing, 'length', r.readableLength, 'paused', r.isPaused())
    a = r.read()
    log('read()', None if a is None else a.decode(), 'length', r.readableLength)

    def later():
        log('length before', r.readableLength)
        b = r.read()
        log('read() 2', None if b is None else b.decode(), 'length', r.readableLength)
        log('read(0)', r.read(0))

        def last():
            while True:
                c = r.read()
                if c is None:
                    break
                log('loop', c.decode())
            log('ended', r.readableEnded, 'flowing', r.readableFlowing)
        setImmediate(last)
    setImmediate(later)
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))


process.run(main)
