"""``node:timers``: ``setTimeout`` & co. as handles that can be ``unref()``'d.

A ``Timeout`` is an asyncio ``TimerHandle`` underneath; a ref'd one keeps
``process.run`` alive, an unref'd one does not. Delays follow Node: in
milliseconds, anything not in ``[1, 2**31 - 1]`` becomes 1.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

from .process import lifetime
from .validators import isNumber, validateFunction

__all__ = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
           'clearImmediate', 'Timeout', 'Immediate', 'TIMEOUT_MAX']

TIMEOUT_MAX = 2**31 - 1


def _delay(after: Any) -> float:
    try:
        ms = float(after) if isNumber(after) or isinstance(after, str) else math.nan
    except ValueError:
        ms = math.nan
    if not (1 <= ms <= TIMEOUT_MAX):
        ms = 1
    return ms


class Timeout:
    """What ``setTimeout``/``setInterval`` return (Node's ``Timeout``)."""

    __slots__ = ('_callback', '_args', '_idleTimeout', '_repeat', '_handle', '_ref', '_life',
                 '_destroyed', '_held', '__weakref__')

    def __init__(self, callback: Callable[..., Any], after: Any, args: tuple[Any, ...],
                 repeat: bool) -> None:
        self._life = lifetime()
        self._callback = callback
        self._args = args
        self._idleTimeout = _delay(after)
        self._repeat = repeat
        self._ref = True
        self._destroyed = False
        self._held = False
        self._handle: asyncio.TimerHandle | None = None
        self._schedule()

    def _hold(self, held: bool) -> None:
        # A pending, ref'd timer counts as a ref'd handle of the process; that is
        # what keeps process.run alive on loops (uvloop) whose timers we cannot see.
        if held != self._held:
            self._held = held
            if held:
                self._life.ref()
            else:
                self._life.unref()

    def _schedule(self) -> None:
        handle = self._life.callLater(self._idleTimeout / 1000, self._fire)
        self._handle = handle
        if not self._ref:
            self._life.unrefTimer(handle)
        self._hold(self._ref)

    def _fire(self) -> None:
        if self._life.failure is not None:
            return  # the process has exited (process.exit, a fatal error): nothing more runs
        if self._handle is not None:
            self._life.unrefTimers.discard(self._handle)
        if self._repeat:
            self._schedule()
        else:
            self._handle = None
            self._destroyed = True
            self._hold(False)
        self._callback(*self._args)  # under runCallback (callLater): ticks drain after it

    def ref(self) -> Timeout:
        """Node's ``timeout.ref()``."""
        self._ref = True
        if self._handle is not None:
            self._life.refTimer(self._handle)
            self._hold(True)
        return self

    def unref(self) -> Timeout:
        """Node's ``timeout.unref()``."""
        self._ref = False
        if self._handle is not None:
            self._life.unrefTimer(self._handle)
        self._hold(False)
        return self

    def hasRef(self) -> bool:
        """Node's ``timeout.hasRef()``."""
        return self._ref

    def refresh(self) -> Timeout:
        """Restart the countdown from now with the same delay."""
        if self._handle is not None:
            self._cancel()
            self._schedule()
        return self

    def close(self) -> Timeout:
        """Node's ``timeout.close()``."""
        self._cancel()
        self._destroyed = True
        return self

    def _cancel(self) -> None:
        handle = self._handle
        if handle is not None:
            handle.cancel()
            self._life.unrefTimers.discard(handle)
            self._handle = None
        self._hold(False)

    def __repr__(self) -> str:
        kind = 'Interval' if self._repeat else 'Timeout'
        return f'<{kind} {self._idleTimeout}ms {"ref" if self._ref else "unref"}>'


class Immediate:
    """What ``setImmediate`` returns."""

    __slots__ = ('_handle', '_ref', '_callback', '_args', '_life', '_hopped', '_early',
                 '__weakref__')

    def __init__(self, callback: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._ref = True
        self._hopped = False
        self._callback = callback
        self._args = args
        # Two hops: Node runs immediates after the nextTick queue of the current
        # turn has drained, and that queue is itself scheduled with call_soon
        # (see Lifetime.afterHops; socket closes take three).
        life = self._life = lifetime()
        # Queued in main or by an immediate, Node runs it after the next timers.
        self._early = life.phase not in ('main', 'check')
        life.immediates[self] = None
        life.activity += 1
        self._handle: asyncio.Handle | None = life.loop.call_soon(self._hop)  # not a loop entry: a hop

    def _hop(self) -> None:
        self._hopped = True
        life = self._life
        self._handle = life.loop.call_soon(  # not a loop entry: runInPhase is runCallback
            life.runInPhase, 'check', self._run)

    def _run(self) -> None:
        self._handle = None
        self._life.immediates.pop(self, None)
        if self._life.failure is not None:
            return  # the process has exited: nothing more runs
        # Under runInPhase: ticks drain after each immediate, not after the batch.
        self._callback(*self._args)

    def _runNow(self) -> None:
        """Run ahead of a timer (Lifetime.beforeTimers): the check phase came first."""
        if self._handle is not None:
            self._handle.cancel()
        self._life.runInPhase('check', self._run)

    def ref(self) -> Immediate:
        """Node's ``immediate.ref()``."""
        self._ref = True
        return self

    def unref(self) -> Immediate:
        """Node's ``immediate.unref()``."""
        self._ref = False
        return self

    def hasRef(self) -> bool:
        """Node's ``immediate.hasRef()``."""
        return self._ref


def setTimeout(callback: Callable[..., Any], delay: Any = 1, *args: Any) -> Timeout:
    """Node's ``timers.setTimeout()``."""
    validateFunction(callback, 'callback')
    return Timeout(callback, delay, args, False)


def setInterval(callback: Callable[..., Any], delay: Any = 1, *args: Any) -> Timeout:
    """Node's ``timers.setInterval()``."""
    validateFunction(callback, 'callback')
    return Timeout(callback, delay, args, True)


def setImmediate(callback: Callable[..., Any], *args: Any) -> Immediate:
    """Node's ``timers.setImmediate()``."""
    validateFunction(callback, 'callback')
    lifetime()
    return Immediate(callback, args)


def clearTimeout(timer: Any) -> None:
    """Node's ``timers.clearInterval()``."""
    if isinstance(timer, Timeout):
        timer.close()


clearInterval = clearTimeout


def clearImmediate(immediate: Any) -> None:
    """Node's ``timers.clearImmediate()``."""
    if isinstance(immediate, Immediate) and immediate._handle is not None:
        immediate._handle.cancel()
        immediate._handle = None
        immediate._life.immediates.pop(immediate, None)
