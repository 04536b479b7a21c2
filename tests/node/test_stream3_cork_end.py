"""Port of Node's test/parallel/test-stream3-cork-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream3-cork-end.js
"""

from node_http_agent import stream
from node_http_agent.timers import setImmediate

Writable = stream.Writable

# Test the buffering behavior of Writable streams.
#
# The call to cork() triggers storing chunks which are flushed
# on calling end() and the stream subsequently ended.
#
# node version target: 0.12


def test_stream3_cork_end(common, run):
    def main():
        expectedChunks = ['please', 'buffer', 'me', 'kindly']
        inputChunks = expectedChunks[0:]
        seenChunks = []
        seenEnd = False

        w = Writable()

        # Let's arrange to store the chunks.
        def _write(chunk, encoding, cb):
            # Stream end event is not seen before the last write.
            assert not seenEnd
            # Default encoding given none was specified.
            assert encoding == 'buffer'

            seenChunks.append(chunk)
            cb()
        w._write = common.mustCallAtLeast(_write)

        # Let's record the stream end event.
        def onfinish():
            nonlocal seenEnd
            seenEnd = True
        w.on('finish', onfinish)

        def writeChunks(remainingChunks, callback):
            writeChunk = remainingChunks.pop(0) if remainingChunks else None

            if writeChunk:
                def later():
                    writeState = w.write(writeChunk)
                    # We were not told to stop writing.
                    assert writeState

                    writeChunks(remainingChunks, callback)
                setImmediate(common.mustCall(later))
            else:
                callback()

        # Do an initial write.
        w.write('stuff')
        # The write was immediate.
        assert len(seenChunks) == 1
        # Reset the seen chunks.
        seenChunks.clear()

        # Trigger stream buffering.
        w.cork()

        # Write the bufferedChunks.
        def done():
            # Should not have seen anything yet.
            assert len(seenChunks) == 0

            # Trigger flush and ending the stream.
            w.end()

            # Stream should not ended in current tick.
            assert not seenEnd

            # Buffered bytes should be seen in current tick.
            assert len(seenChunks) == 4

            # Did the chunks match.
            for i in range(len(expectedChunks)):
                seen = seenChunks[i]
                # There was a chunk.
                assert seen

                expected = expectedChunks[i].encode()
                # It was what we expected.
                assert seen == expected

            def later():
                # Stream should have ended in next tick.
                assert seenEnd
            setImmediate(common.mustCall(later))
        writeChunks(inputChunks, common.mustCall(done))
    run(main)
