"""Task steps as Node's microtasks (port-only; Node: ``lib/internal/process/task_queues.js``).

Node runs an ``async`` function's continuation as a microtask: after the
callback that resolved what it awaited and that callback's nextTicks; the
nextTicks it queues run once no other continuation is ready. ``run()``'s task
factory wraps every task's coroutine in :class:`_TickDrainingCoroutine`, so a
task step enters and leaves like any callback from the loop (the one rule of
``process``), in that order.
"""

from __future__ import annotations

import asyncio
import collections.abc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .process import Lifetime


class _TickDrainingCoroutine(collections.abc.Coroutine):  # type: ignore[type-arg]
    """A task's coroutine whose steps run as Node runs microtasks.

    Node runs an ``async`` function's continuation as a microtask: after the
    callback that resolved what it awaited and that callback's nextTicks, and
    the nextTicks it queues run once no other continuation is ready. asyncio
    resumes a task in a loop callback of its own. ``run()``'s task factory
    wraps each task's coroutine in this, and looks at what the loop has queued
    (asyncio's ready queue; the steps uvloop's loop of :func:`uvloopFactory`
    counts): the step that ends with no
    other step queued drains the nextTicks at once (no loop turn in between:
    a sequential keep-alive request takes two turns, not three); one that ends
    while another step is queued leaves them for after it, as Node does after
    the whole microtask queue.
    """

    __slots__ = ('_coro', '_life')

    def __init__(self, coro: Any, life: Lifetime) -> None:
        self._coro = coro
        self._life = life

    def send(self, value: Any) -> Any:
        return self._step(self._coro.send, value)

    def throw(self, *exc: Any) -> Any:
        return self._step(self._coro.throw, *exc)

    def _step(self, resume: Callable[..., Any], *args: Any) -> Any:
        life = self._life
        outer = _enterStep(life)
        failed = True
        try:
            result = resume(*args)
            failed = False
            return result
        except StopIteration:
            failed = False
            raise
        finally:
            _leaveStep(life, outer, failed)

    def close(self) -> None:
        self._coro.close()

    def __await__(self) -> Any:  # pragma: no cover - tasks never await their coroutine
        return self._coro.__await__()

    def __getattr__(self, name: str) -> Any:  # cr_frame, cr_code, ... for asyncio's repr
        return getattr(self._coro, name)


def _enterStep(life: Lifetime) -> int:
    """A task step starts: one queued step less; ticks it queues wait for its end."""
    if life.countsSteps:
        loop: Any = life.loop
        if loop.pendingSteps > 0:
            loop.pendingSteps -= 1
    outer = life.stepLevel
    life.stepLevel = life.inCallback = life.inCallback + 1
    return outer


def _leaveStep(life: Lifetime, outer: int, failed: bool) -> None:
    """A task step's end: its ticks run now, unless another step is queued (then a turn
    later, after it); a tick that throws is uncaught, not the task's exception."""
    life.stepLevel = outer
    defer = failed or (life.inCallback == 1 and bool(life.ticks) and _stepQueued(life))
    try:
        life.leaveCallback(defer)  # deferred like a failed callback's ticks: a turn later
    except Exception as err:
        life.uncaught(err)
    finally:
        if life.phase == 'main' and not life.inCallback:
            life.phase = ''  # the program's first run ends with the driver's first step


def _stepQueued(life: Lifetime) -> bool:
    """Is another task step queued on the loop? (a loop that counts them says; asyncio's
    shows its ready queue; on any other loop, assume so: the ticks then wait a turn)"""
    loop: Any = life.loop
    if life.countsSteps:
        return loop.pendingSteps > 0  # type: ignore[no-any-return]
    ready = getattr(loop, '_ready', None)
    if ready is None:
        return True
    for handle in ready:
        if not handle._cancelled and _isStep(handle._callback):
            return True
    return False


def _isStep(callback: Any) -> bool:
    """Whether ``callback`` (given to ``call_soon``) is a step of a task of ``run()``."""
    task = getattr(callback, '__self__', None)
    return task.__class__ is asyncio.Task and \
        task.get_coro().__class__ is _TickDrainingCoroutine


def _taskFactory(life: Lifetime) -> Callable[..., asyncio.Task[Any]]:
    def factory(loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
        return asyncio.Task(_TickDrainingCoroutine(coro, life), loop=loop, **kwargs)
    return factory
