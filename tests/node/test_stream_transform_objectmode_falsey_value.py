"""Port of Node's test/parallel/test-stream-transform-objectmode-falsey-value.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-objectmode-falsey-value.js
"""

from node_http_agent import stream
from node_http_agent.timers import clearInterval, setInterval

PassThrough = stream.PassThrough


def test_stream_transform_objectmode_falsey_value(common, run):
    def main():
        src = PassThrough({'objectMode': True})
        tx = PassThrough({'objectMode': True})
        dest = PassThrough({'objectMode': True})

        expect = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        results = []

        dest.on('data', common.mustCall(lambda x: results.append(x), len(expect)))

        src.pipe(tx).pipe(dest)

        i = -1

        def tick():
            nonlocal i
            if len(results) == len(expect):
                src.end()
                clearInterval(int_)
                assert results == expect
            else:
                src.write(i)
                i += 1
        int_ = setInterval(common.mustCall(tick, len(expect) + 1), 1)
    run(main)
