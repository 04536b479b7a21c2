"""Port of Node's test/parallel/test-stream-finished.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-finished.js

Left out: the blocks on ``fs.createReadStream`` (fs), and the two that fake
``_writableState`` with a plain object or ``delete`` one of its fields (JS
object tricks). ``promisify(finished)`` is ``stream.promises.finished``, what
util.promisify returns for it in Node.
"""

import pytest

from node_http_agent import http, process
from node_http_agent.abort import AbortController, EventTarget
from node_http_agent.events import EventEmitter as EE
from node_http_agent.events import once
from node_http_agent.stream import (
    Duplex,
    PassThrough,
    Readable,
    Stream,
    Transform,
    Writable,
    finished,
)
from node_http_agent.stream.promises import finished as finishedPromise
from node_http_agent.timers import setImmediate, setTimeout


def noop(*args):
    pass


def empty():
    return
    yield  # (function* () {})()


def test_readable(common, run):
    def main():
        rs = Readable({'read': noop})

        finished(rs, common.mustSucceed())

        rs.push(None)
        rs.resume()
    run(main)


def test_writable(common, run):
    def main():
        ws = Writable({'write': lambda data, enc, cb: cb()})

        finished(ws, common.mustSucceed())

        ws.end()
    run(main)


def test_transform(common, run):
    def main():
        tr = Transform({'transform': lambda data, enc, cb: cb()})

        finish = False
        ended = False

        def onend():
            nonlocal ended
            ended = True
        tr.on('end', onend)

        def onfinish():
            nonlocal finish
            finish = True
        tr.on('finish', onfinish)

        def done():
            assert finish
            assert ended
        finished(tr, common.mustSucceed(done))

        tr.end()
        tr.resume()
    run(main)


def test_pre_cancelled(common, run):
    # Check pre-cancelled
    def main():
        signal = EventTarget()
        signal.aborted = True

        rs = Readable.from_(empty())

        def done(err):
            assert err.name == 'AbortError'
        finished(rs, {'signal': signal}, common.mustCall(done))
    run(main)


def test_cancelled_sync(common, run):
    # Check cancelled before the stream ends sync.
    def main():
        ac = AbortController()
        signal = ac.signal

        rs = Readable.from_(empty())

        def done(err):
            assert err.name == 'AbortError'
        finished(rs, {'signal': signal}, common.mustCall(done))

        ac.abort()
    run(main)


def test_cancelled_async(common, run):
    # Check cancelled before the stream ends async.
    def main():
        ac = AbortController()
        signal = ac.signal

        rs = Readable.from_(empty())
        setTimeout(lambda: ac.abort(), 1)

        def done(err):
            assert err.name == 'AbortError'
        finished(rs, {'signal': signal}, common.mustCall(done))
    run(main)


def test_cancelled_after(common, run):
    # Check cancelled after doesn't throw.
    def main():
        ac = AbortController()
        signal = ac.signal

        def gen():
            yield 5
            setImmediate(lambda: ac.abort())
        rs = Readable.from_(gen())
        rs.resume()
        finished(rs, {'signal': signal}, common.mustSucceed())
    run(main)


def test_promisified_abort(common, run):
    # Promisified abort works
    async def run_():
        ac = AbortController()
        signal = ac.signal
        rs = Readable.from_(empty())
        setImmediate(lambda: ac.abort())
        await finishedPromise(rs, {'signal': signal})

    async def main():
        # assert.rejects(run, { name: 'AbortError' }).then(common.mustCall())
        with pytest.raises(Exception) as info:
            await run_()
        assert info.value.name == 'AbortError'
        common.mustCall()()
    run(main)


def test_promisified_pre_aborted(common, run):
    # Promisified pre-aborted works
    async def run_():
        signal = EventTarget()
        signal.aborted = True
        rs = Readable.from_(empty())
        await finishedPromise(rs, {'signal': signal})

    async def main():
        with pytest.raises(Exception) as info:
            await run_()
        assert info.value.name == 'AbortError'
        common.mustCall()()
    run(main)


def test_close_after_eof(common, run):
    def main():
        rs = Readable()

        finished(rs, common.mustSucceed())

        rs.push(None)
        rs.emit('close')  # Should not trigger an error
        rs.resume()
    run(main)


def test_premature_close(common, run):
    def main():
        rs = Readable()

        def done(err=None):
            assert err, 'premature close error'
        finished(rs, common.mustCall(done))

        rs.emit('close')  # Should trigger error
        rs.push(None)
        rs.resume()
    run(main)


def test_faulty_arguments(common, run):
    # Test faulty input values and options.
    def main():
        rs = Readable({'read': noop})

        with pytest.raises(Exception) as info:
            finished(rs, 'foo')
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
        assert 'callback' in str(info.value)
        with pytest.raises(Exception) as info:
            finished(rs, 'foo', noop)
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
        assert 'options' in str(info.value)
        with pytest.raises(Exception) as info:
            finished(rs, {}, 'foo')
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
        assert 'callback' in str(info.value)

        finished(rs, None, common.mustCall())

        rs.push(None)
        rs.resume()
    run(main)


def test_cleanup_writable(common, run):
    # Test that calling returned function removes listeners
    def main():
        ws = Writable({'write': lambda data, env, cb: cb()})
        removeListener = finished(ws, common.mustNotCall())
        removeListener()
        ws.end()
    run(main)


def test_cleanup_readable(common, run):
    def main():
        rs = Readable()
        removeListeners = finished(rs, common.mustNotCall())
        removeListeners()

        rs.emit('close')
        rs.push(None)
        rs.resume()
    run(main)


def test_stream_like(common, run):
    def main():
        streamLike = EE()
        streamLike.readableEnded = True
        streamLike.readable = True
        with pytest.raises(Exception) as info:
            finished(streamLike, noop)
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
        streamLike.emit('close')
    run(main)


def test_writable_false_destroyed(common, run):
    def main():
        writable = Writable({'write': noop})
        writable.writable = False
        writable.destroy()

        def done(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        finished(writable, common.mustCall(done))
    run(main)


def test_readable_false_destroyed(common, run):
    def main():
        readable = Readable()
        readable.readable = False
        readable.destroy()

        def done(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        finished(readable, common.mustCall(done))
    run(main)


def test_destroy_while_writing(common, run):
    def main():
        w = Writable({'write': lambda chunk, encoding, callback: setImmediate(callback)})

        def done(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        finished(w, common.mustCall(done))
        w.end('asd')
        w.destroy()
    run(main)


def _testClosed(common, factory):
    def block1():
        # If already destroyed but finished is cancelled in same tick
        # don't invoke the callback,
        s = factory()
        s.destroy()
        dispose = finished(s, common.mustNotCall())
        dispose()

    def block2():
        # If already destroyed invoked callback.
        s = factory()
        s.destroy()
        finished(s, common.mustCall())

    def block3():
        # Don't invoke until destroy has completed.
        destroyed = False

        def destroy(err, cb):
            def later():
                nonlocal destroyed
                destroyed = True
                cb()
            setImmediate(later)
        s = factory({'destroy': destroy})
        s.destroy()

        def done(*args):
            assert destroyed is True
        finished(s, common.mustCall(done))

    def block4():
        # Invoke callback even if close is inhibited.
        def destroy(err, cb):
            cb()
            finished(s, common.mustCall())
        s = factory({
            'emitClose': False,
            'destroy': common.mustCall(destroy),
        })
        s.destroy()

    def block5():
        # Invoke with deep async.
        def destroy(err, cb):
            def later():
                cb()
                setImmediate(common.mustCall(lambda: finished(s, common.mustCall())))
            setImmediate(common.mustCall(later))
        s = factory({'destroy': common.mustCall(destroy)})
        s.destroy()

    for block in (block1, block2, block3, block4, block5):
        block()


def test_closed_readable(common, run):
    run(lambda: _testClosed(common, lambda opts=None: Readable({**(opts or {})})))


def test_closed_writable(common, run):
    run(lambda: _testClosed(common, lambda opts=None: Writable({'write': noop, **(opts or {})})))


def test_finished_after_finish_no_autodestroy(common, run):
    def main():
        w = Writable({
            'write': lambda chunk, encoding, cb: cb(),
            'autoDestroy': False,
        })
        w.end('asd')
        process.nextTick(lambda: finished(w, common.mustCall()))
    run(main)


def test_finished_after_error_no_autodestroy(common, run):
    def main():
        w = Writable({
            'write': lambda chunk, encoding, cb: cb(Exception()),
            'autoDestroy': False,
        })
        w.write('asd')
        w.on('error', common.mustCall(lambda err: finished(w, common.mustCall())))
    run(main)


def test_finished_after_end_no_autodestroy(common, run):
    def main():
        r = Readable({'autoDestroy': False})
        r.push(None)
        r.resume()
        r.on('end', common.mustCall(lambda: finished(r, common.mustCall())))
    run(main)


def test_destroy_after_data(common, run):
    def main():
        r = Readable()

        def done(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        finished(r, common.mustCall(done))
        r.push('asd')
        r.push(None)
        r.destroy()
    run(main)


def test_duplex_readable_only(common, run):
    def main():
        def read(size):
            d.push(None)
        d = Duplex({
            'final': lambda cb: None,  # Never close writable side for test purpose
            'read': read,
        })

        d.on('end', common.mustCall())

        finished(d, {'readable': True, 'writable': False}, common.mustCall())

        d.end()
        d.resume()
    run(main)


def test_duplex_readable_only_after_end(common, run):
    def main():
        def read(size):
            d.push(None)
        d = Duplex({
            'final': lambda cb: None,  # Never close writable side for test purpose
            'read': read,
        })

        d.on('end', common.mustCall())

        d.end()
        finished(d, {'readable': True, 'writable': False}, common.mustCall())

        d.resume()
    run(main)


def test_destroyed_without_close(common, run):
    # Test for compat for e.g. fd-slicer which implements
    # non standard destroy behavior which might not emit
    # 'close'.
    def main():
        r = Readable()
        finished(r, common.mustCall())
        r.resume()
        r.push('asd')
        r.destroyed = True
        r.push(None)
    run(main)


def test_regression_33130(common, run):
    # Regression https://github.com/nodejs/node/issues/33130
    class HelloWorld(Duplex):
        def __init__(self, response):
            super().__init__({'autoDestroy': False})

            self.response = response
            self.readMore = False

            response.once('end', lambda: self.push(None))

            def onreadable():
                if self.readMore:
                    self._read()
            response.on('readable', onreadable)

        def _read(self, size=None):
            response = self.response

            self.readMore = True

            if response.readableLength:
                self.readMore = False

            while (data := response.read()) is not None:
                self.push(data)

    async def main():
        response = PassThrough()

        instance = HelloWorld(response)
        instance.setEncoding('utf8')
        instance.end()

        async def test():
            await once(instance, 'finish')

            def later():
                response.write('chunk 1')
                response.write('chunk 2')
                response.write('chunk 3')
                response.end()
            setImmediate(later)

            res = ''
            async for data in instance:
                res += data

            assert res == 'chunk 1chunk 2chunk 3'
        await test()
        common.mustCall()()
    run(main)


def test_passthrough_ended(common, run):
    def main():
        p = PassThrough()
        p.end()
        finished(p, common.mustNotCall())
    run(main)


def test_passthrough_on_finish(common, run):
    def main():
        p = PassThrough()
        p.end()
        p.on('finish', common.mustCall(lambda: finished(p, common.mustNotCall())))
    run(main)


def test_server_response_close(common, run):
    def main():
        def onrequest(req, res):
            def onclose():
                finished(res, common.mustCall(lambda *args: server.close()))
            res.on('close', common.mustCall(onclose))
            res.end()

        def onlisten():
            http.request({
                'method': 'GET',
                'port': server.address()['port'],
            }).end() \
                .on('response', common.mustCall())
        server = http.createServer(common.mustCall(onrequest)) \
            .listen(0, common.mustCall(onlisten))
    run(main)


def test_server_request_destroy(common, run):
    def main():
        def onrequest(req, res):
            def onclose():
                finished(req, common.mustCall(lambda *args: server.close()))
            req.on('close', common.mustCall(onclose))
            req.destroy()

        def onlisten():
            http.request({
                'method': 'GET',
                'port': server.address()['port'],
            }).end().on('error', common.mustCall())
        server = http.createServer(common.mustCall(onrequest)).listen(0, common.mustCall(onlisten))
    run(main)


def test_aborted_event(common, run):
    def main():
        w = Writable({'write': lambda chunk, encoding, callback: process.nextTick(callback)})
        w.aborted = False
        w.end()
        closed = False

        def onfinish():
            assert closed is False
            w.emit('aborted')
        w.on('finish', common.mustCall(onfinish))

        def onclose():
            nonlocal closed
            closed = True
        w.on('close', common.mustCall(onclose))

        def done(*args):
            assert closed is True
        finished(w, common.mustCall(done))
    run(main)


def test_errored_twice(common, run):
    def main():
        w = Writable()
        _err = Exception()
        w.destroy(_err)
        assert w.errored is _err

        def done(err):
            assert _err is err
            assert w.closed is True

            def done2(err):
                assert _err is err
            finished(w, common.mustCall(done2))
        finished(w, common.mustCall(done))
    run(main)


def test_premature_close_twice(common, run):
    def main():
        w = Writable()
        w.destroy()
        assert w.errored is None

        def done(err):
            assert w.closed is True
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'

            def done2(err):
                assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
            finished(w, common.mustCall(done2))
        finished(w, common.mustCall(done))
    run(main)


def test_legacy_stream(common, run):
    # Legacy Streams do not inherit from Readable or Writable.
    # We cannot really assume anything about them, so we cannot close them
    # automatically.
    def main():
        s = Stream()
        finished(s, common.mustNotCall())
    run(main)


def test_duplex_pendingcb(common, run):
    def main():
        isCalled = False

        def write(chunk, enc, cb):
            def later():
                nonlocal isCalled
                isCalled = True
                cb()
            setImmediate(later)
        stream = Duplex({'write': write})

        stream.end('foo')

        def done(err=None):
            assert not err
            assert isCalled is True
            assert stream._writableState.pendingcb == 0
        finished(stream, {'readable': False}, common.mustCall(done))
    run(main)
