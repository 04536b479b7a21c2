"""Port of Node's test/parallel/test-stream-pipe-after-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-after-end.js
"""

from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setTimeout


class TestReadable(Readable):
    __test__ = False  # a stream, not a pytest class

    def __init__(self, opt=None):
        super().__init__(opt)
        self._ended = False

    def _read(self, size):
        if self._ended:
            self.emit('error', Exception('_read called twice'))
        self._ended = True
        self.push(None)


class TestWritable(Writable):
    __test__ = False  # a stream, not a pytest class

    def __init__(self, opt=None):
        super().__init__(opt)
        self._written = []

    def _write(self, chunk, encoding, cb):
        self._written.append(chunk)
        cb()


def test_stream_pipe_after_end(common, run):
    def main():
        # This one should not emit 'end' until we read() from it later.
        ender = TestReadable()

        # What happens when you pipe() a Readable that's already ended?
        piper = TestReadable()
        # pushes EOF null, and length=0, so this will trigger 'end'
        piper.read()

        def later():
            ender.on('end', common.mustCall())
            c = ender.read()
            assert c is None

            w = TestWritable()
            w.on('finish', common.mustCall())
            piper.pipe(w)
        setTimeout(common.mustCall(later), 1)
    run(main)
