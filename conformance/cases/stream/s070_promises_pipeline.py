# s070 - stream.promises.pipeline resolves after the destination finishes and rejects with a stage's error (test-stream-promises.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Transform, Writable
from node_http_agent.stream.promises import pipeline


async def main():
    got = []

    def write(c, e, cb):
        got.append(c.decode())
        cb()

    w = Writable({'write': write})
    r = await pipeline(Readable.from_(['1', '2']), w)
    log('resolved', r, got, w.writableFinished)
    bad = Transform({'transform': lambda c, e, cb: cb(Exception('nope'))})
    try:
        await pipeline(Readable.from_(['x']), bad, Writable({'write': lambda c, e, cb: cb()}))
    except Exception as e:
        log('rejected', str(e), bad.destroyed)

    async def concat(source, options=None):
        s = ''
        async for c in source:
            s += c
        return s

    val = await pipeline(Readable.from_(['a', 'b']), concat)
    log('value', val)


process.run(main)
