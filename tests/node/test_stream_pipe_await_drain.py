"""Port of Node's test/parallel/test-stream-pipe-await-drain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-await-drain.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setImmediate


def test_stream_pipe_await_drain(common, run):
    # This is very similar to test-stream-pipe-cleanup-pause.js.
    def main():
        reader = stream.Readable()
        writer1 = stream.Writable()
        writer2 = stream.Writable()
        writer3 = stream.Writable()

        # 560000 is chosen here because it is larger than the (default) highWaterMark
        # and will cause `.write()` to return false
        # See: https://github.com/nodejs/node/issues/5820
        buffer = bytes(560000)

        reader._read = lambda size: None

        def write1(chunk, encoding, cb):
            writer1.emit('chunk-received')
            process.nextTick(cb)
        writer1._write = common.mustCall(write1, 1)

        def onchunk():
            size = len(reader._readableState.awaitDrainWriters)
            assert size == 0, f'awaitDrain initial value should be 0, actual is {size}'

            # This one should *not* get through to writer1 because writer2 is not
            # "done" processing.
            setImmediate(lambda: reader.push(buffer))
        writer1.once('chunk-received', common.mustCallAtLeast(onchunk))

        # A "slow" consumer:
        def write2(chunk, encoding, cb):
            size = len(reader._readableState.awaitDrainWriters)
            assert size == 1, f'awaitDrain should be 1 after first push, actual is {size}'
            # Not calling cb here to "simulate" slow stream.
            # This should be called exactly once, since the first .write() call
            # will return false.
        writer2._write = common.mustCall(write2, 1)

        def write3(chunk, encoding, cb):
            size = len(reader._readableState.awaitDrainWriters)
            assert size == 2, f'awaitDrain should be 2 after second push, actual is {size}'
            # Not calling cb here to "simulate" slow stream.
            # This should be called exactly once, since the first .write() call
            # will return false.
        writer3._write = common.mustCall(write3, 1)

        reader.pipe(writer1)
        reader.pipe(writer2)
        reader.pipe(writer3)
        reader.push(buffer)
    run(main)
