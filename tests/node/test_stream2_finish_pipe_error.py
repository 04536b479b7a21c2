"""Port of Node's test/parallel/test-stream2-finish-pipe-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-finish-pipe-error.js

``process.on('uncaughtException', fn)``: the port calls ``fn`` with the error
``run()`` raises (an uncaught error ends the run).
"""

from node_http_agent import stream


def test_stream2_finish_pipe_error(common, run):
    uncaughtException = common.mustCall()

    def main():
        r = stream.Readable()
        r._read = lambda size: r.push(bytes(size))

        w = stream.Writable()
        w._write = lambda data, encoding, cb: cb(None)

        r.pipe(w)

        # end() after pipe should cause unhandled exception
        w.end()
    try:
        run(main)
    except Exception as err:
        uncaughtException(err)
