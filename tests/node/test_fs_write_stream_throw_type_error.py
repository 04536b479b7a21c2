"""Port of Node's test/parallel/test-fs-write-stream-throw-type-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream-throw-type-error.js
"""

import pytest

from node_http_agent import fs


def test_throw_type_error(common, run, tmp_path):
    example = str(tmp_path / 'dummy')

    def main():
        fs.createWriteStream(example, None).end()
        fs.createWriteStream(example, 'utf8').end()
        fs.createWriteStream(example, {'encoding': 'utf8'}).end()

        def createWriteStreamErr(path, opt):
            with pytest.raises(TypeError) as info:
                fs.createWriteStream(path, opt)
            assert info.value.code == 'ERR_INVALID_ARG_TYPE'
            assert info.value.name == 'TypeError'
        createWriteStreamErr = common.mustCall(createWriteStreamErr, 4)

        createWriteStreamErr(example, 123)
        createWriteStreamErr(example, 0)
        createWriteStreamErr(example, True)
        createWriteStreamErr(example, False)
    run(main)
