# s065 - pipeline(src, transform, dest, cb): data flows, callback with no error after dest finishes, returns the last stream, all streams end up destroyed (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Transform, Writable, pipeline


def main():
    src = Readable.from_(['a', 'b', 'c'])
    up = Transform({'transform': lambda chunk, encoding, callback: callback(None, chunk.decode().upper())})
    out = []

    def write(chunk, encoding, callback):
        out.append(chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('finish', lambda: log('dest finish'))

    def done(err=None, val=None):
        log('callback', err, val, out)
        log('destroyed', src.destroyed, up.destroyed, dest.destroyed)

    ret = pipeline(src, up, dest, done)
    log('returns last', ret is dest)


process.run(main)
