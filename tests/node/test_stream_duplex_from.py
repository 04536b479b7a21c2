"""Port of Node's test/parallel/test-stream-duplex-from.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-from.js

Left out: the Blob and web-stream (ReadableStream/WritableStream) blocks, and
the two that reject a promise with a string (a Python future rejects with an
exception only). ``Duplex.from`` is ``Duplex.from_``, ``Readable.from`` is
``Readable.from_``; ``Promise.resolve('asd')`` is a resolved future.
"""

import asyncio

import pytest

from node_http_agent.stream import Duplex, PassThrough, Readable, Writable, pipeline
from node_http_agent.timers import setImmediate


def pushAsd(size, readable):
    readable.push('asd')
    readable.push(None)


def test_from_readable_object(common, run):
    def main():
        r = Readable({'read': lambda size: pushAsd(size, r)})
        d = Duplex.from_({'readable': r})
        assert d.readable is True
        assert d.writable is False

        def onreadable():
            assert d.read().decode() == 'asd'
        d.once('readable', common.mustCall(onreadable))

        def onend():
            assert d.readable is False
        d.once('end', common.mustCall(onend))
    run(main)


def test_from_readable(common, run):
    def main():
        r = Readable({'read': lambda size: pushAsd(size, r)})
        d = Duplex.from_(r)
        assert d.readable is True
        assert d.writable is False

        def onreadable():
            assert d.read().decode() == 'asd'
        d.once('readable', common.mustCall(onreadable))

        def onend():
            assert d.readable is False
        d.once('end', common.mustCall(onend))
    run(main)


def test_from_writable(common, run):
    def main():
        ret = ''

        def write(chunk, encoding, callback):
            nonlocal ret
            ret += chunk.decode()  # string += Buffer
            callback()
        d = Duplex.from_(Writable({'write': write}))
        assert d.readable is False
        assert d.writable is True
        d.end('asd')

        def onfinish():
            assert d.writable is False
            assert ret == 'asd'
        d.on('finish', common.mustCall(onfinish))
    run(main)


def test_from_writable_object(common, run):
    def main():
        ret = ''

        def write(chunk, encoding, callback):
            nonlocal ret
            ret += chunk.decode()  # string += Buffer
            callback()
        d = Duplex.from_({'writable': Writable({'write': write})})
        assert d.readable is False
        assert d.writable is True
        d.end('asd')

        def onfinish():
            assert d.writable is False
            assert ret == 'asd'
        d.on('finish', common.mustCall(onfinish))
    run(main)


def test_from_readable_and_writable(common, run):
    def main():
        ret = ''

        def write(chunk, encoding, callback):
            nonlocal ret
            ret += chunk.decode()  # string += Buffer
            callback()
        r = Readable({'read': lambda size: pushAsd(size, r)})
        d = Duplex.from_({
            'readable': r,
            'writable': Writable({'write': write}),
        })
        assert d.readable is True
        assert d.writable is True

        def onreadable():
            assert d.read().decode() == 'asd'
        d.once('readable', common.mustCall(onreadable))

        def onend():
            assert d.readable is False
        d.once('end', common.mustCall(onend))
        d.end('asd')

        def onfinish():
            assert d.writable is False
            assert ret == 'asd'
        d.once('finish', common.mustCall(onfinish))
    run(main)


def test_from_promise(common, run):
    def main():
        promise = asyncio.get_running_loop().create_future()
        promise.set_result('asd')  # Promise.resolve('asd')
        d = Duplex.from_(promise)
        assert d.readable is True
        assert d.writable is False

        def onreadable():
            assert str(d.read()) == 'asd'  # toString() of the string value
        d.once('readable', common.mustCall(onreadable))

        def onend():
            assert d.readable is False
        d.once('end', common.mustCall(onend))
    run(main)


def test_from_async_generator_function(common, run):
    # https://github.com/nodejs/node/issues/40497
    def main():
        async def lines(source, *args):
            rest = ''
            async for chunk in source:
                lines_ = (rest + str(chunk)).split('\n')
                rest = lines_.pop()
                for line in lines_:
                    yield line
            yield rest

        async def sink(source, *args):
            ret = ''
            async for x in source:
                ret += x
            assert ret == 'abcdefghi'
            return
            yield  # an async generator function, as in Node

        pipeline(
            ['abc\ndef\nghi'],
            Duplex.from_(lines),
            common.mustCall(sink),
            common.mustSucceed(),
        )
    run(main)


def test_from_duplex_is_same(run):
    # Ensure that isDuplexNodeStream was called
    def main():
        duplex = Duplex()
        assert Duplex.from_(duplex) is duplex
    run(main)


def test_void_function(common, run):
    # Ensure that Duplex.from throws an Invalid return value when function is void
    def main():
        with pytest.raises(Exception) as info:
            Duplex.from_(lambda *args: None)
        common.expectsError({'code': 'ERR_INVALID_RETURN_VALUE'})(info.value)
    run(main)


def test_sub_object_readable(common, run):
    # Ensure data if a sub object has a readable stream it's duplexified
    def main():
        msg = b'hello'

        def read(size):
            r.push(msg)
            r.push(None)
        r = Readable({'read': read})

        def ondata(data):
            assert data == msg
        duplex = Duplex.from_({'readable': r}).on('data', common.mustCall(ondata))

        assert duplex.writable is False
    run(main)


def test_sub_object_writable(common, run):
    # Ensure data if a sub object has a writable stream it's duplexified
    def main():
        msg = b'hello'

        def write(data, encoding, cb):
            assert data == msg
        duplex = Duplex.from_({
            'writable': Writable({'write': common.mustCall(write)}),
        })

        duplex.write(msg)
        assert duplex.readable is False
    run(main)


def test_sub_object_readable_and_writable(common, run):
    # Ensure data if a sub object has a writable and readable stream it's duplexified
    def main():
        msg = b'hello'

        def read(size):
            r.push(msg)
            r.push(None)
        r = Readable({'read': read})

        def write(data, encoding, cb):
            assert data == msg
        duplex = Duplex.from_({
            'readable': r,
            'writable': Writable({'write': common.mustCall(write)}),
        })

        def ondata(data):
            assert data == msg
            assert duplex.readable is True
            assert duplex.writable is True
        duplex.pipe(duplex) \
            .on('data', common.mustCall(ondata)) \
            .on('end', common.mustCall())
    run(main)


def test_readable_throws(common, run):
    # Ensure that given readable stream that throws an error it calls destroy
    def main():
        myErrorMessage = 'error!'

        def read(size):
            raise Exception(myErrorMessage)
        duplex = Duplex.from_(Readable({'read': read}))

        def onerror(msg):
            assert str(msg) == myErrorMessage
        duplex.on('error', common.mustCall(onerror))
    run(main)


def test_writable_errors(common, run):
    # Ensure that given writable stream that throws an error it calls destroy
    def main():
        myErrorMessage = 'error!'
        duplex = Duplex.from_(Writable({
            'write': lambda chunk, enc, cb: cb(myErrorMessage),
        }))

        def onerror(msg):
            assert msg == myErrorMessage
        duplex.on('error', common.mustCall(onerror))

        duplex.write('test')
    run(main)


def test_through_passthrough(common, run):
    def main():
        through = PassThrough({'objectMode': True})

        res = ''
        d = Readable.from_(['foo', 'bar'], {'objectMode': True}) \
            .pipe(Duplex.from_({
                'writable': through,
                'readable': through,
            }))

        def ondata(data):
            nonlocal res
            d.pause()
            setImmediate(lambda: d.resume())
            res += data

        def onend():
            assert res == 'foobar'
        d.on('data', ondata).on('end', common.mustCall(onend)).on('close', common.mustCall())
    run(main)
