"""Port of Node's test/parallel/test-stream-writable-needdrain-state.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-needdrain-state.js
"""

from node_http_agent import process, stream


def test_stream_writable_needdrain_state(common, run):
    def main():
        def _transform(chunk, encoding, cb):
            def later():
                assert transform._writableState.needDrain is True
                cb()
            process.nextTick(later)

        transform = stream.Transform({
            'transform': _transform,
            'highWaterMark': 1,
        })

        assert transform._writableState.needDrain is False

        def onwrite(*args):
            assert transform._writableState.needDrain is False
        transform.write('asdasd', common.mustCall(onwrite))

        assert transform._writableState.needDrain is True
    run(main)
