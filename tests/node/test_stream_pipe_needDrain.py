"""Port of Node's test/parallel/test-stream-pipe-needDrain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-needDrain.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def test_stream_pipe_needDrain(common, run):
    # Pipe should pause temporarily if writable needs drain.
    def main():
        w = Writable({
            'write': lambda buf, encoding, callback: process.nextTick(callback),
            'highWaterMark': 1,
        })

        while w.write('asd'):
            pass

        assert w.writableNeedDrain is True

        def read(size):
            r.push('asd')
            r.push(None)
        r = Readable({'read': read})

        r.on('pause', common.mustCall(2))
        r.on('end', common.mustCall())

        r.pipe(w)
    run(main)
