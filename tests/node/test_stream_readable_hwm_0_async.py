"""Port of Node's test/parallel/test-stream-readable-hwm-0-async.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-hwm-0-async.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_stream_readable_hwm_0_async(common, run):
    # This test ensures that Readable stream will continue to call _read
    # for streams with highWaterMark === 0 once the stream returns data
    # by calling push() asynchronously.
    count = 5

    def main():
        def read(size):
            def later():
                nonlocal count
                if count:
                    count -= 1
                    r.push('a')
                else:
                    count -= 1
                    r.push(None)
            process.nextTick(common.mustCall(later))

        r = Readable({
            # Called 6 times: First 5 return data, last one signals end of stream.
            'read': common.mustCall(read, 6),
            'highWaterMark': 0,
        })

        r.on('end', common.mustCall())
        r.on('data', common.mustCall(5))
    run(main)
