"""Port of Node's test/parallel/test-stream2-compatibility.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-compatibility.js
"""

from node_http_agent.stream import Readable as R
from node_http_agent.stream import Writable as W
from node_http_agent.timers import setImmediate


def test_stream2_compatibility(common, run):
    ondataCalled = 0

    class TestReader(R):
        def __init__(self):
            super().__init__()
            self._buffer = b'x' * 100

            def ondata(chunk):
                nonlocal ondataCalled
                ondataCalled += 1
            self.on('data', ondata)

        def _read(self, n):
            self.push(self._buffer)
            self._buffer = bytes(0)

    class TestWriter(W):
        def __init__(self):
            super().__init__()
            self.write('foo')
            self.end()

        def _write(self, chunk, enc, cb):
            cb()

    reader = writer = None

    def main():
        nonlocal reader, writer
        reader = TestReader()

        def later():
            assert ondataCalled == 1
            reader.push(None)
        setImmediate(common.mustCall(later))

        writer = TestWriter()
    run(main)

    # process.on('exit')
    assert reader.readable is False
    assert writer.writable is False
