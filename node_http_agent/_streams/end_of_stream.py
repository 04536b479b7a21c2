"""Node's ``internal/streams/end-of-stream.js``: ``eos`` (``stream.finished``).

``eos(stream, options, callback)`` calls ``callback()`` once the stream is
done (ended and/or finished, or closed), ``callback(err)`` on an error or a
premature close, and returns a ``cleanup`` function that removes its
listeners. ``finished(stream, opts)`` is the awaitable form
(``stream.promises.finished``): it attaches at call time and returns an
asyncio future.
"""

from __future__ import annotations

import asyncio
from typing import Any

from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_NO_RUNNING_LOOP,
    ERR_STREAM_PREMATURE_CLOSE,
    AbortError,
)
from ..process import nextTick
from ..util import UNDEFINED
from ..validators import validateAbortSignal, validateBoolean, validateFunction, validateObject
from .utils import (
    isClosed,
    isNodeStream,
    isReadable,
    isReadableErrored,
    isReadableFinished,
    isReadableNodeStream,
    isReadableStream,
    isWritable,
    isWritableErrored,
    isWritableFinished,
    isWritableNodeStream,
    isWritableStream,
    kIsClosedPromise,
)
from .utils import willEmitClose as _willEmitClose

__all__ = ['eos', 'finished']


def isRequest(stream: Any) -> bool:
    return bool(getattr(stream, 'setHeader', None)) and callable(getattr(stream, 'abort', None))


def nop(*_: Any) -> None:
    pass


def _get(options: Any, key: str) -> Any:
    """``options[key]`` of a dict or an object (``None`` when absent)."""
    if isinstance(options, dict):
        return options.get(key)
    return getattr(options, key, None)


def _once(callback: Any) -> Any:
    """Node's ``once`` of internal/util: only the first call goes through."""
    called = False

    def wrapper(*args: Any) -> Any:
        nonlocal called
        if called:
            return None
        called = True
        return callback(*args)

    return wrapper


def eos(stream: Any, options: Any = UNDEFINED, callback: Any = UNDEFINED) -> Any:
    """``stream.finished(stream[, options], callback)``: returns the cleanup function."""
    if callback is UNDEFINED:
        callback = options
        options = {}
    elif options is None or options is UNDEFINED:
        options = {}
    else:
        validateObject(options, 'options')
    validateFunction(callback, 'callback')
    signal = _get(options, 'signal')
    validateAbortSignal(signal, 'options.signal')
    callback = _once(callback)

    if isReadableStream(stream) or isWritableStream(stream):
        return eosWeb(stream, options, callback)
    if not isNodeStream(stream):
        raise ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream)

    readable = _get(options, 'readable')
    if readable is None:
        readable = isReadableNodeStream(stream)
    writable = _get(options, 'writable')
    if writable is None:
        writable = isWritableNodeStream(stream)

    wState = getattr(stream, '_writableState', None)
    rState = getattr(stream, '_readableState', None)

    def onlegacyfinish(*_: Any) -> None:
        if not getattr(stream, 'writable', None):
            onfinish()

    willEmitClose = (_willEmitClose(stream) and isReadableNodeStream(stream) == readable
                     and isWritableNodeStream(stream) == writable)

    writableFinished = isWritableFinished(stream, False)

    def onfinish(*_: Any) -> None:
        nonlocal writableFinished, willEmitClose
        writableFinished = True
        if getattr(stream, 'destroyed', None):
            willEmitClose = False
        if willEmitClose and (not getattr(stream, 'readable', None) or readable):
            return
        if not readable or readableFinished:
            callback()

    readableFinished = isReadableFinished(stream, False)

    def onend(*_: Any) -> None:
        nonlocal readableFinished, willEmitClose
        readableFinished = True
        if getattr(stream, 'destroyed', None):
            willEmitClose = False
        if willEmitClose and (not getattr(stream, 'writable', None) or writable):
            return
        if not writable or writableFinished:
            callback()

    def onerror(err: Any = None, *_: Any) -> None:
        callback(err)

    closed = isClosed(stream)

    def onclose(*_: Any) -> None:
        nonlocal closed
        closed = True
        errored = isWritableErrored(stream) or isReadableErrored(stream)
        if errored and not isinstance(errored, bool):
            callback(errored)
            return
        if readable and not readableFinished and isReadableNodeStream(stream, True):
            if not isReadableFinished(stream, False):
                callback(ERR_STREAM_PREMATURE_CLOSE())
                return
        if writable and not writableFinished:
            if not isWritableFinished(stream, False):
                callback(ERR_STREAM_PREMATURE_CLOSE())
                return
        callback()

    def onclosed(*_: Any) -> None:
        nonlocal closed
        closed = True
        errored = isWritableErrored(stream) or isReadableErrored(stream)
        if errored and not isinstance(errored, bool):
            callback(errored)
            return
        callback()

    def onrequest(*_: Any) -> None:
        stream.req.on('finish', onfinish)

    if isRequest(stream):
        stream.on('complete', onfinish)
        if not willEmitClose:
            stream.on('abort', onclose)
        if getattr(stream, 'req', None):
            onrequest()
        else:
            stream.on('request', onrequest)
    elif writable and wState is None:  # legacy streams
        stream.on('end', onlegacyfinish)
        stream.on('close', onlegacyfinish)

    if not willEmitClose and isinstance(getattr(stream, 'aborted', None), bool):
        stream.on('aborted', onclose)

    stream.on('end', onend)
    stream.on('finish', onfinish)
    if _get(options, 'error') is not False:
        stream.on('error', onerror)
    stream.on('close', onclose)

    if closed:
        nextTick(onclose)
    elif (wState is not None and wState.errorEmitted) or (
            rState is not None and rState.errorEmitted):
        if not willEmitClose:
            nextTick(onclosed)
    elif (not readable and (not willEmitClose or isReadable(stream))
          and (writableFinished or isWritable(stream) is False)
          and (wState is None or getattr(wState, 'pendingcb', None) in (None, 0))):
        nextTick(onclosed)
    elif (not writable and (not willEmitClose or isWritable(stream))
          and (readableFinished or isReadable(stream) is False)):
        nextTick(onclosed)
    elif rState is not None and getattr(stream, 'req', None) and getattr(stream, 'aborted', None):
        nextTick(onclosed)

    def cleanup(*_: Any) -> None:
        nonlocal callback
        callback = nop
        stream.removeListener('aborted', onclose)
        stream.removeListener('complete', onfinish)
        stream.removeListener('abort', onclose)
        stream.removeListener('request', onrequest)
        req = getattr(stream, 'req', None)
        if req:
            req.removeListener('finish', onfinish)
        stream.removeListener('end', onlegacyfinish)
        stream.removeListener('close', onlegacyfinish)
        stream.removeListener('finish', onfinish)
        stream.removeListener('end', onend)
        stream.removeListener('error', onerror)
        stream.removeListener('close', onclose)

    if signal and not closed:
        def abort(*_: Any) -> None:
            endCallback = callback
            cleanup()
            endCallback(AbortError(options={'cause': getattr(signal, 'reason', None)}))

        callback = _onAbort(signal, abort, callback)

    return cleanup


def _onAbort(signal: Any, abort: Any, callback: Any) -> Any:
    """Run ``abort`` a tick later if ``signal`` is aborted, else on its 'abort';
    returns the callback to use from now on (it drops the abort listener)."""
    if signal.aborted:
        nextTick(abort)
        return callback
    from ..events import addAbortListener
    disposable = addAbortListener(signal, abort)

    def disposing(*args: Any) -> None:
        disposable.dispose()
        callback(*args)

    return _once(disposing)


def eosWeb(stream: Any, options: Any, callback: Any) -> Any:
    """``eos`` for a web stream: its closed promise (a future here) settles it."""
    isAborted = False
    signal = _get(options, 'signal')
    if signal:
        def abort(*_: Any) -> None:
            nonlocal isAborted
            isAborted = True
            callback(AbortError(options={'cause': getattr(signal, 'reason', None)}))

        callback = _onAbort(signal, abort, callback)

    def resolverFn(future: Any) -> None:
        if not isAborted:
            err = None if future.cancelled() else future.exception()
            args = (err,) if err is not None else ()
            nextTick(callback, *args)

    getattr(stream, kIsClosedPromise)['promise'].add_done_callback(resolverFn)  # not a loop entry: a promise reaction
    return nop


def _loop(what: str) -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        raise ERR_NO_RUNNING_LOOP(what) from None


def finished(stream: Any, opts: Any = None) -> asyncio.Future[None]:
    """``stream.promises.finished(stream, opts)``: a future, its listeners attached now."""
    autoCleanup = False
    if opts is None:
        opts = {}
    if _get(opts, 'cleanup'):
        validateBoolean(_get(opts, 'cleanup'), 'cleanup')
        autoCleanup = _get(opts, 'cleanup')
    future: asyncio.Future[None] = _loop('stream.promises.finished()').create_future()
    cleanup: Any = None

    def done(err: Any = None, *_: Any) -> None:
        if autoCleanup:
            cleanup()
        if future.done():
            return
        if err:
            future.set_exception(_asException(err))
        else:
            future.set_result(None)

    cleanup = eos(stream, opts, done)
    return future


def _asException(err: Any) -> BaseException:
    if isinstance(err, BaseException):
        return err
    from ..events import _unhandled
    return _unhandled(err)
