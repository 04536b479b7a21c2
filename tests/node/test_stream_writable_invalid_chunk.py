"""Port of Node's test/parallel/test-stream-writable-invalid-chunk.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-invalid-chunk.js
"""

import pytest

from node_http_agent import stream


def test_stream_writable_invalid_chunk(common, run):
    def testWriteType(val, objectMode, code=None):
        writable = stream.Writable({
            'objectMode': objectMode,
            'write': lambda chunk, encoding, cb: None,
        })
        writable.on('error', common.mustNotCall())
        if code:
            with pytest.raises(Exception) as info:
                writable.write(val)
            common.expectsError({'code': code})(info.value)
        else:
            writable.write(val)

    def main():
        testWriteType([], False, 'ERR_INVALID_ARG_TYPE')
        testWriteType({}, False, 'ERR_INVALID_ARG_TYPE')
        testWriteType(0, False, 'ERR_INVALID_ARG_TYPE')
        testWriteType(True, False, 'ERR_INVALID_ARG_TYPE')
        testWriteType(0.0, False, 'ERR_INVALID_ARG_TYPE')
        # testWriteType(undefined, ...) left out: undefined and null are both None
        testWriteType(None, False, 'ERR_STREAM_NULL_VALUES')

        testWriteType([], True)
        testWriteType({}, True)
        testWriteType(0, True)
        testWriteType(True, True)
        testWriteType(0.0, True)
        # testWriteType(undefined, true) left out: undefined and null are both None
        testWriteType(None, True, 'ERR_STREAM_NULL_VALUES')
    run(main)
