"""``process``: Node's process object — an ``EventEmitter`` — and the process lifetime.

This module *is* the emitter (its class is an ``EventEmitter`` subclass), so
``from node_http_agent import process; process.on('exit', fn)`` and
``from node_http_agent.process import nextTick`` both work. Events:
``'uncaughtException'``/``'uncaughtExceptionMonitor'``, ``'unhandledRejection'``,
``'warning'`` (from :func:`emitWarning`, a tick later), ``'beforeExit'`` and
``'exit'``. Each ``run()`` is one process: when it returns, the listeners it
saw and ``exitCode`` are cleared.

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

The one rule for entering library code from the loop: Node drains the
nextTick queue (and the microtasks) after *every* callback from libuv into
JavaScript, so a tick queued by one socket's ``'timeout'`` listener runs
before the next socket's ``'timeout'``. In the port, every place the asyncio
loop calls into library code goes through :meth:`Lifetime.runCallback`
(which runs the callback, routes an escaping exception to
``'uncaughtException'``, then drains the ticks):

- asyncio protocol callbacks (``connection_made``, ``data_received``, ...)
  call ``life.runCallback(...)`` (net's ``_SocketProtocol`` inlines it for
  reads; the TLS layer, also fed from JavaScript, uses :meth:`Lifetime.enter`);
- scheduled callbacks use :meth:`Lifetime.callSoon`, :meth:`Lifetime.callLater`
  and :meth:`Lifetime.callAt` instead of the loop's ``call_soon``/``call_later``/
  ``call_at``;
- work outside JavaScript (a connect, an accept loop, a lookup, a thread-pool
  request) runs as :meth:`Lifetime.spawn` tasks or is awaited through
  :meth:`Lifetime.whenDone`: a task's body emits nothing and calls no user
  code; it hands its outcome over through ``done``, or through ``callSoon``.

- a task's step (an ``async`` function resumed: a microtask in Node) ends
  like a callback too (:class:`_TickDrainingCoroutine`, ``run()``'s task
  factory): its ticks run when no other step is queued, else after the last.

Anything else that calls ``call_soon``/``call_at``/``call_later``/``create_task``/
``add_done_callback`` in the package says on that line why it is exempt (a
microtask: a promise reaction or a step of a JavaScript async function; a hop
that runs no library code; this module's own tick machinery).
tests/test_loop_entry.py holds the package to it.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import inspect
import os
import platform as _platform
import sys
import time
import types
import weakref
from collections.abc import Callable
from typing import Any

from ._loops import _default_loop_factory, uvloopFactory
from ._task_queues import _taskFactory
from .errors import ERR_INVALID_ARG_TYPE, ERR_NO_RUNNING_LOOP, ERR_OUT_OF_RANGE
from .events import EventEmitter
from .util import UNDEFINED

__all__ = [
    'nextTick', 'run', 'Lifetime', 'lifetime', 'emitWarning', 'env', 'platform', 'arch',
    'version', 'versions', 'argv', 'execPath', 'hrtime', 'memoryUsage', 'uptime', 'cwd',
    'exit', 'getActiveResourcesInfo', 'uvloopFactory',
]

#: The Node release whose behaviour this port follows (the conformance oracle).
version = 'v20.20.2'
versions: dict[str, str] = {
    'node': version[1:],
    'python': '.'.join(map(str, sys.version_info[:3])),
    'node_http_agent': '0.1.0',
}
# Node's names: 'linux', 'darwin', 'win32', 'freebsd', ... (Python adds a release number
# to some).
platform = sys.platform.rstrip('0123456789') if sys.platform != 'win32' else 'win32'
arch = {'x86_64': 'x64', 'amd64': 'x64', 'aarch64': 'arm64', 'arm64': 'arm64', 'i386': 'ia32',
        'i686': 'ia32', 'armv7l': 'arm'}.get(_platform.machine().lower(), _platform.machine())
env = os.environ
execPath = sys.executable
# Node's argv is [execPath, script, ...args]; Python's sys.argv starts at the script.
argv: list[str] = [sys.executable, *(os.path.abspath(a) if i == 0 and os.path.isfile(a) else a
                                     for i, a in enumerate(sys.argv))]
_startedAt = time.monotonic()


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
        # inCallback's value while a task step runs (0: none does): ticks a task
        # queues wait for the step's end, as a microtask's wait for its checkpoint.
        self.stepLevel = 0
        # The loop counts queued task steps (uvloopFactory's does; asyncio's shows its queue).
        self.countsSteps = False
        self.changed: asyncio.Event | None = None
        self.failure: BaseException | None = None
        self.driver: asyncio.Task[Any] | None = None
        self.handles: weakref.WeakSet[Any] = weakref.WeakSet()
        # setImmediate()s queued and not run yet (getActiveResourcesInfo's 'Immediate').
        self.immediates: dict[Any, None] = {}  # in the order they were queued
        # afterHops work not run yet (close callbacks), by sequence number.
        self.phased: dict[int, list[Any]] = {}  # seq -> [fn, args, hops done]
        self.phaseSeq = 0
        self.timersAt = -1.0  # loop.time() of the last timers phase (see beforeTimers)
        # The libuv phase a callback runs in, where it matters to beforeTimers: 'main'
        # (the program's first run, before the loop), 'check' (immediates), 'close'.
        self.phase = ''
        # Counts refs taken and immediates queued: did a 'beforeExit' listener start work?
        self.activity = 0

    @property
    def pending(self) -> int:
        """Immediates and close callbacks queued and not run yet: they keep ``run()``
        alive on a loop whose ready queue we cannot see (uvloop)."""
        return len(self.immediates) + len(self.phased)

    def ref(self) -> None:
        """The process lifetime's ``ref()`` (not Node's: the port's handle accounting)."""
        self.refs += 1
        self.activity += 1

    def unref(self) -> None:
        """The process lifetime's ``unref()`` (not Node's: the port's handle accounting)."""
        self.refs -= 1
        if self.refs <= 0 and self.changed is not None:
            self.changed.set()

    def track(self, handle: Any) -> None:
        """Remember a handle so ``run()`` can close it when it ends by an error."""
        self.handles.add(handle)

    def unrefTimer(self, handle: asyncio.TimerHandle) -> None:
        """The process lifetime's ``unrefTimer()`` (not Node's: the port's handle accounting)."""
        self.unrefTimers.add(handle)

    def refTimer(self, handle: asyncio.TimerHandle) -> None:
        """The process lifetime's ``refTimer()`` (not Node's: the port's handle accounting)."""
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
        except Exception as err:
            # Node hands it to process._fatalException; the handle lives on (asyncio
            # would close a transport whose protocol callback raised).
            self.uncaught(err)
            return None
        finally:
            self.leaveCallback(failed)

    def uncaught(self, err: BaseException) -> None:
        """An exception escaped a callback: ``'uncaughtException'``, or the end of the run."""
        _uncaught(self, err, 'uncaughtException')

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
        """The process lifetime's ``runTicks()`` (not Node's: the port's handle accounting)."""
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
        seq = self.phaseSeq = self.phaseSeq + 1
        # [fn, args, hops done, may run before the next timers]: Node runs a close
        # callback queued in main or in a close callback after the next timers.
        self.phased[seq] = [fn, args, 0, self.phase not in ('main', 'close')]
        self.loop.call_soon(self._hop, hops, seq)

    def _hop(self, hops: int, seq: int) -> None:
        entry = self.phased.get(seq)
        if entry is None:
            return  # run already, ahead of a timer (beforeTimers)
        entry[2] += 1
        if hops > 1:
            self.loop.call_soon(self._hop, hops - 1, seq)
        else:
            self._runPhased(seq)

    def _runPhased(self, seq: int) -> None:
        fn, args, _, _ = self.phased.pop(seq)
        self.runInPhase('close', fn, *args)  # ticks drain after a close callback, as in Node

    def runInPhase(self, phase: str, fn: Callable[..., Any], *args: Any) -> Any:
        """:meth:`runCallback` in libuv's ``phase`` (``'check'``, ``'close'``; see beforeTimers)."""
        outer, self.phase = self.phase, phase
        try:
            return self.runCallback(fn, *args)
        finally:
            self.phase = outer

    def beforeTimers(self) -> None:
        """Node runs an iteration's immediates, then its close callbacks, before the
        next iteration's timers; the hops that stand for those phases may still be
        on their way when a timer comes due. Run, first, what an earlier iteration
        queued: on uvloop (timers first in an iteration, its clock the iteration's)
        everything still queued at the iteration's first timer; on asyncio (due
        timers after the ready callbacks) what has hopped at least once."""
        if self.countsSteps:  # uvloop
            now = self.loop.time()
            if now == self.timersAt:
                return
            self.timersAt = now
            immediates = [i for i in self.immediates if i._early]
            closes = [seq for seq, entry in self.phased.items() if entry[3]]
        else:
            immediates = [i for i in self.immediates if i._early and i._hopped]
            closes = [seq for seq, entry in self.phased.items() if entry[3] and entry[2]]
        for immediate in immediates:
            if immediate in self.immediates:
                immediate._runNow()
        for seq in closes:
            if seq in self.phased:
                self._runPhased(seq)

    def runTimer(self, fn: Callable[..., Any], *args: Any) -> Any:
        """A timer's callback from the loop: :meth:`beforeTimers`, then :meth:`runCallback`."""
        if self.immediates or self.phased:
            self.beforeTimers()
        return self.runCallback(fn, *args)

    # -- entering library code from the loop (the module docstring's rule) ---------------

    def callSoon(self, fn: Callable[..., Any], *args: Any) -> asyncio.Handle:
        """``loop.call_soon(fn, *args)`` through :meth:`runCallback`: ticks drain after ``fn``."""
        return self.loop.call_soon(self.runCallback, fn, *args)

    def callLater(self, delay: float, fn: Callable[..., Any], *args: Any) -> asyncio.TimerHandle:
        """``loop.call_later(delay, fn, *args)`` through :meth:`runCallback`."""
        return self.loop.call_later(delay, self.runTimer, fn, *args)

    def callAt(self, when: float, fn: Callable[..., Any], *args: Any) -> asyncio.TimerHandle:
        """``loop.call_at(when, fn, *args)`` through :meth:`runCallback`."""
        return self.loop.call_at(when, self.runTimer, fn, *args)

    def whenDone(self, future: asyncio.Future[Any], fn: Callable[..., Any]) -> None:
        """``future.add_done_callback(fn)`` through :meth:`runCallback`: ``fn(future)``."""
        future.add_done_callback(functools.partial(self.runCallback, fn))

    def spawn(self, coro: Any, done: Callable[..., Any] | None = None) -> asyncio.Task[Any]:
        """A task for work outside JavaScript; ``done(task)`` runs through :meth:`runCallback`.

        The task's own steps are not callbacks from the loop in Node's sense:
        its body must not emit or call user code, only hand over (``done``,
        :meth:`callSoon`).
        """
        task = self.loop.create_task(coro)
        if done is not None:
            task.add_done_callback(functools.partial(self.runCallback, done))
        return task

    def enter(self, fn: Callable[..., Any], *args: Any) -> Any:
        """A protocol callback that the loop or JavaScript may call (the TLS layer over a
        ``JSStreamTransport``): through :meth:`runCallback` from the loop; called
        directly inside a callback, whose end drains the ticks (and sees its error)."""
        if self.inCallback:
            return fn(*args)
        return self.runCallback(fn, *args)

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


def lastTick() -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
    """The ``(callback, args)`` that ``nextTick()`` queued last and that has not run yet."""
    loop = _running_loop()
    life = _last[1] if loop is not None and _last[0] is loop else lifetime(loop)
    ticks = life.ticks
    return ticks[-1] if ticks else None


# -- warnings ---------------------------------------------------------------------

_warningClasses: dict[str, type[Warning]] = {}


def _warningClass(name: str) -> type[Warning]:
    """A ``Warning`` subclass named ``name`` (Node sets ``err.name``; Python filters by class)."""
    found = _warningClasses.get(name)
    if found is None:
        base = DeprecationWarning if name == 'DeprecationWarning' else UserWarning
        found = _warningClasses[name] = type(name, (base,), {'name': name})
    return found


def emitWarning(warning: Any = UNDEFINED, type: Any = None, code: Any = None,
                ctor: Any = None) -> None:
    """Node's ``process.emitWarning(warning[, options | type[, code]][, ctor])``.

    ``'warning'`` is emitted on the next tick, as Node does; the default
    output goes through Python's ``warnings`` module (so ``-W`` filters and
    pytest see it) where Node prints ``(node:PID) Name: message`` to stderr.
    """
    from .validators import validateString
    detail = None
    if isinstance(type, dict):
        options = type
        code = options.get('code')
        if isinstance(options.get('detail'), str):
            detail = options['detail']
        type = options.get('type') or 'Warning'
    elif callable(type):
        code, type = None, 'Warning'
    if type is not None:
        validateString(type, 'type')
    if callable(code):
        code = None
    elif code is not None:
        validateString(code, 'code')
    if isinstance(warning, str):
        text = warning
        warning = _warningClass(type or 'Warning')(text)
        if code is not None:
            warning.code = code
        if detail is not None:
            warning.detail = detail
    elif not isinstance(warning, BaseException):
        raise ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning)
    name = getattr(warning, 'name', warning.__class__.__name__)
    if name == 'DeprecationWarning':
        if _state.get('noDeprecation'):
            return
        if _state.get('throwDeprecation'):
            raise warning
    if _running_loop() is None:
        # No loop to tick on (a script using the emitter without run()): at once,
        # attributed to the caller's line.
        _doEmitWarning(warning, _outsideLevel())
    else:
        nextTick(_doEmitWarning, warning)


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _outsideLevel() -> int:
    """The ``stacklevel`` of the first frame outside this package, seen from _doEmitWarning."""
    frame = sys._getframe(1)
    level = 2
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _doEmitWarning(warning: BaseException, stacklevel: int = 2) -> None:
    if os.environ.get('NODE_NO_WARNINGS') != '1':
        import warnings
        if isinstance(warning, Warning):
            warnings.warn(warning, stacklevel=stacklevel)
        else:
            warnings.warn(f'{getattr(warning, "name", "Error")}: {warning}',
                          stacklevel=stacklevel)
    _self.emit('warning', warning)


# -- the rest of Node's process surface ----------------------------------------------

def hrtime(time: Any = None) -> list[int]:
    """``[seconds, nanoseconds]`` of a monotonic clock, or since an earlier ``hrtime()``."""
    now = _perf_ns()
    if time is not None:
        if not isinstance(time, (list, tuple)):
            raise ERR_INVALID_ARG_TYPE('time', 'Array', time)
        if len(time) != 2:
            raise ERR_OUT_OF_RANGE('time', '2', len(time))
        now -= int(time[0]) * 1_000_000_000 + int(time[1])
    return [now // 1_000_000_000, now % 1_000_000_000]


def _hrtimeBigint() -> int:
    return _perf_ns()


_perf_ns = time.perf_counter_ns
hrtime.bigint = _hrtimeBigint  # type: ignore[attr-defined]


def _rss() -> int:
    try:
        with open('/proc/self/statm', 'rb') as f:
            return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')
    except (OSError, ValueError, IndexError, AttributeError):
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == 'darwin' else peak * 1024


def memoryUsage() -> dict[str, int]:
    """Node's keys; Python has no separate JS heap: ``heapTotal``/``heapUsed`` are the RSS."""
    rss = _rss()
    return {'rss': rss, 'heapTotal': rss, 'heapUsed': rss, 'external': 0, 'arrayBuffers': 0}


memoryUsage.rss = _rss  # type: ignore[attr-defined]


def uptime() -> float:
    """Node's ``process.uptime()``."""
    return time.monotonic() - _startedAt


def cwd() -> str:
    """Node's ``process.cwd()``."""
    return os.getcwd()


def exit(code: Any = None) -> None:
    """Node's ``process.exit([code])``: emit ``'exit'``, then end (``SystemExit``)."""
    if code is not None:
        _ProcessModule.exitCode.fset(_self, code)  # type: ignore[attr-defined]
    _emitExit()
    stop = SystemExit(_exitCodeOr0())
    loop = _running_loop()
    life = _lifetimes.get(loop) if loop is not None else None
    if life is not None and life.failure is None:
        life.failure = stop  # nothing more runs: no timer, no immediate (the process is gone)
    raise stop


def _exitCodeOr0() -> int:
    code = _state.get('exitCode')
    return int(code) if code not in (None, '') else 0


def _emitExit() -> None:
    if not _state.get('exiting'):
        _state['exiting'] = True
        _self.emit('exit', _exitCodeOr0())


#: Node's name for each kind of handle that keeps the process alive.
_RESOURCE_NAMES = {'Socket': 'TCPSocketWrap', 'Server': 'TCPServerWrap'}


def _handleOwner(handle: Any) -> Any:
    """The object whose method a loop handle calls, seen through ``runCallback`` (callSoon & co)."""
    callback = getattr(handle, '_callback', None)
    args = getattr(handle, '_args', None)
    if callback is None:  # uvloop: what our loop subclass recorded
        callback, args = getattr(_running_loop(), 'timerHandles', {}).get(handle, (None, None))
    if getattr(callback, '__func__', None) in (Lifetime.runCallback, Lifetime.runTimer):
        callback = args[0] if args else None
    return getattr(callback, '__self__', None)


def getActiveResourcesInfo() -> list[str]:
    """Node's list of what keeps the process alive: ref'd sockets ('TCPSocketWrap'),
    servers ('TCPServerWrap'), timers ('Timeout'), immediates ('Immediate')."""
    loop = _running_loop()
    if loop is None:
        return []
    life = lifetime(loop)
    found: list[str] = []
    handles = 0
    for handle in list(life.handles):
        if getattr(handle, '_counted', False):
            handles += 1
            for cls in handle.__class__.__mro__:
                name = _RESOURCE_NAMES.get(cls.__name__)
                if name is not None:
                    found.append(name)
                    break
            else:
                found.append(handle.__class__.__name__)
    found.sort()
    timers = 0
    held = 0
    scheduled = getattr(loop, '_scheduled', None)
    if scheduled is None:  # uvloop: the handles our loop subclass recorded
        now = loop.time()
        scheduled = [h for h in list(getattr(loop, 'timerHandles', ())) if h.when() > now]
    for h in scheduled:
        if h.cancelled() or h in life.unrefTimers:
            continue
        owner: Any = _handleOwner(h)
        if getattr(owner, '_handle', h) is not h:
            continue  # fired already (libuv may fire up to a millisecond before when())
        timers += 1
        if getattr(owner, '_held', False):
            held += 1
    # Node counts a timer until its callback has returned: one firing now (we are
    # inside its callback) is no longer scheduled here.
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == '_fire':
            owner = frame.f_locals.get('self')
            if owner.__class__.__name__ == 'Timeout' and not owner._repeat and owner._ref:
                timers += 1
        frame = frame.f_back  # type: ignore[assignment]
    immediates = sum(1 for immediate in list(life.immediates) if immediate._ref)
    # A ref taken by something we cannot name (a leak shows up here).
    unknown = life.refs - handles - held
    return found + ['Unknown'] * max(0, unknown) + ['Timeout'] * timers + \
        ['Immediate'] * immediates


# -- uncaught exceptions and unhandled rejections ---------------------------------------

def _fail(life: Lifetime, exc: BaseException) -> None:
    if life.driver is None:  # not under run(): the loop's own handler reports it
        life.loop.call_exception_handler({'message': 'Uncaught exception', 'exception': exc})
        return
    if life.failure is None:
        life.failure = exc
    if life.driver is not None and not life.driver.done():
        life.driver.cancel()


def _uncaught(life: Lifetime, exc: BaseException, origin: str) -> None:
    """Node's ``process._fatalException``: the monitor, then a listener or the end."""
    try:
        _self.emit('uncaughtExceptionMonitor', exc, origin)
        if not _self.listenerCount('uncaughtException'):
            _fail(life, exc)
            return
        _self.emit('uncaughtException', exc, origin)
    except BaseException as thrown:  # a throwing listener ends the process (Node: code 7)
        _fail(life, thrown)


def _unhandledRejection(life: Lifetime, reason: BaseException, promise: Any) -> None:
    """Node's default ``--unhandled-rejections=throw``."""
    if _self.listenerCount('unhandledRejection'):
        try:
            _self.emit('unhandledRejection', reason, promise)
        except BaseException as thrown:
            _uncaught(life, thrown, 'uncaughtException')
        return
    _uncaught(life, reason, 'unhandledRejection')


def _exception_handler(life: Lifetime) -> Callable[[asyncio.AbstractEventLoop, dict[str, Any]],
                                                   None]:
    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get('exception')
        if exc is None or isinstance(exc, (asyncio.CancelledError, GeneratorExit)):
            loop.default_exception_handler(context)
            return
        if not isinstance(exc, Exception):  # SystemExit & co end the run as they are
            _fail(life, exc)
        elif 'future' in context and 'handle' not in context:
            # A failed future or task nobody awaited: a rejection nobody handled.
            _unhandledRejection(life, exc, context['future'])
        else:
            _uncaught(life, exc, 'uncaughtException')
    return handle


#: Called at the start of every ``run()``: objects that outlive a loop (the
#: global agents) drop what belonged to loops that are closed.
beforeRun: list[Callable[[], None]] = []

_DEBUG_HOLD = 1.0  # seconds a finished program may be held before the debug print


def run(main: Callable[[], Any], *, loop_factory: Callable[[], asyncio.AbstractEventLoop]
        | None = None) -> Any:
    """Run ``main`` (a function or coroutine function) with Node's process lifetime.

    Returns what ``main`` returned, once it is done and no ref'd handle is left
    (``'beforeExit'`` listeners may add work; ``'exit'`` is emitted last). A
    non-zero ``process.exitCode`` then ends the program (``SystemExit``), as
    Node exits with it. With ``NODE_HTTP_AGENT_DEBUG_HANDLES=1``, a finished
    program still held after a second prints ``getActiveResourcesInfo()`` to
    stderr.

    The loop comes from ``loop_factory``, else from ``NODE_HTTP_AGENT_LOOP``:
    ``asyncio`` (asyncio's default loop) or ``uvloop`` (:func:`uvloopFactory`);
    unset, uvloop when it is importable (the ``[fast]`` extra), else asyncio's.
    """
    for hook in beforeRun:
        hook()
    if loop_factory is None:
        loop_factory = _default_loop_factory()
    loop = loop_factory()
    life = lifetime(loop)
    loop.set_exception_handler(_exception_handler(life))
    loop.set_task_factory(_taskFactory(life))
    life.countsSteps = hasattr(loop, 'pendingSteps')
    debug = os.environ.get('NODE_HTTP_AGENT_DEBUG_HANDLES', '') not in ('', '0')

    async def drive() -> Any:
        life.changed = asyncio.Event()
        result = None
        life.phase = 'main'  # until this first step of the driver ends (_task_queues)
        try:
            result = main()
        except Exception as err:
            if not _self.listenerCount('uncaughtException'):
                raise
            _uncaught(life, err, 'uncaughtException')
        if life.ticks:  # main is the first callback: its ticks run before the loop turns
            life.runCallback(life.runTicks)
        if inspect.isawaitable(result):
            try:
                result = await result
            except Exception as err:
                # An async main is a Promise nobody awaits.
                if not (_self.listenerCount('unhandledRejection')
                        or _self.listenerCount('uncaughtException')):
                    raise
                result = None
                _unhandledRejection(life, err, main)
        doneAt = loop.time()
        reported = not debug
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
                    if not _self.listenerCount('beforeExit'):
                        break
                    activity = life.activity
                    _self.emit('beforeExit', _exitCodeOr0())
                    await asyncio.sleep(0)
                    # Node exits unless the listeners started work; on uvloop that
                    # work may already be over after one turn: then it runs dry again.
                    if life.busy() is None and life.activity == activity:
                        break
                continue
            if wait == 0:
                await asyncio.sleep(0)
                continue
            if not reported:
                held = loop.time() - doneAt
                if held >= _DEBUG_HOLD:
                    reported = True
                    print(f'node_http_agent: main is done but the process is held by '
                          f'{getActiveResourcesInfo()!r}', file=sys.stderr, flush=True)
                else:
                    wait = _DEBUG_HOLD - held if wait < 0 else min(wait, _DEBUG_HOLD - held)
            life.changed.clear()
            try:
                await asyncio.wait_for(life.changed.wait(), None if wait < 0 else wait)
            except asyncio.TimeoutError:
                pass
        _emitExit()
        life.ticks.clear()  # queued by 'exit' listeners: never run, as in Node
        return result

    asyncio.set_event_loop(loop)
    try:
        task = life.driver = loop.create_task(drive())
        try:
            result = loop.run_until_complete(task)
        except asyncio.CancelledError:
            if life.failure is not None:
                _exitOnFailure()
                raise life.failure from None
            raise
        except Exception:
            _exitOnFailure()
            raise
        code = _exitCodeOr0()
        if code:
            raise SystemExit(code)
        return result
    finally:
        try:
            # Like Node's exit: unref'd handles (idle pooled sockets) are closed
            # without any event; agents forget them at the next run(). Ticks
            # queued from 'exit' listeners never run.
            life.ticks.clear()
            _close_handles(life)
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()
            _endProcess()


def _exitOnFailure() -> None:
    """An uncaught error: Node exits with code 1, after ``'exit'``."""
    if not _state.get('exiting'):
        _state['exitCode'] = 1
        try:
            _emitExit()
        except Exception:
            pass


def _endProcess() -> None:
    """The process this ``run()`` stood for is over: forget its listeners and state."""
    _self.removeAllListeners()
    _state.clear()


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


# -- the module is the emitter ------------------------------------------------------

#: What Node keeps on the process object and a run() resets: exitCode, exiting, ...
_state: dict[str, Any] = {}


class _ProcessModule(types.ModuleType, EventEmitter):
    """The class of this module: an ``EventEmitter`` with Node's accessors."""

    @property
    def exitCode(self) -> Any:
        return _state.get('exitCode')

    @exitCode.setter
    def exitCode(self, code: Any) -> None:
        from .validators import validateInteger
        if code is not None:
            value = code
            if isinstance(code, str) and code != '':
                try:
                    value = float(code)
                except ValueError:
                    value = code
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    value = code
            if not (isinstance(value, int) and not isinstance(value, bool)):
                validateInteger(value, 'code')
        _state['exitCode'] = code

    @property
    def pid(self) -> int:
        return os.getpid()

    @property
    def stdout(self) -> Any:
        """A Writable on fd 1 (``_stdio.py``), made on first use."""
        return __import__('node_http_agent._stdio', fromlist=['_']).getStdio('stdout')

    @property
    def stderr(self) -> Any:
        """A Writable on fd 2 (``_stdio.py``), made on first use."""
        return __import__('node_http_agent._stdio', fromlist=['_']).getStdio('stderr')

    @property
    def ppid(self) -> int:
        return os.getppid()

    @property
    def noDeprecation(self) -> bool:
        return bool(_state.get('noDeprecation'))

    @noDeprecation.setter
    def noDeprecation(self, value: bool) -> None:
        _state['noDeprecation'] = value

    @property
    def throwDeprecation(self) -> bool:
        return bool(_state.get('throwDeprecation'))

    @throwDeprecation.setter
    def throwDeprecation(self, value: bool) -> None:
        _state['throwDeprecation'] = value


_self: Any = sys.modules[__name__]
_self.__class__ = _ProcessModule
_events: dict[Any, Any] = {}
_capture = False
