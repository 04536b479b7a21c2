"""Port of Node's test/parallel/test-stream-writable-write-cb-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-write-cb-error.js
"""

from node_http_agent import process
from node_http_agent.stream import Writable

# Ensure callback is always invoked before
# error is emitted. Regardless if error was
# sync or async.


def test_sync_error(common, run):
    def main():
        callbackCalled = False
        # Sync Error
        writable = Writable({
            'write': common.mustCall(lambda buf, enc, cb: cb(Exception())),
        })

        def onerror(err):
            assert callbackCalled is True
        writable.on('error', common.mustCall(onerror))

        def onwrite(*args):
            nonlocal callbackCalled
            callbackCalled = True
        writable.write('hi', common.mustCall(onwrite))
    run(main)


def test_async_error(common, run):
    def main():
        callbackCalled = False
        # Async Error
        writable = Writable({
            'write': common.mustCall(lambda buf, enc, cb: process.nextTick(cb, Exception())),
        })

        def onerror(err):
            assert callbackCalled is True
        writable.on('error', common.mustCall(onerror))

        def onwrite(*args):
            nonlocal callbackCalled
            callbackCalled = True
        writable.write('hi', common.mustCall(onwrite))
    run(main)


def test_no_live_lock(common, run):
    def main():
        # Sync Error
        writable = Writable({
            'write': common.mustCall(lambda buf, enc, cb: cb(Exception())),
        })

        writable.on('error', common.mustCall())

        cnt = 0
        # Ensure we don't live lock on sync error
        while writable.write('a'):
            cnt += 1

        assert cnt == 0
    run(main)
