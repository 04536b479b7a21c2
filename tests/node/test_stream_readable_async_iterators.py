"""Port of Node's test/parallel/test-stream-readable-async-iterators.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-async-iterators.js

One test per block. ``readable[Symbol.asyncIterator]()`` is ``aiter(readable)``
(``Readable.__aiter__(obj)`` when Node borrows the method for a v1 stream),
``it.next()`` is ``await it.next()`` (``{'value', 'done'}``), ``it.return()``
is ``it.return_()``. A promise Node creates without awaiting it at once
(``values.push(iter.next())``) is a task (``asyncio.ensure_future``). The
block reading a file through ``fs`` is left out (fs); the ``console.log``
lines are left out.
"""

import asyncio
import json

import pytest

from node_http_agent import http, process
from node_http_agent.stream import PassThrough, Readable, Stream, Transform, pipeline
from node_http_agent.timers import setImmediate, setTimeout


def noop(*args):
    pass


def task(awaitable):
    """A JS promise: started now, awaited later."""
    return asyncio.ensure_future(awaitable)


_spawned = set()


def spawn(awaitable):
    """A JS async function called without awaiting it: a rejection nobody handles
    fails the run, as Node's unhandled rejection fails the process."""
    future = asyncio.ensure_future(awaitable)
    _spawned.add(future)

    def settled(fut):
        _spawned.discard(fut)
        if not fut.cancelled() and fut.exception() is not None:
            fut.get_loop().call_exception_handler({
                'message': 'Unhandled rejection', 'exception': fut.exception(), 'future': fut})
    future.add_done_callback(settled)
    return future


def test_v1_stream(common, run):
    # v1 stream
    async def main():
        stream = Stream()
        stream.destroy = common.mustCall()

        def later():
            stream.emit('data', 'hello')
            stream.emit('data', 'world')
            stream.emit('end')
        process.nextTick(later)

        res = ''
        # stream[Symbol.asyncIterator] = Readable.prototype[Symbol.asyncIterator]
        async for d in Readable.__aiter__(stream):
            res += d
        assert res == 'helloworld'
    run(main)


def test_v1_stream_error(common, run):
    # v1 stream error
    async def main():
        stream = Stream()
        stream.close = common.mustCall()

        def later():
            stream.emit('data', 0)
            stream.emit('data', 1)
            stream.emit('error', Exception('asd'))
        process.nextTick(later)

        iter_ = Readable.__aiter__(stream)

        def oncatch(err):
            assert str(err) == 'asd'
        oncatch = common.mustCall(oncatch)
        try:
            await iter_.next()
            common.mustNotCall()()
        except Exception as err:
            oncatch(err)
    run(main)


def test_non_standard_cleanup(common, run):
    # Non standard stream cleanup
    async def main():
        readable = Readable({'autoDestroy': False, 'read': noop})
        readable.push('asd')
        readable.push('asd')
        readable.destroy = None
        readable.close = common.mustCall(lambda: readable.emit('close'))

        async def inner():
            async for d in readable:
                return
        await inner()
    run(main)


def test_next_then_for_await(run):
    async def main():
        readable = Readable({'objectMode': True, 'read': noop})
        readable.push(0)
        readable.push(1)
        readable.push(None)

        iter_ = aiter(readable)
        assert (await iter_.next())['value'] == 0
        async for d in iter_:
            assert d == 1
    run(main)


def test_read_without_for_await(common, run):
    # read without for..await
    async def main():
        max_ = 5
        readable = Readable({'objectMode': True, 'read': noop})

        iter_ = aiter(readable)
        assert iter_.stream is readable
        values = []
        for i in range(max_):
            values.append(task(iter_.next()))

        readable.push('hello-0')
        readable.push('hello-1')
        readable.push('hello-2')
        readable.push('hello-3')
        readable.push('hello-4')
        readable.push(None)

        async def check():
            values_ = await asyncio.gather(*values)

            def each(item, i):
                assert item['value'] == 'hello-' + str(i)
            each = common.mustCall(each, 5)
            for i, item in enumerate(values_):
                each(item, i)
        checked = task(check())

        last = await task(iter_.next())  # queued after the five above, as in JS
        assert last['done'] is True
        await checked
    run(main)


def test_read_without_for_await_deferred(common, run):
    # read without for..await deferred
    async def main():
        readable = Readable({'objectMode': True, 'read': noop})

        iter_ = aiter(readable)
        assert iter_.stream is readable
        values = []
        for i in range(3):
            values.append(task(iter_.next()))

        readable.push('hello-0')
        readable.push('hello-1')
        readable.push('hello-2')

        k = 0

        def each(item):
            nonlocal k
            assert item['value'] == 'hello-' + str(k)
            k += 1
        results1 = await asyncio.gather(*values)
        each1 = common.mustCall(each, 3)
        for item in results1:
            each1(item)

        values = []
        for i in range(2):
            values.append(task(iter_.next()))

        readable.push('hello-3')
        readable.push('hello-4')
        readable.push(None)

        results2 = await asyncio.gather(*values)
        each2 = common.mustCall(each, 2)
        for item in results2:
            each2(item)

        last = await iter_.next()
        assert last['done'] is True
    run(main)


def test_read_without_for_await_with_errors(common, run):
    # read without for..await with errors
    async def main():
        max_ = 3
        readable = Readable({'objectMode': True, 'read': noop})

        iter_ = aiter(readable)
        assert iter_.stream is readable
        values = []
        errors = []
        for i in range(max_):
            values.append(task(iter_.next()))
        for i in range(2):
            errors.append(task(iter_.next()))

        readable.push('hello-0')
        readable.push('hello-1')
        readable.push('hello-2')

        resolved = await asyncio.gather(*values)

        def each(item, i):
            assert item['value'] == 'hello-' + str(i)
        each = common.mustCall(each, max_)
        for i, item in enumerate(resolved):
            each(item, i)

        async def rejects():
            # assert.rejects(errors[0], { message: 'kaboom' }).then(common.mustCall())
            with pytest.raises(Exception) as info:
                await errors[0]
            assert str(info.value) == 'kaboom'
            common.mustCall()()

        async def resolves(promise, then):
            then(await promise)

        def then(result):
            assert result['done'] is True
            assert result['value'] is None
        pending = [task(rejects())]
        for promise in errors[1:]:
            pending.append(task(resolves(promise, common.mustCall(then))))

        readable.destroy(Exception('kaboom'))
        await asyncio.gather(*pending)
    run(main)


def test_next_after_error(run):
    # call next() after error
    async def main():
        readable = Readable({'read': noop})
        iterator = aiter(readable)

        err = Exception('kaboom')
        readable.destroy(err)
        with pytest.raises(Exception) as info:
            await iterator.next()
        assert info.value is err
    run(main)


def test_read_object_mode(run):
    # read object mode
    async def main():
        max_ = 42
        readed = 0
        received = 0

        def read(size):
            nonlocal readed
            readable.push('hello')
            readed += 1
            if readed == max_:
                readable.push(None)
        readable = Readable({'objectMode': True, 'read': read})

        async for k in readable:
            received += 1
            assert k == 'hello'

        assert readed == received
    run(main)


def test_destroy_sync(run):
    # destroy sync
    async def main():
        readable = Readable({
            'objectMode': True,
            'read': lambda size: readable.destroy(Exception('kaboom from read')),
        })

        err = None
        try:
            async for k in readable:
                pass
        except Exception as e:
            err = e
        assert str(err) == 'kaboom from read'
    run(main)


def test_destroy_async(run):
    # destroy async
    async def main():
        def read(size):
            if not getattr(readable, 'pushed', False):
                readable.push('hello')
                readable.pushed = True

                setImmediate(lambda: readable.destroy(Exception('kaboom')))
        readable = Readable({'objectMode': True, 'read': read})

        received = 0

        err = None
        try:
            async for k in readable:
                received += 1
        except Exception as e:
            err = e

        assert str(err) == 'kaboom'
        assert received == 1
    run(main)


def test_destroyed_by_throw(run):
    # destroyed by throw
    async def main():
        readable = Readable({'objectMode': True, 'read': lambda size: readable.push('hello')})

        err = None
        try:
            async for k in readable:
                assert k == 'hello'
                raise Exception('kaboom')
        except Exception as e:
            err = e

        assert str(err) == 'kaboom'
        assert readable.destroyed is True
    run(main)


def test_destroyed_sync_after_push(run):
    # destroyed sync after push
    async def main():
        def read(size):
            readable.push('hello')
            readable.destroy(Exception('kaboom'))
        readable = Readable({'objectMode': True, 'read': read})

        received = 0

        err = None
        try:
            async for k in readable:
                assert k == 'hello'
                received += 1
        except Exception as e:
            err = e

        assert str(err) == 'kaboom'
        assert received == 1
    run(main)


def test_destroyed_will_not_deadlock(common, run):
    # destroyed will not deadlock
    def main():
        readable = Readable()
        readable.destroy()

        async def later():
            readable.on('close', common.mustNotCall())
            received = 0
            err = None
            try:
                async for k in readable:
                    # Just make linting pass. This should never run.
                    assert k == 'hello'
                    received += 1
            except Exception as _err:
                err = _err
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
            assert received == 0
        # an async arrow function given to nextTick runs; a coroutine must be scheduled
        process.nextTick(common.mustCall(lambda: spawn(later())))
    run(main)


def test_push_async(run):
    # push async
    async def main():
        max_ = 42
        readed = 0
        received = 0

        def read(size):
            def later():
                nonlocal readed
                readable.push('hello')
                readed += 1
                if readed == max_:
                    readable.push(None)
            setImmediate(later)
        readable = Readable({'objectMode': True, 'read': read})

        async for k in readable:
            received += 1
            assert k == 'hello'

        assert readed == received
    run(main)


def test_push_binary_async(run):
    # push binary async
    async def main():
        max_ = 42
        readed = 0

        def read(size):
            def later():
                nonlocal readed
                readable.push('hello')
                readed += 1
                if readed == max_:
                    readable.push(None)
            setImmediate(later)
        readable = Readable({'read': read})

        expected = ''
        readable.setEncoding('utf8')
        readable.pause()

        def ondata(chunk):
            nonlocal expected
            expected += chunk
        readable.on('data', ondata)

        data = ''
        async for k in readable:
            data += k

        assert data == expected
    run(main)


def test_next_on_destroyed_stream(common, run):
    # .next() on destroyed stream
    async def main():
        readable = Readable({'read': noop})  # no-op

        readable.destroy()

        it = aiter(readable)

        def oncatch(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        oncatch = common.mustCall(oncatch)
        try:
            await it.next()
            common.mustNotCall()()
        except Exception as err:
            oncatch(err)
    run(main)


def test_next_on_pipelined_stream(common, run):
    # .next() on pipelined stream
    async def main():
        readable = Readable({'read': noop})  # no-op

        passthrough = PassThrough()
        err = Exception('kaboom')

        def done(e, *value):
            assert e is err
        pipeline(readable, passthrough, common.mustCall(done))
        readable.destroy(err)
        with pytest.raises(Exception) as info:
            await aiter(readable).next()
        assert info.value is err
    run(main)


def test_iterating_ended_stream_completes(run):
    # iterating on an ended stream completes
    async def main():
        def read(size):
            r.push('asdf')
            r.push('hehe')
            r.push(None)
        r = Readable({'objectMode': True, 'read': read})
        async for a in r:
            pass
        async for b in r:
            pass
    run(main)


def test_destroy_mid_stream(run):
    # destroy mid-stream errors
    async def main():
        def read(size):
            r.push('asdf')
            r.push('hehe')
        r = Readable({'objectMode': True, 'read': read})

        err = None
        try:
            async for a in r:
                r.destroy(None)
        except Exception as _err:
            err = _err
        assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
    run(main)


def test_transform_pushes_null(common, run):
    # readable side of a transform stream pushes null
    async def main():
        transform = Transform({
            'objectMode': True,
            'transform': lambda chunk, enc, cb: cb(None, chunk),
        })
        transform.push(0)
        transform.push(1)
        process.nextTick(lambda: transform.push(None))

        mustReach = [common.mustCall(), common.mustCall()]

        iter_ = aiter(transform)
        assert (await iter_.next())['value'] == 0

        async for d in iter_:
            assert d == 1
            mustReach[0]()
        mustReach[1]()
    run(main)


def test_next_promises_resolved_on_end(run):
    # all next promises must be resolved on end
    async def main():
        r = Readable({'objectMode': True, 'read': noop})

        b = aiter(r)
        c = task(b.next())
        d = task(b.next())
        r.push(None)
        assert await c == {'done': True, 'value': None}
        assert await d == {'done': True, 'value': None}
    run(main)


def test_next_promises_rejected_on_destroy(common, run):
    # all next promises must be rejected on destroy
    async def main():
        r = Readable({'objectMode': True, 'read': noop})

        b = aiter(r)
        c = task(b.next())
        d = task(b.next())
        r.destroy()

        def oncatch(err):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        oncatch = common.mustCall(oncatch)

        async def checkC():
            try:
                await c
                common.mustNotCall()()
            except Exception as err:
                oncatch(err)
        checked = task(checkC())
        assert await d == {'done': True, 'value': None}
        await checked
    run(main)


def test_next_promises_on_destroy_with_error(run):
    # all next promises must be resolved on destroy with error
    async def main():
        r = Readable({'objectMode': True, 'read': noop})

        b = aiter(r)
        c = task(b.next())
        d = task(b.next())
        err = Exception('kaboom')
        r.destroy(err)

        async def first():
            e = None
            try:
                await c
            except Exception as _e:
                e = _e
            assert e is err

        async def second():
            e = None
            x = None
            try:
                x = await d
            except Exception as _e:
                e = _e
            assert e is None
            assert x['done'] is True
            assert x['value'] is None
        await asyncio.gather(first(), second())
    run(main)


def test_destroy_callback_error(common, run):
    async def main():
        _err = Exception('asd')
        r = Readable({
            'read': noop,
            'destroy': lambda err, callback: setTimeout(lambda: callback(_err), 1),
        })

        r.destroy()
        it = aiter(r)

        def oncatch(err):
            assert err is _err
        oncatch = common.mustCall(oncatch)
        try:
            await it.next()
        except Exception as err:
            oncatch(err)
    run(main)


def test_no_destroy_without_auto_destroy(run):
    # Don't destroy if no auto destroy.
    # https://github.com/nodejs/node/issues/35116
    async def main():
        def read(size):
            r.push('asd')
            r.push(None)
        r = Readable({'autoDestroy': False, 'read': read})

        async for chunk in r:
            pass
        assert r.destroyed is False
    run(main)


def test_destroy_on_premature_break(run):
    # Destroy if no auto destroy and premature break.
    # https://github.com/nodejs/node/pull/35122/files#r485678318
    async def main():
        r = Readable({'autoDestroy': False, 'read': lambda size: r.push('asd')})

        async for chunk in r:
            break
        assert r.destroyed is True
    run(main)


def test_no_destroy_before_end(common, run):
    # Don't destroy before 'end'.
    async def main():
        def read(size):
            r.push('asd')
            r.push(None)

        def onend():
            assert r.destroyed is False
        r = Readable({'read': read}).on('end', common.mustCall(onend))

        async for chunk in r:
            pass
        assert r.destroyed is True
    run(main)


def test_return_with_destroy_without_callback(common, run):
    # AsyncIterator return should end even when destroy
    # does not implement the callback API.
    async def main():
        r = Readable({'objectMode': True, 'read': noop})

        originalDestroy = r.destroy
        r.destroy = lambda err=None, *args: originalDestroy(err)
        it = aiter(r)
        p = task(it.return_())
        r.push(None)
        common.mustCall()(await p)
    run(main)


def test_return_no_premature_close_error(common, run):
    # AsyncIterator return should not error with
    # premature close.
    async def main():
        r = Readable({'objectMode': True, 'read': noop})

        originalDestroy = r.destroy
        r.destroy = lambda err=None, *args: originalDestroy(err)
        it = aiter(r)
        p = task(it.return_())
        r.emit('close')
        common.mustCall()(await p)
    run(main)


def test_next_after_close(common, run):
    # AsyncIterator should not finish correctly if destroyed.
    def main():
        r = Readable({'objectMode': True, 'read': noop})

        r.destroy()

        def onclose():
            it = aiter(r)
            then = common.mustCall()

            # assert.rejects(next, {...}).then(common.mustCall())
            async def check():
                with pytest.raises(Exception) as info:
                    await it.next()
                assert info.value.code == 'ERR_STREAM_PREMATURE_CLOSE'
                then()
            spawn(check())
        r.on('close', common.mustCall(onclose))
    run(main)


# AsyncIterator non-destroying iterator

def createReadable():
    async def gen():
        await asyncio.sleep(0)
        yield 5
        await asyncio.sleep(0)
        yield 7
        await asyncio.sleep(0)
    return Readable.from_(gen())


def test_destroy_on_return_true(run):
    # Check explicit destroying on return
    async def main():
        readable = createReadable()
        async for chunk in readable.iterator({'destroyOnReturn': True}):
            assert chunk == 5
            break

        assert readable.destroyed
    run(main)


def test_destroy_on_return_false(run):
    # Check explicit non-destroy with return true
    async def main():
        readable = createReadable()
        opts = {'destroyOnReturn': False}
        async for chunk in readable.iterator(opts):
            assert chunk == 5
            break

        assert not readable.destroyed

        async for chunk in readable.iterator(opts):
            assert chunk == 7

        assert readable.destroyed
    run(main)


def test_iterator_non_object_options(common, run):
    # Check non-object options.
    def main():
        readable = createReadable()
        with pytest.raises(Exception) as info:
            readable.iterator(42)
        common.expectsError({
            'code': 'ERR_INVALID_ARG_TYPE',
            'name': 'TypeError',
            'message': 'The "options" argument must be of type object. Received '
                       'type number (42)',
        })(info.value)
    run(main)


def test_no_dangling_listeners(run):
    # Check for dangling listeners
    async def main():
        readable = createReadable()
        opts = {'destroyOnReturn': False}
        while readable.readable:
            async for chunk in readable.iterator(opts):
                break

        assert readable.eventNames() == []
    run(main)


def test_http_response_destroyed(common, run):
    def main():
        _req = None

        def onrequest(request, response):
            response.statusCode = 404
            response.write('never ends')
        server = http.createServer(onrequest)

        def onlisten():
            nonlocal _req

            async def onresponse(res):
                setTimeout(lambda: _req.destroy(Exception('something happened')), 100)

                res.on('error', common.mustCall())

                _err = None
                try:
                    async for chunk in res:
                        pass
                except Exception as err:
                    _err = err

                assert _err.code == 'ECONNRESET'
                server.close()
            _req = http.request(f"http://localhost:{server.address()['port']}") \
                .on('response', common.mustCall(onresponse)) \
                .on('error', common.mustCall())
            _req.end()
        server.listen(common.mustCall(onlisten))
    run(main)


def test_http_request_body(common, run):
    def main():
        async def getParsedBody(request):
            body = ''

            async for data in request:
                body += data.decode()  # string += Buffer

            try:
                return json.loads(body)
            except Exception:
                return {}

        str_ = json.dumps({'asd': True}, separators=(',', ':'))

        async def onrequest(request, response):
            body = await getParsedBody(request)
            response.statusCode = 200
            assert json.dumps(body, separators=(',', ':')) == str_
            response.end(json.dumps(body, separators=(',', ':')))

        def onlisten():
            async def onresponse(res):
                body = ''
                async for chunk in res:
                    body += chunk.decode()  # string += Buffer
                assert body == str_
                server.close()
            http \
                .request({
                    'method': 'POST',
                    'hostname': 'localhost',
                    'port': server.address()['port'],
                }) \
                .end(str_) \
                .on('response', common.mustCall(onresponse))
        server = http.createServer(common.mustCallAtLeast(onrequest)).listen(
            common.mustCall(onlisten))
    run(main)
