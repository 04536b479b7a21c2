"""Port of Node's test/parallel/test-stream-writable-write-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-write-error.js

The ``_write`` key in Node's options object is not an option Writable reads
(it is kept as given).
"""

import pytest

from node_http_agent.stream import Writable


def expectError(common, w, args, code, sync=False):
    if sync:
        if code:
            with pytest.raises(Exception) as info:
                w.write(*args)
            common.expectsError({'code': code})(info.value)
        else:
            w.write(*args)
    else:
        errorCalled = False
        ticked = False

        def onwrite(err):
            assert ticked is True
            assert errorCalled is False
            assert err.code == code
        w.write(*args, common.mustCall(onwrite))
        ticked = True

        def onerror(err):
            nonlocal errorCalled
            errorCalled = True
            assert err.code == code
        w.on('error', common.mustCall(onerror))


@pytest.mark.parametrize('autoDestroy', [False, True])
def test_stream_writable_write_error(common, run, autoDestroy):
    def main():
        w = Writable({
            'autoDestroy': autoDestroy,
            '_write': lambda *args: None,
        })
        w.end()
        expectError(common, w, ['asd'], 'ERR_STREAM_WRITE_AFTER_END')

        w = Writable({
            'autoDestroy': autoDestroy,
            '_write': lambda *args: None,
        })
        w.destroy()

        w = Writable({
            'autoDestroy': autoDestroy,
            '_write': lambda *args: None,
        })
        expectError(common, w, [None], 'ERR_STREAM_NULL_VALUES', True)

        w = Writable({
            'autoDestroy': autoDestroy,
            '_write': lambda *args: None,
        })
        expectError(common, w, [{}], 'ERR_INVALID_ARG_TYPE', True)

        w = Writable({
            'decodeStrings': False,
            'autoDestroy': autoDestroy,
            '_write': lambda *args: None,
        })
        expectError(common, w, ['asd', 'noencoding'], 'ERR_UNKNOWN_ENCODING', True)
    run(main)
