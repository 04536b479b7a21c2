"""Port of Node's test/parallel/test-stream-transform-callback-twice.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-callback-twice.js
"""

from node_http_agent.stream import Transform


def test_stream_transform_callback_twice(common, run):
    def main():
        def transform(chunk, enc, cb):
            cb()
            cb()
        stream = Transform({'transform': transform})

        stream.on('error', common.expectsError({
            'name': 'Error',
            'message': 'Callback called multiple times',
            'code': 'ERR_MULTIPLE_CALLBACK',
        }))

        stream.write('foo')
    run(main)
