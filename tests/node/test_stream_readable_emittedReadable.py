"""Port of Node's test/parallel/test-stream-readable-emittedReadable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-emittedReadable.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def test_stream_readable_emittedReadable(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        # Initialized to false.
        assert readable._readableState.emittedReadable is False

        expected = [b'foobar', b'quo', None]

        def onreadable():
            # emittedReadable should be true when the readable event is emitted
            assert readable._readableState.emittedReadable is True
            assert readable.read() == expected.pop(0)
            # emittedReadable is reset to false during read()
            assert readable._readableState.emittedReadable is False
        readable.on('readable', common.mustCall(onreadable, 3))

        # When the first readable listener is just attached,
        # emittedReadable should be false
        assert readable._readableState.emittedReadable is False

        # These trigger a single 'readable', as things are batched up
        process.nextTick(common.mustCall(lambda: readable.push('foo')))
        process.nextTick(common.mustCall(lambda: readable.push('bar')))

        # These triggers two readable events
        def later():
            readable.push('quo')
            process.nextTick(common.mustCall(lambda: readable.push(None)))
        setImmediate(common.mustCall(later))

        noRead = Readable({'read': lambda size: None})

        def onreadableNoRead():
            # emittedReadable should be true when the readable event is emitted
            assert noRead._readableState.emittedReadable is True
            noRead.read(0)
            # emittedReadable is not reset during read(0)
            assert noRead._readableState.emittedReadable is True
        noRead.on('readable', common.mustCall(onreadableNoRead))

        noRead.push('foo')
        noRead.push(None)

        flowing = Readable({'read': lambda size: None})

        def ondata(chunk):
            # When in flowing mode, emittedReadable is always false.
            assert flowing._readableState.emittedReadable is False
            flowing.read()
            assert flowing._readableState.emittedReadable is False
        flowing.on('data', common.mustCall(ondata, 3))

        flowing.push('foooo')
        flowing.push('bar')
        flowing.push('quo')
        process.nextTick(common.mustCall(lambda: flowing.push(None)))
    run(main)
