# s031 - highWaterMark 0: push returns false, data still flows on read(), 'readable' fires (test-stream-readable-hwm-0.js)
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
        setImmediate(lambda: log('push returned', r.push(('v' + str(n)).encode() if n < 3 else None)))

    r = Readable({'highWaterMark': 0, 'read': read})

    def on_readable():
        while True:
            c = r.read()
            log('readable read', None if c is None else c.decode())
            if c is None:
                break
    r.on('readable', on_readable)
    r.on('end', lambda: log('end'))


process.run(main)
