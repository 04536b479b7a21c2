"""Port of Node's test/parallel/test-stream-readable-invalid-chunk.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-invalid-chunk.js
"""

from node_http_agent import stream


def test_stream_readable_invalid_chunk(common, run):
    def testPushArg(val):
        readable = stream.Readable({'read': lambda size: None})
        readable.on('error', common.expectsError({
            'code': 'ERR_INVALID_ARG_TYPE',
            'name': 'TypeError',
        }))
        readable.push(val)

    def testUnshiftArg(val):
        readable = stream.Readable({'read': lambda size: None})
        readable.on('error', common.expectsError({
            'code': 'ERR_INVALID_ARG_TYPE',
            'name': 'TypeError',
        }))
        readable.unshift(val)

    def main():
        testPushArg([])
        testPushArg({})
        testPushArg(0)

        testUnshiftArg([])
        testUnshiftArg({})
        testUnshiftArg(0)
    run(main)
