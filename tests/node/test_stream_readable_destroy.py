"""Port of Node's test/parallel/test-stream-readable-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-destroy.js
"""

from node_http_agent import process
from node_http_agent.abort import AbortController
from node_http_agent.stream import Readable, addAbortSignal
from node_http_agent.timers import setTimeout


def noop(*args):
    pass


def test_destroy(common, run):
    def main():
        read = Readable({'read': noop})
        read.resume()

        read.on('close', common.mustCall())

        read.destroy()
        assert read.errored is None
        assert read.destroyed is True
    run(main)


def test_destroy_error(common, run):
    def main():
        read = Readable({'read': noop})
        read.resume()

        expected = Exception('kaboom')

        read.on('end', common.mustNotCall('no end event'))
        read.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        read.on('error', common.mustCall(onerror))

        read.destroy(expected)
        assert read.errored is expected
        assert read.destroyed is True
    run(main)


def test_destroy_custom_destroy_passes_error(common, run):
    def main():
        read = Readable({'read': noop})

        def _destroy(err, cb):
            assert err is expected
            cb(err)
        read._destroy = common.mustCall(_destroy)

        expected = Exception('kaboom')

        read.on('end', common.mustNotCall('no end event'))
        read.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        read.on('error', common.mustCall(onerror))

        read.destroy(expected)
        assert read.destroyed is True
    run(main)


def test_destroy_option_swallows_error(common, run):
    def main():
        def destroy(err, cb):
            assert err is expected
            cb()
        read = Readable({
            'read': noop,
            'destroy': common.mustCall(destroy),
        })

        expected = Exception('kaboom')

        read.on('end', common.mustNotCall('no end event'))

        # Error is swallowed by the custom _destroy
        read.on('error', common.mustNotCall('no error event'))
        read.on('close', common.mustCall())

        read.destroy(expected)
        assert read.destroyed is True
    run(main)


def test_destroy_custom_destroy_null_error(common, run):
    def main():
        read = Readable({'read': noop})

        def _destroy(err, cb):
            assert err is None
            cb()
        read._destroy = common.mustCall(_destroy)

        read.destroy()
        assert read.destroyed is True
    run(main)


def test_destroy_push_null_in_destroy(common, run):
    def main():
        read = Readable({'read': noop})
        read.resume()

        def _destroy(err, cb):
            assert err is None

            def later():
                read.push(None)  # `this` is the stream
                cb()
            process.nextTick(later)
        read._destroy = common.mustCall(_destroy)

        fail = common.mustNotCall('no end event')

        read.on('end', fail)
        read.on('close', common.mustCall())

        read.destroy()

        read.removeListener('end', fail)
        read.on('end', common.mustNotCall())
        assert read.destroyed is True
    run(main)


def test_destroy_cb_error(common, run):
    def main():
        read = Readable({'read': noop})

        expected = Exception('kaboom')

        def _destroy(err, cb):
            assert err is None
            cb(expected)
        read._destroy = common.mustCall(_destroy)

        ticked = False
        read.on('end', common.mustNotCall('no end event'))

        def onerror(err):
            assert ticked is True
            assert read._readableState.errorEmitted is True
            assert read._readableState.errored is expected
            assert err is expected
        read.on('error', common.mustCall(onerror))

        read.destroy()
        assert read._readableState.errorEmitted is False
        assert read._readableState.errored is expected
        assert read.destroyed is True
        ticked = True
    run(main)


def test_destroyed_set_by_hand(common, run):
    def main():
        read = Readable({'read': noop})
        read.resume()

        read.destroyed = True
        assert read.destroyed is True

        # The internal destroy() mechanism should not be triggered
        read.on('end', common.mustNotCall())
        read.destroy()
    run(main)


def test_destroyed_before_constructor(run):
    # Node's constructor function with Readable.prototype: a subclass whose
    # __init__ touches `destroyed` before Readable's constructor ran.
    class MyReadable(Readable):
        def __init__(self):
            assert self.destroyed is False
            self.destroyed = False
            Readable.__init__(self)

    def main():
        MyReadable()
    run(main)


def test_destroy_callback(common, run):
    # Destroy and destroy callback
    def main():
        read = Readable({'read': noop})
        read.resume()

        expected = Exception('kaboom')

        ticked = False

        def onclose():
            assert read._readableState.errorEmitted is True
            assert ticked is True
        read.on('close', common.mustCall(onclose))

        def onerror(err):
            assert err is expected
        read.on('error', common.mustCall(onerror))

        assert read._readableState.errored is None
        assert read._readableState.errorEmitted is False

        def ondestroy(err):
            assert read._readableState.errored is expected
            assert err is expected
        read.destroy(expected, common.mustCall(ondestroy))
        assert read._readableState.errorEmitted is False
        assert read._readableState.errored is expected
        ticked = True
    run(main)


def test_destroy_again_before_callback(common, run):
    def main():
        readable = Readable({
            'destroy': common.mustCall(
                lambda err, cb: process.nextTick(cb, Exception('kaboom 1'))),
            'read': noop,
        })

        ticked = False

        def onclose():
            assert ticked is True
            assert readable._readableState.errorEmitted is True
        readable.on('close', common.mustCall(onclose))

        def onerror(err):
            assert ticked is True
            assert str(err) == 'kaboom 1'
            assert readable._readableState.errorEmitted is True
        readable.on('error', common.mustCall(onerror))

        readable.destroy()
        assert readable.destroyed is True
        assert readable._readableState.errored is None
        assert readable._readableState.errorEmitted is False

        # Test case where `readable.destroy()` is called again with an error before
        # the `_destroy()` callback is called.
        readable.destroy(Exception('kaboom 2'))
        assert readable._readableState.errorEmitted is False
        assert readable._readableState.errored is None

        ticked = True
    run(main)


def test_push_after_destroy(common, run):
    def main():
        read = Readable({'read': noop})

        read.destroy()
        read.push('hi')
        read.on('data', common.mustNotCall())
    run(main)


def test_read_after_destroy(common, run):
    def main():
        read = Readable({'read': common.mustNotCall()})
        read.destroy()
        assert read.destroyed is True
        read.read()
    run(main)


def test_push_after_eof_errors(common, run):
    def main():
        def _read(size):
            read.push(None)
            read.push('asd')
        read = Readable({
            'autoDestroy': False,
            'read': _read,
        })

        def onerror(*args):
            assert read._readableState.errored
        read.on('error', common.mustCall(onerror))
        read.resume()
    run(main)


def test_add_abort_signal(common, run):
    def main():
        controller = AbortController()
        read = addAbortSignal(controller.signal, Readable({
            'read': lambda size: read.push('asd'),
        }))

        def onerror(e):
            assert e.name == 'AbortError'
        read.on('error', common.mustCall(onerror))
        controller.abort()
        read.on('data', common.mustNotCall())
    run(main)


def test_signal_option(common, run):
    def main():
        controller = AbortController()
        read = Readable({
            'signal': controller.signal,
            'read': lambda size: read.push('asd'),
        })

        def onerror(e):
            assert e.name == 'AbortError'
        read.on('error', common.mustCall(onerror))
        controller.abort()
        read.on('data', common.mustNotCall())
    run(main)


def test_add_abort_signal_async_iterator(common, run):
    async def main():
        controller = AbortController()
        read = addAbortSignal(controller.signal, Readable({
            'objectMode': True,
            'read': lambda size: False,
        }))
        read.push('asd')

        def onerror(e):
            assert e.name == 'AbortError'
        read.on('error', common.mustCall(onerror))

        async def iterate():
            async for chunk in read:
                pass

        setTimeout(lambda: controller.abort(), 0)
        # assert.rejects(..., /AbortError/).then(common.mustCall())
        try:
            await iterate()
        except Exception as err:
            assert 'AbortError' in f'{err.name}: {err}'
        else:
            raise AssertionError('Missing expected rejection (AbortError)')
        common.mustCall()()
    run(main)


def test_push_read_in_error_and_close(common, run):
    def main():
        read = Readable({'read': noop})

        read.on('data', common.mustNotCall())

        def onerror(e):
            read.push('asd')
            read.read()
        read.on('error', common.mustCall(onerror))

        def onclose(*e):
            read.push('asd')
            read.read()
        read.on('close', common.mustCall(onclose))
        read.destroy(Exception('asd'))
    run(main)


def test_push_read_in_close(common, run):
    def main():
        read = Readable({'read': noop})

        read.on('data', common.mustNotCall())

        def onclose(*e):
            read.push('asd')
            read.read()
        read.on('close', common.mustCall(onclose))
        read.destroy()
    run(main)


def test_push_unshift_in_close(common, run):
    def main():
        read = Readable({'read': noop})

        read.on('data', common.mustNotCall())

        def onclose(*e):
            read.push('asd')
            read.unshift('asd')
        read.on('close', common.mustCall(onclose))
        read.destroy()
    run(main)


def test_unshift_after_destroy(common, run):
    def main():
        read = Readable({'read': noop})

        read.on('data', common.mustNotCall())
        read.destroy()
        read.unshift('asd')
    run(main)


def test_push_in_close_flowing(common, run):
    def main():
        read = Readable({'read': noop})

        read.resume()
        read.on('data', common.mustNotCall())

        def onclose(*e):
            read.push('asd')
        read.on('close', common.mustCall(onclose))
        read.destroy()
    run(main)


def test_push_after_destroy_data_listener(common, run):
    def main():
        read = Readable({'read': noop})

        read.on('data', common.mustNotCall())
        read.destroy()
        read.push('asd')
    run(main)
