"""Port of Node's test/parallel/test-stream-readable-reading-readingMore.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-reading-readingMore.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_readable_listener(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        state = readable._readableState

        # Starting off with false initially.
        assert state.reading is False
        assert state.readingMore is False

        def ondata(data):
            # While in a flowing state with a 'readable' listener
            # we should not be reading more
            if readable.readableFlowing:
                assert state.readingMore is True

            # Reading as long as we've not ended
            assert state.reading == (not state.ended)
        readable.on('data', common.mustCall(ondata, 2))

        def onStreamEnd():
            # End of stream; state.reading is false
            # And so should be readingMore.
            assert state.readingMore is False
            assert state.reading is False

        expectedReadingMore = [True, True, False]

        def onreadable():
            # There is only one readingMore scheduled from on('data'),
            # after which everything is governed by the .read() call
            assert state.readingMore == expectedReadingMore.pop(0)

            # If the stream has ended, we shouldn't be reading
            assert state.ended == (not state.reading)

            # Consume all the data
            while readable.read() is not None:
                pass

            if len(expectedReadingMore) == 0:  # Reached end of stream
                process.nextTick(common.mustCall(onStreamEnd, 1))
        readable.on('readable', common.mustCall(onreadable, 3))

        readable.on('end', common.mustCall(onStreamEnd))
        readable.push('pushed')

        readable.read(6)

        # reading
        assert state.reading is True
        assert state.readingMore is True

        # add chunk to front
        readable.unshift('unshifted')

        # end
        readable.push(None)
    run(main)


def test_data_listener_pause_resume(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        state = readable._readableState

        # Starting off with false initially.
        assert state.reading is False
        assert state.readingMore is False

        def ondata(data):
            # While in a flowing state without a 'readable' listener
            # we should be reading more
            if readable.readableFlowing:
                assert state.readingMore is True

            # Reading as long as we've not ended
            assert state.reading == (not state.ended)
        readable.on('data', common.mustCall(ondata, 2))

        def onStreamEnd():
            # End of stream; state.reading is false
            # And so should be readingMore.
            assert state.readingMore is False
            assert state.reading is False

        readable.on('end', common.mustCall(onStreamEnd))
        readable.push('pushed')

        # Stop emitting 'data' events
        assert state.flowing is True
        readable.pause()

        # paused
        assert state.reading is False
        assert state.flowing is False

        readable.resume()
        assert state.reading is False
        assert state.flowing is True

        # add chunk to front
        readable.unshift('unshifted')

        # end
        readable.push(None)
    run(main)


def test_readable_listener_removed(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        state = readable._readableState

        # Starting off with false initially.
        assert state.reading is False
        assert state.readingMore is False

        onReadable = common.mustNotCall()

        readable.on('readable', onReadable)

        def ondata(data):
            # Reading as long as we've not ended
            assert state.reading == (not state.ended)
        readable.on('data', common.mustCall(ondata, 2))

        readable.removeListener('readable', onReadable)

        def onStreamEnd():
            # End of stream; state.reading is false
            # And so should be readingMore.
            assert state.readingMore is False
            assert state.reading is False

        readable.on('end', common.mustCall(onStreamEnd))
        readable.push('pushed')

        # We are still not flowing, we will be resuming in the next tick
        assert state.flowing is False

        # Wait for nextTick, so the readableListener flag resets
        def later():
            readable.resume()

            # Stop emitting 'data' events
            assert state.flowing is True
            readable.pause()

            # paused
            assert state.flowing is False

            readable.resume()
            assert state.flowing is True

            # add chunk to front
            readable.unshift('unshifted')

            # end
            readable.push(None)
        process.nextTick(later)
    run(main)
