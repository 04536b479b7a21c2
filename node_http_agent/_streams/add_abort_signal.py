"""Node's ``internal/streams/add-abort-signal.js``: destroy a stream when a signal aborts."""

from __future__ import annotations

from typing import Any

from ..errors import ERR_INVALID_ARG_TYPE, AbortError
from ..util import UNDEFINED
from .utils import isNodeStream, isWebStream

__all__ = ['addAbortSignal', 'addAbortSignalNoValidate']


def _isSignal(signal: Any) -> bool:
    # typeof signal === 'object' && 'aborted' in signal
    return (signal is not None and not isinstance(signal, (bool, int, float, str, bytes))
            and hasattr(signal, 'aborted'))


def validateAbortSignal(signal: Any, name: str) -> None:
    if not _isSignal(signal):
        raise ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal)


def addAbortSignal(signal: Any = UNDEFINED, stream: Any = UNDEFINED) -> Any:
    """``stream.addAbortSignal(signal, stream)``: returns ``stream``."""
    validateAbortSignal(signal, 'signal')
    if not isNodeStream(stream) and not isWebStream(stream):
        raise ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream)
    return addAbortSignalNoValidate(signal, stream)


def addAbortSignalNoValidate(signal: Any, stream: Any) -> Any:
    if not _isSignal(signal):
        return stream
    if isNodeStream(stream):
        def onAbort(*_: Any) -> None:
            stream.destroy(AbortError(options={'cause': getattr(signal, 'reason', None)}))
    else:
        def onAbort(*_: Any) -> None:
            from .utils import kControllerErrorFunction
            getattr(stream, kControllerErrorFunction)(
                AbortError(options={'cause': getattr(signal, 'reason', None)}))
    if signal.aborted:
        onAbort()
    else:
        from ..events import addAbortListener
        from .end_of_stream import eos
        disposable = addAbortListener(signal, onAbort)
        eos(stream, lambda *_: disposable.dispose())
    return stream
