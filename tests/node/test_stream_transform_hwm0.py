"""Port of Node's test/parallel/test-stream-transform-hwm0.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-hwm0.js
"""

from node_http_agent import process
from node_http_agent.stream import Transform
from node_http_agent.timers import setImmediate


def test_stream_transform_hwm0(common, run):
    def main():
        t = Transform({
            'objectMode': True, 'highWaterMark': 0,
            'transform': lambda chunk, enc, callback:
                process.nextTick(lambda: callback(None, chunk, enc)),
        })

        assert t.write(1) is False

        def ondrain():
            assert t.write(2) is False
            t.end()
        t.on('drain', common.mustCall(ondrain))

        def onreadable():
            assert t.read() == 1

            def later():
                assert t.read() is None

                def onreadable2():
                    assert t.read() == 2
                t.once('readable', common.mustCall(onreadable2))
            setImmediate(common.mustCall(later))
        t.once('readable', common.mustCall(onreadable))
    run(main)
