"""Port of Node's test/parallel/test-fs-read-stream-throw-type-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream-throw-type-error.js
"""

import math

import pytest

from node_http_agent import fs

typeError = {'code': 'ERR_INVALID_ARG_TYPE', 'name': 'TypeError'}
rangeError = {'code': 'ERR_OUT_OF_RANGE', 'name': 'RangeError'}
NOT_SAFE_INTEGER = 2 ** 53


def check(error, path, opt):
    with pytest.raises(TypeError if error is typeError else ValueError) as info:
        fs.createReadStream(path, opt)
    assert info.value.code == error['code']
    assert info.value.name == error['name']


def test_throw_type_error(run, tmp_path):
    example = tmp_path / 'x.txt'
    example.write_bytes(b'xyz\n')
    example = str(example)

    def main():
        fs.createReadStream(example, None)
        fs.createReadStream(example, 'utf8')
        fs.createReadStream(example, {'encoding': 'utf8'})

        for opts in [123, 0, True, False]:
            check(typeError, example, opts)

        for opts in [{}, {'start': 0}, {'end': math.inf}]:
            fs.createReadStream(example, opts)

        for opts in [{'start': 'invalid'}, {'end': 'invalid'},
                     {'start': 'invalid', 'end': 'invalid'}]:
            check(typeError, example, opts)

        for opts in [{'start': math.nan}, {'end': math.nan}, {'start': math.nan, 'end': math.nan}]:
            check(rangeError, example, opts)

        for opts in [{'start': -1}, {'end': -1}, {'start': -1, 'end': -1}]:
            check(rangeError, example, opts)

        for opts in [{'start': 0.1}, {'end': 0.1}, {'start': 0.1, 'end': 0.1}]:
            check(rangeError, example, opts)

        fs.createReadStream(example, {'start': 1, 'end': 5})

        check(rangeError, example, {'start': 5, 'end': 1})

        for opts in [{'start': NOT_SAFE_INTEGER, 'end': math.inf},
                     {'start': 0, 'end': NOT_SAFE_INTEGER}]:
            check(rangeError, example, opts)
    run(main)
