"""Port of Node's test/parallel/test-stream-pipeline-async-iterator.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline-async-iterator.js
"""

from node_http_agent.stream import PassThrough, Readable, pipeline
from node_http_agent.timers import setImmediate


def test_stream_pipeline_async_iterator(common, run):
    _err = Exception('kaboom')

    async def run_():
        source = Readable({'read': lambda size: None})
        source.push('hello')
        source.push('world')

        setImmediate(lambda: source.destroy(_err))

        iterator = pipeline(
            source,
            PassThrough(),
            lambda *args: None)

        iterator.setEncoding('utf8')

        async for k in iterator:
            assert k == 'helloworld'

    def oncatch(err):
        assert err is _err
    oncatch = common.mustCall(oncatch)

    async def main():
        try:
            await run_()
        except Exception as err:  # run().catch(...)
            oncatch(err)
    run(main)
