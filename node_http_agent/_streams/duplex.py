"""Node's ``internal/streams/duplex.js``: ``Duplex``, a Readable that is also a Writable.

As in Node 20, the constructor builds both states itself (one options dict
for both sides, ``readable*``/``writable*`` keys for one side),
``allowHalfOpen`` defaults to true, and ``readable: False`` /
``writable: False`` start that side ended. Methods come from Readable first
(Python's MRO is Node's prototype copy), ``destroy`` from Writable.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ..util import UNDEFINED
from . import destroy as destroyImpl
from .add_abort_signal import addAbortSignal
from .legacy import Stream
from .readable import Readable, ReadableState
from .writable import Writable, WritableState, _options, assignHooks

__all__ = ['Duplex']

_HOOKS = ('read', 'write', 'writev', 'destroy', 'final', 'construct')


class _Absent:
    """A name a Duplex lacks although its Writable base has it (reads fail)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        raise AttributeError(self.name)


class Duplex(Readable, Writable):
    """Node's ``stream.Duplex``."""

    # ``instanceof Duplex`` for WritableState/ReadableState callers.
    _nhaDuplex = True
    # Node's `this._events ??= {...}`: these keys come first in eventNames().
    _nhaEventShape = ('close', 'error', 'prefinish', 'finish', 'drain',  # type: ignore[assignment]
                      'data', 'end', 'readable')

    def __init__(self, options: Any = None, **kwargs: Any) -> None:
        options = _options(options, kwargs)
        self._readableState = ReadableState(options, self, True)
        self._writableState = WritableState(options, self, True)
        # EventEmitter.init runs before the signal's listeners are added (see Writable).
        Stream.__init__(self, options)
        if options:
            self.allowHalfOpen = options.get('allowHalfOpen') is not False
            if options.get('readable') is False:
                rState = self._readableState
                rState.readable = False
                rState.ended = True
                rState.endEmitted = True
            if options.get('writable') is False:
                wState = self._writableState
                wState.writable = False
                wState.ending = True
                wState.ended = True
                wState.finished = True
            assignHooks(self, options, _HOOKS)
            if options.get('signal'):
                addAbortSignal(options['signal'], self)
        else:
            self.allowHalfOpen = True
        if getattr(self, '_construct', None) is not None:
            destroyImpl.construct(self, partial(_onConstructed, self))

    destroy = Writable.destroy

    writable = Writable.writable
    writableHighWaterMark = Writable.writableHighWaterMark
    writableObjectMode = Writable.writableObjectMode
    writableBuffer = Writable.writableBuffer
    writableLength = Writable.writableLength
    writableFinished = Writable.writableFinished
    writableCorked = Writable.writableCorked
    writableEnded = Writable.writableEnded
    writableNeedDrain = Writable.writableNeedDrain

    # Node copies only the enumerable Writable.prototype keys and the getters
    # listed above: a Duplex has no writableAborted (undefined there).
    writableAborted = _Absent()

    @property
    def destroyed(self) -> bool:
        """Node's ``duplex.destroyed``."""
        r = self._readableState
        w = self._writableState
        if r is None or w is None:
            return False
        return bool(r.destroyed and w.destroyed)

    @destroyed.setter
    def destroyed(self, value: Any) -> None:
        # Backward compatibility: the user manages destroyed explicitly.
        r = getattr(self, '_readableState', None)
        w = getattr(self, '_writableState', None)
        if r is not None and w is not None:
            r.destroyed = value
            w.destroyed = value

    @staticmethod
    def from_(body: Any = UNDEFINED) -> Any:
        """``Duplex.from(body)``: a Duplex from a stream, pair, iterable, function, ..."""
        from .duplexify import duplexify
        return duplexify(body, 'body')


def _onConstructed(stream: Any, *_: Any) -> None:
    stream._readableState.onConstructed(stream)
    stream._writableState.onConstructed(stream)
