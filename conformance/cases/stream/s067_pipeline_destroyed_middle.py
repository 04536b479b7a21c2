# s067 - pipeline where a middle stream is destroyed without an error: callback gets ERR_STREAM_PREMATURE_CLOSE (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable, Writable, pipeline
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})
    mid = PassThrough()
    dest = Writable({'write': lambda chunk, encoding, callback: callback()})

    def done(err=None, *a):
        log('callback', err and err.code, err and str(err))
        log('destroyed', src.destroyed, mid.destroyed, dest.destroyed)

    pipeline(src, mid, dest, done)
    src.push('x')
    setImmediate(lambda: mid.destroy())


process.run(main)
