"""Port of Node's test/parallel/test-stream-pipe-manual-resume.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-manual-resume.js
"""

from node_http_agent import stream
from node_http_agent.timers import setImmediate


def test_stream_pipe_manual_resume(common, run):
    def test(throwCodeInbetween):
        # Check that a pipe does not stall if .read() is called unexpectedly
        # (i.e. the stream is not resumed by the pipe).

        n = 1000
        counter = n

        def read(size):
            nonlocal counter
            counter -= 1
            if counter >= 0:
                rs.push({'counter': counter})
            else:
                rs.push(None)
        rs = stream.Readable({
            'objectMode': True,
            'read': common.mustCallAtLeast(read, n),
        })

        ws = stream.Writable({
            'objectMode': True,
            'write': common.mustCall(lambda data, enc, cb: setImmediate(cb), n),
        })

        setImmediate(lambda: throwCodeInbetween(rs, ws))

        rs.pipe(ws)

    def main():
        test(lambda rs, ws: rs.read())
        test(lambda rs, ws: rs.resume())
        test(lambda rs, ws: 0)
    run(main)
