"""``AbortController`` / ``AbortSignal`` and the small ``EventTarget`` under them.

Enough of the WHATWG ``EventTarget`` for what Node's ``signal`` options do:
``addEventListener(type, fn, {'once': True})``, ``removeEventListener``,
``dispatchEvent``, ``onabort``. A listener that raises is reported to the
running loop's exception handler (Node reports it as an uncaught exception)
and does not stop the other listeners.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any

from .errors import ERR_INVALID_ARG_TYPE, DOMException
from .util import UNDEFINED
from .validators import validateNumber

__all__ = ['Event', 'EventTarget', 'AbortController', 'AbortSignal']


class Event:
    """A dispatched event: ``type``, ``target``, and ``stopImmediatePropagation()``."""

    def __init__(self, type: str) -> None:
        self.type = type
        self.target: EventTarget | None = None
        self.defaultPrevented = False
        self._stopped = False

    def stopImmediatePropagation(self) -> None:
        """Node's ``event.stopImmediatePropagation()``."""
        self._stopped = True

    def preventDefault(self) -> None:
        """Node's ``event.preventDefault()``."""
        self.defaultPrevented = True


class _Registration:
    __slots__ = ('listener', 'once', 'resist', 'removed')

    def __init__(self, listener: Callable[..., Any], once: bool, resist: bool) -> None:
        self.listener = listener
        self.once = once
        self.resist = resist
        self.removed = False


class EventTarget:
    """The part of ``EventTarget`` that signals need."""

    def __init__(self) -> None:
        self._registrations: dict[str, list[_Registration]] = {}
        self._maxListeners: float = 10

    def addEventListener(self, type: str, listener: Any, options: Any = None) -> None:
        """Node's ``eventTarget.addEventListener()``."""
        if listener is None:
            return
        opts = options if isinstance(options, dict) else {}
        regs = self._registrations.setdefault(type, [])
        if any(r.listener == listener for r in regs):
            return  # the DOM ignores a duplicate registration
        regs.append(_Registration(listener, bool(opts.get('once')),
                                  bool(opts.get('resistStopPropagation'))))

    def removeEventListener(self, type: str, listener: Any, options: Any = None) -> None:
        """Node's ``eventTarget.removeEventListener()``."""
        regs = self._registrations.get(type)
        if not regs:
            return
        for i, reg in enumerate(regs):
            if reg.listener == listener:
                reg.removed = True
                del regs[i]
                break
        if not regs:
            del self._registrations[type]

    def _listenersOf(self, type: str) -> list[Callable[..., Any]]:
        return [r.listener for r in self._registrations.get(type, ())]

    def dispatchEvent(self, event: Event) -> bool:
        """Node's ``eventTarget.dispatchEvent()``."""
        event.target = self
        handler = getattr(self, f'on{event.type}', None)
        regs = list(self._registrations.get(event.type, ()))
        if handler is not None:
            self._invoke(handler, event)
        for reg in regs:
            if reg.removed or (event._stopped and not reg.resist):
                continue
            if reg.once:
                self.removeEventListener(event.type, reg.listener)
            listener = reg.listener
            call = getattr(listener, 'handleEvent', listener)
            self._invoke(call, event)
        return not event.defaultPrevented

    @staticmethod
    def _invoke(fn: Callable[..., Any], event: Event) -> None:
        try:
            fn(event)
        except Exception as exc:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                raise exc from None
            loop.call_exception_handler({'message': 'EventTarget listener raised',
                                         'exception': exc})


class AbortSignal(EventTarget):
    """Node's ``AbortSignal``: ``aborted``, ``reason``, ``throwIfAborted()``, ``'abort'``."""

    def __init__(self) -> None:
        super().__init__()
        self.aborted = False
        self.reason: Any = UNDEFINED
        self.onabort: Callable[..., Any] | None = None

    def throwIfAborted(self) -> None:
        """Node's ``signal.throwIfAborted()``."""
        if self.aborted:
            reason = self.reason
            raise reason if isinstance(reason, BaseException) else \
                _NonErrorReason(reason)

    def _abort(self, reason: Any) -> None:
        if self.aborted:
            return
        self.aborted = True
        self.reason = (DOMException('This operation was aborted', 'AbortError')
                       if reason is UNDEFINED else reason)
        self.dispatchEvent(Event('abort'))

    @staticmethod
    def abort(reason: Any = UNDEFINED) -> AbortSignal:
        """Node's ``AbortSignal.abort()``."""
        signal = AbortSignal()
        signal.aborted = True
        signal.reason = (DOMException('This operation was aborted', 'AbortError')
                         if reason is UNDEFINED else reason)
        return signal

    @staticmethod
    def timeout(delay: Any) -> AbortSignal:
        """A signal that aborts with a ``TimeoutError`` after ``delay`` ms (unref'd)."""
        from .timers import setTimeout
        validateNumber(delay, 'delay', 0, 2**53 - 1)
        signal = AbortSignal()
        setTimeout(lambda: signal._abort(DOMException(
            'The operation was aborted due to timeout', 'TimeoutError')), delay).unref()
        return signal

    @staticmethod
    def any(signals: Iterable[AbortSignal]) -> AbortSignal:
        """Node's ``AbortSignal.any()``."""
        signals = list(signals)
        result = AbortSignal()
        for s in signals:
            if not isinstance(s, AbortSignal):
                raise ERR_INVALID_ARG_TYPE('signals[0]', 'AbortSignal', s)
            if s.aborted:
                result.aborted = True
                result.reason = s.reason
                return result
        for s in signals:
            s.addEventListener('abort', lambda e, s=s: result._abort(s.reason), {'once': True})
        return result

    def __repr__(self) -> str:
        return f'AbortSignal {{ aborted: {"true" if self.aborted else "false"} }}'


class _NonErrorReason(Exception):
    """Raised by ``throwIfAborted()`` when the reason is not an exception."""

    def __init__(self, reason: Any) -> None:
        super().__init__(reason)
        self.reason = reason


class AbortController:
    """``new AbortController()``: ``signal`` and ``abort(reason)``."""

    def __init__(self) -> None:
        self.signal = AbortSignal()

    def abort(self, reason: Any = UNDEFINED) -> None:
        """Node's ``controller.abort()``."""
        self.signal._abort(reason)
