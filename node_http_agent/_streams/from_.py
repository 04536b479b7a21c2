"""Node's ``internal/streams/from.js``: ``Readable.from(iterable, opts)``.

A ``str`` or ``bytes`` is one chunk; any other iterable (``__iter__``) or
async iterable (``__aiter__``) gives one chunk per item, in object mode with
``highWaterMark: 1`` unless ``opts`` says otherwise. Items of a sync
iterable that are awaitables are awaited (Node awaits thenables). Destroying
the readable closes the iterator (``throw(err)`` then ``close()``, or
``athrow``/``aclose`` for an async one) before ``'close'``.

Node's async functions run synchronously up to their first ``await``; the
coroutines here start the same way (``utils.spawn``).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from ..errors import ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES
from ..process import nextTick
from .utils import isIterable, spawn

__all__ = ['from_']


def from_(Readable: Any, iterable: Any, opts: dict[str, Any] | None) -> Any:
    if isinstance(iterable, (str, bytes)):
        readable: Any = None

        def read(*_: Any) -> None:
            readable.push(iterable)
            readable.push(None)

        readable = Readable({'objectMode': True, **(opts or {}), 'read': read})
        return readable

    # A dict is a plain JavaScript object: not iterable (utils.isIterable agrees).
    if isIterable(iterable, True):
        isAsync = True
        iterator = iterable.__aiter__()
    elif isIterable(iterable, False):
        isAsync = False
        iterator = iter(iterable)
    else:
        raise ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable)

    readable = Readable({
        'objectMode': True,
        'highWaterMark': 1,
        # TODO(ronag): What options should be allowed?
        **(opts or {}),
    })

    # Flag to protect against _read
    # being called before last iteration completion.
    reading = False
    isAsyncValues = False
    # While an async iterator's next() is pending: settles when it does.
    nextSettled: asyncio.Future[None] | None = None

    def _read(*_: Any) -> None:
        nonlocal reading
        if not reading:
            reading = True

            if isAsync:
                spawn(nextAsync())
            elif isAsyncValues:
                spawn(nextSyncWithAsyncValues())
            else:
                nextSyncWithSyncValues()

    readable._read = _read

    def _destroy(error: Any, cb: Any) -> None:
        if isAsync:
            def settled(future: asyncio.Future[Any]) -> None:
                e = None if future.cancelled() else future.exception()
                # nextTick is here in case cb throws
                nextTick(cb, e if e is not None else error)

            spawn(closeAsync(error)).add_done_callback(settled)  # not a loop entry: a promise reaction
            return
        # A sync iterator closes without awaiting anything (Node's close()
        # calls return() synchronously, then settles a microtask later).
        try:
            closeSync(error)
        except Exception as e:  # noqa: BLE001 - the iterator's failure is the close error
            nextTick(cb, e or error)
            return
        nextTick(cb, error)

    readable._destroy = _destroy

    def closeSync(error: Any) -> None:
        hadError = error is not None
        throw = getattr(iterator, 'throw', None)
        if hadError and callable(throw):
            try:
                throw(error)
            except StopIteration:
                return  # done
        close = getattr(iterator, 'close', None)
        if callable(close):
            close()

    async def closeAsync(error: Any) -> None:
        # JS queues return() behind a pending next(); Python's aclose() would
        # fail with "already running": wait for that next() to settle first.
        while nextSettled is not None:
            await nextSettled
        hadError = error is not None
        athrow = getattr(iterator, 'athrow', None)
        if hadError and callable(athrow):
            try:
                await athrow(error)
            except StopAsyncIteration:
                return  # done
        aclose = getattr(iterator, 'aclose', None)
        if callable(aclose):
            await aclose()

    # There are a lot of duplication here, it's done on purpose for performance
    # reasons - avoid await when not needed.

    def nextSyncWithSyncValues() -> None:
        nonlocal reading
        while True:
            try:
                try:
                    value = next(iterator)
                except StopIteration:
                    readable.push(None)
                    return

                if inspect.isawaitable(value):
                    spawn(changeToAsyncValues(value))
                    return

                if value is None:
                    reading = False
                    raise ERR_STREAM_NULL_VALUES()

                if readable.push(value):
                    continue

                reading = False
            except Exception as err:  # noqa: BLE001 - Node destroys with whatever was thrown
                readable.destroy(err)
            break

    async def changeToAsyncValues(value: Any) -> None:
        nonlocal isAsyncValues, reading
        isAsyncValues = True

        try:
            res = await value

            if res is None:
                reading = False
                raise ERR_STREAM_NULL_VALUES()

            if readable.push(res):
                await nextSyncWithAsyncValues()
                return

            reading = False
        except Exception as err:  # noqa: BLE001
            readable.destroy(err)

    async def nextSyncWithAsyncValues() -> None:
        nonlocal reading
        while True:
            try:
                try:
                    value = next(iterator)
                except StopIteration:
                    readable.push(None)
                    return

                res = (await value) if inspect.isawaitable(value) else value

                if res is None:
                    reading = False
                    raise ERR_STREAM_NULL_VALUES()

                if readable.push(res):
                    continue

                reading = False
            except Exception as err:  # noqa: BLE001
                readable.destroy(err)
            break

    async def nextAsync() -> None:
        nonlocal reading, nextSettled
        while True:
            try:
                nextSettled = asyncio.get_running_loop().create_future()
                try:
                    value = await iterator.__anext__()
                except StopAsyncIteration:
                    readable.push(None)
                    return
                finally:
                    settled, nextSettled = nextSettled, None
                    settled.set_result(None)

                if value is None:
                    reading = False
                    raise ERR_STREAM_NULL_VALUES()

                if readable.push(value):
                    continue

                reading = False
            except Exception as err:  # noqa: BLE001
                readable.destroy(err)
            break

    return readable
