"""Node's ``internal/streams/utils.js``: predicates on anything stream-like.

Each predicate reads only the fields Node reads, through ``getattr``, so it
works on any object that has them (a legacy stream, an http message, a plain
object with ``_readableState``). Node's ``SymbolFor('nodejs.stream.*')`` keys
are attribute names here (``kIsDestroyed`` ...), read with ``getattr``.
"""

from __future__ import annotations

import asyncio
import asyncio.tasks as _tasks
import inspect as _pyinspect
from inspect import isawaitable as _isawaitable
from typing import Any

from ..util import UNDEFINED

__all__ = [
    'isDestroyed', 'kIsDestroyed', 'isDisturbed', 'kIsDisturbed', 'isErrored', 'kIsErrored',
    'isReadable', 'kIsReadable', 'kIsClosedPromise', 'kControllerErrorFunction', 'kIsWritable',
    'isClosed', 'isDuplexNodeStream', 'isFinished', 'isIterable', 'isReadableNodeStream',
    'isReadableStream', 'isReadableEnded', 'isReadableFinished', 'isReadableErrored',
    'isNodeStream', 'isWebStream', 'isWritable', 'isWritableNodeStream', 'isWritableStream',
    'isWritableEnded', 'isWritableFinished', 'isWritableErrored', 'isServerRequest',
    'isServerResponse', 'willEmitClose', 'isTransformStream', 'isOutgoingMessage',
    'runHookResult', 'spawn',
]

# Node's global symbols, as attribute names (Python has no symbol-keyed properties).
kIsDestroyed = '_nhaIsDestroyed'
kIsErrored = '_nhaIsErrored'
kIsReadable = '_nhaIsReadable'
kIsWritable = '_nhaIsWritable'
kIsDisturbed = '_nhaIsDisturbed'
kIsClosedPromise = '_nhaIsClosedPromise'
kControllerErrorFunction = '_nhaControllerErrorFunction'


def _fn(obj: Any, name: str) -> bool:
    """``typeof obj[name] === 'function'``."""
    return callable(getattr(obj, name, None))


def _get(obj: Any, name: str) -> Any:
    """``obj?.[name]``: ``None`` for a missing object or field."""
    return None if obj is None else getattr(obj, name, None)


def isReadableNodeStream(obj: Any, strict: bool = False) -> bool:
    if not obj or not _fn(obj, 'pipe') or not _fn(obj, 'on'):
        return False
    if strict and not (_fn(obj, 'pause') and _fn(obj, 'resume')):
        return False
    w = getattr(obj, '_writableState', None)
    r = getattr(obj, '_readableState', None)
    # A Writable has .pipe too (legacy Stream); a Duplex needs a readable side.
    return w is None or (_get(r, 'readable') is not False and r is not None)


def isWritableNodeStream(obj: Any) -> bool:
    if not obj or not _fn(obj, 'write') or not _fn(obj, 'on'):
        return False
    return (getattr(obj, '_readableState', None) is None
            or _get(getattr(obj, '_writableState', None), 'writable') is not False)


def isDuplexNodeStream(obj: Any) -> bool:
    return bool(obj and _fn(obj, 'pipe') and getattr(obj, '_readableState', None) is not None
                and _fn(obj, 'on') and _fn(obj, 'write'))


def isNodeStream(obj: Any) -> bool:
    if not obj:
        return False
    return (getattr(obj, '_readableState', None) is not None
            or getattr(obj, '_writableState', None) is not None
            or (_fn(obj, 'write') and _fn(obj, 'on'))
            or (_fn(obj, 'pipe') and _fn(obj, 'on')))


def isReadableStream(obj: Any) -> bool:
    return bool(obj and not isNodeStream(obj) and _fn(obj, 'pipeThrough')
                and _fn(obj, 'getReader') and _fn(obj, 'cancel'))


def isWritableStream(obj: Any) -> bool:
    return bool(obj and not isNodeStream(obj) and _fn(obj, 'getWriter') and _fn(obj, 'abort'))


def isTransformStream(obj: Any) -> bool:
    if not obj or isNodeStream(obj) or isinstance(obj, dict):
        return False
    readable = getattr(obj, 'readable', None)
    writable = getattr(obj, 'writable', None)
    # typeof x === 'object': not a primitive, not a function.
    return (readable is not None and writable is not None
            and not isinstance(readable, (bool, int, float, str, bytes))
            and not isinstance(writable, (bool, int, float, str, bytes))
            and not callable(readable) and not callable(writable))


def isWebStream(obj: Any) -> bool:
    return isReadableStream(obj) or isWritableStream(obj) or isTransformStream(obj)


def isIterable(obj: Any, isAsync: bool | None = None) -> bool:
    # A dict is a plain JavaScript object, a future a Promise: not iterable
    # (asyncio.Future has __iter__ for `yield from`).
    if obj is None or isinstance(obj, (dict, asyncio.Future)):
        return False
    cls = type(obj)
    if isAsync is True:
        return hasattr(cls, '__aiter__')
    if isAsync is False:
        return hasattr(cls, '__iter__')
    return hasattr(cls, '__aiter__') or hasattr(cls, '__iter__')


def isDestroyed(stream: Any) -> bool | None:
    """Node's ``stream.isDestroyed()``."""
    if not isNodeStream(stream):
        return None
    wState: Any = getattr(stream, '_writableState', None)
    state = wState if wState is not None else getattr(stream, '_readableState', None)
    return bool(getattr(stream, 'destroyed', False) or getattr(stream, kIsDestroyed, False)
                or (state is not None and state.destroyed))


def isWritableEnded(stream: Any) -> bool | None:
    """Has ``end()`` been called."""
    if not isWritableNodeStream(stream):
        return None
    if getattr(stream, 'writableEnded', None) is True:
        return True
    wState: Any = getattr(stream, '_writableState', None)
    if wState is not None and wState.errored:
        return False
    ended = _get(wState, 'ended')
    if not isinstance(ended, bool):
        return None
    return ended


def isWritableFinished(stream: Any, strict: bool | None = None) -> bool | None:
    """Has ``'finish'`` been emitted."""
    if not isWritableNodeStream(stream):
        return None
    if getattr(stream, 'writableFinished', None) is True:
        return True
    wState: Any = getattr(stream, '_writableState', None)
    if wState is not None and wState.errored:
        return False
    if not isinstance(_get(wState, 'finished'), bool):
        return None
    return bool(wState.finished or (strict is False and wState.ended is True
                                    and wState.length == 0))


def isReadableEnded(stream: Any) -> bool | None:
    """Has ``push(None)`` been called."""
    if not isReadableNodeStream(stream):
        return None
    if getattr(stream, 'readableEnded', None) is True:
        return True
    rState: Any = getattr(stream, '_readableState', None)
    if rState is None or rState.errored:
        return False
    if not isinstance(_get(rState, 'ended'), bool):
        return None
    return rState.ended  # type: ignore[no-any-return]


def isReadableFinished(stream: Any, strict: bool | None = None) -> bool | None:
    """Has ``'end'`` been emitted."""
    if not isReadableNodeStream(stream):
        return None
    rState: Any = getattr(stream, '_readableState', None)
    if rState is not None and rState.errored:
        return False
    if not isinstance(_get(rState, 'endEmitted'), bool):
        return None
    return bool(rState.endEmitted or (strict is False and rState.ended is True
                                      and rState.length == 0))


def isReadable(stream: Any) -> bool | None:
    """Node's ``stream.isReadable()``."""
    flag = getattr(stream, kIsReadable, None) if stream else None
    if flag is not None:
        return flag  # type: ignore[no-any-return]
    if not isinstance(_get(stream, 'readable'), bool):
        return None
    if isDestroyed(stream):
        return False
    return bool(isReadableNodeStream(stream) and stream.readable
                and not isReadableFinished(stream))


def isWritable(stream: Any) -> bool | None:
    """Node's ``stream.isWritable()``."""
    flag = getattr(stream, kIsWritable, None) if stream else None
    if flag is not None:
        return flag  # type: ignore[no-any-return]
    if not isinstance(_get(stream, 'writable'), bool):
        return None
    if isDestroyed(stream):
        return False
    return bool(isWritableNodeStream(stream) and stream.writable and not isWritableEnded(stream))


def isFinished(stream: Any, opts: Any = None) -> bool | None:
    if not isNodeStream(stream):
        return None
    if isDestroyed(stream):
        return True
    opts = opts or {}
    if opts.get('readable') is not False and isReadable(stream):
        return False
    if opts.get('writable') is not False and isWritable(stream):
        return False
    return True


def isWritableErrored(stream: Any) -> Any:
    if not isNodeStream(stream):
        return None
    errored = getattr(stream, 'writableErrored', None)
    if errored:
        return errored
    return _get(getattr(stream, '_writableState', None), 'errored')


def isReadableErrored(stream: Any) -> Any:
    if not isNodeStream(stream):
        return None
    errored = getattr(stream, 'readableErrored', None)
    if errored:
        return errored
    return _get(getattr(stream, '_readableState', None), 'errored')


def isClosed(stream: Any) -> bool | None:
    if not isNodeStream(stream):
        return None
    closed = getattr(stream, 'closed', None)
    if isinstance(closed, bool):
        return closed
    wClosed = _get(getattr(stream, '_writableState', None), 'closed')
    rClosed = _get(getattr(stream, '_readableState', None), 'closed')
    if isinstance(wClosed, bool) or isinstance(rClosed, bool):
        return bool(wClosed or rClosed)
    if isinstance(getattr(stream, '_closed', None), bool) and isOutgoingMessage(stream):
        return stream._closed  # type: ignore[no-any-return]
    return None


def isOutgoingMessage(stream: Any) -> bool:
    return (isinstance(getattr(stream, '_closed', None), bool)
            and isinstance(getattr(stream, '_defaultKeepAlive', None), bool)
            and isinstance(getattr(stream, '_removedConnection', None), bool)
            and isinstance(getattr(stream, '_removedContLen', None), bool))


def isServerResponse(stream: Any) -> bool:
    return isinstance(getattr(stream, '_sent100', None), bool) and isOutgoingMessage(stream)


def isServerRequest(stream: Any) -> bool:
    # stream.req?.upgradeOrConnect === undefined: a missing field (or UNDEFINED).
    req = getattr(stream, 'req', None)
    upgrade = UNDEFINED if req is None else getattr(req, 'upgradeOrConnect', UNDEFINED)
    return (isinstance(getattr(stream, '_consuming', None), bool)
            and isinstance(getattr(stream, '_dumped', None), bool)
            and upgrade is UNDEFINED)


def willEmitClose(stream: Any) -> bool | None:
    if not isNodeStream(stream):
        return None
    wState: Any = getattr(stream, '_writableState', None)
    state = wState if wState is not None else getattr(stream, '_readableState', None)
    return bool((state is None and isServerResponse(stream))
                or (state is not None and state.autoDestroy and state.emitClose
                    and state.closed is False))


def _coalesce(*values: Any) -> Any:
    """JavaScript's ``a ?? b ?? ...``: the first value that is not null/undefined."""
    for value in values:
        if value is not None and value is not UNDEFINED:
            return value
    return None


def isDisturbed(stream: Any) -> bool:
    """Node's ``stream.isDisturbed()``."""
    if not stream:
        return False
    flag = getattr(stream, kIsDisturbed, None)
    if flag is not None:
        return bool(flag)
    return bool(getattr(stream, 'readableDidRead', None)
                or getattr(stream, 'readableAborted', None))


def isErrored(stream: Any) -> bool:
    """Node's ``stream.isErrored()``."""
    if not stream:
        return False
    r = getattr(stream, '_readableState', None)
    w = getattr(stream, '_writableState', None)
    return bool(_coalesce(getattr(stream, kIsErrored, None),
                          getattr(stream, 'readableErrored', None),
                          getattr(stream, 'writableErrored', None),
                          _get(r, 'errorEmitted'), _get(w, 'errorEmitted'),
                          _get(r, 'errored'), _get(w, 'errored')))


def runHookResult(result: Any) -> None:
    """A hook (``_write``, ``_final``, ``_read``, ...) returned ``result``.

    An ``async def`` hook returns a coroutine: as Node runs an async
    function's body up to its first ``await`` inside the call, ``spawn`` runs
    that first step now and the rest as a task; its failure is an unhandled
    rejection (routed to the loop's exception handler). Node ignores any other
    return value.
    """
    if _isawaitable(result):
        from ..events import _reportFailure
        spawn(result).add_done_callback(_reportFailure)  # not a loop entry: a promise reaction


_running: set[asyncio.Future[Any]] = set()


def spawn(awaitable: Any) -> asyncio.Future[Any]:
    """Run ``awaitable`` as JavaScript runs an async call, in a task kept alive
    until done (asyncio keeps only weak references to tasks).

    A coroutine's first step runs now, inside the call, with the new task as
    the current task (what Python 3.12's eager tasks do): a JS async function
    runs synchronously up to its first ``await``. The task carries on from
    there.
    """
    loop = asyncio._get_running_loop()
    if loop is None:
        from ..errors import ERR_NO_RUNNING_LOOP
        if _pyinspect.iscoroutine(awaitable):
            awaitable.close()
        raise ERR_NO_RUNNING_LOOP('A stream task')
    future: asyncio.Future[Any]
    if not _pyinspect.iscoroutine(awaitable):
        future = asyncio.ensure_future(awaitable)  # not a loop entry: a JS promise
    else:
        outcome: list[Any] = []
        future = loop.create_task(_carryOn(awaitable, outcome))  # not a loop entry: a JS async function
        previous = _tasks.current_task(loop)
        if previous is not None:
            _tasks._leave_task(loop, previous)
        _tasks._enter_task(loop, future)
        try:
            outcome[:] = ['yield', awaitable.send(None)]
        except StopIteration as stop:
            outcome[:] = ['return', stop.value]
        except BaseException as exc:  # noqa: BLE001 - the task raises it, as a rejection
            outcome[:] = ['raise', exc]
        finally:
            _tasks._leave_task(loop, future)
            if previous is not None:
                _tasks._enter_task(loop, previous)
    _running.add(future)
    future.add_done_callback(_running.discard)  # not a loop entry: bookkeeping only
    return future


async def _carryOn(coro: Any, outcome: list[Any]) -> Any:
    """The rest of a coroutine whose first step ``spawn`` ran: wait for what it
    yielded, then send (or throw) into it, as an asyncio Task steps it."""
    kind, value = outcome
    if kind == 'return':
        return value
    if kind == 'raise':
        raise value
    yielded = value
    first = True
    while True:
        error: BaseException | None = None
        try:
            if yielded is None:
                # A bare `yield` waits one loop turn; the task's own first step
                # already is that turn after the eager step.
                if not first:
                    await asyncio.sleep(0)
            else:
                # Taken over as a Task takes a yielded future (else awaiting
                # it again fails: "await wasn't used with future").
                yielded._asyncio_future_blocking = False
                await yielded
        except BaseException as exc:  # noqa: BLE001 - the coroutine receives it
            error = exc
        first = False
        try:
            yielded = coro.throw(error) if error is not None else coro.send(None)
        except StopIteration as stop:
            return stop.value
