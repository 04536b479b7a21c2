"""Port of Node's test/parallel/test-stream-readable-hwm-0.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-hwm-0.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_stream_readable_hwm_0(common, run):
    # This test ensures that Readable stream will call _read() for streams
    # with highWaterMark === 0 upon .read(0) instead of just trying to
    # emit 'readable' event.
    pushedNull = False

    def main():
        r = Readable({
            # Must be called only once upon setting 'readable' listener
            'read': common.mustCall(),
            'highWaterMark': 0,
        })

        # This will trigger read(0) but must only be called after push(null)
        # because the we haven't pushed any data
        def onreadable():
            assert r.read() is None
            assert pushedNull is True
        r.on('readable', common.mustCall(onreadable))
        r.on('end', common.mustCall())

        def tick():
            nonlocal pushedNull
            assert r.read() is None
            pushedNull = True
            r.push(None)
        process.nextTick(tick)
    run(main)
