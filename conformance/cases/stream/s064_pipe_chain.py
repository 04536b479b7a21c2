# s064 - src.pipe(transform).pipe(dest) chain with objectMode and finish/end ordering (test-stream-pipe-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Transform, Writable


def main():
    src = Readable.from_([1, 2, 3])
    t = Transform({'objectMode': True, 'transform': lambda n, encoding, callback: callback(None, n * 10)})
    out = []

    def write(v, encoding, callback):
        out.append(v)
        callback()

    dest = Writable({'objectMode': True, 'write': write})
    src.on('end', lambda: log('src end'))
    t.on('end', lambda: log('t end'))
    t.on('finish', lambda: log('t finish'))
    dest.on('finish', lambda: log('dest finish', out))
    src.pipe(t).pipe(dest)


process.run(main)
