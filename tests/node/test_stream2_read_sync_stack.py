"""Port of Node's test/parallel/test-stream2-read-sync-stack.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-read-sync-stack.js

(The ``console.error`` tracing line is left out.)
"""

from node_http_agent.stream import Readable


def test_stream2_read_sync_stack(common, run):
    # This tests synchronous read callbacks and verifies that even if they nest
    # heavily the process handles it without an error
    def main():
        r = Readable()
        N = 256 * 1024

        reads = 0

        def _read(n):
            nonlocal reads
            chunk = None if reads == N else bytes(1)
            reads += 1
            r.push(chunk)
        r._read = _read

        def onReadable():
            r.read(N * 2)
        r.on('readable', onReadable)

        r.on('end', common.mustCall())

        r.read(0)
    run(main, timeout=25)
