"""Port of Node's test/parallel/test-stream-writable-ended-state.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-ended-state.js
"""

from node_http_agent import stream


def test_stream_writable_ended_state(common, run):
    def main():
        writable = stream.Writable()

        def _write(chunk, encoding, cb):
            assert writable._writableState.ended is False
            assert getattr(writable._writableState, 'writable', None) is None
            assert writable.writableEnded is False
            cb()
        writable._write = common.mustCall(_write)

        assert writable._writableState.ended is False
        assert getattr(writable._writableState, 'writable', None) is None
        assert writable.writable is True
        assert writable.writableEnded is False

        def onend(*args):
            assert writable._writableState.ended is True
            assert getattr(writable._writableState, 'writable', None) is None
            assert writable.writable is False
            assert writable.writableEnded is True
        writable.end('testing ended state', common.mustCall(onend))

        assert writable._writableState.ended is True
        assert getattr(writable._writableState, 'writable', None) is None
        assert writable.writable is False
        assert writable.writableEnded is True
    run(main)
