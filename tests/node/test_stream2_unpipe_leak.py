"""Port of Node's test/parallel/test-stream2-unpipe-leak.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-unpipe-leak.js

(The ``console.error`` dumps of the state are left out.)
"""

from node_http_agent import stream

chunk = b'hallo'


class TestWriter(stream.Writable):
    __test__ = False  # a stream, not a pytest class

    def _write(self, buffer, encoding, callback):
        callback(None)


# Set this high so that we'd trigger a nextTick warning
# and/or RangeError if we do maybeReadMore wrong.
class TestReader(stream.Readable):
    __test__ = False  # a stream, not a pytest class

    def __init__(self):
        super().__init__({'highWaterMark': 0x10000})

    def _read(self, size):
        self.push(chunk)


def test_stream2_unpipe_leak(run):
    src = None

    def main():
        nonlocal src
        dest = TestWriter()

        src = TestReader()

        for i in range(10):
            src.pipe(dest)
            src.unpipe(dest)

        assert len(src.listeners('end')) == 0
        assert len(src.listeners('readable')) == 0

        assert len(dest.listeners('unpipe')) == 0
        assert len(dest.listeners('drain')) == 0
        assert len(dest.listeners('error')) == 0
        assert len(dest.listeners('close')) == 0
        assert len(dest.listeners('finish')) == 0
    run(main)

    # process.on('exit')
    # (src.readableBuffer.length = 0 left out: it sets a property of Node's
    # BufferList, a JS object trick, and readableLength does not read it)
    assert src.readableLength >= src.readableHighWaterMark
