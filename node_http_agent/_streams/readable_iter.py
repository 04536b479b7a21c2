"""The async iterator of Node's ``internal/streams/readable.js``: ``streamToAsyncIterator``
and ``createAsyncIterator``.

``Readable.__aiter__`` (Node's ``[SymbolAsyncIterator]``) and ``Readable.iterator``
stay methods in :mod:`.readable` and call ``streamToAsyncIterator`` here.

Names that depart from Node: ``_AsyncIteratorState`` = the body of the
``createAsyncIterator`` async generator; ``ReadableAsyncIterator`` = the generator
object it returns; ``_calledByAsyncFor`` tells ``for await`` from a bare
``aiter()`` (Python has no ``return()`` on leaving a loop).
"""

from __future__ import annotations

import asyncio
import collections
import dis
import inspect as _pyinspect
import sys
import weakref
from typing import Any

from ..errors import aggregateTwoErrors
from ..util import UNDEFINED
from . import destroy as destroyImpl
from .readable_end import _wrapStatic

__all__ = ['ReadableAsyncIterator']

_GET_AITER = dis.opmap.get('GET_AITER')


def _calledByAsyncFor() -> bool:
    """Whether the caller of ``__aiter__`` is an ``async for`` (JavaScript's
    ``for await`` calls ``return()`` when left early; ``aiter(r)`` does not)."""
    try:
        caller = sys._getframe(2)
        return caller.f_code.co_code[caller.f_lasti] == _GET_AITER
    except (AttributeError, IndexError, ValueError):
        return True


def streamToAsyncIterator(stream: Any, options: Any, closeOnDrop: bool
                          ) -> ReadableAsyncIterator:
    if not callable(getattr(stream, 'read', None)):
        stream = _wrapStatic(stream, {'objectMode': True})
    return ReadableAsyncIterator(_AsyncIteratorState(stream, options), closeOnDrop)


# How a yielded chunk reaches the consumer. Node hands it over through a
# promise: from synchronous code the pending nextTicks run first; inside a
# promise chain (after any await) the consumer goes on at once. asyncio cannot
# tell the two apart, so a task counts as "synchronous" until its first wait
# in an iterator (or its first chunk), and a task utils.spawn is stepping
# inside its caller hands the chunk over a turn later.
# Tasks known to have waited (Node: running in a microtask chain).
_resumedTasks: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()


def _runTicksFirst() -> None:
    """Node hands a yielded chunk over through a promise: from synchronous code
    (a task's first step here) the pending nextTicks run before the consumer
    resumes. Run them now, unless a callback's drain is already under way."""
    from ..process import lifetime
    life = lifetime()
    if life.ticks and life.inCallback == life.stepLevel:
        life.runTicks()


class _AsyncIteratorState:
    """The body of Node's ``createAsyncIterator`` generator; the stream's
    listeners hold this object, never the iterator the consumer holds."""

    __slots__ = ('stream', 'options', 'waiter', 'error', 'cleanup', 'started', 'done',
                 'onReadable', 'busy', 'queued')

    def __init__(self, stream: Any, options: Any) -> None:
        self.stream = stream
        self.options = options
        self.waiter: asyncio.Future[None] | None = None
        # Node's `error`: UNDEFINED while running, None once ended cleanly.
        self.error: Any = UNDEFINED
        self.cleanup: Any = None
        self.started = False
        self.done = False
        self.onReadable = self.next
        # A generator runs one next() at a time; later calls wait their turn.
        self.busy = False
        self.queued: collections.deque[asyncio.Future[None]] = collections.deque()

    def next(self, *_: Any) -> None:
        """The ``'readable'`` listener: wake the pending ``__anext__``."""
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def onEos(self, err: Any = None, *_: Any) -> None:
        self.error = aggregateTwoErrors(self.error, err) if err else None
        self.next()

    def start(self) -> None:
        # An async generator runs nothing before its first next(): the
        # listeners are attached then.
        from .end_of_stream import eos
        self.started = True
        stream = self.stream
        stream.on('readable', self.onReadable)
        self.cleanup = eos(stream, {'writable': False}, self.onEos)

    async def anext(self) -> Any:
        if self.busy:
            turn = asyncio.get_running_loop().create_future()
            self.queued.append(turn)
            await turn
        if self.done:
            self.passTurn()
            raise StopAsyncIteration
        self.busy = True
        try:
            return await self.step()
        finally:
            self.busy = False
            self.passTurn()

    def passTurn(self) -> None:
        queued = self.queued
        while queued:
            turn = queued.popleft()
            if not turn.done():
                turn.set_result(None)
                return

    async def step(self) -> Any:
        """One pass of the generator's loop, up to its next ``yield``."""
        if not self.started:
            self.start()
        stream = self.stream
        try:
            while True:
                chunk = None if stream.destroyed else stream.read()
                if chunk is not None:
                    task = asyncio.current_task()
                    if task is not None and task not in _resumedTasks:
                        if getattr(task.get_coro(), 'cr_frame', None) is not None and \
                                _pyinspect.getcoroutinestate(task.get_coro()) == 'CORO_CREATED':  # type: ignore[arg-type]
                            # utils.spawn is running the task's first step inside its
                            # caller: Node's hand-over is a promise, so the caller's
                            # synchronous code goes on first.
                            await asyncio.sleep(0)
                        else:
                            # The first yield of a task that has not waited yet.
                            _resumedTasks.add(task)
                            _runTicksFirst()
                    return chunk
                error = self.error
                if error is None:
                    self.finish()
                    raise StopAsyncIteration
                if error is not UNDEFINED:
                    raise error
                self.waiter = asyncio.get_running_loop().create_future()
                task = asyncio.current_task()
                if task is not None:
                    # After this wait the task runs as a promise continuation (a
                    # microtask): later yields reach the consumer before nextTicks.
                    _resumedTasks.add(task)
                await self.waiter
                if self.done:  # return() ran meanwhile
                    raise StopAsyncIteration
        except StopAsyncIteration:
            raise
        except asyncio.CancelledError:
            # A cancelled consumer leaves the loop as a `return()` would.
            self.finish()
            raise
        except BaseException as err:
            self.error = aggregateTwoErrors(self.error, err)
            self.finish()
            raise self.error  # noqa: B904 - the aggregate is what Node rejects with

    def throw(self, err: Any) -> None:
        """The generator's ``throw(err)`` while suspended at ``yield``."""
        if self.done or not self.started:
            self.done = True
            raise err
        self.error = aggregateTwoErrors(self.error, err)
        self.finish()
        raise self.error

    def finish(self) -> None:
        """The generator's ``finally`` block."""
        if self.done:
            return
        self.done = True
        if not self.started:
            return
        stream = self.stream
        error = self.error
        destroyOnReturn = (self.options or {}).get('destroyOnReturn')
        hasError = error is not None and error is not UNDEFINED
        if ((hasError or destroyOnReturn is not False)
                and (error is UNDEFINED or stream._readableState.autoDestroy)):
            destroyImpl.destroyer(stream, None)
        else:
            stream.off('readable', self.onReadable)
            self.cleanup()


class ReadableAsyncIterator:
    """What ``readable.iterator()`` and ``async for chunk in readable`` use (Node's
    ``createAsyncIterator``, an async generator).

    Leaving an ``async for`` early (``break``, ``return``, an exception)
    destroys the stream as Node's ``return()`` does (unless
    ``destroyOnReturn: False``): the loop drops the iterator it got from
    ``__aiter__`` at once and the drop runs the generator's ``finally``.
    ``aclose()`` (also ``return_()``) does it explicitly. ``next()`` gives
    JavaScript's ``{'value': ..., 'done': ...}``.
    """

    __slots__ = ('_state', '_closeOnDrop')

    def __init__(self, state: _AsyncIteratorState, closeOnDrop: bool) -> None:
        self._state = state
        self._closeOnDrop = closeOnDrop

    @property
    def stream(self) -> Any:
        return self._state.stream

    def __aiter__(self) -> ReadableAsyncIterator:
        if not _calledByAsyncFor():
            return self
        # The object an `async for` holds: dropping it (the loop left) ends the
        # iteration, as the loop's return() does in JavaScript.
        return ReadableAsyncIterator(self._state, True)

    def __anext__(self) -> Any:
        return self._state.anext()

    async def next(self) -> dict[str, Any]:
        """JavaScript's ``iterator.next()``: ``{'value': ..., 'done': ...}``."""
        try:
            value = await self._state.anext()
        except StopAsyncIteration:
            return {'value': None, 'done': True}
        return {'value': value, 'done': False}

    async def aclose(self) -> None:
        self._state.finish()

    async def return_(self, value: Any = None) -> dict[str, Any]:
        """JavaScript's ``iterator.return()``."""
        self._state.finish()
        return {'value': value, 'done': True}

    async def athrow(self, err: Any) -> Any:
        self._state.throw(err)

    throw = athrow

    def __del__(self) -> None:
        state = self._state
        if self._closeOnDrop and state.started and not state.done:
            state.finish()
