"""Node's ``internal/streams/destroy.js``: destroy, undestroy, errorOrDestroy, construct.

``destroy`` and ``undestroy`` are the methods Readable and Writable share
(``destroy(self, err, cb)``); ``errorOrDestroy`` routes an error through
``destroy()`` when the stream auto-destroys; ``construct`` runs the
``_construct`` hook; ``destroyer`` destroys any stream-like object as
``pipeline`` needs. The order of ``'error'`` and ``'close'`` (each a
``nextTick`` after ``_destroy``'s callback) is Node's.
"""

from __future__ import annotations

from typing import Any

from ..errors import ERR_MULTIPLE_CALLBACK, AbortError, aggregateTwoErrors
from ..process import nextTick
from ..util import UNDEFINED, Symbol
from .utils import isDestroyed, isFinished, isServerRequest, kIsDestroyed, runHookResult

__all__ = ['construct', 'destroyer', 'destroy', 'undestroy', 'errorOrDestroy',
           'kDestroy', 'kConstruct']

kDestroy = Symbol('kDestroy')
kConstruct = Symbol('kConstruct')


def checkError(err: Any, w: Any, r: Any) -> None:
    if err:
        if w is not None and not w.errored:
            w.errored = err
        if r is not None and not r.errored:
            r.errored = err


def destroy(self: Any, err: Any = None, cb: Any = None) -> Any:
    """``stream.destroy(err, cb)``: mark destroyed now, call ``_destroy`` once constructed."""
    r = getattr(self, '_readableState', None)
    w = getattr(self, '_writableState', None)
    # With duplex streams the writable side holds the state.
    s: Any = w if w is not None else r
    if (w is not None and w.destroyed) or (r is not None and r.destroyed):
        if callable(cb):
            cb()
        return self
    # destroyed is set before any error callback runs: re-entrance safe.
    if err:  # checkError's own guard, before the call (hot path)
        checkError(err, w, r)
    if w is not None:
        w.destroyed = True
    if r is not None:
        r.destroyed = True
    if not s.constructed:
        def onConstructed(*args: Any) -> None:
            _destroy(self, aggregateTwoErrors(args[0] if args else None, err), cb)
        self.once(kDestroy, onConstructed)
    else:
        _destroy(self, err, cb)
    return self


def _destroy(self: Any, err: Any, cb: Any) -> None:
    called = False

    def onDestroy(err: Any = None, *_: Any) -> None:
        nonlocal called
        if called:
            return
        called = True
        r = getattr(self, '_readableState', None)
        w = getattr(self, '_writableState', None)
        if err:  # checkError's own guard, before the call (hot path)
            checkError(err, w, r)
        if w is not None:
            w.closed = True
        if r is not None:
            r.closed = True
        if callable(cb):
            cb(err)
        if err:
            nextTick(emitErrorCloseNT, self, err)
        else:
            nextTick(emitCloseNT, self)

    try:
        runHookResult(self._destroy(err or None, onDestroy))
    except Exception as error:  # noqa: BLE001 - a throwing _destroy is its callback's error
        onDestroy(error)


def emitErrorCloseNT(self: Any, err: Any) -> None:
    emitErrorNT(self, err)
    emitCloseNT(self)


def emitCloseNT(self: Any) -> None:
    r = getattr(self, '_readableState', None)
    w = getattr(self, '_writableState', None)
    if w is not None:
        w.closeEmitted = True
    if r is not None:
        r.closeEmitted = True
    if (w is not None and w.emitClose) or (r is not None and r.emitClose):
        self.emit('close')


def emitErrorNT(self: Any, err: Any) -> None:
    r = getattr(self, '_readableState', None)
    w = getattr(self, '_writableState', None)
    if (w is not None and w.errorEmitted) or (r is not None and r.errorEmitted):
        return
    if w is not None:
        w.errorEmitted = True
    if r is not None:
        r.errorEmitted = True
    self.emit('error', err)


def undestroy(self: Any) -> None:
    """``stream._undestroy()``: back to a fresh, constructed state."""
    r = getattr(self, '_readableState', None)
    w = getattr(self, '_writableState', None)
    if r is not None:
        r.constructed = True
        r.closed = False
        r.closeEmitted = False
        r.destroyed = False
        r.errored = None
        r.errorEmitted = False
        r.reading = False
        r.ended = r.readable is False
        r.endEmitted = r.readable is False
    if w is not None:
        w.constructed = True
        w.destroyed = False
        w.closed = False
        w.closeEmitted = False
        w.errored = None
        w.errorEmitted = False
        w.finalCalled = False
        w.prefinished = False
        w.ended = w.writable is False
        w.ending = w.writable is False
        w.finished = w.writable is False


def errorOrDestroy(stream: Any, err: Any, sync: bool = False) -> None:
    """Destroy with ``err`` if the stream auto-destroys, else record and emit it.

    Node keeps the old same-tick ``'error'`` for streams without autoDestroy
    (``sync`` defers it a tick).
    """
    r = getattr(stream, '_readableState', None)
    w = getattr(stream, '_writableState', None)
    if (w is not None and w.destroyed) or (r is not None and r.destroyed):
        return
    if (r is not None and r.autoDestroy) or (w is not None and w.autoDestroy):
        stream.destroy(err)
    elif err:
        if w is not None and not w.errored:
            w.errored = err
        if r is not None and not r.errored:
            r.errored = err
        if sync:
            nextTick(emitErrorNT, stream, err)
        else:
            emitErrorNT(stream, err)


def construct(stream: Any, cb: Any) -> None:
    """Run ``stream._construct`` (if any) a tick later; ``cb`` on ``kConstruct``."""
    if not callable(getattr(stream, '_construct', None)):
        return
    r = getattr(stream, '_readableState', None)
    w = getattr(stream, '_writableState', None)
    if r is not None:
        r.constructed = False
    if w is not None:
        w.constructed = False
    stream.once(kConstruct, cb)
    if stream.listenerCount(kConstruct) > 1:
        # Duplex: the second side's call; the first already scheduled it.
        return
    nextTick(constructNT, stream)


def constructNT(stream: Any) -> None:
    called = False

    def onConstruct(err: Any = None) -> None:
        nonlocal called
        if called:
            errorOrDestroy(stream, err if err is not None else ERR_MULTIPLE_CALLBACK())
            return
        called = True
        r = getattr(stream, '_readableState', None)
        w = getattr(stream, '_writableState', None)
        s: Any = w if w is not None else r
        if r is not None:
            r.constructed = True
        if w is not None:
            w.constructed = True
        if s.destroyed:
            stream.emit(kDestroy, err)
        elif err:
            errorOrDestroy(stream, err, True)
        else:
            stream.emit(kConstruct)

    def callback(err: Any = None, *_: Any) -> None:
        nextTick(onConstruct, err)

    try:
        runHookResult(stream._construct(callback))
    except Exception as err:  # noqa: BLE001 - a throwing _construct is its error
        nextTick(onConstruct, err)


def isRequest(stream: Any) -> bool:
    return bool(getattr(stream, 'setHeader', None)) and callable(getattr(stream, 'abort', None))


def emitCloseLegacy(stream: Any) -> None:
    stream.emit('close')


def emitErrorCloseLegacy(stream: Any, err: Any) -> None:
    stream.emit('error', err)
    nextTick(emitCloseLegacy, stream)


def destroyer(stream: Any = UNDEFINED, err: Any = None) -> None:
    """Destroy any stream-like object (legacy, http request, closable) as pipeline needs."""
    if not stream or isDestroyed(stream):
        return
    if not err and not isFinished(stream):
        err = AbortError()
    if isServerRequest(stream):
        stream.socket = None
        stream.destroy(err)
    elif isRequest(stream):
        stream.abort()
    elif isRequest(getattr(stream, 'req', None)):
        stream.req.abort()
    elif callable(getattr(stream, 'destroy', None)):
        stream.destroy(err)
    elif callable(getattr(stream, 'close', None)):
        stream.close()  # Node loses err here too
    elif err:
        nextTick(emitErrorCloseLegacy, stream, err)
    else:
        nextTick(emitCloseLegacy, stream)
    if not getattr(stream, 'destroyed', False):
        setattr(stream, kIsDestroyed, True)
