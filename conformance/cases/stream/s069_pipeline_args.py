# s069 - pipeline argument errors: no callback -> ERR_INVALID_ARG_TYPE, one stream -> ERR_MISSING_ARGS, array form of streams (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable, Writable, pipeline


def main():
    try:
        pipeline(Readable({'read': lambda size: None}), Writable({'write': lambda c, e, cb: cb()}))
    except Exception as e:
        log('no callback', e.code, str(e))
    try:
        pipeline(Readable({'read': lambda size: None}), lambda *a: None)
    except Exception as e:
        log('one stream', e.code, str(e))
    got = []

    def write(c, e, cb):
        got.append(c.decode())
        cb()

    w = Writable({'write': write})
    pipeline([Readable.from_(['p', 'q']), PassThrough(), w], lambda err=None, *a: log('array form', err, got))


process.run(main)
