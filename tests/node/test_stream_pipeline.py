"""Port of Node's test/parallel/test-stream-pipeline.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline.js

One test per top-level block, named after what it checks. Left out: the block
piping ``fs`` streams (fs) and the two blocks for nodejs/node#51540 (src and
dst both closed when the callback runs: a Node 22 fix, they fail on Node 20).
``promisify(pipeline)`` is ``stream.promises.pipeline`` (what util.promisify
gives for it in Node); ``await Promise.resolve()`` is ``await
asyncio.sleep(0)``; a function stage receives Node's arguments
(``{signal}`` for the first, ``(source, {signal})`` for the others);
``assert.deepStrictEqual(err, new Error('kaboom'))`` is ``isError(err, 'kaboom')``.
"""

import asyncio

import pytest

from node_http_agent import http, net, process
from node_http_agent.abort import AbortController, AbortSignal
from node_http_agent.errors import AbortError
from node_http_agent.stream import (
    Duplex,
    PassThrough,
    Readable,
    Stream,
    Transform,
    Writable,
    addAbortSignal,
    pipeline,
)
from node_http_agent.stream.promises import pipeline as pipelinep
from node_http_agent.timers import setImmediate, setTimeout

pipelinePromise = pipelinep  # promisify(pipeline)


def noop(*args):
    pass


def isError(err, message):
    """deepStrictEqual(err, new Error(message)): a plain Error with that message."""
    return type(err) is Exception and str(err) == message


def codeOf(err):
    return repr(err)  # String(err) has '[CODE]' for Node errors: what /CODE/ matches


def test_basic(common, run):
    def main():
        finished = False
        processed = []
        expected = [
            b'a',
            b'b',
            b'c',
        ]

        read = Readable({'read': noop})

        def write_(data, enc, cb):
            processed.append(data)
            cb()
        write = Writable({'write': write_})

        def onfinish():
            nonlocal finished
            finished = True
        write.on('finish', onfinish)

        for i in range(len(expected)):
            read.push(expected[i])
        read.push(None)

        def done(*args):
            assert finished
            assert processed == expected
        pipeline(read, write, common.mustSucceed(done))
    run(main)


def test_missing_args(run):
    def main():
        read = Readable({'read': noop})

        with pytest.raises(Exception) as info:
            pipeline(read, noop)
        assert 'ERR_MISSING_ARGS' in codeOf(info.value)
        with pytest.raises(Exception) as info:
            pipeline(noop)
        assert 'ERR_MISSING_ARGS' in codeOf(info.value)
        with pytest.raises(Exception) as info:
            pipeline()
        assert 'ERR_INVALID_ARG_TYPE' in codeOf(info.value)
    run(main)


def test_destroy_source(common, run):
    def main():
        read = Readable({'read': noop})

        write = Writable({'write': lambda data, enc, cb: cb()})

        read.push('data')
        setImmediate(lambda: read.destroy())

        def done(err, *value):
            assert err, 'should have an error'
        pipeline(read, write, common.mustCall(done))
    run(main)


def test_destroy_source_with_error(common, run):
    def main():
        read = Readable({'read': noop})

        write = Writable({'write': lambda data, enc, cb: cb()})

        read.push('data')
        setImmediate(lambda: read.destroy(Exception('kaboom')))

        def done(err, *value):
            assert isError(err, 'kaboom')
        dst = pipeline(read, write, common.mustCall(done))

        assert dst is write
    run(main)


def test_transform_error(common, run):
    def main():
        read = Readable({'read': noop})

        transform = Transform({'transform': lambda data, enc, cb: cb(Exception('kaboom'))})

        write = Writable({'write': lambda data, enc, cb: cb()})

        read.on('close', common.mustCall())
        transform.on('close', common.mustCall())
        write.on('close', common.mustCall())

        def onerror(err):
            assert isError(err, 'kaboom')
        for stream in [read, transform, write]:
            stream.on('error', common.mustCall(onerror))

        def done(err, *value):
            assert isError(err, 'kaboom')
        dst = pipeline(read, transform, write, common.mustCall(done))

        assert dst is write

        read.push('hello')
    run(main)


def test_http_response(common, run):
    def main():
        def onrequest(req, res):
            def read(size):
                rs.push('hello')
                rs.push(None)
            rs = Readable({'read': read})

            pipeline(rs, res, noop)
        server = http.createServer(onrequest)

        def onlisten():
            req = http.request({'port': server.address()['port']})

            req.end()

            def onresponse(res):
                buf = []
                res.on('data', lambda data: buf.append(data))

                def onend():
                    assert b''.join(buf) == b'hello'
                    server.close()
                res.on('end', common.mustCall(onend))
            req.on('response', common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_http_response_destroyed_by_client(common, run):
    def main():
        def onrequest(req, res):
            sent = False

            def read(size):
                nonlocal sent
                if sent:
                    return
                sent = True
                rs.push('hello')

            def destroy(err, cb):
                # Prevents fd leaks by destroying http pipelines
                cb()
            rs = Readable({
                'read': read,
                'destroy': common.mustCall(destroy),
            })

            pipeline(rs, res, noop)
        server = http.createServer(common.mustCallAtLeast(onrequest))

        def onlisten():
            req = http.request({'port': server.address()['port']})

            req.end()

            def onresponse(res):
                def later():
                    res.destroy()
                    server.close()
                setImmediate(later)
            req.on('response', onresponse)
        server.listen(0, onlisten)
    run(main)


def test_http_response_bad_sink(common, run):
    def main():
        def onrequest(req, res):
            sent = 0

            def read(size):
                nonlocal sent
                sent += 1
                if sent - 1 > 10:
                    return
                rs.push('hello')
            rs = Readable({
                'read': read,
                'destroy': common.mustCall(lambda err, cb: cb()),
            })

            pipeline(rs, res, noop)
        server = http.createServer(common.mustCallAtLeast(onrequest))

        cnt = 10

        def write(data, enc, cb):
            nonlocal cnt
            cnt -= 1
            if cnt == 0:
                cb(Exception('kaboom'))
            else:
                cb()
        badSink = Writable({'write': write})

        def onlisten():
            req = http.request({'port': server.address()['port']})

            req.end()

            def onresponse(res):
                def done(err, *value):
                    assert isError(err, 'kaboom')
                    server.close()
                pipeline(res, badSink, common.mustCall(done))
            req.on('response', common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_http_request_to_response(common, run):
    def main():
        def onrequest(req, res):
            pipeline(req, res, common.mustSucceed())
        server = http.createServer(common.mustCallAtLeast(onrequest))

        def onlisten():
            req = http.request({'port': server.address()['port']})

            sent = 0

            def read(size):
                nonlocal sent
                sent += 1
                if sent - 1 > 10:
                    return
                rs.push('hello')
            rs = Readable({'read': read})

            pipeline(rs, req, common.mustCall(lambda *args: server.close()))

            def onresponse(res):
                cnt = 10

                def ondata(data):
                    nonlocal cnt
                    cnt -= 1
                    if cnt == 0:
                        rs.destroy()
                res.on('data', ondata)
            req.on('response', onresponse)
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_many_transforms(common, run):
    def main():
        def makeTransform():
            tr = Transform({'transform': lambda data, enc, cb: cb(None, data)})

            tr.on('close', common.mustCall())
            return tr
        makeTransform = common.mustCallAtLeast(makeTransform)

        rs = Readable({'read': lambda size: rs.push('hello')})

        cnt = 10

        def write(data, enc, cb):
            nonlocal cnt
            cnt -= 1
            if cnt == 0:
                return cb(Exception('kaboom'))
            cb()
        ws = Writable({'write': write})

        rs.on('close', common.mustCall())
        ws.on('close', common.mustCall())

        def done(err, *value):
            assert isError(err, 'kaboom')
        pipeline(
            rs,
            makeTransform(),
            makeTransform(),
            makeTransform(),
            makeTransform(),
            makeTransform(),
            makeTransform(),
            ws,
            common.mustCall(done),
        )
    run(main)


def makeOldStream():
    oldStream = Stream()

    oldStream.pause = oldStream.resume = noop

    def write(data, *args):
        oldStream.emit('data', data)
        return True
    oldStream.write = write
    oldStream.end = lambda *args: oldStream.emit('end')
    return oldStream


def test_old_stream(common, run):
    def main():
        oldStream = makeOldStream()

        expected = [
            b'hello',
            b'world',
        ]

        def read(size):
            for i in range(len(expected)):
                rs.push(expected[i])
            rs.push(None)
        rs = Readable({'read': read})

        def write(data, enc, cb):
            assert data == expected.pop(0)
            cb()
        ws = Writable({'write': common.mustCallAtLeast(write)})

        finished = False

        def onfinish():
            nonlocal finished
            finished = True
        ws.on('finish', onfinish)

        def done(*args):
            assert finished, 'last stream finished'
        pipeline(
            rs,
            oldStream,
            ws,
            common.mustSucceed(done),
        )
    run(main)


def test_old_stream_destroyable(common, run):
    def main():
        oldStream = makeOldStream()

        destroyableOldStream = Stream()

        destroyableOldStream.pause = destroyableOldStream.resume = noop
        destroyableOldStream.destroy = common.mustCall(
            lambda *args: destroyableOldStream.emit('close'))

        def write(data, *args):
            destroyableOldStream.emit('data', data)
            return True
        destroyableOldStream.write = write
        destroyableOldStream.end = lambda *args: destroyableOldStream.emit('end')

        rs = Readable({'read': lambda size: rs.destroy(Exception('stop'))})

        ws = Writable({'write': lambda data, enc, cb: cb()})

        finished = False

        def onfinish():
            nonlocal finished
            finished = True
        ws.on('finish', onfinish)

        def done(err, *value):
            assert isError(err, 'stop')
            assert not finished, 'should not finish'
        pipeline(
            rs,
            oldStream,
            destroyableOldStream,
            ws,
            common.mustCall(done),
        )
    run(main)


def test_promisified(run):
    async def run_():
        read = Readable({'read': noop})

        write = Writable({'write': lambda data, enc, cb: cb()})

        read.push('data')
        read.push(None)

        finished = False

        def onfinish():
            nonlocal finished
            finished = True
        write.on('finish', onfinish)

        await pipelinePromise(read, write)

        assert finished

    run(run_)


def _rejectsAbortError(common, run, run_):
    async def main():
        # assert.rejects(run, { name: 'AbortError' }).then(common.mustCall())
        with pytest.raises(Exception) as info:
            await run_()
        assert info.value.name == 'AbortError'
        common.mustCall()()
    run(main)


def test_aborted_signal_without_values(common, run):
    # Check aborted signal without values
    async def run_():
        ac = AbortController()
        signal = ac.signal

        async def producer(options):
            ac.abort()
            await asyncio.sleep(0)
            yield '8'

        w = Writable({'write': lambda chunk, encoding, callback: callback()})
        await pipelinePromise(producer, w, {'signal': signal})

    _rejectsAbortError(common, run, run_)


def test_aborted_signal_after_init(common, run):
    # Check aborted signal after init.
    async def run_():
        ac = AbortController()
        signal = ac.signal

        async def producer(options):
            yield '5'
            await asyncio.sleep(0)
            ac.abort()
            await asyncio.sleep(0)
            yield '8'

        w = Writable({'write': lambda chunk, encoding, callback: callback()})
        await pipelinePromise(producer, w, {'signal': signal})

    _rejectsAbortError(common, run, run_)


def test_pre_aborted_signal(common, run):
    # Check pre-aborted signal
    async def run_():
        signal = AbortSignal.abort()

        async def producer(options):
            yield '5'
            await asyncio.sleep(0)
            yield '8'

        w = Writable({'write': lambda chunk, encoding, callback: callback()})
        await pipelinePromise(producer, w, {'signal': signal})

    _rejectsAbortError(common, run, run_)


def test_missing_callback(common, run):
    def main():
        read = Readable({'read': noop})

        transform = Transform({'transform': lambda data, enc, cb: cb(Exception('kaboom'))})

        write = Writable({'write': lambda data, enc, cb: cb()})

        with pytest.raises(Exception) as info:
            pipeline(read, transform, write)
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
    run(main)


def test_http_response_to_destroyed_passthrough(common, run):
    def main():
        server = http.Server(lambda req, res: res.write('asd'))

        def onlisten():
            def onresponse(res):
                stream = PassThrough()

                stream.on('error', common.mustCall())

                def done(err, *value):
                    assert str(err) == 'oh no'
                    server.close()
                pipeline(
                    res,
                    stream,
                    common.mustCall(done),
                )

                stream.destroy(Exception('oh no'))
            http.get({'port': server.address()['port']}, common.mustCall(onresponse)) \
                .on('error', common.mustNotCall())
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_generator_source(common, run):
    def main():
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        def gen():
            yield 'hello'
            yield 'world'

        def done(*args):
            assert res == 'helloworld'
        pipeline(gen(), w, common.mustSucceed(done))
    run(main)


def test_async_generator_source(common, run):
    def main():
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        async def gen():
            await asyncio.sleep(0)
            yield 'hello'
            yield 'world'

        def done(*args):
            assert res == 'helloworld'
        pipeline(gen(), w, common.mustSucceed(done))
    run(main)


def test_generator_function_source(common, run):
    def main():
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        def gen(options):
            yield 'hello'
            yield 'world'

        def done(*args):
            assert res == 'helloworld'
        pipeline(gen, w, common.mustSucceed(done))
    run(main)


def test_async_generator_function_source(common, run):
    def main():
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        async def gen(options):
            await asyncio.sleep(0)
            yield 'hello'
            yield 'world'

        def done(*args):
            assert res == 'helloworld'
        pipeline(gen, w, common.mustSucceed(done))
    run(main)


async def helloWorld(options):
    await asyncio.sleep(0)
    yield 'hello'
    yield 'world'


async def upperCase(source, options):
    async for chunk in source:
        yield chunk.upper()


def test_async_function_sink(common, run):
    def main():
        res = ''

        async def sink(source, options):
            nonlocal res
            async for chunk in source:
                res += chunk

        def done(*args):
            assert res == 'HELLOWORLD'
        pipeline(helloWorld, upperCase, sink, common.mustSucceed(done))
    run(main)


def test_async_function_sink_value(common, run):
    def main():
        async def sink(source, options):
            ret = ''
            async for chunk in source:
                ret += chunk
            return ret

        def done(val):
            assert val == 'HELLOWORLD'
        pipeline(helloWorld, upperCase, sink, common.mustSucceed(done))
    run(main)


def test_async_iterable_destination_returned(common, run):
    # AsyncIterable destination is returned and finalizes.
    def main():
        async def source(options):
            await asyncio.sleep(0)
            yield 'hello'

        async def dest(source, options):
            async for chunk in source:
                pass
            return
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert err is None  # undefined
        ret = pipeline(source, dest, common.mustCall(done))
        ret.resume()
        assert callable(ret.pipe)
    run(main)


def test_async_function_destination_error(common, run):
    # AsyncFunction destination is not returned and error is
    # propagated.
    def main():
        async def source(options):
            await asyncio.sleep(0)
            raise Exception('kaboom')
            yield  # an async generator function, as in Node

        async def dest(source, options):
            async for chunk in source:
                pass
            return
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert str(err) == 'kaboom'
        ret = pipeline(source, dest, common.mustCall(done))
        ret.resume()
        assert callable(ret.pipe)
    run(main)


def test_throwing_async_generator_function_into_stream(common, run):
    def main():
        s = PassThrough()

        async def source(options):
            raise Exception('kaboom')
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        pipeline(source, s, common.mustCall(done))
    run(main)


def test_throwing_async_generator_into_stream(common, run):
    def main():
        s = PassThrough()

        async def source():
            raise Exception('kaboom')
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        pipeline(source(), s, common.mustCall(done))
    run(main)


def test_throwing_generator_function_into_stream(common, run):
    def main():
        s = PassThrough()

        def source(options):
            raise Exception('kaboom')
            yield  # a generator function, as in Node

        def done(err, val=None):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        pipeline(source, s, common.mustCall(done))
    run(main)


def test_throwing_generator_into_stream(common, run):
    def main():
        s = PassThrough()

        def source():
            raise Exception('kaboom')
            yield  # a generator function, as in Node

        def done(err, val=None):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        pipeline(source(), s, common.mustCall(done))
    run(main)


def test_throwing_async_function_sink(common, run):
    def main():
        s = PassThrough()

        async def sink(source, options):
            async for chunk in source:
                raise Exception('kaboom')

        def done(err, val=None):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        pipeline(helloWorld, s, sink, common.mustCall(done))
    run(main)


def test_function_returning_array_source(common, run):
    def main():
        s = PassThrough()

        async def dest(source, options):
            async for chunk in source:
                raise Exception('kaboom')
            return
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert s.destroyed is True
        ret = pipeline(lambda options: ['hello', 'world'], s, dest, common.mustCall(done))
        ret.resume()
        assert callable(ret.pipe)
    run(main)


# "Legacy streams without async iterator" left out: it removes the stream's
# Symbol.asyncIterator (a JS Symbol trick).


def test_v1_stream_without_read(common, run):
    # v1 streams without read().
    def main():
        s = Stream()

        def later():
            s.emit('data', 'asd')
            s.emit('end')
        process.nextTick(later)
        # 'destroyer' can be called multiple times,
        # once from stream wrapper and
        # once from iterator wrapper.
        s.close = common.mustCallAtLeast(1)
        ret = ''

        async def sink(source, options):
            nonlocal ret
            async for chunk in source:
                ret += chunk

        def done(err, *value):
            assert err is None  # undefined
            assert ret == 'asd'
        pipeline(s, sink, common.mustCall(done))
    run(main)


def test_v1_error_stream_without_read(common, run):
    # v1 error streams without read().
    def main():
        s = Stream()
        process.nextTick(lambda: s.emit('error', Exception('kaboom')))
        s.destroy = common.mustCall()

        async def sink(source, options):
            pass

        def done(err, *value):
            assert str(err) == 'kaboom'
        pipeline(s, sink, common.mustCall(done))
    run(main)


def _invalidReturnValue(common, s, *streams):
    with pytest.raises(Exception) as info:
        pipeline(*streams, noop)
    err = info.value
    assert err.code == 'ERR_INVALID_RETURN_VALUE'
    assert s.destroyed is False


def test_invalid_return_value_first(common, run):
    def main():
        s = PassThrough()
        _invalidReturnValue(common, s, lambda source, *args: None, s)
    run(main)


def test_invalid_return_value_middle(common, run):
    def main():
        s = PassThrough()
        _invalidReturnValue(common, s, s, lambda source, *args: None, s)
    run(main)


def test_invalid_return_value_last(common, run):
    def main():
        s = PassThrough()
        _invalidReturnValue(common, s, s, lambda source, *args: None)
    run(main)


def test_invalid_return_value_generator(common, run):
    def main():
        s = PassThrough()

        def gen(source, *args):
            return
            yield  # a generator function, as in Node
        _invalidReturnValue(common, s, s, gen)
    run(main)


def test_transform_error_sync(common, run):
    def main():
        res = ''

        async def sink(source, options):
            nonlocal res
            async for chunk in source:
                res += chunk.decode()  # string += Buffer

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert res == ''
        pipeline(helloWorld, Transform({
            'transform': lambda chunk, encoding, cb: cb(Exception('kaboom')),
        }), sink, common.mustCall(done))
    run(main)


def test_transform_error_async(common, run):
    def main():
        res = ''

        async def sink(source, options):
            nonlocal res
            async for chunk in source:
                res += chunk.decode()  # string += Buffer

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert res == ''
        pipeline(helloWorld, Transform({
            'transform': lambda chunk, encoding, cb: process.nextTick(cb, Exception('kaboom')),
        }), sink, common.mustCall(done))
    run(main)


def test_transform_decode_strings_false(common, run):
    def main():
        res = ''

        async def sink(source, options):
            nonlocal res
            async for chunk in source:
                res += chunk.decode()  # string += Buffer

        def done(*args):
            assert res == 'HELLOWORLD'
        pipeline(helloWorld, Transform({
            'decodeStrings': False,
            'transform': lambda chunk, encoding, cb: cb(None, chunk.upper()),
        }), sink, common.mustSucceed(done))
    run(main)


def test_no_unhandled_rejection(common, run):
    # Ensure no unhandled rejection from async function.
    def main():
        async def source(options):
            yield 'hello'

        async def sink(source, options):
            raise Exception('kaboom')

        def done(err, *value):
            assert str(err) == 'kaboom'
        pipeline(source, sink, common.mustCall(done))
    run(main)


def test_no_auto_destroy(common, run):
    def main():
        src = PassThrough({'autoDestroy': False})
        dst = PassThrough({'autoDestroy': False})

        def done(*args):
            assert src.destroyed is False
            assert dst.destroyed is False
        pipeline(src, dst, common.mustCall(done))
        src.end()
    run(main)


def test_close_before_end_after_eof(common, run):
    # Make sure 'close' before 'end' finishes without error
    # if readable has received eof.
    # Ref: https://github.com/nodejs/node/issues/29699
    def main():
        r = Readable()
        w = Writable({'write': lambda chunk, encoding, cb: cb()})

        def done(err, *value):
            assert err is None  # undefined
        pipeline(r, w, common.mustCall(done))
        r.push('asd')
        r.push(None)
        r.emit('close')
    run(main)


def test_body_into_client_request(common, run):
    def main():
        server = http.createServer(lambda req, res: None)

        def onlisten():
            req = http.request({'port': server.address()['port']})

            body = PassThrough()

            def done(*args):
                assert not req.res
                assert not req.aborted
                req.abort()
                server.close()
            pipeline(
                body,
                req,
                common.mustSucceed(done),
            )
            body.end()
        server.listen(0, onlisten)
    run(main)


def test_dst_not_destroyed(common, run):
    def main():
        src = PassThrough()
        dst = PassThrough()

        def done(*args):
            assert dst.destroyed is False
        pipeline(src, dst, common.mustSucceed(done))
        src.end()
    run(main)


def test_dst_not_readable_destroyed(common, run):
    def main():
        src = PassThrough()
        dst = PassThrough()
        dst.readable = False

        def done(*args):
            assert dst.destroyed is True
        pipeline(src, dst, common.mustSucceed(done))
        src.end()
    run(main)


def test_async_generator_throws_before_writable(common, run):
    def main():
        res = ''

        def read(size):
            setImmediate(lambda: rs.push('hello'))
        rs = Readable({'read': read})
        ws = Writable({'write': common.mustNotCall()})

        async def thrower(stream, options):
            async for chunk in stream:
                raise Exception('kaboom')
            return
            yield  # an async generator function, as in Node

        async def collect(source, options):
            nonlocal res
            async for chunk in source:
                res += chunk
            return
            yield  # an async generator function, as in Node

        def done(err, *value):
            assert str(err) == 'kaboom'
            assert res == ''
        pipeline(rs, thrower, collect, ws, common.mustCall(done))
    run(main)


def test_server_request_into_passthrough(common, run):
    def main():
        def onrequest(req, res):
            req.socket.on('error', common.mustNotCall())

            def done(*args):
                res.end()
                server.close()
            pipeline(req, PassThrough(), common.mustSucceed(done))
        server = http.createServer(onrequest)

        def onlisten():
            req = http.request({
                'method': 'PUT',
                'port': server.address()['port'],
            })
            req.end('asd123')
            req.on('response', common.mustCall())
            req.on('error', common.mustNotCall())
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_src_writable_side_kept(common, run):
    # Might still want to be able to use the writable side
    # of src. This is in the case where e.g. the Duplex input
    # is not directly connected to its output. Such a case could
    # happen when the Duplex is reading from a socket and then echos
    # the data back on the same socket.
    def main():
        src = PassThrough()
        assert src.writable is True
        dst = PassThrough()

        def done(err=None, *value):
            assert src.writable is True
            assert src.destroyed is False
        pipeline(src, dst, common.mustCall(done))
        src.push(None)
    run(main)


def test_destroy_returned_stream(common, run):
    def main():
        src = PassThrough()

        async def echo(source, options):
            async for chunk in source:
                yield chunk

        def done(err, *value):
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        dst = pipeline(
            src,
            echo,
            common.mustCall(done),
        )
        src.push('asd')
        dst.destroy()
    run(main)


def test_object_chunks_last_stage(common, run):
    def main():
        async def source(options):
            yield 'asd'

        async def wrap(source, options):
            async for chunk in source:
                yield {'chunk': chunk}
        pipeline(source, wrap, common.mustSucceed())
    run(main)


def test_wait_for_src_close_writable(common, run):
    def main():
        closed = False
        src = Readable({
            'read': noop,
            'destroy': lambda err, cb: process.nextTick(cb),
        })
        dst = Writable({'write': lambda chunk, encoding, callback: callback()})

        def onclose():
            nonlocal closed
            closed = True
        src.on('close', onclose)
        src.push(None)

        def done(err=None, *value):
            assert closed is True
        pipeline(src, dst, common.mustCall(done))
    run(main)


def test_wait_for_src_close_duplex(common, run):
    def main():
        closed = False
        src = Readable({
            'read': noop,
            'destroy': lambda err, cb: process.nextTick(cb),
        })
        dst = Duplex({})

        def onclose():
            nonlocal closed
            closed = True
        src.on('close', common.mustCall(onclose))
        src.push(None)

        def done(err=None, *value):
            assert closed is True
        pipeline(src, dst, common.mustCall(done))
    run(main)


def _echoServer(common):
    def onconnection(socket):
        # echo server
        pipeline(socket, socket, common.mustSucceed())
        socket.on('finish', common.mustCall(lambda: server.close()))
    server = net.createServer(common.mustCall(onconnection))

    def onlisten():
        socket = net.connect(server.address()['port'])
        socket.end()
    server.listen(0, common.mustCall(onlisten))


def test_net_echo_server(common, run):
    # 13 force destroys the socket before it has a chance to emit finish
    run(lambda: _echoServer(common))


def _duplexSlowFinal(common):
    def write(data, enc, cb):
        d.push(data)
        cb()

    def final(cb):
        def later():
            assert d.destroyed is False
            cb()
        setTimeout(common.mustCall(later), 1000)
    d = Duplex({
        'autoDestroy': False,
        'write': common.mustCall(write),
        'read': common.mustCall(lambda size: d.push(None)),
        'final': common.mustCall(final),
        # `destroy()` won't be invoked by pipeline since
        # the writable side has not completed when
        # the pipeline has completed.
        'destroy': common.mustNotCall(),
    })

    sink = Writable({'write': common.mustCall(lambda data, enc, cb: cb())})

    pipeline(d, sink, common.mustSucceed())

    d.write('test')
    d.end()


def test_duplex_slow_final(common, run):
    run(lambda: _duplexSlowFinal(common))


def test_net_echo_server_again(common, run):
    run(lambda: _echoServer(common))


def test_duplex_slow_final_again(common, run):
    run(lambda: _duplexSlowFinal(common))


def test_streams_array(common, run):
    def main():
        r = Readable({'read': noop})
        r.push('hello')
        r.push('world')
        r.push(None)
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        def done(*args):
            assert res == 'helloworld'
        pipeline([r, w], common.mustSucceed(done))
    run(main)


def test_wait_for_flush(common, run):
    def main():
        flushed = False

        def flush(cb):
            def later():
                nonlocal flushed
                flushed = True
                cb(None)
            setTimeout(later, 1)

        def makeStream():
            return Transform({
                'transform': lambda chunk, enc, cb: cb(None, chunk),
                'flush': flush,
            })

        input_ = Readable()
        input_.push(None)

        def done(*args):
            assert flushed is True
        pipeline(
            input_,
            makeStream(),
            common.mustCall(done),
        )
    run(main)


# The createThenable block is left out: a `then` getter that throws on its
# second read (a JS property trick).


def test_add_abort_signal_to_pipeline(common, run):
    def main():
        ac = AbortController()
        reason = Exception('Reason')

        async def gen():
            for i in range(10):
                await asyncio.sleep(0)
                yield str(i)
                if i == 5:
                    ac.abort(reason)
        r = Readable.from_(gen())
        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        def cb(err, *value):
            assert err.name == 'AbortError'
            assert err.cause is reason
            assert res == '012345'
            assert w.destroyed is True
            assert r.destroyed is True
            assert pipelined.destroyed is True
        cb = common.mustCall(cb)
        pipelined = addAbortSignal(ac.signal, pipeline([r, w], cb))
    run(main)


def test_array_sources(common, run):
    def main():
        pipeline([1, 2, 3], PassThrough({'objectMode': True}),
                 common.mustSucceed(noop))

        res = ''

        def write(chunk, encoding, callback):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        def done(*args):
            assert res == '123'
        pipeline(['1', '2', '3'], w, common.mustSucceed(done))
    run(main)


def test_buffer_source(common, run):
    def main():
        content = 'abc'
        pipeline(content.encode(), PassThrough({'objectMode': True}),
                 common.mustSucceed(noop))

        res = ''

        async def each(previous, options):
            nonlocal res
            async for val in previous:
                res += chr(val)  # String.fromCharCode(val)
                yield val

        def done(*args):
            assert res == content
        pipeline(content.encode(), each, common.mustSucceed(done))
    run(main)


def test_promise_pipeline_signal_abort(common, run):
    async def main():
        ac = AbortController()
        signal = ac.signal

        async def first(options):
            # await tsp.setTimeout(1e6, signal): a wait that rejects with
            # AbortError when the signal aborts
            waiting = asyncio.get_running_loop().create_future()

            def onabort(event):
                if not waiting.done():
                    waiting.set_exception(AbortError())
            options['signal'].addEventListener('abort', onabort)
            await waiting
            return
            yield  # an async generator function, as in Node

        async def second(source, options):
            pass

        def oncatch(err):
            assert err.name == 'AbortError'
        oncatch = common.mustCall(oncatch)
        done = pipelinep(first, second, {'signal': signal})
        ac.abort()
        try:
            await done
        except Exception as err:
            oncatch(err)
    run(main)


def test_promise_pipeline_array(run):
    async def run_():
        finished = False
        text = ''

        def write_(data, enc, cb):
            nonlocal text
            text += data.decode()  # string += Buffer
            cb()
        write = Writable({'write': write_})

        def onfinish():
            nonlocal finished
            finished = True
        write.on('finish', onfinish)

        await pipelinep([Readable.from_('Hello World!'), write])
        assert finished
        assert text == 'Hello World!'

    run(run_)


def test_pipeline_array_from_string(common, run):
    def main():
        finished = False
        text = ''

        def write_(data, enc, cb):
            nonlocal text
            text += data.decode()  # string += Buffer
            cb()
        write = Writable({'write': write_})

        def onfinish():
            nonlocal finished
            finished = True
        write.on('finish', onfinish)

        def done(*args):
            assert finished
            assert text == 'Hello World!'
        pipeline([Readable.from_('Hello World!'), write], common.mustSucceed(done))
    run(main)


def test_promise_pipeline_duplex_not_destroyed(common, run):
    async def run_():
        read = Readable({'read': noop})

        duplex = PassThrough()

        read.push(None)

        await pipelinePromise(read, duplex)

        assert duplex.destroyed is False

    async def main():
        await run_()
        common.mustCall()()
    run(main)


def test_promise_pipeline_end_false(common, run):
    async def run_():
        read = Readable({'read': noop})

        duplex = PassThrough()
        transform = PassThrough()

        read.push(None)

        await pipelinePromise(read, transform, duplex, {'end': False})

        assert transform.destroyed is True
        assert transform.writableEnded is True

        assert duplex.destroyed is False
        assert duplex.writableEnded is False

    async def main():
        await run_()
        common.mustCall()()
    run(main)


async def helloWorldWorld(options):
    await asyncio.sleep(0)
    yield 'hello'
    yield 'world'
    yield 'world'


def test_async_function_sink_breaks(common, run):
    def main():
        s = PassThrough({'objectMode': True})

        async def sink(source, options):
            ret = ''
            n = 0
            async for chunk in source:
                n += 1
                if n - 1 > 1:
                    break
                ret += chunk
            return ret

        def done(err, val=None):
            assert err is None  # undefined
            assert val == 'helloworld'
            assert s.destroyed is True
        pipeline(helloWorldWorld, s, sink, common.mustCall(done))
    run(main)


def test_async_function_sink_returns_null(common, run):
    def main():
        s = PassThrough({'objectMode': True})

        async def sink(source, options):
            return None

        def done(err, val=None):
            assert err is None  # undefined
            assert val is None  # null
        pipeline(helloWorldWorld, s, sink, common.mustCall(done))
    run(main)


def test_legacy_writable_without_destroy(common, run):
    # Mimics a legacy stream without the .destroy method
    class LegacyWritable(Stream):
        def write(self, chunk, encoding=None, callback=None):
            callback()

    class RejectingIterable:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise Exception('stop')  # next() { return Promise.reject(new Error('stop')) }

    def main():
        writable = LegacyWritable()

        def onerror(err):
            assert isError(err, 'stop')
        writable.on('error', common.mustCall(onerror))

        def done(err, *value):
            assert isError(err, 'stop')
        pipeline(
            Readable.from_(RejectingIterable()),
            writable,
            common.mustCall(done),
        )
    run(main)


def test_custom_end_called_once(common, run):
    class CustomReadable(Readable):
        def _read(self, size):
            self.push('asd')
            self.push(None)

    class CustomWritable(Writable):
        def __init__(self):
            super().__init__()
            self.endCount = 0
            self.str = ''

        def _write(self, chunk, enc, cb):
            self.str += chunk.decode()  # string += Buffer
            cb()

        def end(self, *args):
            self.endCount += 1
            super().end()

    def main():
        readable = CustomReadable()
        writable = CustomWritable()

        def done(*args):
            assert writable.str == 'asd'
            assert writable.endCount == 1
        pipeline(readable, writable, common.mustSucceed(done))
    run(main)


def test_pipeline_after_readable_end(common, run):
    def main():
        readable = Readable({'read': noop})
        readable.on('end', common.mustCall(
            lambda: pipeline(readable, PassThrough(), common.mustSucceed())))
        readable.push(None)
        readable.read()
    run(main)


def test_pipeline_after_duplex_end(common, run):
    def main():
        dup = Duplex({
            'read': noop,
            'write': lambda chunk, enc, cb: cb(),
        })
        dup.on('end', common.mustCall(
            lambda: pipeline(dup, PassThrough(), common.mustSucceed())))
        dup.push(None)
        dup.read()
    run(main)


def test_promise_pipeline_end_false_writable(common, run):
    async def main():
        res = ''

        def write(chunk, enc, cb):
            nonlocal res
            res += chunk.decode()  # string += Buffer
            cb()
        writable = Writable({'write': write})

        async def gen(options):
            yield 'hello'
            await asyncio.sleep(0)
            yield 'world'

        def then(*args):
            assert res == 'helloworld'
            assert writable.closed is False
        common.mustCall(then)(await pipelinep(gen, writable, {'end': False}))
    run(main)


def test_final_after_end(common, run):
    def main():
        r = Readable()
        for i in range(4000):
            r.push('asdfdagljanfgkaljdfn')
        r.push(None)

        ended = False

        def onend():
            nonlocal ended
            ended = True
        r.on('end', onend)

        def final(cb):
            assert ended is True
            cb(None)
        w = Writable({
            'write': lambda chunk, enc, cb: cb(None),
            'final': common.mustCall(final),
        })

        def done(err, *value):
            assert err is None  # undefined
        pipeline(r, w, common.mustCall(done))
    run(main)


# The two blocks for nodejs/node#51540 (src and dst closed when the callback
# runs) are left out: Node 22 behaviour, they fail on Node 20.


def test_duplex_from_generator_read_throws(common, run):
    async def myAsyncGenerator(ag, *args):
        async for data in ag:
            yield data

    def main():
        duplexStream = Duplex.from_(myAsyncGenerator)

        def read(size):
            r.push('data1\n')
            raise Exception('booom')
        r = Readable({'read': read})

        w = Writable({'write': lambda chunk, encoding, callback: callback()})

        def done(err, *value):
            assert isError(err, 'booom')
        pipeline(r, duplexStream, w, common.mustCall(done))
    run(main)
