"""Port of Node's test/parallel/test-stream2-unpipe-drain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-unpipe-drain.js
"""

from node_http_agent import process, stream


class TestWriter(stream.Writable):
    __test__ = False  # a stream, not a pytest class

    def _write(self, buffer, encoding, callback):
        # Super slow write stream (callback never called)
        pass


class TestReader(stream.Readable):
    __test__ = False  # a stream, not a pytest class

    def __init__(self):
        super().__init__()
        self.reads = 0

    def _read(self, size):
        self.reads += 1
        self.push(bytes(size))


def test_stream2_unpipe_drain(run):
    src1 = src2 = None

    def main():
        nonlocal src1, src2
        dest = TestWriter()

        src1 = TestReader()
        src2 = TestReader()

        src1.pipe(dest)

        def onreadable1():
            def later1():
                src2.pipe(dest)

                def onreadable2():
                    process.nextTick(lambda: src1.unpipe(dest))
                src2.once('readable', onreadable2)
            process.nextTick(later1)
        src1.once('readable', onreadable1)
    run(main)

    # process.on('exit')
    assert src1.reads == 2
    assert src2.reads == 2
