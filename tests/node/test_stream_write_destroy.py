"""Port of Node's test/parallel/test-stream-write-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-write-destroy.js
"""

import pytest

from node_http_agent.stream import Writable

# Test interaction between calling .destroy() on a writable and pending
# writes.


@pytest.mark.parametrize('useEnd', [False, True])
@pytest.mark.parametrize('withPendingData', [False, True])
def test_stream_write_destroy(run, withPendingData, useEnd):
    def main():
        callbacks = []

        w = Writable({
            'write': lambda data, enc, cb: callbacks.append(cb),
            # Effectively disable the HWM to observe 'drain' events more easily.
            'highWaterMark': 1,
        })

        chunksWritten = 0
        drains = 0

        def ondrain():
            nonlocal drains
            drains += 1
        w.on('drain', ondrain)

        def onWrite(err=None):
            nonlocal chunksWritten
            if err:
                assert w.destroyed is True
                assert err.code == 'ERR_STREAM_DESTROYED'
            else:
                chunksWritten += 1

        w.write('abc', onWrite)
        assert chunksWritten == 0
        assert drains == 0
        callbacks.pop(0)()
        assert chunksWritten == 1
        assert drains == 1

        if withPendingData:
            # Test 2 cases: There either is or is not data still in the write queue.
            # (The second write will never actually get executed either way.)
            w.write('def', onWrite)
        if useEnd:
            # Again, test 2 cases: Either we indicate that we want to end the
            # writable or not.
            w.end('ghi', onWrite)
        else:
            w.write('ghi', onWrite)

        assert chunksWritten == 1
        w.destroy()
        assert chunksWritten == 1
        callbacks.pop(0)()
        assert chunksWritten == (1 if useEnd and not withPendingData else 2)
        assert len(callbacks) == 0
        assert drains == 1
    run(main)
