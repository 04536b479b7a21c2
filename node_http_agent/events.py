"""``node:events``: a Node-faithful ``EventEmitter`` and the module helpers.

Mirrors ``lib/events.js`` (Node 20). What a port can observe is kept:
duplicate registrations, removal of the most recent duplicate, prepend,
once-wrappers with ``.listener`` seen through ``rawListeners()``,
``'newListener'`` before insertion and ``'removeListener'`` after removal
(including v20's quirk of reporting a once-wrapper from the array path),
snapshot emit, ``'error'`` and ``errorMonitor``, ``captureRejections``, and
the max-listeners warning.

Where the port differs (see docs/deviations.md):

- Each event's listeners are kept as a tuple that is replaced on every
  change (copy-on-write), so ``emit`` iterates the tuple it read without
  copying it: the same snapshot semantics as Node's ``arrayClone``.
- Event names are any hashable value, not coerced to strings.
- Listeners are matched by ``is`` or ``==`` so a bound method ``obj.m`` can be
  removed with another ``obj.m``.
- A listener that returns an awaitable has it scheduled on the running loop
  (a JavaScript async function runs without being awaited; a coroutine does
  not), and its failure is routed as Node routes a rejection.
"""

from __future__ import annotations

import asyncio
import collections
import inspect as _pyinspect
import sys
import types
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, TypeVar

from .errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_NO_RUNNING_LOOP,
    ERR_UNHANDLED_ERROR,
    AbortError,
)
from .util import UNDEFINED, Symbol, inspect, numberToString, truthy
from .validators import (
    MAX_SAFE_INTEGER,
    validateAbortSignal,
    validateBoolean,
    validateFunction,
    validateInteger,
    validateNumber,
)

__all__ = [
    'EventEmitter', 'errorMonitor', 'captureRejectionSymbol', 'once', 'on', 'getEventListeners',
    'getMaxListeners', 'setMaxListeners', 'listenerCount', 'addAbortListener',
    'MaxListenersExceededWarning',
]

Listener = Callable[..., Any]
_E = TypeVar('_E', bound='EventEmitter')

#: Listeners of this event run before any ``'error'`` listener and do not handle the error.
errorMonitor: Any = Symbol('events.errorMonitor')
#: Name of the method a subclass defines to receive captured rejections
#: (Node's ``Symbol.for('nodejs.rejection')``): ``(err, eventName, *args)``.
captureRejectionSymbol = 'nodejs_rejection'

_defaults: dict[str, Any] = {'defaultMaxListeners': 10, 'captureRejections': False}


class MaxListenersExceededWarning(Warning):
    """Issued when an event gets more listeners than ``getMaxListeners()`` allows."""

    name = 'MaxListenersExceededWarning'

    def __init__(self, message: str, emitter: EventEmitter, type: Any, count: int) -> None:
        super().__init__(message)
        self.emitter = emitter
        self.type = type
        self.count = count


class _OnceWrapper:
    """What ``once()`` registers: removes itself, then calls ``listener`` once."""

    __slots__ = ('target', 'type', 'listener', 'fired')

    def __init__(self, target: EventEmitter, type: Any, listener: Listener) -> None:
        self.target = target
        self.type = type
        self.listener = listener
        self.fired = False

    def __call__(self, *args: Any) -> Any:
        if not self.fired:
            target = self.target
            remove = getattr(target, 'removeListener', None)
            if remove is None:  # borrowed onto an object without the method
                EventEmitter.removeListener(target, self.type, self)
            else:
                remove(self.type, self)
            self.fired = True
            return self.listener(*args)
        return None

    def __repr__(self) -> str:
        return f'<bound onceWrapper of {self.listener!r}>'


def _matches(entry: Listener, listener: Listener) -> bool:
    if entry is listener or entry == listener:
        return True
    if entry.__class__ is _OnceWrapper:
        original = entry.listener
        return original is listener or bool(original == listener)
    return False


def _unwrap(entry: Listener) -> Listener:
    return entry.listener if isinstance(entry, _OnceWrapper) else entry


def _event_name(type: Any) -> str:
    """``String(type)`` as the leak warning prints it."""
    if type is None:
        return 'null'
    if isinstance(type, (int, float)) and not isinstance(type, bool):
        return numberToString(type)
    return str(type)


class _EventEmitterMeta(type):
    """Holds Node's validated statics ``defaultMaxListeners`` and ``captureRejections``."""

    @property
    def defaultMaxListeners(cls) -> float:
        return _defaults['defaultMaxListeners']  # type: ignore[no-any-return]

    @defaultMaxListeners.setter
    def defaultMaxListeners(cls, value: float) -> None:
        validateNumber(value, 'defaultMaxListeners', 0)
        _defaults['defaultMaxListeners'] = value

    @property
    def captureRejections(cls) -> bool:
        return _defaults['captureRejections']  # type: ignore[no-any-return]

    @captureRejections.setter
    def captureRejections(cls, value: bool) -> None:
        validateBoolean(value, 'EventEmitter.captureRejections')
        _defaults['captureRejections'] = value


class EventEmitter(metaclass=_EventEmitterMeta):
    """Node's ``EventEmitter`` (https://nodejs.org/docs/latest-v20.x/api/events.html)."""

    errorMonitor = errorMonitor
    captureRejectionSymbol = captureRejectionSymbol

    _warned: frozenset[Any] = frozenset()

    #: Until a method first needs it, as Node creates ``_events`` lazily: an emitter
    #: works before (or without) ``EventEmitter.__init__``. (A plain class attribute:
    #: a descriptor or ``__getattr__`` here would slow every attribute read.)
    _events: dict[Any, tuple[Listener, ...]] | None = None
    _capture = False

    _maxListeners: float | None = None

    #: Event names whose registration a subclass reacts to (a stream starts
    #: flowing on its first 'data' listener): ``_onWatchedAdded(type)`` runs
    #: after such a listener is added, by any of the registration methods.
    _watched: frozenset[Any] = frozenset()

    def _onWatchedAdded(self, type: Any) -> None:
        pass

    def __init__(self, opts: dict[str, Any] | None = None, **kwargs: Any) -> None:
        # Node's EventEmitter.init: listeners added before it (an own _events) are kept.
        if self._events is None:
            self._events = {}
        if opts is None and not kwargs:
            # Stored only when it differs from the class default (False): one field
            # less in each instance's __dict__.
            if self._capture or _defaults['captureRejections']:
                self._capture = _defaults['captureRejections']
            return
        options = {**opts, **kwargs} if opts else kwargs
        capture = options.get('captureRejections')
        if truthy(capture):
            validateBoolean(capture, 'options.captureRejections')
            self._capture = True
        elif self._capture or _defaults['captureRejections']:
            self._capture = _defaults['captureRejections']

    #: Node's ``EventEmitter.init`` (what ``EventEmitter.call(this, opts)`` runs).
    init = __init__

    # -- max listeners ---------------------------------------------------------

    def setMaxListeners(self: _E, n: Any = UNDEFINED) -> _E:
        """Node's ``emitter.setMaxListeners()``."""
        validateNumber(n, 'setMaxListeners', 0)
        self._maxListeners = n
        return self

    def getMaxListeners(self) -> float:
        """Node's ``emitter.getMaxListeners()``."""
        m = getattr(self, '_maxListeners', None)
        return float(_defaults['defaultMaxListeners']) if m is None else m

    # -- emit ------------------------------------------------------------------

    def emit(self, type: Any, *args: Any) -> bool:
        """Call every listener of ``type`` with ``args``, in order; ``True`` if it had any."""
        if type == 'error':
            return _emitError(self, args)
        try:
            handlers = self._events.get(type)  # type: ignore[union-attr]
        except AttributeError:  # borrowed onto an object that has no listeners yet
            return False
        if handlers is None:
            return False
        for handler in handlers:
            result = handler(*args)
            if result is not None:
                _onListenerResult(self, result, type, args)
        return True

    # -- registration ----------------------------------------------------------

    def addListener(self: _E, type: Any, listener: Listener) -> _E:
        # The common case inline (no 'newListener' listener, first listener of
        # its event): registration runs several times per HTTP request.
        """Node's ``emitter.addListener()``."""
        if not callable(listener):
            validateFunction(listener, 'listener')
        try:
            events = self._events
            watched = self._watched
        except AttributeError:  # borrowed onto another object
            return _addListener(self, type, listener, False)  # type: ignore[no-any-return]
        if events is None or 'newListener' in events or type in events:
            return _addListener(self, type, listener, False)  # type: ignore[no-any-return]
        events[type] = (listener,)
        if type in watched:
            self._onWatchedAdded(type)
        return self

    on = addListener

    def prependListener(self: _E, type: Any, listener: Listener) -> _E:
        """Node's ``emitter.prependListener()``."""
        if not callable(listener):
            validateFunction(listener, 'listener')
        return _addListener(self, type, listener, True)  # type: ignore[no-any-return]

    def once(self: _E, type: Any, listener: Listener) -> _E:
        """Node's ``emitter.once()``."""
        if not callable(listener):
            validateFunction(listener, 'listener')
        return _addListener(self, type, _OnceWrapper(self, type, listener), False)  # type: ignore[no-any-return]

    def prependOnceListener(self: _E, type: Any, listener: Listener) -> _E:
        """Node's ``emitter.prependOnceListener()``."""
        if not callable(listener):
            validateFunction(listener, 'listener')
        return _addListener(self, type, _OnceWrapper(self, type, listener), True)  # type: ignore[no-any-return]

    # -- removal ---------------------------------------------------------------

    def removeListener(self: _E, type: Any, listener: Listener) -> _E:
        """Remove the most recently added registration of ``listener`` for ``type``."""
        if not callable(listener):
            validateFunction(listener, 'listener')
        try:
            events = self._events
            warned = self._warned
        except AttributeError:  # borrowed onto another object
            _adopt(self)
            events = self._events
            warned = self._warned
        if events is None:
            return self
        current = events.get(type)
        if current is None:
            return self
        position = len(current) - 1
        while position >= 0:
            entry = current[position]
            if entry is listener or entry == listener or (
                    entry.__class__ is _OnceWrapper and _matches(entry, listener)):
                break
            position -= 1
        else:
            return self
        if position == 0 and len(current) == 1:
            del events[type]
            if type in warned:
                self._warned = warned - {type}
            if 'removeListener' in events:
                self.emit('removeListener', type, _unwrap(current[0]))
            return self
        remaining = current[:position] + current[position + 1:]
        events[type] = remaining
        if len(remaining) == 1 and type in warned:
            self._warned = warned - {type}
        if 'removeListener' in events:
            # Node 20 passes the argument as given here: a once-wrapper that
            # removes itself is reported as the wrapper (P-20).
            self.emit('removeListener', type, listener)
        return self

    off = removeListener

    def removeAllListeners(self: _E, *args: Any) -> _E:
        """Remove every listener, or those of ``args[0]`` (Node checks ``arguments.length``)."""
        if not isinstance(self, EventEmitter):
            _adopt(self)
        events = self._events
        if events is None:
            return self
        if 'removeListener' not in events:
            if not args:
                self._events = {}
                self._warned = frozenset()
            elif args[0] in events:
                del events[args[0]]
                self._warned = self._warned - {args[0]}
            return self
        if not args:
            for key in list(events):
                if key != 'removeListener':
                    self.removeAllListeners(key)
            self.removeAllListeners('removeListener')
            self._events = {}
            self._warned = frozenset()
            return self
        listeners = events.get(args[0])
        if listeners is not None:
            for entry in reversed(listeners):
                self.removeListener(args[0], entry)
        return self

    # -- introspection -----------------------------------------------------------

    def listeners(self, type: Any) -> list[Listener]:
        """Node's ``emitter.listeners()``."""
        return [_unwrap(entry) for entry in (getattr(self, '_events', None) or {}).get(type, ())]

    def rawListeners(self, type: Any) -> list[Listener]:
        """Node's ``emitter.rawListeners()``."""
        return list((getattr(self, '_events', None) or {}).get(type, ()))

    def listenerCount(self, type: Any, listener: Listener | None = None) -> int:
        """Node's ``emitter.listenerCount()``."""
        current = (getattr(self, '_events', None) or {}).get(type)
        if current is None:
            return 0
        if listener is None:
            return len(current)
        return sum(1 for entry in current if _matches(entry, listener))

    def eventNames(self) -> list[Any]:
        """Node's ``emitter.eventNames()``."""
        return list(getattr(self, '_events', None) or ())

    # -- pyee interop: the two hooks pyee.uplift relies on -------------------------

    def _call_handlers(self, type: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
        events = self._events or {}
        if type == 'error' and errorMonitor in events:
            for handler in events[errorMonitor]:
                handler(*args, **kwargs)
        handlers = events.get(type)
        if handlers is None:
            return False
        for handler in handlers:
            result = handler(*args, **kwargs)
            if result is not None:
                _onListenerResult(self, result, type, args)
        return True

    def _emit_handle_potential_error(self, type: Any, error: Any) -> None:
        if type == 'error':
            raise _unhandled(error)


def _addListener(self: Any, type: Any, listener: Listener, prepend: bool) -> Any:
    try:
        events = self._events
        watched = self._watched
    except AttributeError:  # borrowed onto another object
        _adopt(self)
        events = self._events
        watched = self._watched
    if events is None:
        events = self._events = {}
    if 'newListener' in events:
        self.emit('newListener', type, _unwrap(listener))
        events = self._events  # a 'newListener' handler may have replaced it
    existing = events.get(type)
    if existing is None:
        events[type] = (listener,)
    else:
        updated = (listener,) + existing if prepend else existing + (listener,)
        events[type] = updated
        m = self._maxListeners  # a class default, or set by _adopt above
        if m is None:
            m = _defaults['defaultMaxListeners']
        if m > 0 and len(updated) > m and type not in self._warned:
            _warnLeak(self, type, len(updated), m)
    if type in watched:
        self._onWatchedAdded(type)
    return self

def _warnLeak(self: Any, type: Any, count: int, m: float) -> None:
    self._warned = getattr(self, '_warned', frozenset()) | {type}
    warning = MaxListenersExceededWarning(
        f'Possible EventEmitter memory leak detected. {count} '
        f'{_event_name(type)} listeners added to [{self.__class__.__name__}]. '
        f'MaxListeners is {numberToString(m)}. '
        'Use emitter.setMaxListeners() to increase limit', self, type, count)
    process.emitWarning(warning)


def _adopt(obj: Any) -> None:
    """An object a method was borrowed onto (``EventEmitter.on(obj, ...)``): give it
    the fields the methods read, as Node's ``_addListener`` creates ``_events``."""
    if getattr(obj, '_events', None) is None:
        obj._events = {}
    for name, value in (('_warned', frozenset()), ('_maxListeners', None),
                        ('_watched', frozenset())):
        if not hasattr(obj, name):
            setattr(obj, name, value)


def _emitError(self: Any, args: tuple[Any, ...]) -> bool:
    events = getattr(self, '_events', None) or {}
    if errorMonitor in events:
        EventEmitter.emit(self, errorMonitor, *args)
    handlers = events.get('error')
    if handlers is None:
        raise _unhandled(args[0] if args else UNDEFINED)
    for handler in handlers:
        result = handler(*args)
        if result is not None:
            _onListenerResult(self, result, 'error', args)
    return True


def _onListenerResult(self: Any, result: Any, type: Any, args: tuple[Any, ...]) -> None:
    """A listener returned something: schedule an awaitable, route its failure."""
    if not _pyinspect.isawaitable(result):
        return
    try:
        future = asyncio.ensure_future(result)  # not a loop entry: a JavaScript async function
    except RuntimeError:
        if _pyinspect.iscoroutine(result):
            result.close()
        raise ERR_NO_RUNNING_LOOP('An async listener') from None
    capture = getattr(self, '_capture', False)

    def settled(fut: asyncio.Future[Any]) -> None:
        if fut.cancelled():
            return
        err = fut.exception()
        if err is None:
            return
        if capture:
            process.nextTick(_routeRejection, self, err, type, args)
        else:
            fut.get_loop().call_exception_handler({
                'message': f'Unhandled rejection in an {type!r} listener',
                'exception': err, 'future': fut})

    future.add_done_callback(settled)  # not a loop entry: a promise reaction (microtask)


def _routeRejection(self: Any, err: BaseException, type: Any, args: tuple[Any, ...]) -> None:
    handler = getattr(self, captureRejectionSymbol, None)
    if callable(handler):
        result = handler(err, type, *args)
        if _pyinspect.isawaitable(result):
            # A failure of an async handler is an unhandled rejection, as in Node.
            future = asyncio.ensure_future(result)  # not a loop entry: a JS async function
            future.add_done_callback(_reportFailure)  # not a loop entry: a promise reaction
        return
    previous = getattr(self, '_capture', False)
    try:
        self._capture = False
        self.emit('error', err)
    finally:
        self._capture = previous


def _reportFailure(future: asyncio.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is not None:
        future.get_loop().call_exception_handler({
            'message': 'Unhandled rejection', 'exception': future.exception(), 'future': future})


def _unhandled(er: Any) -> BaseException:
    if isinstance(er, BaseException):
        return er
    try:
        shown = inspect(er)
    except Exception:
        shown = '[object Object]'
    err = ERR_UNHANDLED_ERROR(shown)
    err.context = None if er is UNDEFINED else er  # type: ignore[attr-defined]
    return err


# -- module helpers -----------------------------------------------------------------

class _EventsModule(types.ModuleType):
    """Lets ``events.defaultMaxListeners = n`` validate and apply, as Node's accessor does."""

    defaultMaxListeners = _EventEmitterMeta.defaultMaxListeners
    captureRejections = _EventEmitterMeta.captureRejections


sys.modules[__name__].__class__ = _EventsModule


def _is_event_target(value: Any) -> bool:
    from .abort import EventTarget
    return isinstance(value, EventTarget)


def listenerCount(emitter: Any, type: Any) -> int:
    """``events.listenerCount(emitter, eventName)`` (doc-deprecated in Node 20): the
    emitter's own method, else the prototype's on it (0 for an EventTarget)."""
    own = getattr(emitter, 'listenerCount', None)
    if callable(own):
        return own(type)  # type: ignore[no-any-return]
    return EventEmitter.listenerCount(emitter, type)


def getEventListeners(emitterOrTarget: Any = UNDEFINED, type: Any = UNDEFINED) -> list[Listener]:
    """Node's ``events.getEventListeners()``."""
    if type is UNDEFINED and (isinstance(emitterOrTarget, EventEmitter)
                              or _is_event_target(emitterOrTarget)):
        # Node 20 fails with a bare TypeError here (it reads the missing name).
        raise ERR_MISSING_ARGS('type')
    if isinstance(emitterOrTarget, EventEmitter):
        return emitterOrTarget.listeners(type)
    if _is_event_target(emitterOrTarget):
        return emitterOrTarget._listenersOf(type)  # type: ignore[no-any-return]
    raise ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget)


def getMaxListeners(emitterOrTarget: Any) -> float:
    """Node's ``events.getMaxListeners()``."""
    if isinstance(emitterOrTarget, EventEmitter):
        return emitterOrTarget.getMaxListeners()
    if _is_event_target(emitterOrTarget):
        return emitterOrTarget._maxListeners  # type: ignore[no-any-return]
    raise ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget)


def setMaxListeners(n: Any = UNDEFINED, *eventTargets: Any) -> None:
    """With no targets, set the default; otherwise set each target's limit."""
    if n is UNDEFINED:
        n = _defaults['defaultMaxListeners']
    validateNumber(n, 'setMaxListeners', 0)
    if not eventTargets:
        _defaults['defaultMaxListeners'] = n
        return
    for target in eventTargets:
        if _is_event_target(target):
            target._maxListeners = n
        elif isinstance(target, EventEmitter):
            target.setMaxListeners(n)
        else:
            raise ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target)


def _options(options: dict[str, Any] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(options, dict):
        return {**options, **kwargs}
    return kwargs


def _running_loop(what: str) -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        raise ERR_NO_RUNNING_LOOP(what) from None


def _abort_error(signal: Any) -> AbortError:
    return AbortError(options={'cause': signal.reason})


def _agnosticAdd(emitter: Any, name: Any, listener: Listener, once: bool = False) -> None:
    """Node's ``eventTargetAgnosticAddListener``: ``on``/``once``, else ``addEventListener``."""
    if callable(getattr(emitter, 'on', None)):
        if once:
            emitter.once(name, listener)
        else:
            emitter.on(name, listener)
    elif callable(getattr(emitter, 'addEventListener', None)):
        emitter.addEventListener(name, listener, {'once': once, 'resistStopPropagation': True})
    else:
        raise ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter)


def _agnosticRemove(emitter: Any, name: Any, listener: Listener) -> None:
    if callable(getattr(emitter, 'removeListener', None)):
        emitter.removeListener(name, listener)
    elif callable(getattr(emitter, 'removeEventListener', None)):
        emitter.removeEventListener(name, listener)
    else:
        raise ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter)


def once(emitter: Any, name: Any, options: dict[str, Any] | None = None,
         **kwargs: Any) -> asyncio.Future[list[Any]]:
    """Node's ``events.once``: a future of the emitted arguments, attached right away.

    It rejects with the error if ``'error'`` is emitted first (unless ``name`` is
    ``'error'``), and with an ``AbortError`` if ``options['signal']`` aborts (even
    past an earlier abort listener's ``stopImmediatePropagation()``). Node's
    ``once`` is an async function: bad arguments reject the future, they do not raise.
    """
    future: asyncio.Future[list[Any]] = _running_loop('events.once()').create_future()
    signal = _options(options, kwargs).get('signal')
    try:
        validateAbortSignal(signal, 'options.signal')
        if signal is not None and signal.aborted:
            raise _abort_error(signal)
    except Exception as err:
        future.set_exception(err)
        return future

    def resolver(*args: Any) -> None:
        if callable(getattr(emitter, 'removeListener', None)):
            emitter.removeListener('error', errorListener)
        if signal is not None:
            signal.removeEventListener('abort', abortListener)
        if not future.done():
            future.set_result(list(args))

    def errorListener(err: Any) -> None:
        emitter.removeListener(name, resolver)
        if signal is not None:
            signal.removeEventListener('abort', abortListener)
        if not future.done():
            future.set_exception(err if isinstance(err, BaseException) else _unhandled(err))

    def abortListener(*_: Any) -> None:
        _agnosticRemove(emitter, name, resolver)
        _agnosticRemove(emitter, 'error', errorListener)
        if not future.done():
            future.set_exception(_abort_error(signal))

    try:
        _agnosticAdd(emitter, name, resolver, once=True)
    except Exception as err:
        future.set_exception(err)
        return future
    if name != 'error' and callable(getattr(emitter, 'once', None)):
        emitter.once('error', errorListener)
    if signal is not None:
        signal.addEventListener('abort', abortListener,
                                {'once': True, 'resistStopPropagation': True})
    return future


class _OnState:
    """The buffers behind ``events.on()``: unread events and waiting readers."""

    def __init__(self, emitter: Any, event: Any, signal: Any, close: Iterable[Any],
                 high: int, low: int) -> None:
        self.emitter = emitter
        self.unread: collections.deque[list[Any]] = collections.deque()
        self.waiting: collections.deque[asyncio.Future[Any]] = collections.deque()
        self.error: BaseException | None = None
        self.finished = False
        self.paused = False
        self.high = high
        self.low = low
        self.signal = signal
        self.attached: list[tuple[Any, Listener]] = []
        # Node's listenersController: an EventTarget gets addEventListener.
        self.add(event, self.onEvent)
        if event != 'error' and callable(getattr(emitter, 'on', None)):
            self.add('error', self.onError)
        for name in close:
            self.add(name, self.onClose)
        if signal is not None:
            signal.addEventListener('abort', self.onAbort,
                                    {'once': True, 'resistStopPropagation': True})

    def add(self, name: Any, fn: Listener) -> None:
        _agnosticAdd(self.emitter, name, fn)
        self.attached.append((name, fn))

    def onEvent(self, *args: Any) -> None:
        if self.waiting:
            self.waiting.popleft().set_result(list(args))
            return
        self.unread.append(list(args))
        if len(self.unread) > self.high and not self.paused:
            self.paused = True
            self.emitter.pause()

    def onError(self, err: BaseException) -> None:
        if self.waiting:
            self.waiting.popleft().set_exception(err)
        else:
            self.error = err
        self.onClose()

    def onAbort(self, *_: Any) -> None:
        self.onError(_abort_error(self.signal))

    def onClose(self, *_: Any) -> None:
        for name, fn in self.attached:
            _agnosticRemove(self.emitter, name, fn)
        self.attached = []
        if self.signal is not None:
            self.signal.removeEventListener('abort', self.onAbort)
        self.finished = True
        while self.waiting:
            self.waiting.popleft().set_result(None)

    async def next(self) -> list[Any] | None:
        if self.unread:
            value = self.unread.popleft()
            if self.paused and len(self.unread) < self.low:
                self.emitter.resume()
                self.paused = False
            return value
        if self.error is not None:
            err, self.error = self.error, None
            raise err
        if self.finished:
            return None
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.waiting.append(future)
        return await future  # type: ignore[no-any-return]


class _OnIterator:
    """What ``events.on()`` returns. Closing it (``aclose()``, leaving an
    ``async for`` over the call's result, or dropping it) detaches the listeners,
    as Node's ``return()`` does."""

    __slots__ = ('_state',)

    def __init__(self, state: _OnState) -> None:
        self._state = state

    def __aiter__(self) -> _OnIterator:
        return self

    async def __anext__(self) -> list[Any]:
        value = await self._state.next()
        if value is None:
            raise StopAsyncIteration
        return value

    async def aclose(self) -> None:
        self._state.onClose()

    async def athrow(self, err: BaseException) -> None:
        if not isinstance(err, BaseException):
            raise ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err)
        self._state.onError(err)

    def __del__(self) -> None:
        state = self._state
        if not state.finished:
            state.onClose()


def on(emitter: Any, event: Any, options: dict[str, Any] | None = None,
       **kwargs: Any) -> AsyncIterator[list[Any]]:
    """Node's ``events.on``: an async iterator of each emission's arguments.

    Listeners are attached when ``on()`` is called. Leaving an ``async for``
    early detaches them once the iterator is closed (``aclose()``, or when it
    is garbage collected).
    """
    opts = _options(options, kwargs)
    signal = opts.get('signal')
    validateAbortSignal(signal, 'options.signal')
    if signal is not None and signal.aborted:
        raise _abort_error(signal)
    high = opts.get('highWaterMark', opts.get('highWatermark'))
    low = opts.get('lowWaterMark', opts.get('lowWatermark'))
    high = MAX_SAFE_INTEGER if high is None else high
    low = 1 if low is None else low
    validateInteger(high, 'options.highWaterMark', 1)
    validateInteger(low, 'options.lowWaterMark', 1)
    state = _OnState(emitter, event, signal, opts.get('close') or (), high, low)
    return _OnIterator(state)


class _Disposable:
    """What ``addAbortListener`` returns: ``dispose()`` (or ``with``) detaches the listener."""

    def __init__(self, remove: Callable[[], None] | None) -> None:
        self._remove = remove

    def dispose(self) -> None:
        if self._remove is not None:
            self._remove()
            self._remove = None

    def __enter__(self) -> _Disposable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()


def addAbortListener(signal: Any = UNDEFINED, listener: Any = UNDEFINED) -> _Disposable:
    """Listen once for ``'abort'`` on ``signal``, even past ``stopImmediatePropagation()``."""
    if signal is UNDEFINED or signal is None:
        raise ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal)
    validateAbortSignal(signal, 'signal')
    validateFunction(listener, 'listener')
    if signal.aborted:
        # Node's queueMicrotask(listener); ticks it queues drain after it.
        process.lifetime(_running_loop('addAbortListener()')).callSoon(listener)
        return _Disposable(None)
    signal.addEventListener('abort', listener, {'once': True, 'resistStopPropagation': True})
    return _Disposable(lambda: signal.removeEventListener('abort', listener))


from . import process  # noqa: E402  (process is an EventEmitter: it imports this module)
