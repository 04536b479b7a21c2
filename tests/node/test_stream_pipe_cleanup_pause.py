"""Port of Node's test/parallel/test-stream-pipe-cleanup-pause.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-cleanup-pause.js
"""

from node_http_agent import stream
from node_http_agent.timers import setImmediate


def test_stream_pipe_cleanup_pause(common, run):
    def main():
        reader = stream.Readable()
        writer1 = stream.Writable()
        writer2 = stream.Writable()

        # 560000 is chosen here because it is larger than the (default) highWaterMark
        # and will cause `.write()` to return false
        # See: https://github.com/nodejs/node/issues/2323
        buffer = bytes(560000)

        reader._read = lambda size: None

        def write1(chunk, encoding, cb):
            writer1.emit('chunk-received')
            cb()
        writer1._write = common.mustCall(write1, 1)

        def onchunk():
            reader.unpipe(writer1)
            reader.pipe(writer2)
            reader.push(buffer)

            def later():
                reader.push(buffer)
                setImmediate(lambda: reader.push(buffer))
            setImmediate(later)
        writer1.once('chunk-received', onchunk)

        writer2._write = common.mustCall(lambda chunk, encoding, cb: cb(), 3)

        reader.pipe(writer1)
        reader.push(buffer)
    run(main)
