"""Port of Node's test/parallel/test-stream-duplex-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-destroy.js

The file as a whole needs Node > 20 only for its last two blocks
(``Symbol.asyncDispose`` and ``await using``, left out); the rest passes on
Node 20.
"""

from node_http_agent import process
from node_http_agent.abort import AbortController
from node_http_agent.stream import Duplex


def noop(*args):
    pass


def options(**extra):
    return {'write': lambda chunk, enc, cb: cb(), 'read': noop, **extra}


def test_destroy(common, run):
    def main():
        duplex = Duplex(options())

        duplex.resume()

        duplex.on('end', common.mustNotCall())
        duplex.on('finish', common.mustNotCall())
        duplex.on('close', common.mustCall())

        duplex.destroy()
        assert duplex.destroyed is True
    run(main)


def test_destroy_error(common, run):
    def main():
        duplex = Duplex(options())
        duplex.resume()

        expected = Exception('kaboom')

        duplex.on('end', common.mustNotCall())
        duplex.on('finish', common.mustNotCall())

        def onerror(err):
            assert err is expected
        duplex.on('error', common.mustCall(onerror))

        duplex.destroy(expected)
        assert duplex.destroyed is True
    run(main)


def test_custom_destroy_passes_error(common, run):
    def main():
        duplex = Duplex(options())

        def _destroy(err, cb):
            assert err is expected
            cb(err)
        duplex._destroy = common.mustCall(_destroy)

        expected = Exception('kaboom')

        duplex.on('finish', common.mustNotCall('no finish event'))

        def onerror(err):
            assert err is expected
        duplex.on('error', common.mustCall(onerror))

        duplex.destroy(expected)
        assert duplex.destroyed is True
    run(main)


def test_destroy_option_swallows_error(common, run):
    def main():
        expected = Exception('kaboom')

        def destroy(err, cb):
            assert err is expected
            cb()
        duplex = Duplex(options(destroy=common.mustCall(destroy)))
        duplex.resume()

        duplex.on('end', common.mustNotCall('no end event'))
        duplex.on('finish', common.mustNotCall('no finish event'))

        # Error is swallowed by the custom _destroy
        duplex.on('error', common.mustNotCall('no error event'))
        duplex.on('close', common.mustCall())

        duplex.destroy(expected)
        assert duplex.destroyed is True
    run(main)


def test_custom_destroy_null_error(common, run):
    def main():
        duplex = Duplex(options())

        def _destroy(err, cb):
            assert err is None
            cb()
        duplex._destroy = common.mustCall(_destroy)

        duplex.destroy()
        assert duplex.destroyed is True
    run(main)


def test_end_in_destroy(common, run):
    def main():
        duplex = Duplex(options())
        duplex.resume()

        def _destroy(err, cb):
            assert err is None

            def later():
                duplex.push(None)  # `this` is the stream
                duplex.end()
                cb()
            process.nextTick(later)
        duplex._destroy = common.mustCall(_destroy)

        fail = common.mustNotCall('no finish or end event')

        duplex.on('finish', fail)
        duplex.on('end', fail)

        duplex.destroy()

        duplex.removeListener('end', fail)
        duplex.removeListener('finish', fail)
        duplex.on('end', common.mustNotCall())
        duplex.on('finish', common.mustNotCall())
        assert duplex.destroyed is True
    run(main)


def test_destroy_cb_error(common, run):
    def main():
        duplex = Duplex(options())

        expected = Exception('kaboom')

        def _destroy(err, cb):
            assert err is None
            cb(expected)
        duplex._destroy = common.mustCall(_destroy)

        duplex.on('finish', common.mustNotCall('no finish event'))
        duplex.on('end', common.mustNotCall('no end event'))

        def onerror(err):
            assert err is expected
        duplex.on('error', common.mustCall(onerror))

        duplex.destroy()
        assert duplex.destroyed is True
    run(main)


def test_destroy_half_open(common, run):
    def main():
        duplex = Duplex(options(allowHalfOpen=True))
        duplex.resume()

        duplex.on('finish', common.mustNotCall())
        duplex.on('end', common.mustNotCall())

        duplex.destroy()
        assert duplex.destroyed is True
    run(main)


def test_destroyed_set_by_hand(common, run):
    def main():
        duplex = Duplex(options())

        duplex.destroyed = True
        assert duplex.destroyed is True

        # The internal destroy() mechanism should not be triggered
        duplex.on('finish', common.mustNotCall())
        duplex.on('end', common.mustNotCall())
        duplex.destroy()
    run(main)


def test_destroyed_before_constructor(run):
    # Node's constructor function with Duplex.prototype: a subclass whose
    # __init__ touches `destroyed` before Duplex's constructor ran.
    class MyDuplex(Duplex):
        def __init__(self):
            assert self.destroyed is False
            self.destroyed = False
            Duplex.__init__(self)

    def main():
        MyDuplex()
    run(main)


def test_autodestroy_not_writable(common, run):
    def main():
        duplex = Duplex(options(writable=False, autoDestroy=True))
        duplex.push(None)
        duplex.resume()
        duplex.on('close', common.mustCall())
    run(main)


def test_autodestroy_not_readable(common, run):
    def main():
        duplex = Duplex(options(readable=False, autoDestroy=True))
        duplex.end()
        duplex.on('close', common.mustCall())
    run(main)


def test_autodestroy_end_next_tick(common, run):
    def main():
        duplex = Duplex(options(allowHalfOpen=False, autoDestroy=True))
        duplex.push(None)
        duplex.resume()
        orgEnd = duplex.end
        duplex.end = common.mustNotCall()

        def onend():
            # Ensure end() is called in next tick to allow
            # any pending writes to be invoked first.
            def later():
                duplex.end = common.mustCall(orgEnd)
            process.nextTick(later)
        duplex.on('end', onend)
        duplex.on('close', common.mustCall())
    run(main)


def test_abort_signal(common, run):
    # Check abort signal
    def main():
        controller = AbortController()
        signal = controller.signal
        duplex = Duplex(options(signal=signal))
        count = 0

        def onerror(e):
            nonlocal count
            assert count == 0  # Ensure not called twice
            count += 1
            assert e.name == 'AbortError'
        duplex.on('error', common.mustCall(onerror))
        duplex.on('close', common.mustCall())
        controller.abort()
    run(main)


def test_corked_write_destroyed(common, run):
    def main():
        duplex = Duplex(options())

        duplex.cork()

        def onwrite(err):
            assert err.code == 'ERR_STREAM_DESTROYED'
        duplex.write('foo', common.mustCall(onwrite))
        duplex.destroy()
    run(main)
