"""Node's ``internal/streams/pipeline.js``: ``pipeline(*streams, callback)``.

Stages are streams, iterables (sync or async) and functions: the first
function is called as ``fn({'signal': signal})`` and returns an iterable;
later ones as ``fn(source, {'signal': signal})`` with ``source`` an async
iterable, and return an async iterable (a middle stage) or, for the last
stage, an async iterable or an awaitable (Node's Promise) whose value is the
callback's second argument. On error every stage is destroyed, and the
callback runs once, a tick later, as ``callback(err, value)``.

Node's async functions run synchronously up to their first ``await``; the
pump here does its synchronous part (listeners, first checks) at once and
the rest in an asyncio task.
"""

from __future__ import annotations

import asyncio
import inspect as _inspect
from typing import Any

from ..abort import AbortController
from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
    AbortError,
    aggregateTwoErrors,
)
from ..process import nextTick
from ..util import UNDEFINED
from ..validators import validateAbortSignal, validateFunction
from . import destroy as destroyImpl
from .end_of_stream import _asException, _loop, _once, eos
from .utils import (
    isIterable,
    isNodeStream,
    isReadable,
    isReadableFinished,
    isReadableNodeStream,
    isReadableStream,
    isTransformStream,
    isWebStream,
    runHookResult,
    spawn,
)

__all__ = ['pipeline', 'pipelineImpl']


def destroyer(stream: Any, reading: bool, writing: bool) -> dict[str, Any]:
    finished = False

    def onclose(*_: Any) -> None:
        nonlocal finished
        finished = True

    stream.on('close', onclose)

    def oneos(err: Any = None, *_: Any) -> None:
        nonlocal finished
        finished = not err

    cleanup = eos(stream, {'readable': reading, 'writable': writing}, oneos)

    def destroy(err: Any = None) -> None:
        nonlocal finished
        if finished:
            return
        finished = True
        destroyImpl.destroyer(stream, err or ERR_STREAM_DESTROYED('pipe'))

    return {'destroy': destroy, 'cleanup': cleanup}


def popCallback(streams: list[Any]) -> Any:
    validateFunction(streams[-1] if streams else UNDEFINED, 'streams[stream.length - 1]')
    return streams.pop()


def makeAsyncIterable(val: Any) -> Any:
    if isIterable(val, True):
        return val
    if isIterable(val):
        # JavaScript's `for await` takes a sync iterable too; Python's
        # `async for` does not, so the stage gets an async view of it.
        return asyncFromSync(val)
    if isReadableNodeStream(val):
        return fromReadable(val)
    raise ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val)


async def asyncFromSync(iterable: Any) -> Any:
    """JavaScript's CreateAsyncFromSyncIterator: awaits awaitable values; return() closes."""
    iterator = iter(iterable)
    try:
        for value in iterator:
            yield (await value) if _inspect.isawaitable(value) else value
    finally:
        close = getattr(iterator, 'close', None)
        if close is not None:
            close()


async def fromReadable(val: Any) -> Any:
    from .readable import Readable
    iterator = Readable.__aiter__(val)
    try:
        async for chunk in iterator:
            yield chunk
    finally:
        # yield* passes return() on to the stream's iterator.
        close = getattr(iterator, 'aclose', None)
        if close is not None:
            await close()


def _task(coro: Any) -> asyncio.Future[Any]:
    _loop('stream.pipeline()')
    return spawn(coro)


async def _iterate(iterable: Any, body: Any) -> None:
    """``for await (const chunk of iterable) await body(chunk)``, closing the
    iterator (``return()``) when the body throws, as JavaScript does."""
    if isIterable(iterable, True):
        iterator = iterable.__aiter__()
        while True:
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            try:
                await body(chunk)
            except BaseException:
                close = getattr(iterator, 'aclose', None)
                if close is not None:
                    try:
                        await close()
                    except Exception:  # noqa: BLE001, S110 - the body's error wins
                        pass
                raise
    else:
        iterator = iter(iterable)
        while True:
            try:
                chunk = next(iterator)
            except StopIteration:
                return
            if _inspect.isawaitable(chunk):
                chunk = await chunk
            try:
                await body(chunk)
            except BaseException:
                close = getattr(iterator, 'close', None)
                if close is not None:
                    try:
                        close()
                    except Exception:  # noqa: BLE001, S110 - the body's error wins
                        pass
                raise


def pumpToNode(iterable: Any, writable: Any, finish: Any, opts: dict[str, Any]) -> None:
    end = opts['end']
    error: Any = None
    onresolve: Any = None
    loop = _loop('stream.pipeline()')

    def resume(err: Any = None, *_: Any) -> None:
        nonlocal error, onresolve
        if err:
            error = err
        if onresolve:
            callback = onresolve
            onresolve = None
            callback()

    def wait() -> asyncio.Future[None]:
        nonlocal onresolve
        future: asyncio.Future[None] = loop.create_future()
        if error:
            future.set_exception(_asException(error))
        else:
            def settle() -> None:
                if future.done():
                    return
                if error:
                    future.set_exception(_asException(error))
                else:
                    future.set_result(None)
            onresolve = settle
        return future

    writable.on('drain', resume)
    cleanup = eos(writable, {'readable': False}, resume)

    async def write(chunk: Any) -> None:
        if not writable.write(chunk):
            await wait()

    async def run() -> None:
        try:
            if getattr(writable, 'writableNeedDrain', None):
                await wait()
            await _iterate(iterable, write)
            if end:
                writable.end()
                await wait()
            finish()
        except Exception as err:  # noqa: BLE001 - every failure goes to finish
            finish(aggregateTwoErrors(error, err) if error is not err else err)
        finally:
            cleanup()
            writable.off('drain', resume)

    _task(run())


def pumpToWeb(readable: Any, writable: Any, finish: Any, opts: dict[str, Any]) -> None:
    end = opts['end']
    if isTransformStream(writable):
        writable = writable.writable
    writer = writable.getWriter()

    async def write(chunk: Any) -> None:
        await writer.ready
        future = asyncio.ensure_future(writer.write(chunk))  # not a loop entry: a JS promise
        future.add_done_callback(lambda f: f.cancelled() or f.exception())  # not a loop entry: marks it handled

    async def run() -> None:
        try:
            await _iterate(readable, write)
            await writer.ready
            if end:
                await writer.close()
            finish()
        except Exception as err:  # noqa: BLE001 - every failure goes to finish
            try:
                await writer.abort(err)
                finish(err)
            except Exception as err2:  # noqa: BLE001
                finish(err2)

    _task(run())


def pipeline(*streams: Any) -> Any:
    """``stream.pipeline(...streams, callback)``; returns the last stage."""
    streamList = list(streams)
    return pipelineImpl(streamList, _once(popCallback(streamList)))


def pipelineImpl(streams: Any, callback: Any, opts: Any = None) -> Any:
    if len(streams) == 1 and isinstance(streams[0], (list, tuple)):
        streams = list(streams[0])
    if len(streams) < 2:
        raise ERR_MISSING_ARGS('streams')

    ac = AbortController()
    signal = ac.signal
    outerSignal = opts.get('signal') if opts else None
    lastStreamCleanup: list[Any] = []

    validateAbortSignal(outerSignal, 'options.signal')

    def abort(*_: Any) -> None:
        finishImpl(AbortError(options={'cause': getattr(outerSignal, 'reason', None)}))

    disposable = None
    if outerSignal:
        from ..events import addAbortListener
        disposable = addAbortListener(outerSignal, abort)

    error: Any = None
    value: Any = None
    destroys: list[Any] = []
    finishCount = 0

    def finish(err: Any = None, *_: Any) -> None:
        nonlocal finishCount
        finishCount -= 1
        finishImpl(err, finishCount == 0)

    def finishImpl(err: Any, final: bool = False) -> None:
        nonlocal error
        if err and (not error or getattr(error, 'code', None) == 'ERR_STREAM_PREMATURE_CLOSE'):
            error = err
        if not error and not final:
            return
        while destroys:
            destroys.pop(0)(error)
        if disposable is not None:
            disposable.dispose()
        ac.abort()
        if final:
            if not error:
                for fn in lastStreamCleanup:
                    fn()
            nextTick(callback, error, value)

    def _setValue(val: Any) -> None:
        nonlocal value
        value = val

    ret: Any = None
    count = len(streams)
    for i, stream in enumerate(streams):
        reading = i < count - 1
        writing = i > 0
        end = reading or not opts or opts.get('end') is not False
        isLastStream = i == count - 1

        if isNodeStream(stream):
            if end:
                d = destroyer(stream, reading, writing)
                destroys.append(d['destroy'])
                if isReadable(stream) and isLastStream:
                    lastStreamCleanup.append(d['cleanup'])

            def onError(err: Any = None, *_: Any) -> None:
                if (err and getattr(err, 'name', None) != 'AbortError'
                        and getattr(err, 'code', None) != 'ERR_STREAM_PREMATURE_CLOSE'):
                    finish(err)

            stream.on('error', onError)
            if isReadable(stream) and isLastStream:
                lastStreamCleanup.append(
                    lambda stream=stream, onError=onError: stream.removeListener('error', onError))

        if i == 0:
            if _isFunction(stream):
                ret = stream({'signal': signal})
                if not isIterable(ret):
                    runHookResult(ret)  # an async function's body has run in Node
                    raise ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source',
                                                   ret)
            elif isIterable(stream) or isReadableNodeStream(stream) or isTransformStream(stream):
                ret = stream
            else:
                from .duplex import Duplex
                ret = Duplex.from_(stream)
        elif _isFunction(stream):
            if isTransformStream(ret):
                ret = makeAsyncIterable(getattr(ret, 'readable', None))
            else:
                ret = makeAsyncIterable(ret)
            ret = stream(ret, {'signal': signal})
            if reading:
                if not isIterable(ret, True):
                    runHookResult(ret)  # an async function's body has run in Node
                    raise ERR_INVALID_RETURN_VALUE('AsyncIterable', f'transform[{i - 1}]', ret)
            else:
                from .passthrough import PassThrough
                pt = PassThrough({'objectMode': True})
                if _inspect.isawaitable(ret):
                    finishCount += 1
                    _settle(ret, pt, end, finish, _setValue)
                elif isIterable(ret, True):
                    finishCount += 1
                    pumpToNode(ret, pt, finish, {'end': end})
                elif isReadableStream(ret) or isTransformStream(ret):
                    toRead = getattr(ret, 'readable', None) or ret
                    finishCount += 1
                    pumpToNode(toRead, pt, finish, {'end': end})
                else:
                    raise ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret)
                ret = pt
                d = destroyer(ret, False, True)
                destroys.append(d['destroy'])
                if isLastStream:
                    lastStreamCleanup.append(d['cleanup'])
        elif isNodeStream(stream):
            if isReadableNodeStream(ret):
                finishCount += 2
                cleanup = pipe(ret, stream, finish, {'end': end})
                if isReadable(stream) and isLastStream:
                    lastStreamCleanup.append(cleanup)
            elif isTransformStream(ret) or isReadableStream(ret):
                toRead = getattr(ret, 'readable', None) or ret
                finishCount += 1
                pumpToNode(toRead, stream, finish, {'end': end})
            elif isIterable(ret):
                finishCount += 1
                pumpToNode(ret, stream, finish, {'end': end})
            else:
                raise ERR_INVALID_ARG_TYPE(
                    'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream',
                            'TransformStream'], ret)
            ret = stream
        elif isWebStream(stream):
            if isReadableNodeStream(ret):
                finishCount += 1
                pumpToWeb(makeAsyncIterable(ret), stream, finish, {'end': end})
            elif isReadableStream(ret) or isIterable(ret):
                finishCount += 1
                pumpToWeb(ret, stream, finish, {'end': end})
            elif isTransformStream(ret):
                finishCount += 1
                pumpToWeb(ret.readable, stream, finish, {'end': end})
            else:
                raise ERR_INVALID_ARG_TYPE(
                    'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream',
                            'TransformStream'], ret)
            ret = stream
        else:
            from .duplex import Duplex
            ret = Duplex.from_(stream)

    if signal.aborted or (outerSignal is not None and outerSignal.aborted):
        nextTick(abort)
    return ret


def _isFunction(value: Any) -> bool:
    # typeof value === 'function': a plain callable, not a stream or iterable object.
    return callable(value) and not isNodeStream(value) and not isIterable(value)


def _settle(awaitable: Any, pt: Any, end: bool, finish: Any, setValue: Any) -> None:
    """The last stage returned a Promise: its value ends the pipeline."""
    future = _task(_await(awaitable))

    def done(fut: asyncio.Future[Any]) -> None:
        if fut.cancelled():
            err: Any = AbortError()
        else:
            err = fut.exception()
        if err is None:
            val = fut.result()
            setValue(val)
            if val is not None:
                pt.write(val)
            if end:
                pt.end()
            nextTick(finish)
        else:
            pt.destroy(err)
            nextTick(finish, err)

    future.add_done_callback(done)  # not a loop entry: a promise reaction


async def _await(awaitable: Any) -> Any:
    return await awaitable


def pipe(src: Any, dst: Any, finish: Any, opts: dict[str, Any]) -> Any:
    end = opts['end']
    ended = False

    def onclose(*_: Any) -> None:
        if not ended:
            finish(ERR_STREAM_PREMATURE_CLOSE())

    dst.on('close', onclose)
    # If end is true there is already a listener to end dst.
    src.pipe(dst, {'end': False})
    if end:
        def endFn(*_: Any) -> None:
            nonlocal ended
            ended = True
            dst.end()

        # End the destination if the source has already ended.
        if isReadableFinished(src):
            nextTick(endFn)
        else:
            src.once('end', endFn)
    else:
        finish()

    def onsrc(err: Any = None, *_: Any) -> None:
        rState = getattr(src, '_readableState', None)
        if (err and getattr(err, 'code', None) == 'ERR_STREAM_PREMATURE_CLOSE'
                and rState is not None and rState.ended and not rState.errored
                and not rState.errorEmitted):
            src.once('end', finish).once('error', finish)
        else:
            finish(err)

    eos(src, {'readable': True, 'writable': False}, onsrc)
    return eos(dst, {'readable': False, 'writable': True}, finish)
