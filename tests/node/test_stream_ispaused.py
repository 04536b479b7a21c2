"""Port of Node's test/parallel/test-stream-ispaused.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-ispaused.js
"""

from node_http_agent import stream


def test_stream_ispaused(run):
    def main():
        readable = stream.Readable()

        # _read is a noop, here.
        readable._read = lambda *args: None

        # Default state of a stream is not "paused"
        assert not readable.isPaused()

        # Make the stream start flowing...
        readable.on('data', lambda *args: None)

        # still not paused.
        assert not readable.isPaused()

        readable.pause()
        assert readable.isPaused()
        readable.resume()
        assert not readable.isPaused()
    run(main)
