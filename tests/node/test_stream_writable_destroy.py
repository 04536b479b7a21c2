"""Port of Node's test/parallel/test-stream-writable-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-destroy.js

The file as a whole needs Node > 20 only for its last two blocks
(``Symbol.asyncDispose`` and ``await using``, left out); the rest passes on
Node 20.
"""

from node_http_agent import process
from node_http_agent.abort import AbortController, AbortSignal
from node_http_agent.stream import Writable, addAbortSignal
from node_http_agent.timers import setImmediate


def write_ok(chunk, enc, cb):
    cb()


def test_destroy(common, run):
    def main():
        write = Writable({'write': write_ok})

        write.on('finish', common.mustNotCall())
        write.on('close', common.mustCall())

        write.destroy()
        assert write.destroyed is True
    run(main)


def test_destroy_in_write(common, run):
    def main():
        def _write(chunk, enc, cb):
            write.destroy(Exception('asd'))  # `this` is the stream
            cb()
        write = Writable({'write': _write})

        write.on('error', common.mustCall())
        write.on('finish', common.mustNotCall())
        write.end('asd')
        assert write.destroyed is True
    run(main)


def test_destroy_error(common, run):
    def main():
        write = Writable({'write': write_ok})

        expected = Exception('kaboom')

        write.on('finish', common.mustNotCall())
        write.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        write.on('error', common.mustCall(onerror))

        write.destroy(expected)
        assert write.destroyed is True
    run(main)


def test_custom_destroy_passes_error(common, run):
    def main():
        write = Writable({'write': write_ok})

        def _destroy(err, cb):
            assert err is expected
            cb(err)
        write._destroy = common.mustCall(_destroy)

        expected = Exception('kaboom')

        write.on('finish', common.mustNotCall('no finish event'))
        write.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        write.on('error', common.mustCall(onerror))

        write.destroy(expected)
        assert write.destroyed is True
    run(main)


def test_destroy_option_swallows_error(common, run):
    def main():
        def destroy(err, cb):
            assert err is expected
            cb()
        write = Writable({
            'write': write_ok,
            'destroy': common.mustCall(destroy),
        })

        expected = Exception('kaboom')

        write.on('finish', common.mustNotCall('no finish event'))
        write.on('close', common.mustCall())

        # Error is swallowed by the custom _destroy
        write.on('error', common.mustNotCall('no error event'))

        write.destroy(expected)
        assert write.destroyed is True
    run(main)


def test_custom_destroy_null_error(common, run):
    def main():
        write = Writable({'write': write_ok})

        def _destroy(err, cb):
            assert err is None
            cb()
        write._destroy = common.mustCall(_destroy)

        write.destroy()
        assert write.destroyed is True
    run(main)


def test_end_in_destroy(common, run):
    def main():
        write = Writable({'write': write_ok})

        def _destroy(err, cb):
            assert err is None

            def later():
                write.end()  # `this` is the stream
                cb()
            process.nextTick(later)
        write._destroy = common.mustCall(_destroy)

        fail = common.mustNotCall('no finish event')

        write.on('finish', fail)
        write.on('close', common.mustCall())

        write.destroy()

        assert write.destroyed is True
    run(main)


def test_destroy_cb_error(common, run):
    def main():
        write = Writable({'write': write_ok})

        expected = Exception('kaboom')

        def _destroy(err, cb):
            assert err is None
            cb(expected)
        write._destroy = common.mustCall(_destroy)

        write.on('close', common.mustCall())
        write.on('finish', common.mustNotCall('no finish event'))

        def onerror(err):
            assert err is expected
        write.on('error', common.mustCall(onerror))

        write.destroy()
        assert write.destroyed is True
    run(main)


def test_double_error(common, run):
    # double error case
    def main():
        write = Writable({'write': write_ok})

        ticked = False

        def onclose():
            assert ticked is True
        write.on('close', common.mustCall(onclose))

        def onerror(err):
            assert ticked is True
            assert str(err) == 'kaboom 1'
            assert write._writableState.errorEmitted is True
        write.on('error', common.mustCall(onerror))

        expected = Exception('kaboom 1')
        write.destroy(expected)
        write.destroy(Exception('kaboom 2'))
        assert write._writableState.errored is expected
        assert write._writableState.errorEmitted is False
        assert write.destroyed is True
        ticked = True
    run(main)


def test_destroy_again_before_callback(common, run):
    def main():
        writable = Writable({
            'destroy': common.mustCall(
                lambda err, cb: process.nextTick(cb, Exception('kaboom 1'))),
            'write': write_ok,
        })

        ticked = False

        def onclose():
            writable.on('error', common.mustNotCall())
            writable.destroy(Exception('hello'))
            assert ticked is True
            assert writable._writableState.errorEmitted is True
        writable.on('close', common.mustCall(onclose))

        def onerror(err):
            assert ticked is True
            assert str(err) == 'kaboom 1'
            assert writable._writableState.errorEmitted is True
        writable.on('error', common.mustCall(onerror))

        writable.destroy()
        assert writable.destroyed is True
        assert writable._writableState.errored is None
        assert writable._writableState.errorEmitted is False

        # Test case where `writable.destroy()` is called again with an error before
        # the `_destroy()` callback is called.
        writable.destroy(Exception('kaboom 2'))
        assert writable._writableState.errorEmitted is False
        assert writable._writableState.errored is None

        ticked = True
    run(main)


def test_destroyed_set_by_hand(common, run):
    def main():
        write = Writable({'write': write_ok})

        write.destroyed = True
        assert write.destroyed is True

        # The internal destroy() mechanism should not be triggered
        write.on('close', common.mustNotCall())
        write.destroy()
    run(main)


def test_destroyed_before_constructor(run):
    # Node's constructor function with Writable.prototype: a subclass whose
    # __init__ touches `destroyed` before Writable's constructor ran.
    class MyWritable(Writable):
        def __init__(self):
            assert self.destroyed is False
            self.destroyed = False
            Writable.__init__(self)

    def main():
        MyWritable()
    run(main)


def test_destroy_callback(common, run):
    # Destroy and destroy callback
    def main():
        write = Writable({'write': write_ok})

        write.destroy()

        expected = Exception('kaboom')

        def ondestroy(err=None):
            assert err is None  # undefined
        write.destroy(expected, common.mustCall(ondestroy))
    run(main)


def test_undestroy_calls_final_again(common, run):
    # Checks that `._undestroy()` restores the state so that `final` will be
    # called again.
    def main():
        write = Writable({
            'write': common.mustNotCall(),
            'final': common.mustCall(lambda cb: cb(), 2),
            'autoDestroy': True,
        })

        write.end()

        def onclose():
            write._undestroy()
            write.end()
        write.once('close', common.mustCall(onclose))
    run(main)


def test_write_after_destroy(common, run):
    def main():
        write = Writable()

        write.destroy()
        write.on('error', common.mustNotCall())
        write.write('asd', common.expectsError({
            'name': 'Error',
            'code': 'ERR_STREAM_DESTROYED',
            'message': 'Cannot call write after a stream was destroyed',
        }))
    run(main)


def test_corked_writes_destroyed(common, run):
    def main():
        write = Writable({'write': write_ok})

        write.on('error', common.mustNotCall())

        write.cork()
        write.write('asd', common.mustCall())
        write.uncork()

        write.cork()
        write.write('asd', common.expectsError({
            'name': 'Error',
            'code': 'ERR_STREAM_DESTROYED',
            'message': 'Cannot call write after a stream was destroyed',
        }))
        write.destroy()
        write.write('asd', common.expectsError({
            'name': 'Error',
            'code': 'ERR_STREAM_DESTROYED',
            'message': 'Cannot call write after a stream was destroyed',
        }))
        write.uncork()
    run(main)


def test_end_after_error_and_destroy(common, run):
    # Call end(cb) after error & destroy
    def main():
        write = Writable({'write': lambda chunk, enc, cb: cb(Exception('asd'))})

        def onerror(*args):
            write.destroy()
            ticked = False

            def onend(err):
                assert ticked is True
                assert err.code == 'ERR_STREAM_DESTROYED'
            write.end(common.mustCall(onend))
            ticked = True
        write.on('error', common.mustCall(onerror))
        write.write('asd')
    run(main)


def test_end_after_finish_and_destroy(common, run):
    # Call end(cb) after finish & destroy
    def main():
        write = Writable({'write': write_ok})

        def onfinish():
            write.destroy()
            ticked = False

            def onend(err):
                assert ticked is True
                assert err.code == 'ERR_STREAM_ALREADY_FINISHED'
            write.end(common.mustCall(onend))
            ticked = True
        write.on('finish', common.mustCall(onfinish))
        write.end()
    run(main)


def test_end_then_destroy_error(common, run):
    # Call end(cb) after error & destroy and don't trigger
    # unhandled exception.
    def main():
        write = Writable({'write': lambda chunk, enc, cb: process.nextTick(cb)})
        _err = Exception('asd')

        def onerror(err):
            assert str(err) == 'asd'
        write.once('error', common.mustCall(onerror))

        def onend(err):
            assert err is _err
        write.end('asd', common.mustCall(onend))
        write.destroy(_err)
    run(main)


def test_buffered_write_callback_error(common, run):
    # Call buffered write callback with error
    def main():
        _err = Exception('asd')
        write = Writable({
            'write': lambda chunk, enc, cb: process.nextTick(cb, _err),
            'autoDestroy': False,
        })
        write.cork()

        def check(err):
            assert err is _err
        write.write('asd', common.mustCall(check))
        write.write('asd', common.mustCall(check))
        write.on('error', common.mustCall(check))
        write.uncork()
    run(main)


def test_callback_order(common, run):
    # Ensure callback order.
    def main():
        state = 0

        # `setImmediate()` is used on purpose to ensure the callback is called
        # after `process.nextTick()` callbacks.
        write = Writable({'write': lambda chunk, enc, cb: setImmediate(cb)})

        def first(*args):
            nonlocal state
            assert state == 0
            state += 1
        write.write('asd', common.mustCall(first))

        def second(err):
            nonlocal state
            assert err.code == 'ERR_STREAM_DESTROYED'
            assert state == 1
            state += 1
        write.write('asd', common.mustCall(second))
        write.destroy()
    run(main)


def test_callback_twice(common, run):
    def main():
        def _write(chunk, enc, cb):
            cb()
            cb()
        write = Writable({
            'autoDestroy': False,
            'write': _write,
        })

        def onerror(*args):
            assert write._writableState.errored
        write.on('error', common.mustCall(onerror))
        write.write('asd')
    run(main)


def test_add_abort_signal(common, run):
    def main():
        ac = AbortController()
        write = addAbortSignal(ac.signal, Writable({'write': write_ok}))

        def onerror(e):
            assert e.name == 'AbortError'
            assert write.destroyed is True
        write.on('error', common.mustCall(onerror))
        write.write('asd')
        ac.abort()
    run(main)


def test_signal_option(common, run):
    def main():
        ac = AbortController()
        write = Writable({
            'signal': ac.signal,
            'write': write_ok,
        })

        def onerror(e):
            assert e.name == 'AbortError'
            assert write.destroyed is True
        write.on('error', common.mustCall(onerror))
        write.write('asd')
        ac.abort()
    run(main)


def test_signal_already_aborted(common, run):
    def main():
        signal = AbortSignal.abort()

        write = Writable({
            'signal': signal,
            'write': write_ok,
        })

        def onerror(e):
            assert e.name == 'AbortError'
            assert write.destroyed is True
        write.on('error', common.mustCall(onerror))
    run(main)


def test_destroy_twice(common, run):
    # Destroy twice
    def main():
        write = Writable({'write': write_ok})

        write.end(common.mustCall())
        write.destroy()
        write.destroy()
    run(main)


def test_destroy_with_pending_final(common, run):
    # https://github.com/nodejs/node/issues/39356
    def main():
        s = Writable({'final': lambda cb: None})
        _err = Exception('oh no')

        def check(err):
            assert err is _err
        # Remove `callback` and it works
        s.end(common.mustCall(check))
        s.on('error', common.mustCall(check))
        s.destroy(_err)
    run(main)
