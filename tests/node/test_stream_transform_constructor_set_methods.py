"""Port of Node's test/parallel/test-stream-transform-constructor-set-methods.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-constructor-set-methods.js
"""

import pytest

from node_http_agent.stream import Transform


def test_stream_transform_constructor_set_methods(common, run):
    def main():
        t = Transform()

        with pytest.raises(Exception) as info:
            t.end(b'blerg')
        common.expectsError({
            'name': 'Error',
            'code': 'ERR_METHOD_NOT_IMPLEMENTED',
            'message': 'The _transform() method is not implemented',
        })(info.value)

        _transform = common.mustCall(lambda chunk, _, next: next())

        _final = common.mustCall(lambda next: next())

        _flush = common.mustCall(lambda next: next())

        t2 = Transform({
            'transform': _transform,
            'flush': _flush,
            'final': _final,
        })

        assert t2._transform is _transform
        assert t2._flush is _flush
        assert t2._final is _final

        t2.end(b'blerg')
        t2.resume()
    run(main)
