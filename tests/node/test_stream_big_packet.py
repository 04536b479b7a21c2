"""Port of Node's test/parallel/test-stream-big-packet.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-big-packet.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setImmediate


def test_stream_big_packet(run):
    passed = False

    class TestStream(stream.Transform):
        def _transform(self, chunk, encoding, done):
            nonlocal passed
            # Char 'a' only exists in the last write
            passed = passed or 'a' in chunk.decode()
            done()

    def main():
        s1 = stream.Transform({
            'transform': lambda chunk, encoding, cb: process.nextTick(cb, None, chunk),
        })
        s2 = stream.PassThrough()
        s3 = TestStream()
        s1.pipe(s3)
        # Don't let s2 auto close which may close s3
        s2.pipe(s3, {'end': False})

        # We must write a buffer larger than highWaterMark
        big = b'x' * (s1.writableHighWaterMark + 1)
        # Since big is larger than highWaterMark, it will be buffered internally.
        assert not s1.write(big)
        # 'tiny' is small enough to pass through internal buffer.
        assert s2.write('tiny')

        # Write some small data in next IO loop, which will never be written to s3
        # Because 'drain' event is not emitted from s1 and s1 is still paused
        setImmediate(s1.write, 'later')
    run(main)

    # Assert after two IO loops when all operations have been done.
    # (process.on('exit'))
    assert passed, 'Large buffer is not handled properly by Writable Stream'
