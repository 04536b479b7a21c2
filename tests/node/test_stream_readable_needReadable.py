"""Port of Node's test/parallel/test-stream-readable-needReadable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-needReadable.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def test_stream_readable_needReadable(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        # Initialized to false.
        assert readable._readableState.needReadable is False

        def onreadable():
            # When the readable event fires, needReadable is reset.
            assert readable._readableState.needReadable is False
            readable.read()
        readable.on('readable', common.mustCall(onreadable))

        # If a readable listener is attached, then a readable event is needed.
        assert readable._readableState.needReadable is True

        readable.push('foo')
        readable.push(None)

        def onend():
            # No need to emit readable anymore when the stream ends.
            assert readable._readableState.needReadable is False
        readable.on('end', common.mustCall(onend))

        asyncReadable = Readable({'read': lambda size: None})

        def onreadableAsync():
            if asyncReadable.read() is not None:
                # After each read(), the buffer is empty.
                # If the stream doesn't end now,
                # then we need to notify the reader on future changes.
                assert asyncReadable._readableState.needReadable is True
        asyncReadable.on('readable', common.mustCall(onreadableAsync, 2))

        process.nextTick(common.mustCall(lambda: asyncReadable.push('foooo')))
        process.nextTick(common.mustCall(lambda: asyncReadable.push('bar')))

        def later():
            asyncReadable.push(None)
            assert asyncReadable._readableState.needReadable is False
        setImmediate(common.mustCall(later))

        flowing = Readable({'read': lambda size: None})

        # Notice this must be above the on('data') call.
        flowing.push('foooo')
        flowing.push('bar')
        flowing.push('quo')
        process.nextTick(common.mustCall(lambda: flowing.push(None)))

        # When the buffer already has enough data, and the stream is
        # in flowing mode, there is no need for the readable event.
        def ondata(data):
            assert flowing._readableState.needReadable is False
        flowing.on('data', common.mustCall(ondata, 3))

        slowProducer = Readable({'read': lambda size: None})

        def onreadableSlow():
            chunk = slowProducer.read(8)
            state = slowProducer._readableState
            if chunk is None:
                # The buffer doesn't have enough data, and the stream is not need,
                # we need to notify the reader when data arrives.
                assert state.needReadable is True
            else:
                assert state.needReadable is False
        slowProducer.on('readable', common.mustCall(onreadableSlow, 4))

        def t1():
            slowProducer.push('foo')

            def t2():
                slowProducer.push('foo')

                def t3():
                    slowProducer.push('foo')
                    process.nextTick(common.mustCall(lambda: slowProducer.push(None)))
                process.nextTick(common.mustCall(t3))
            process.nextTick(common.mustCall(t2))
        process.nextTick(common.mustCall(t1))
    run(main)
