"""Port of Node's test/parallel/test-stream-writableState-uncorked-bufferedRequestCount.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writableState-uncorked-bufferedRequestCount.js
"""

from node_http_agent import process, stream


def test_stream_writableState_uncorked_bufferedRequestCount(common, run):
    def main():
        writable = stream.Writable()

        def _writev(chunks, cb):
            assert len(chunks) == 2
            cb()
        writable._writev = common.mustCall(_writev, 1)

        writable._write = common.mustCall(lambda chunk, encoding, cb: cb(), 1)

        # first cork
        writable.cork()
        assert writable._writableState.corked == 1
        assert writable._writableState.bufferedRequestCount == 0

        # cork again
        writable.cork()
        assert writable._writableState.corked == 2

        # The first chunk is buffered
        writable.write('first chunk')
        assert writable._writableState.bufferedRequestCount == 1

        # First uncork does nothing
        writable.uncork()
        assert writable._writableState.corked == 1
        assert writable._writableState.bufferedRequestCount == 1

        def uncork():
            # Second uncork flushes the buffer
            writable.uncork()
            assert writable._writableState.corked == 0
            assert writable._writableState.bufferedRequestCount == 0

            # Verify that end() uncorks correctly
            writable.cork()
            writable.write('third chunk')
            writable.end()

            # End causes an uncork() as well
            assert writable._writableState.corked == 0
            assert writable._writableState.bufferedRequestCount == 0

        process.nextTick(uncork)

        # The second chunk is buffered, because we uncork at the end of tick
        writable.write('second chunk')
        assert writable._writableState.corked == 1
        assert writable._writableState.bufferedRequestCount == 2
    run(main)
