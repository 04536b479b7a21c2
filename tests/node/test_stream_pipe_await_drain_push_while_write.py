"""Port of Node's test/parallel/test-stream-pipe-await-drain-push-while-write.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-await-drain-push-while-write.js
"""

from node_http_agent import process, stream


def test_stream_pipe_await_drain_push_while_write(common, run):
    def main():
        def write(chunk, encoding, cb):
            assert readable._readableState.awaitDrainWriters is None

            if len(chunk) == 32 * 1024:  # first chunk
                readable.push(bytes(34 * 1024))  # above hwm
                # We should check if awaitDrain counter is increased in the next
                # tick, because awaitDrain is incremented after this method finished
                def later():
                    assert readable._readableState.awaitDrainWriters is writable
                process.nextTick(later)

            process.nextTick(cb)
        writable = stream.Writable({
            'highWaterMark': 16 * 1024,
            'write': common.mustCall(write, 3),
        })

        # A readable stream which produces two buffers.
        bufs = [bytes(32 * 1024), bytes(33 * 1024)]  # above hwm

        def read(size):
            while len(bufs) > 0:
                readable.push(bufs.pop(0))
        readable = stream.Readable({
            'highWaterMark': 16 * 1024,
            'read': read,
        })

        readable.pipe(writable)
    run(main)
