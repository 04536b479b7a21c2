"""Port of Node's test/parallel/test-readable-from-iterator-closing.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-readable-from-iterator-closing.js

``Readable.from`` is ``Readable.from_``; an iterator's ``return()`` is
``aclose()``. Left out: syncPromiseSupport and syncRejectedSupport (a
generator whose ``finally`` returns a thenable object, and a rejection with a
string: JS-only), and noReturnAfterThrow: on Node 20 from()'s close() does
call the iterator's return() there; the block passes only because the
mustNotCall's throw inside that async return() is swallowed by close()
(checked with node 20), so its assertion is vacuous.
"""

import asyncio

import pytest

from node_http_agent.stream import Readable


async def asyncSupport(common):
    finallyMustCall = common.mustCall()
    bodyMustCall = common.mustCall()

    async def infiniteGenerate():
        try:
            while True:
                yield 'a'
        finally:
            finallyMustCall()

    stream = Readable.from_(infiniteGenerate())

    async for chunk in stream:
        bodyMustCall()
        assert chunk == 'a'
        break


async def syncSupport(common):
    finallyMustCall = common.mustCall()
    bodyMustCall = common.mustCall()

    def infiniteGenerate():
        try:
            while True:
                yield 'a'
        finally:
            finallyMustCall()

    stream = Readable.from_(infiniteGenerate())

    async for chunk in stream:
        bodyMustCall()
        assert chunk == 'a'
        break


async def closeStreamWhileNextIsPending(common):
    finallyMustCall = common.mustCall()

    loop = asyncio.get_running_loop()
    destroyed = loop.create_future()
    resolveDestroy = common.mustCall(lambda *args: destroyed.set_result(None))
    yielded = loop.create_future()
    resolveYielded = common.mustCall(lambda *args: yielded.set_result(None))

    async def infiniteGenerate():
        try:
            while True:
                yield 'a'
                resolveYielded()
                await destroyed
        finally:
            finallyMustCall()

    stream = Readable.from_(infiniteGenerate())

    def ondata(data):
        assert data == 'a'
    stream.on('data', common.mustCall(ondata))

    thenMustCall = common.mustCall()

    async def then():
        await yielded
        stream.destroy()
        resolveDestroy()
        thenMustCall()
    await then()  # yielded.then(...).then(mustCall()), awaited by the Promise.all below


async def closeAfterNullYielded(common):
    finallyMustCall = common.mustCall()

    def generate():
        try:
            yield 'a'
            yield 'a'
            yield 'a'
        finally:
            finallyMustCall()

    stream = Readable.from_(generate())

    def ondata(chunk):
        assert chunk == 'a'
    stream.on('data', common.mustCall(ondata, 3))


@pytest.mark.parametrize('case', [
    asyncSupport,
    syncSupport,
    closeStreamWhileNextIsPending,
    closeAfterNullYielded,
], ids=lambda case: case.__name__)
def test_readable_from_iterator_closing(common, run, case):
    # Node runs them together under Promise.all(...).then(mustCall()).
    async def main():
        await case(common)
        common.mustCall()()
    run(main)
