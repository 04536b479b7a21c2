"""Port of Node's test/parallel/test-stream-backpressure.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-backpressure.js
"""

from node_http_agent import stream
from node_http_agent.timers import setImmediate


def test_stream_backpressure(common, run):
    pushes = 0
    total = 65500 + 40 * 1024

    def main():
        def read(size):
            nonlocal pushes
            pushes += 1
            if pushes - 1 == 10:
                rs.push(None)
                return

            length = rs._readableState.length

            # We are at most doing two full runs of _reads
            # before stopping, because Readable is greedy
            # to keep its buffer full
            assert length <= total

            rs.push(bytes(65500))
            for i in range(40):
                rs.push(bytes(1024))

            # We will be over highWaterMark at this point
            # but a new call to _read is scheduled anyway.
        rs = stream.Readable({'read': common.mustCall(read, 11)})

        ws = stream.Writable({
            'write': common.mustCall(lambda data, enc, cb: setImmediate(cb), 41 * 10),
        })

        rs.pipe(ws)
    run(main)
