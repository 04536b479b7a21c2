"""Port of Node's test/parallel/test-stream-transform-flush-data.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-flush-data.js
"""

from node_http_agent.stream import Transform


def test_stream_transform_flush_data(common, run):
    expected = 'asdf'

    def _transform(d, e, n):
        n()

    def _flush(n):
        n(None, expected)

    def main():
        t = Transform({
            'transform': _transform,
            'flush': _flush,
        })

        t.end(b'blerg')

        def ondata(data):
            assert data.decode() == expected
        t.on('data', common.mustCall(ondata))
    run(main)
