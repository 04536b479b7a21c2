"""Port of Node's test/parallel/test-stream-readable-next-no-null.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-next-no-null.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_next_no_null(common, run):
    mustNotCall, expectsError = common.mustNotCall, common.expectsError

    async def generate():
        yield None

    def main():
        stream = Readable.from_(generate())

        stream.on('error', expectsError({
            'code': 'ERR_STREAM_NULL_VALUES',
            'name': 'TypeError',
            'message': 'May not write null values to stream',
        }))

        stream.on('data', mustNotCall())

        stream.on('end', mustNotCall())
    run(main)
