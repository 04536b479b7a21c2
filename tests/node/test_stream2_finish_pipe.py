"""Port of Node's test/parallel/test-stream2-finish-pipe.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-finish-pipe.js
"""

from node_http_agent import process, stream


def test_stream2_finish_pipe(run):
    def main():
        r = stream.Readable()
        r._read = lambda size: r.push(bytes(size))

        w = stream.Writable()
        w._write = lambda data, encoding, cb: process.nextTick(cb, None)

        r.pipe(w)

        # end() must be called in nextTick or a WRITE_AFTER_END error occurs.
        # This might sound unrealistic, but it happens in net.js. When
        # socket.allowHalfOpen === false, EOF will cause .destroySoon() call which
        # ends the writable side of net.Socket.
        process.nextTick(lambda: w.end())
    run(main)
