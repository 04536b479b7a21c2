"""Port of Node's test/parallel/test-stream-writable-clear-buffer.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-clear-buffer.js

This test ensures that the _writeableState.bufferedRequestCount and
the actual buffered request count are the same.
"""

from node_http_agent import stream as Stream
from node_http_agent.timers import setImmediate


class StreamWritable(Stream.Writable):
    def __init__(self):
        super().__init__({'objectMode': True})

    # Refs: https://github.com/nodejs/node/issues/6758
    # We need a timer like on the original issue thread.
    # Otherwise the code will never reach our test case.
    def _write(self, chunk, encoding, cb):
        setImmediate(cb)


def test_stream_writable_clear_buffer(common, run):
    def main():
        testStream = StreamWritable()
        testStream.cork()

        def onwrite(*args):
            assert testStream._writableState.bufferedRequestCount == \
                len(testStream._writableState.getBuffer())
        for i in range(1, 6):
            testStream.write(i, common.mustCall(onwrite))

        testStream.end()
    run(main)
