"""Port of Node's test/parallel/test-stream-readable-hwm-0-no-flow-data.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-hwm-0-no-flow-data.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate

# Ensure that subscribing the 'data' event will not make the stream flow.
# The 'data' event will require calling read() by hand.
#
# The test is written for the (somewhat rare) highWaterMark: 0 streams to
# specifically catch any regressions that might occur with these streams.


def js(value):
    """String concatenation's view of a value: null prints as 'null'."""
    return 'null' if value is None else str(value)


def test_stream_readable_hwm_0_no_flow_data(common, run):
    def main():
        streamData = ['a', None]

        # Track the calls so we can assert their order later.
        calls = []

        def read(size):
            calls.append('_read:' + js(streamData[0]))

            def later():
                calls.append('push:' + js(streamData[0]))
                r.push(streamData.pop(0))
            process.nextTick(later)
        r = Readable({
            'read': common.mustCall(read, len(streamData)),
            'highWaterMark': 0,

            # Object mode is used here just for testing convenience. It really
            # shouldn't affect the order of events. Just the data and its format.
            'objectMode': True,
        })

        assert r.readableFlowing is None
        r.on('readable', common.mustCall(lambda: calls.append('readable'), 2))
        assert r.readableFlowing is False
        r.on('data', common.mustCall(lambda data: calls.append('data:' + js(data)), 1))
        r.on('end', common.mustCall(lambda: calls.append('end')))
        assert r.readableFlowing is False

        # The stream emits the events asynchronously but that's not guaranteed to
        # happen on the next tick (especially since the _read implementation above
        # uses process.nextTick).
        #
        # We use setImmediate here to give the stream enough time to emit all the
        # events it's about to emit.
        def first():
            # Only the _read, push, readable calls have happened. No data must be
            # emitted yet.
            assert calls == ['_read:a', 'push:a', 'readable']

            # Calling 'r.read()' should trigger the data event.
            assert r.read() == 'a'
            assert calls == ['_read:a', 'push:a', 'readable', 'data:a']

            # The next 'read()' will return null because hwm: 0 does not buffer any
            # data and the _read implementation above does the push() asynchronously.
            #
            # Note: This 'null' signals "no data available". It isn't the end-of-stream
            # null value as the stream doesn't know yet that it is about to reach the
            # end.
            #
            # Using setImmediate again to give the stream enough time to emit all the
            # events it wants to emit.
            assert r.read() is None

            def second():
                # There's a new 'readable' event after the data has been pushed.
                # The 'end' event will be emitted only after a 'read()'.
                #
                # This is somewhat special for the case where the '_read' implementation
                # calls 'push' asynchronously. If 'push' was synchronous, the 'end' event
                # would be emitted here _before_ we call read().
                assert calls == ['_read:a', 'push:a', 'readable', 'data:a',
                                 '_read:null', 'push:null', 'readable']

                assert r.read() is None

                # While it isn't really specified whether the 'end' event should happen
                # synchronously with read() or not, we'll assert the current behavior
                # ('end' event happening on the next tick after read()) so any changes
                # to it are noted and acknowledged in the future.
                assert calls == ['_read:a', 'push:a', 'readable', 'data:a',
                                 '_read:null', 'push:null', 'readable']

                def third():
                    assert calls == ['_read:a', 'push:a', 'readable', 'data:a',
                                     '_read:null', 'push:null', 'readable', 'end']
                process.nextTick(third)
            setImmediate(common.mustCall(second))
        setImmediate(common.mustCall(first))
    run(main)
