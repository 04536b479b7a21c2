"""Port of Node's test/parallel/test-stream-writableState-ending.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writableState-ending.js
"""

from node_http_agent import stream


def test_stream_writableState_ending(run):
    def main():
        writable = stream.Writable()

        def testStates(ending, finished, ended):
            assert writable._writableState.ending == ending
            assert writable._writableState.finished == finished
            assert writable._writableState.ended == ended

        def _write(chunk, encoding, cb):
            # Ending, finished, ended start in false.
            testStates(False, False, False)
            cb()
        writable._write = _write

        # Ending, finished, ended = true.
        writable.on('finish', lambda: testStates(True, True, True))

        # Ending, finished, ended = true.
        result = writable.end('testing function end()', lambda *a: testStates(True, True, True))

        # End returns the writable instance
        assert result is writable

        # Ending, ended = true.
        # finished = false.
        testStates(True, False, True)
    run(main)
