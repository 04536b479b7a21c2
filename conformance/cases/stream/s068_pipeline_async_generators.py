# s068 - pipeline with an async generator transform stage and an async function sink: the callback gets the sink's return value; a throwing stage fails the pipeline (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, pipeline


def second():
    async def failing(source, options=None):
        async for n in source:
            if n == 2:
                raise Exception('stage failed')
            yield n

    async def sink2(source, options=None):
        async for n in source:
            log('sink got', n)

    pipeline(Readable.from_([1, 2]), failing, sink2, lambda err=None, val=None: log('failing pipeline', str(err)))


def main():
    src = Readable.from_(['x', 'y', 'z'])

    async def exclaim(source, options=None):
        async for chunk in source:
            yield chunk + '!'

    async def sink(source, options=None):
        seen = []
        async for chunk in source:
            seen.append(chunk)
        return ','.join(seen)

    def done(err=None, val=None):
        log('callback', err, val, 'src destroyed', src.destroyed)
        second()

    pipeline(src, exclaim, sink, done)


process.run(main)
