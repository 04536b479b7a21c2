"""Port of Node's test/parallel/test-stream-construct.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-construct.js
"""

from node_http_agent import process
from node_http_agent.stream import Duplex, Readable, Writable
from node_http_agent.timers import setImmediate


def expectsPlainError(common, message):
    """``common.expectsError({name: 'Error', message})`` for a user's ``new Error()``:
    JS's plain Error is Python's plain Exception."""
    def check(err):
        assert type(err) is Exception, f'{err!r}: name is not Error'
        assert str(err) == message
    return common.mustCall(check)


def test_stream_construct_errors(common, run):
    def twice(callback):
        callback()
        callback()

    def main():
        # Multiple callback.
        Writable({
            'construct': common.mustCall(twice),
        }).on('error', common.expectsError({
            'name': 'Error',
            'code': 'ERR_MULTIPLE_CALLBACK',
        }))

        # Multiple callback.
        Readable({
            'construct': common.mustCall(twice),
        }).on('error', common.expectsError({
            'name': 'Error',
            'code': 'ERR_MULTIPLE_CALLBACK',
        }))

        # Synchronous error.
        Writable({
            'construct': common.mustCall(lambda callback: callback(Exception('test'))),
        }).on('error', expectsPlainError(common, 'test'))

        # Synchronous error.
        Readable({
            'construct': common.mustCall(lambda callback: callback(Exception('test'))),
        }).on('error', expectsPlainError(common, 'test'))

        # Asynchronous error.
        Writable({
            'construct': common.mustCall(
                lambda callback: process.nextTick(callback, Exception('test'))),
        }).on('error', expectsPlainError(common, 'test'))

        # Asynchronous error.
        Readable({
            'construct': common.mustCall(
                lambda callback: process.nextTick(callback, Exception('test'))),
        }).on('error', expectsPlainError(common, 'test'))
    run(main)


def _testDestroy(common, factory):
    def block1():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)
        s = factory({'construct': common.mustCall(construct)})

        def onclose():
            assert constructed is True
        s.on('close', common.mustCall(onclose))
        s.destroy()

    def block2():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)
        s = factory({'construct': common.mustCall(construct)})

        def onclose():
            assert constructed is True
        s.on('close', common.mustCall(onclose))

        def ondestroy(*args):
            assert constructed is True
        s.destroy(None, common.mustCall(ondestroy))

    def block3():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)
        s = factory({'construct': common.mustCall(construct)})

        def onclose():
            assert constructed is True
        s.on('close', common.mustCall(onclose))
        s.destroy()

    def block4():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)
        s = factory({'construct': common.mustCall(construct)})

        def onclose():
            assert constructed is True
        s.on('close', common.mustCall(onclose))

        def onerror(err):
            assert str(err) == 'kaboom'
        s.on('error', common.mustCall(onerror))

        def ondestroy(err):
            assert str(err) == 'kaboom'
            assert constructed is True
        s.destroy(Exception('kaboom'), common.mustCall(ondestroy))

    def block5():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)
        s = factory({'construct': common.mustCall(construct)})

        def onerror(err):
            assert constructed is True
        s.on('error', common.mustCall(onerror))

        def onclose():
            assert constructed is True
        s.on('close', common.mustCall(onclose))
        s.destroy(Exception())

    for block in (block1, block2, block3, block4, block5):
        block()


def test_stream_construct_destroy_readable(common, run):
    def main():
        _testDestroy(common, lambda opts: Readable({
            'read': common.mustNotCall(),
            **opts,
        }))
    run(main)


def test_stream_construct_destroy_writable(common, run):
    def main():
        _testDestroy(common, lambda opts: Writable({
            'write': common.mustNotCall(),
            'final': common.mustNotCall(),
            **opts,
        }))
    run(main)


def test_stream_construct_readable_autodestroy(common, run):
    def main():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)

        def read(size):
            assert constructed is True
            r.push(None)
        r = Readable({
            'autoDestroy': True,
            'construct': common.mustCall(construct),
            'read': common.mustCall(read),
        })

        def onclose():
            assert constructed is True
        r.on('close', common.mustCall(onclose))
        r.on('data', common.mustNotCall())
    run(main)


def test_stream_construct_writable_autodestroy(common, run):
    def main():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)

        def write(chunk, encoding, cb):
            assert constructed is True
            process.nextTick(cb)

        def final(cb):
            assert constructed is True
            process.nextTick(cb)
        w = Writable({
            'autoDestroy': True,
            'construct': common.mustCall(construct),
            'write': common.mustCall(write),
            'final': common.mustCall(final),
        })

        def onclose():
            assert constructed is True
        w.on('close', common.mustCall(onclose))
        w.end('data')
    run(main)


def test_stream_construct_writable_autodestroy_no_write(common, run):
    def main():
        constructed = False

        def construct(cb):
            nonlocal constructed
            constructed = True
            process.nextTick(cb)

        def final(cb):
            assert constructed is True
            process.nextTick(cb)
        w = Writable({
            'autoDestroy': True,
            'construct': common.mustCall(construct),
            'write': common.mustNotCall(),
            'final': common.mustCall(final),
        })

        def onclose():
            assert constructed is True
        w.on('close', common.mustCall(onclose))
        w.end()
    run(main)


def test_stream_construct_duplex(common, run):
    def main():
        Duplex({'construct': common.mustCall()})
    run(main)


def test_stream_construct_duplex_readable_false(common, run):
    # https://github.com/nodejs/node/issues/34448
    def main():
        constructed = False

        def construct(callback):
            def later():
                nonlocal constructed
                constructed = True
                callback()
            setImmediate(common.mustCall(later))

        def read(size):
            d.push(None)
        d = Duplex({
            'readable': False,
            'construct': common.mustCall(construct),
            'write': lambda chunk, encoding, callback: callback(),
            'read': read,
        })
        d.resume()
        d.end('foo')

        def onclose():
            assert constructed is True
        d.on('close', common.mustCall(onclose))
    run(main)


def test_stream_construct_no_read(common, run):
    # Construct should not cause stream to read.
    def main():
        Readable({
            'construct': common.mustCall(lambda callback: callback()),
            'read': common.mustNotCall(),
        })
    run(main)
