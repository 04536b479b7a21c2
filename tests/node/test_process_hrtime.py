"""Port of Node's test/parallel/test-process-hrtime.js and test-process-hrtime-bigint.js
(the V8 fast-API parts have no twin).

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-process-hrtime.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-process-hrtime-bigint.js
"""

import pytest

from node_http_agent import process


def validateTuple(tuple_):
    assert isinstance(tuple_, list)
    assert len(tuple_) == 2
    assert isinstance(tuple_[0], int)
    assert isinstance(tuple_[1], int)


def test_process_hrtime():
    tuple_ = process.hrtime()
    validateTuple(tuple_)
    validateTuple(process.hrtime(tuple_))

    with pytest.raises(TypeError) as info:
        process.hrtime(1)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert str(info.value) == ('The "time" argument must be an instance of Array. '
                               'Received type number (1)')
    for value, length in [([], 0), ([1], 1), ([1, 2, 3], 3)]:
        with pytest.raises(ValueError) as rinfo:
            process.hrtime(value)
        assert rinfo.value.code == 'ERR_OUT_OF_RANGE'
        assert str(rinfo.value) == ('The value of "time" is out of range. It must be 2. '
                                    f'Received {length}')

    diff = process.hrtime([0, 1e9 - 1])
    assert diff[1] >= 0  # https://github.com/nodejs/node/issues/4751


def test_process_hrtime_bigint():
    start = process.hrtime.bigint()
    assert isinstance(start, int)
    end = process.hrtime.bigint()
    assert isinstance(end, int)
    assert end - start >= 0
