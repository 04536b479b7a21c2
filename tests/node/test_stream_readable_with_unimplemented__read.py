"""Port of Node's test/parallel/test-stream-readable-with-unimplemented-_read.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-with-unimplemented-_read.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_with_unimplemented__read(common, run):
    def main():
        readable = Readable()

        readable.read()
        readable.on('error', common.expectsError({
            'code': 'ERR_METHOD_NOT_IMPLEMENTED',
            'name': 'Error',
            'message': 'The _read() method is not implemented',
        }))
        readable.on('close', common.mustCall())
    run(main)
