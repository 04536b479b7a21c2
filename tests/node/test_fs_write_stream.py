"""Port of Node's test/parallel/test-fs-write-stream.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream.js
The first block patches ``fs.close``; here the streams' file operations are
``stream._fs`` (Node's ``stream[kFs]``), patched on the one stream.
"""

import os

import pytest

from node_http_agent import fs


def test_destroy_closes_opened_fd(common, run, tmp_path):
    file = str(tmp_path / 'write.txt')

    def main():
        stream = fs.WriteStream(file)
        ops = stream._fs

        class Patched:
            def __getattr__(self, name):
                return getattr(ops, name)

            @staticmethod
            def close(fd, cb):
                assert fd, 'fs.close must not be called without an undefined fd.'
                os.close(fd)
                cb(None)
        stream._fs = Patched()
        stream._fs.close = common.mustCall(Patched.close)
        stream.destroy()
    run(main)


def test_no_drain_before_write(run, tmp_path):
    file = str(tmp_path / 'write.txt')

    def main():
        stream = fs.createWriteStream(file)

        def ondrain():
            raise AssertionError("'drain' event must not be emitted before "
                                 'stream.write() has been called at least once.')
        stream.on('drain', ondrain)
        stream.destroy()
    run(main)


def test_write_number_throws(common, run, tmp_path):
    file = str(tmp_path / 'write.txt')

    def main():
        stream = fs.createWriteStream(file)
        stream.on('error', common.mustNotCall())
        with pytest.raises(TypeError) as info:
            stream.write(42)
        assert info.value.code == 'ERR_INVALID_ARG_TYPE'
        stream.destroy()
    run(main)
