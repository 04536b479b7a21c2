"""Port of Node's test/parallel/test-stream-duplex-readable-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-readable-end.js
"""

from node_http_agent import stream


def test_stream_duplex_readable_end(common, run):
    # https://github.com/nodejs/node/issues/35926
    loops = 5

    def main():
        def read(size):
            nonlocal loops
            if loops:
                loops -= 1
                src.push(bytes(20000))
            else:
                loops -= 1

        src = stream.Readable({
            'highWaterMark': 16 * 1024,
            'read': read,
        })

        def transform(chunk, output, fn):
            dst.push(None)
            fn()
        dst = stream.Transform({
            'highWaterMark': 16 * 1024,
            'transform': transform,
        })

        src.pipe(dst)

        dst.on('data', lambda chunk: None)

        def onend():
            assert loops == 3
            assert src.isPaused()
        dst.on('end', common.mustCall(onend))
    run(main)
