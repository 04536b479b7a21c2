"""Port of Node's test/parallel/test-readable-from.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-readable-from.js

``Readable.from`` is ``Readable.from_``; ``Promise.resolve(x)`` is a resolved
future. Left out: endWithError and destroyingStreamWithErrorThrowsInGenerator,
which reject with / destroy with a string (a Python coroutine can only raise
an exception).
"""

import asyncio

import pytest

from node_http_agent.events import once
from node_http_agent.stream import Readable


def resolved(value):
    future = asyncio.get_running_loop().create_future()
    future.set_result(value)
    return future


def test_from_null(common, run):
    def main():
        with pytest.raises(Exception) as info:
            Readable.from_(None)
        assert 'ERR_INVALID_ARG_TYPE' in repr(info.value)
    run(main)


async def toReadableBasicSupport(common):
    async def generate():
        yield 'a'
        yield 'b'
        yield 'c'

    stream = Readable.from_(generate())

    expected = ['a', 'b', 'c']

    async for chunk in stream:
        assert chunk == expected.pop(0)


async def toReadableSyncIterator(common):
    def generate():
        yield 'a'
        yield 'b'
        yield 'c'

    stream = Readable.from_(generate())

    expected = ['a', 'b', 'c']

    async for chunk in stream:
        assert chunk == expected.pop(0)


async def toReadablePromises(common):
    promises = [
        resolved('a'),
        resolved('b'),
        resolved('c'),
    ]

    stream = Readable.from_(promises)

    expected = ['a', 'b', 'c']

    async for chunk in stream:
        assert chunk == expected.pop(0)


async def toReadableString(common):
    stream = Readable.from_('abc')

    expected = ['abc']

    async for chunk in stream:
        assert chunk == expected.pop(0)


async def toReadableBuffer(common):
    stream = Readable.from_(b'abc')

    expected = ['abc']

    async for chunk in stream:
        assert chunk.decode() == expected.pop(0)


async def toReadableOnData(common):
    async def generate():
        yield 'a'
        yield 'b'
        yield 'c'

    stream = Readable.from_(generate())

    iterations = 0
    expected = ['a', 'b', 'c']

    def ondata(chunk):
        nonlocal iterations
        iterations += 1
        assert chunk == expected.pop(0)
    stream.on('data', common.mustCallAtLeast(ondata))

    await once(stream, 'end')

    assert iterations == 3


async def toReadableOnDataNonObject(common):
    async def generate():
        yield 'a'
        yield 'b'
        yield 'c'

    stream = Readable.from_(generate(), {'objectMode': False})

    iterations = 0
    expected = ['a', 'b', 'c']

    def ondata(chunk):
        nonlocal iterations
        iterations += 1
        assert isinstance(chunk, bytes) is True
        assert chunk.decode() == expected.pop(0)
    stream.on('data', common.mustCallAtLeast(ondata))

    await once(stream, 'end')

    assert iterations == 3


async def destroysTheStreamWhenThrowing(common):
    async def generate():
        raise Exception('kaboom')
        yield  # an async generator function, as in Node

    stream = Readable.from_(generate())

    stream.read()

    [err] = await once(stream, 'error')
    assert str(err) == 'kaboom'
    assert stream.destroyed is True


async def asTransformStream(common):
    async def generate(stream):
        async for chunk in stream:
            yield chunk.upper()

    def read(size):
        source.push('a')
        source.push('b')
        source.push('c')
        source.push(None)
    source = Readable({
        'objectMode': True,
        'read': read,
    })

    stream = Readable.from_(generate(source))

    expected = ['A', 'B', 'C']

    async for chunk in stream:
        assert chunk == expected.pop(0)


@pytest.mark.parametrize('case', [
    toReadableBasicSupport,
    toReadableSyncIterator,
    toReadablePromises,
    toReadableString,
    toReadableBuffer,
    toReadableOnData,
    toReadableOnDataNonObject,
    destroysTheStreamWhenThrowing,
    asTransformStream,
], ids=lambda case: case.__name__)
def test_readable_from(common, run, case):
    # Node runs them together under Promise.all(...).then(mustCall()).
    async def main():
        await case(common)
        common.mustCall()()
    run(main)
