"""Port of Node's test/parallel/test-stream2-readable-legacy-drain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-legacy-drain.js
"""

from node_http_agent import process
from node_http_agent import stream as Stream

Readable = Stream.Readable


def test_stream2_readable_legacy_drain(common, run):
    def main():
        r = Readable()
        N = 256
        reads = 0

        def _read(n):
            nonlocal reads
            reads += 1
            return r.push(None if reads == N else bytes(1))
        r._read = _read

        r.on('end', common.mustCall())

        w = Stream.Stream()
        w.writable = True
        buffered = 0

        def write(c):
            nonlocal buffered
            buffered += len(c)
            process.nextTick(drain)
            return False
        w.write = write

        def drain():
            nonlocal buffered
            assert buffered <= 3
            buffered = 0
            w.emit('drain')

        w.end = common.mustCall()

        r.pipe(w)
    run(main)
