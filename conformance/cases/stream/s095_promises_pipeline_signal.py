# s095 - stream.promises.pipeline with { signal }: aborting rejects with AbortError and destroys the streams; { end: false } leaves the destination open (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.abort import AbortController
from node_http_agent.stream import Readable, Writable
from node_http_agent.stream.promises import pipeline
from node_http_agent.timers import setImmediate


async def main():
    ac = AbortController()
    src = Readable({'read': lambda size: None})
    dest = Writable({'write': lambda c, e, cb: cb()})
    p = pipeline(src, dest, {'signal': ac.signal})
    src.push('x')
    setImmediate(lambda: ac.abort())
    try:
        await p
    except Exception as e:
        log('aborted', e.name, e.code, src.destroyed, dest.destroyed)
    got = []

    def write(c, e, cb):
        got.append(c.decode())
        cb()

    open_ = Writable({'write': write})
    await pipeline(Readable.from_(['1', '2']), open_, {'end': False})
    log('end false', got, open_.writableEnded, open_.destroyed)
    open_.end()


process.run(main)
