"""Port of Node's test/parallel/test-stream-writable-finished-state.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-finished-state.js
"""

from node_http_agent import stream


def test_stream_writable_finished_state(common, run):
    def main():
        writable = stream.Writable()

        def _write(chunk, encoding, cb):
            # The state finished should start in false.
            assert writable._writableState.finished is False
            cb()
        writable._write = common.mustCall(_write)

        def onfinish():
            assert writable._writableState.finished is True
        writable.on('finish', common.mustCall(onfinish))

        def onend(*args):
            assert writable._writableState.finished is True
        writable.end('testing finished state', common.mustCall(onend))
    run(main)
