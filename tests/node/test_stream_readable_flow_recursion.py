"""Port of Node's test/parallel/test-stream-readable-flow-recursion.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-flow-recursion.js

(``process.throwDeprecation`` and the ``console.log`` lines are left out: the
port has no nextTick-recursion deprecation to turn into an error.)
"""

import functools

from node_http_agent.stream import Readable

# This test verifies that passing a huge number to read(size)
# will push up the highWaterMark, and cause the stream to read
# more data continuously, but without triggering a nextTick
# warning or RangeError.


def test_stream_readable_flow_recursion(run):
    reads = 0
    total = 5000
    depth = 0
    stream = None

    def main():
        nonlocal stream
        stream = Readable({'highWaterMark': 2})

        def _read(size):
            nonlocal reads, total
            reads += 1
            size = min(size, total)
            total -= size
            if size == 0:
                stream.push(None)
            else:
                stream.push(bytes(size))
        stream._read = _read

        def flow(stream, size, callback, *args):
            nonlocal depth
            depth += 1
            chunk = stream.read(size)

            if not chunk:
                stream.once('readable', functools.partial(flow, stream, size, callback))
            else:
                callback(chunk)

            depth -= 1

        flow(stream, 5000, lambda chunk: None)
    run(main)

    # process.on('exit')
    assert reads == 2
    # We pushed up the high water mark
    assert stream.readableHighWaterMark == 8192
    # Length is 0 right now, because we pulled it all out.
    assert stream.readableLength == 0
    assert depth == 0
