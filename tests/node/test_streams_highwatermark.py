"""Port of Node's test/parallel/test-streams-highwatermark.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-streams-highwatermark.js
"""

import math

import pytest

from node_http_agent import stream
from node_http_agent.util import inspect
from node_http_agent.validators import MAX_SAFE_INTEGER


def test_hwm_range_and_invalid_values(common, run):
    # This test ensures that the stream implementation correctly handles values
    # for highWaterMark which exceed the range of signed 32 bit integers and
    # rejects invalid values.
    def main():
        # This number exceeds the range of 32 bit integer arithmetic but should still
        # be handled correctly.
        ovfl = MAX_SAFE_INTEGER

        readable = stream.Readable({'highWaterMark': ovfl})
        assert readable._readableState.highWaterMark == ovfl

        writable = stream.Writable({'highWaterMark': ovfl})
        assert writable._writableState.highWaterMark == ovfl

        for invalidHwm in [True, False, '5', {}, -5, math.nan]:
            for type_ in [stream.Readable, stream.Writable]:
                with pytest.raises(Exception) as info:
                    type_({'highWaterMark': invalidHwm})
                common.expectsError({
                    'name': 'TypeError',
                    'code': 'ERR_INVALID_ARG_VALUE',
                    'message': "The property 'options.highWaterMark' is invalid. "
                               f'Received {inspect(invalidHwm)}',
                })(info.value)
    run(main)


def test_push_hwm_zero(run):
    # This test ensures that the push method's implementation
    # correctly handles the edge case where the highWaterMark and
    # the state.length are both zero
    def main():
        readable = stream.Readable({'highWaterMark': 0})

        for i in range(3):
            needMoreData = readable.push()
            assert needMoreData is True
    run(main)


def test_read0_hwm_zero(common, run):
    # This test ensures that the read(n) method's implementation
    # correctly handles the edge case where the highWaterMark, state.length
    # and n are all zero
    def main():
        readable = stream.Readable({'highWaterMark': 0})

        readable._read = common.mustCall()
        readable.read(0)
    run(main)


def test_parse_size(common, run):
    # Parse size as decimal integer
    def main():
        for size in ['1', '1.0', 1]:
            readable = stream.Readable({
                'read': common.mustCall(),
                'highWaterMark': 0,
            })
            readable.read(size)

            assert readable._readableState.highWaterMark == float(size)  # Number(size)
    run(main)


def test_hwm_limit(common, run):
    # Test highwatermark limit
    def main():
        hwm = 0x40000000 + 1
        readable = stream.Readable({'read': lambda size: None})

        with pytest.raises(Exception) as info:
            readable.read(hwm)
        common.expectsError({
            'code': 'ERR_OUT_OF_RANGE',
            'message': 'The value of "size" is out of range.'
                       ' It must be <= 1GiB. Received ' +
                       str(hwm),
        })(info.value)
    run(main)


def test_pipe_to_hwm_zero(common, run):
    def main():
        res = []
        r = stream.Readable({'read': lambda size: None})

        def write(chunk, encoding, callback):
            res.append(chunk.decode())
            callback()
        w = stream.Writable({
            'highWaterMark': 0,
            'write': write,
        })

        r.pipe(w)
        r.push('a')
        r.push('b')
        r.push('c')
        r.push(None)

        def onend():
            assert res == ['a', 'b', 'c']
        r.on('end', common.mustCall(onend))
    run(main)
