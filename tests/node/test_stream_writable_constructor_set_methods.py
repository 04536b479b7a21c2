"""Port of Node's test/parallel/test-stream-writable-constructor-set-methods.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-constructor-set-methods.js
"""

import pytest

from node_http_agent.stream import Writable


def test_stream_writable_constructor_set_methods(common, run):
    def main():
        bufferBlerg = b'blerg'
        w = Writable()

        with pytest.raises(Exception) as info:
            w.end(bufferBlerg)
        common.expectsError({
            'name': 'Error',
            'code': 'ERR_METHOD_NOT_IMPLEMENTED',
            'message': 'The _write() method is not implemented',
        })(info.value)

        _write = common.mustCall(lambda chunk, _, next: next())

        def _writev(chunks, next):
            assert len(chunks) == 2
            next()
        _writev = common.mustCall(_writev)

        w2 = Writable({'write': _write, 'writev': _writev})

        assert w2._write is _write
        assert w2._writev is _writev

        w2.write(bufferBlerg)

        w2.cork()
        w2.write(bufferBlerg)
        w2.write(bufferBlerg)

        w2.end()
    run(main)
