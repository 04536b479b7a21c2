"""Port of Node's test/parallel/test-stream3-pipeline-async-iterator.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream3-pipeline-async-iterator.js
"""

from node_http_agent.stream.promises import pipeline


def test_stream3_pipeline_async_iterator(common, run):
    # Ensure that async iterators can act as readable and writable streams
    async def myCustomReadable(options):  # pipeline passes {signal}
        yield 'Hello'
        yield 'World'

    messages = []

    async def myCustomWritable(stream, options):  # pipeline passes (source, {signal})
        async for chunk in stream:
            messages.append(chunk)
        return
        yield  # an async generator function, as in Node

    async def test():
        await pipeline(
            myCustomReadable,
            myCustomWritable,
        )
        assert messages == ['Hello', 'World']

    async def main():
        await test()
        common.mustCall()()  # .then(common.mustCall())
    run(main)
