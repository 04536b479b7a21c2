"""Port of Node's test/parallel/test-stream-writable-write-cb-twice.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-write-cb-twice.js
"""

from node_http_agent import process
from node_http_agent.stream import Writable


def test_sync_sync(common, run):
    # Sync + Sync
    def main():
        def write(buf, enc, cb):
            cb()
            cb()
        writable = Writable({'write': common.mustCall(write)})
        writable.write('hi')
        writable.on('error', common.expectsError({
            'code': 'ERR_MULTIPLE_CALLBACK',
            'name': 'Error',
        }))
    run(main)


def test_sync_async(common, run):
    # Sync + Async
    def main():
        def write(buf, enc, cb):
            cb()
            process.nextTick(lambda: cb())
        writable = Writable({'write': common.mustCall(write)})
        writable.write('hi')
        writable.on('error', common.expectsError({
            'code': 'ERR_MULTIPLE_CALLBACK',
            'name': 'Error',
        }))
    run(main)


def test_async_async(common, run):
    # Async + Async
    def main():
        def write(buf, enc, cb):
            process.nextTick(cb)
            process.nextTick(lambda: cb())
        writable = Writable({'write': common.mustCall(write)})
        writable.write('hi')
        writable.on('error', common.expectsError({
            'code': 'ERR_MULTIPLE_CALLBACK',
            'name': 'Error',
        }))
    run(main)
