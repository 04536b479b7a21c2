"""The part of Node's ``process`` a port needs: ``nextTick`` and the process lifetime.

``run(main)`` gives a program Node's lifetime on a fresh asyncio loop: it
returns once ``main`` is done and nothing ref'd is left — our sockets,
servers and timers unless ``unref()``'d, plain asyncio timers, ready
callbacks, pending ``nextTick``s (API.md, ruling 10). Tasks that wait on
futures nothing ref'd can resolve are cancelled then, as Node exits with a
pending Promise. An exception that escapes a callback ends ``run`` by
raising it, after closing every handle.

Handles take part through :func:`ref` / :func:`unref` on the running loop's
:class:`Lifetime`; timers that are ``unref()``'d register their
``TimerHandle`` with :meth:`Lifetime.unrefTimer`.
"""

from __future__ import annotations

import asyncio
import collections
import inspect
import os
import sys
import weakref
from collections.abc import Callable
from typing import Any

from .errors import ERR_NO_RUNNING_LOOP

__all__ = ['nextTick', 'run', 'Lifetime', 'lifetime', 'emitWarning', 'env', 'platform']

env = os.environ
platform = sys.platform


class Lifetime:
    """Per-loop bookkeeping of what keeps a ``run()`` alive, and the nextTick queue."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.refs = 0
        self.unrefTimers: set[asyncio.TimerHandle] = set()
        self.ticks: collections.deque[tuple[Callable[..., Any], tuple[Any, ...]]] = \
            collections.deque()
        self.tickScheduled = False
        # >0 while a transport/timer callback runs: it drains the ticks itself
        # when it returns, so queueing one needs no call_soon (and no extra turn).
        self.inCallback = 0
        self.changed: asyncio.Event | None = None
        self.failure: BaseException | None = None
        self.driver: asyncio.Task[Any] | None = None
        self.handles: weakref.WeakSet[Any] = weakref.WeakSet()
        # Hop chains (afterHops) and immediates queued and not run yet: they keep
        # run() alive on a loop whose ready queue we cannot see (uvloop).
        self.pending = 0

    def ref(self) -> None:
        self.refs += 1

    def unref(self) -> None:
        self.refs -= 1
        if self.refs <= 0 and self.changed is not None:
            self.changed.set()

    def track(self, handle: Any) -> None:
        """Remember a handle so ``run()`` can close it when it ends by an error."""
        self.handles.add(handle)

    def unrefTimer(self, handle: asyncio.TimerHandle) -> None:
        self.unrefTimers.add(handle)

    def refTimer(self, handle: asyncio.TimerHandle) -> None:
        self.unrefTimers.discard(handle)

    # -- nextTick -------------------------------------------------------------------

    def runCallback(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a callback from the loop, then drain the nextTick queue (Node's order)."""
        self.inCallback += 1
        failed = True
        try:
            result = fn(*args)
            failed = False
            return result
        finally:
            self.leaveCallback(failed)

    def leaveCallback(self, failed: bool) -> None:
        """End of a callback from the loop: drain the nextTick queue, as Node does."""
        self.inCallback -= 1
        if self.ticks and not self.inCallback:
            if failed:  # the error propagates; the queue still runs, a turn later
                if not self.tickScheduled:
                    self.tickScheduled = True
                    self.loop.call_soon(self.runTicks)
            else:
                self.runTicks()

    def runTicks(self) -> None:
        ticks = self.ticks
        self.inCallback += 1  # ticks queued while draining join this drain
        try:
            while ticks:
                fn, args = ticks.popleft()
                fn(*args)
        finally:
            self.inCallback -= 1
            self.tickScheduled = False
            if ticks:
                self.tickScheduled = True
                self.loop.call_soon(self.runTicks)

    # -- libuv's phases, approximated ---------------------------------------------------

    def afterHops(self, hops: int, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn`` after ``hops`` turns of the ready queue.

        asyncio has one ready queue where libuv has phases. Node runs nextTicks
        first, then immediates (check phase), then close callbacks (close phase);
        ``timers.setImmediate`` waits 2 hops and handle closes 3, which keeps
        that order for work scheduled in the same turn.
        """
        self.pending += 1
        self.loop.call_soon(self._hop, hops, fn, args)

    def _hop(self, hops: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        if hops > 1:
            self.loop.call_soon(self._hop, hops - 1, fn, args)
        else:
            self.pending -= 1
            fn(*args)

    # -- exit test -------------------------------------------------------------------

    def busy(self) -> float | None:
        """``None`` if the process may exit now, else how long to wait before looking again."""
        if self.ticks or self.pending:
            return 0
        loop = self.loop
        if getattr(loop, '_ready', None):
            return 0
        if self.refs > 0:
            return -1
        unref = self.unrefTimers
        scheduled = getattr(loop, '_scheduled', None)
        if scheduled is not None:
            live = [h.when() for h in scheduled if not h.cancelled() and h not in unref]
        else:  # uvloop: the handles our loop subclass recorded (fired ones stay listed)
            now = loop.time()
            live = [h.when() for h in list(getattr(loop, 'timerHandles', ()))
                    if not h.cancelled() and h not in unref and h.when() > now]
        if live:
            return max(0.0, float(min(live)) - loop.time())
        return None


_lifetimes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Lifetime] = \
    weakref.WeakKeyDictionary()


_running_loop = asyncio._get_running_loop  # the C fast path of get_running_loop()
_last: list[Any] = [None, None]  # (loop, Lifetime) of the last lookup: the hot case


def lifetime(loop: asyncio.AbstractEventLoop | None = None) -> Lifetime:
    """The :class:`Lifetime` of ``loop`` (default: the running loop)."""
    if loop is None:
        loop = _running_loop()
        if loop is None:
            raise ERR_NO_RUNNING_LOOP('This call')
    if _last[0] is loop:
        return _last[1]  # type: ignore[no-any-return]
    found = _lifetimes.get(loop)
    if found is None:
        found = _lifetimes[loop] = Lifetime(loop)
    _last[0] = loop
    _last[1] = found
    return found


def nextTick(callback: Callable[..., Any], *args: Any) -> None:
    """Run ``callback(*args)`` before I/O and timers not yet due, FIFO with other ticks."""
    if not callable(callback):
        from .errors import ERR_INVALID_ARG_TYPE
        raise ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
    loop = _running_loop()
    life = _last[1] if loop is not None and _last[0] is loop else lifetime(loop)
    life.ticks.append((callback, args))
    if not life.tickScheduled and not life.inCallback:
        life.tickScheduled = True
        life.loop.call_soon(life.runTicks)


def __getattr__(name: str) -> Any:  # process.stdout/process.stderr, made on first use (_stdio.py)
    if name not in ('stdout', 'stderr'):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return __import__('node_http_agent._stdio', fromlist=['_']).getStdio(name)


def emitWarning(warning: Warning | str, category: type[Warning] = UserWarning) -> None:
    import warnings
    if isinstance(warning, Warning):
        warnings.warn(warning, stacklevel=2)
    else:
        warnings.warn(warning, category, stacklevel=2)


def _exception_handler(life: Lifetime) -> Callable[[asyncio.AbstractEventLoop, dict[str, Any]],
                                                   None]:
    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get('exception')
        if exc is None or isinstance(exc, (asyncio.CancelledError, GeneratorExit)):
            loop.default_exception_handler(context)
            return
        if life.failure is None:
            life.failure = exc
        if life.driver is not None and not life.driver.done():
            life.driver.cancel()
    return handle


#: Called at the start of every ``run()``: objects that outlive a loop (the
#: global agents) drop what belonged to loops that are closed.
beforeRun: list[Callable[[], None]] = []


def run(main: Callable[[], Any], *, loop_factory: Callable[[], asyncio.AbstractEventLoop]
        | None = None) -> Any:
    """Run ``main`` (a function or coroutine function) with Node's process lifetime.

    Returns what ``main`` returned, once it is done and no ref'd handle is left.
    """
    for hook in beforeRun:
        hook()
    if loop_factory is None:
        loop_factory = _default_loop_factory()
    loop = loop_factory()
    life = lifetime(loop)
    loop.set_exception_handler(_exception_handler(life))

    async def drive() -> Any:
        life.changed = asyncio.Event()
        result = main()
        if inspect.isawaitable(result):
            result = await result
        while True:
            wait = life.busy()
            if wait is None:
                # One more turn lets just-finished work settle. On a loop whose
                # ready queue we cannot see (uvloop), keep turning while some
                # task is about to run (what it awaits is done), until a ref'd
                # handle shows up (then wait for it as above).
                await asyncio.sleep(0)
                if not hasattr(loop, '_ready'):
                    quiet = 0
                    for _ in range(1000):
                        if quiet >= 3 or life.refs > 0:
                            break
                        quiet = 0 if (life.ticks or life.pending or _runnable_tasks(loop)) \
                            else quiet + 1
                        await asyncio.sleep(0)
                if life.busy() is None:
                    break
                continue
            if wait == 0:
                await asyncio.sleep(0)
                continue
            life.changed.clear()
            try:
                await asyncio.wait_for(life.changed.wait(), None if wait < 0 else wait)
            except asyncio.TimeoutError:
                pass
        return result

    asyncio.set_event_loop(loop)
    try:
        task = life.driver = loop.create_task(drive())
        try:
            return loop.run_until_complete(task)
        except asyncio.CancelledError:
            if life.failure is not None:
                raise life.failure from None
            raise
    finally:
        try:
            # Like Node's exit: unref'd handles (idle pooled sockets) are closed
            # without any event; agents forget them at the next run().
            _close_handles(life)
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _runnable_tasks(loop: asyncio.AbstractEventLoop) -> bool:
    current = asyncio.current_task(loop)
    for task in asyncio.all_tasks(loop):
        if task is current or task.done():
            continue
        waiting = getattr(task, '_fut_waiter', None)
        if waiting is None or waiting.done():
            return True
    return False


def _close_handles(life: Lifetime) -> None:
    for handle in list(life.handles):
        close = getattr(handle, '_closeAtExit', None)
        if close is not None:
            try:
                close()
            except Exception:
                pass


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in tasks:
        t.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


def _default_loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    choice = os.environ.get('NODE_HTTP_AGENT_LOOP', 'asyncio')
    if choice == 'uvloop':
        return uvloopFactory()
    return asyncio.new_event_loop


def uvloopFactory() -> Callable[[], asyncio.AbstractEventLoop]:
    """A uvloop loop that lets ``run()`` see plain asyncio timers.

    uvloop keeps its timers in C; this subclass records the handles that
    ``call_later``/``call_at`` return (a weak set), so a pending
    ``asyncio.sleep`` keeps the process alive as it does on asyncio's loop.
    """
    import uvloop

    class Loop(uvloop.Loop):
        def __init__(self) -> None:
            super().__init__()
            self.timerHandles: weakref.WeakSet[Any] = weakref.WeakSet()

        def call_later(  # type: ignore[override]
                self, delay: float, callback: Any, *args: Any,
                       context: Any = None) -> Any:
            handle = super().call_later(delay, callback, *args, context=context)
            self.timerHandles.add(handle)
            return handle

        def call_at(  # type: ignore[override]
                self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:
            handle = super().call_at(when, callback, *args, context=context)
            self.timerHandles.add(handle)
            return handle

    return Loop
