# s007 - 'readable' plus 'data': data is emitted only when read() is called from the 'readable' handler; end after the last read (test-stream-readable-readable.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    chunks = ['one', 'two', 'three']

    def read(size):
        c = chunks.pop(0) if chunks else None
        log('_read', 'EOF' if c is None else c)
        r.push(None if c is None else c.encode())

    r = Readable({'read': read})
    r.on('data', lambda c: log('data', c.decode()))

    def on_readable():
        log('readable', r.readableLength)
        while True:
            c = r.read()
            if c is None:
                break
            log('read', c.decode())
    r.on('readable', on_readable)
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))


process.run(main)
