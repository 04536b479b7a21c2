"""Port of Node's test/parallel/test-stream-pipe-flow-after-unpipe.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-flow-after-unpipe.js
"""

from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def test_stream_pipe_flow_after_unpipe(common, run):
    # Tests that calling .unpipe() un-blocks a stream that is paused because
    # it is waiting on the writable side to finish a write().
    def main():
        rs = Readable({
            'highWaterMark': 1,
            # That this gets called at least 20 times is the real test here.
            'read': common.mustCallAtLeast(lambda size: rs.push('foo'), 20),
        })

        def write(chunk, encoding, cb):
            # Ignore the callback, this write() simply never finishes.
            setImmediate(lambda: rs.unpipe(ws))
        ws = Writable({
            'highWaterMark': 1,
            'write': common.mustCall(write),
        })

        chunks = 0

        def ondata(chunk):
            nonlocal chunks
            chunks += 1
            if chunks >= 20:
                rs.pause()  # Finish this test.
        rs.on('data', common.mustCallAtLeast(ondata))

        rs.pipe(ws)
    run(main)
