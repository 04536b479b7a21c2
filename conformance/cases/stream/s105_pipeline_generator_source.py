# s105 - pipeline whose first stage is an async generator function (called with { signal }) and whose middle stage is a Transform (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform, Writable, pipeline


def main():
    got = []

    async def source(opts):
        log('source got signal', 'object' if opts['signal'] is not None else 'undefined', opts['signal'].aborted)
        yield 'one'
        yield 'two'

    def write(chunk, encoding, callback):
        got.append(chunk.decode())
        callback()

    pipeline(
        source,
        Transform({'transform': lambda chunk, encoding, callback: callback(None, chunk.decode() + ';')}),
        Writable({'write': write}),
        lambda err=None, *a: log('done', err, got),
    )


process.run(main)
