"""Port of Node's test/parallel/test-stream-readable-infinite-read.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-infinite-read.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_infinite_read(common, run):
    buf = bytes(8192)
    i = 0

    def main():
        readable = Readable({
            'highWaterMark': 16 * 1024,
            'read': common.mustCall(lambda size: readable.push(buf), 31),
        })

        def onreadable():
            nonlocal i
            i += 1
            if i - 1 == 10:
                # We will just terminate now.
                # (process.removeAllListeners('readable') left out: a no-op in
                # Node, process has no 'readable' listeners)
                return

            data = readable.read()
            # TODO(mcollina): there is something odd in the highWaterMark logic
            # investigate.
            if i == 1:
                assert len(data) == 8192 * 2
            else:
                assert len(data) == 8192 * 3
        readable.on('readable', common.mustCall(onreadable, 11))
    run(main)
