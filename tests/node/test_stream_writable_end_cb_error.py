"""Port of Node's test/parallel/test-stream-writable-end-cb-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-end-cb-error.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setImmediate


def test_end_callback_on_failure(common, run):
    # Invoke end callback on failure.
    def main():
        writable = stream.Writable()

        _err = Exception('kaboom')
        writable._write = lambda chunk, encoding, cb: process.nextTick(cb, _err)

        def check(err):
            assert err is _err
        writable.on('error', common.mustCall(check))
        writable.write('asd')
        writable.end(common.mustCall(check))
        writable.end(common.mustCall(check))
    run(main)


def test_end_callback_once(common, run):
    # Don't invoke end callback twice
    def main():
        writable = stream.Writable()

        writable._write = lambda chunk, encoding, cb: process.nextTick(cb)

        called = False

        def onend(err):
            nonlocal called
            called = True
            assert err is None
        writable.end('asd', common.mustCall(onend))

        def onerror(err):
            assert str(err) == 'kaboom'
        writable.on('error', common.mustCall(onerror))

        def onfinish():
            assert called is True
            writable.emit('error', Exception('kaboom'))
        writable.on('finish', common.mustCall(onfinish))
    run(main)


def test_end_after_end(common, run):
    def main():
        w = stream.Writable({
            'write': lambda chunk, encoding, callback: setImmediate(callback),
            'finish': lambda callback: setImmediate(callback),
        })

        def check(err):
            assert err.code == 'ERR_STREAM_WRITE_AFTER_END'
        w.end('testing ended state', common.mustCall(check))
        assert w.destroyed is False
        assert w.writableEnded is True
        w.end(common.mustCall(check))
        assert w.destroyed is False
        assert w.writableEnded is True
        w.end('end', common.mustCall(check))
        assert w.destroyed is True
        w.on('error', common.mustCall(check))
        w.on('finish', common.mustNotCall())
    run(main)
