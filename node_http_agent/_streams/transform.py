"""Node's ``internal/streams/transform.js``: ``Transform``, a Duplex that transforms.

Implement ``_transform(chunk, encoding, callback)`` and optionally
``_flush(callback)``; ``callback(err, value)`` pushes ``value`` when it is
not ``None``. As in Node 20, the flush runs from ``_final`` (or, when a
subclass overrides ``_final``, on ``'prefinish'``), and a full readable
buffer holds back the write callback until ``_read``.
"""

from __future__ import annotations

from typing import Any

from ..errors import ERR_METHOD_NOT_IMPLEMENTED
from ..process import nextTick
from .duplex import Duplex
from .state import getHighWaterMark
from .utils import runHookResult
from .writable import _options

__all__ = ['Transform']


class Transform(Duplex):
    """Node's ``stream.Transform``."""

    def __init__(self, options: Any = None, **kwargs: Any) -> None:
        options = _options(options, kwargs)
        readableHighWaterMark = (getHighWaterMark(self, options, 'readableHighWaterMark', True)
                                 if options else None)
        if readableHighWaterMark == 0:
            # A Duplex buffers on both sides; a Transform wants hwm elements in
            # all, so the writable side does not buffer.
            options = {**options, 'highWaterMark': None,
                       'readableHighWaterMark': readableHighWaterMark,
                       'writableHighWaterMark': options.get('writableHighWaterMark') or 0}
        Duplex.__init__(self, options)
        # _read is implemented and ready before the first call: no sync guard.
        self._readableState.sync = False
        self._nhaCallback: Any = None  # Node's this[kCallback]
        if options:
            if callable(options.get('transform')):
                self._transform = options['transform']  # type: ignore[method-assign]
            if callable(options.get('flush')):
                self._flush = options['flush']
        # Flush on 'prefinish' too: some streams implement _final instead of
        # (or besides) _flush, and Node keeps supporting them.
        self.on('prefinish', self._nhaPrefinish)

    def _nhaPrefinish(self, *_: Any) -> None:
        # Node's prefinish(): `this._final !== final`.
        if getattr(self._final, '__func__', None) is not Transform._final:
            final(self)

    def _final(self, cb: Any = None) -> None:
        final(self, cb)

    def _transform(self, chunk: Any, encoding: Any, callback: Any) -> Any:
        raise ERR_METHOD_NOT_IMPLEMENTED('_transform()')

    def _write(self, chunk: Any, encoding: Any, callback: Any) -> None:
        rState = self._readableState
        wState = self._writableState
        length = rState.length

        def done(err: Any = None, val: Any = None, *_: Any) -> None:
            if err:
                callback(err)
                return
            if val is not None:
                self.push(val)
            if rState.ended:
                # push(None) was called: the callback waits a tick for the
                # new state to propagate.
                nextTick(callback)
            elif wState.ended or length == rState.length or rState.length < rState.highWaterMark:
                callback()
            else:
                self._nhaCallback = callback

        runHookResult(self._transform(chunk, encoding, done))

    def _read(self, size: Any = None) -> None:
        callback = self._nhaCallback
        if callback:
            self._nhaCallback = None
            callback()


def final(self: Any, cb: Any = None) -> None:
    """Node's ``final``: flush, push what it gives, then end the readable side."""
    if callable(getattr(self, '_flush', None)) and not self.destroyed:
        def flushed(er: Any = None, data: Any = None, *_: Any) -> None:
            if er:
                if cb:
                    cb(er)
                else:
                    self.destroy(er)
                return
            if data is not None:
                self.push(data)
            self.push(None)
            if cb:
                cb()
        runHookResult(self._flush(flushed))
    else:
        self.push(None)
        if cb:
            cb()
