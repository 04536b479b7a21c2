"""Port of Node's test/parallel/test-stream-writable-null.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-null.js
"""

import pytest

from node_http_agent import stream


def ifError(err=None):
    """assert.ifError: fail on a non-null value."""
    if err is not None:
        raise err


class MyWritable(stream.Writable):
    def __init__(self, options=None):
        super().__init__({'autoDestroy': False, **(options or {})})

    def _write(self, chunk, encoding, callback):
        assert chunk is not None
        callback()


def test_null_object_mode(common, run):
    def main():
        m = MyWritable({'objectMode': True})
        m.on('error', common.mustNotCall())
        with pytest.raises(Exception) as info:
            m.write(None)
        common.expectsError({'code': 'ERR_STREAM_NULL_VALUES'})(info.value)
    run(main)


def test_false_byte_mode(common, run):
    def main():
        m = MyWritable()
        m.on('error', common.mustNotCall())
        with pytest.raises(Exception) as info:
            m.write(False)
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
    run(main)


def test_false_object_mode(run):
    # Should not throw.
    def main():
        m = MyWritable({'objectMode': True})
        m.write(False, ifError)
    run(main)


def test_false_object_mode_error_listener(common, run):
    # Should not throw.
    def main():
        m = MyWritable({'objectMode': True}).on('error', common.mustNotCall())
        m.write(False, ifError)
    run(main)
