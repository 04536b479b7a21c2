"""Port of Node's test/parallel/test-stream-pipeline-uncaught.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline-uncaught.js

``process.on('uncaughtException', fn)``: the port calls ``fn`` with the error
``run()`` raises (an uncaught error ends the run).
"""

from node_http_agent.stream import PassThrough, pipeline


def test_stream_pipeline_uncaught(common, run):
    def onUncaught(err):
        assert str(err) == 'error'
    uncaughtException = common.mustCall(onUncaught)

    def main():
        # Ensure that pipeline that ends with Promise
        # still propagates error to uncaughtException.
        s = PassThrough()
        s.end('data')

        async def sink(source, options):  # pipeline passes (source, {signal})
            async for chunk in source:
                pass

        def done(*args):
            raise Exception('error')
        pipeline(s, sink, common.mustSucceed(done))
    try:
        run(main)
    except Exception as err:
        common.errors.remove(err)  # handled by the 'uncaughtException' listener
        uncaughtException(err)
