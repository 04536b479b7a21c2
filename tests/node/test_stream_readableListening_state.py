"""Port of Node's test/parallel/test-stream-readableListening-state.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readableListening-state.js
"""

from node_http_agent import stream


def test_stream_readableListening_state(common, run):
    def main():
        r = stream.Readable({'read': lambda size: None})

        # readableListening state should start in `false`.
        assert r._readableState.readableListening is False

        def onreadable():
            # Inside the readable event this state should be true.
            assert r._readableState.readableListening is True
        r.on('readable', common.mustCall(onreadable))

        r.push(b'Testing readableListening state')

        r2 = stream.Readable({'read': lambda size: None})

        # readableListening state should start in `false`.
        assert r2._readableState.readableListening is False

        def ondata(chunk):
            # readableListening should be false because we don't have
            # a `readable` listener
            assert r2._readableState.readableListening is False
        r2.on('data', common.mustCall(ondata))

        r2.push(b'Testing readableListening state')
    run(main)
