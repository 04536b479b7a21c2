"""Port of Node's test/parallel/test-stream-readable-setEncoding-null.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-setEncoding-null.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_setEncoding_null(run):
    def main():
        readable = Readable({'encoding': 'hex'})
        assert readable._readableState.encoding == 'hex'

        readable.setEncoding(None)

        assert readable._readableState.encoding == 'utf8'
    run(main)
