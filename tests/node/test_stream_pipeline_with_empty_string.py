"""Port of Node's test/parallel/test-stream-pipeline-with-empty-string.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline-with-empty-string.js
"""

from node_http_agent.stream import PassThrough, pipeline


def test_stream_pipeline_with_empty_string(common, run):
    async def runTest():
        # Node awaits pipeline()'s return value, a stream (not a promise): awaiting it
        # just yields the stream, so the port calls it.
        pipeline(
            '',
            PassThrough({'objectMode': True}),
            common.mustCall(),
        )

    async def main():
        await runTest()
        common.mustCall()()  # runTest().then(common.mustCall())
    run(main)
