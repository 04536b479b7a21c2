"""``Readable.prototype.wrap`` and the tail of Node's ``internal/streams/readable.js``:
``fromList``, ``endReadable``, ``endReadableNT``, ``endWritableNT``,
``Readable.from`` and ``Readable.wrap``, in Node's order.

:mod:`.readable` calls ``fromList``/``endReadable`` from ``read()`` and attaches
``from_``, ``wrap`` and ``_fromList`` to ``Readable``.

Names that depart from Node: ``wrap(self, stream)`` = ``Readable.prototype.wrap``
(``Readable._wrap``); ``_wrapStatic`` = the static ``Readable.wrap``; ``_from`` =
``Readable.from`` (``Readable.from_``); ``_dualmethod`` keeps the two ``wrap`` s on
one Python name; ``_joinStrings`` = JavaScript's ``ret += chunk`` over strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..process import lastTick, nextTick
from . import destroy as destroyImpl

if TYPE_CHECKING:
    from .readable import Readable
    from .readable_state import ReadableState

__all__: list[str] = []

errorOrDestroy = destroyImpl.errorOrDestroy


# Wrap an old-style stream as the async data source.
# This is *not* part of the readable stream interface.
# It is an ugly unfortunate mess of history.
def wrap(self: Readable, stream: Any) -> Readable:
    paused = False

    def ondata(chunk: Any) -> None:
        nonlocal paused
        if not self.push(chunk) and getattr(stream, 'pause', None):
            paused = True
            stream.pause()

    stream.on('data', ondata)
    stream.on('end', lambda *_: self.push(None))
    stream.on('error', lambda err=None, *_: errorOrDestroy(self, err))
    stream.on('close', lambda *_: self.destroy())
    stream.on('destroy', lambda *_: self.destroy())

    def _read(*_: Any) -> None:
        nonlocal paused
        if paused and getattr(stream, 'resume', None):
            paused = False
            stream.resume()

    self._read = _read  # type: ignore[method-assign,assignment]

    # Proxy all the other methods. Important when wrapping filters and duplexes.
    # (Node skips the first own key, its `_events`; the port skips the same.)
    for key, value in list(vars(stream).items())[1:]:
        if not hasattr(self, key) and callable(value):
            setattr(self, key, value)

    return self


# Pluck off n bytes from an array of buffers.
# Length is the combined lengths of all the buffers in the list.
# Pluck off n bytes from an array of buffers.
# Length is the combined lengths of all the buffers in the list.
def fromList(n: Any, state: ReadableState) -> Any:
    # nothing buffered.
    if state.length == 0:
        return None

    buf = state.buffer
    if state.objectMode:
        return buf.popleft()
    if not n or n >= state.length:
        # Read it all, truncate the list.
        if state.decoder is not None:
            ret: Any = _joinStrings(buf)
        elif len(buf) == 0:
            ret = b''
        elif len(buf) == 1:
            ret = buf[0]
        else:
            ret = b''.join(buf)
        buf.clear()
        return ret
    first = buf[0]
    if n < len(first):
        # `slice` is the same for buffers and strings.
        buf[0] = first[n:]
        return first[:n]
    if n == len(first):
        # First chunk is a perfect match.
        return buf.popleft()
    parts = []
    while buf:
        data = buf[0]
        if n > len(data):
            parts.append(data)
            n -= len(data)
            buf.popleft()
        else:
            if n == len(data):
                parts.append(data)
                buf.popleft()
            else:
                parts.append(data[:n])
                buf[0] = data[n:]
            break
    return _joinStrings(parts) if state.decoder is not None else b''.join(parts)


def _joinStrings(items: Any) -> str:
    """JavaScript's ``ret += chunk`` over strings: a Buffer unshifted among them
    is concatenated as its UTF-8 ``toString()``."""
    try:
        return ''.join(items)
    except TypeError:
        return ''.join([item if isinstance(item, str) else bytes(item).decode('utf-8', 'replace')
                        for item in items])


def endReadable(stream: Any) -> None:
    state = stream._readableState
    if not state.endEmitted:
        state.ended = True
        # Node queues one endReadableNT per call; one queued right behind the same one
        # finds the state the first left (nothing runs between): it is not queued.
        last = lastTick()
        if last is not None and last[0] is endReadableNT and last[1][1] is stream:
            return
        nextTick(endReadableNT, state, stream)


def endReadableNT(state: ReadableState, stream: Any) -> None:
    # Check that we didn't get one last unshift.
    if (state.errored is None and not state.closeEmitted and not state.endEmitted
            and state.length == 0):
        state.endEmitted = True
        stream.emit('end')

        if getattr(stream, 'writable', False) and getattr(stream, 'allowHalfOpen', None) is False:
            nextTick(endWritableNT, stream)
        elif state.autoDestroy:
            # In case of duplex streams we need a way to detect
            # if the writable side is ready for autoDestroy as well.
            wState = getattr(stream, '_writableState', None)
            autoDestroy = wState is None or (
                wState.autoDestroy and
                # We don't expect the writable to ever 'finish'
                # if writable is explicitly set to false.
                (wState.finished or getattr(wState, 'writable', None) is False))

            if autoDestroy:
                stream.destroy()


def endWritableNT(stream: Any) -> None:
    writable = stream.writable and not stream.writableEnded and not stream.destroyed
    if writable:
        stream.end()


def _from(iterable: Any, opts: dict[str, Any] | None = None, **kwargs: Any) -> Readable:
    """``Readable.from(iterable, opts)``: a readable of an iterable's items."""
    from .from_ import from_
    from .readable import Readable, _options  # lazy requires: readable imports this module
    readable: Readable = from_(Readable, iterable, _options(opts, kwargs))
    return readable


def _wrapStatic(src: Any, options: dict[str, Any] | None = None, **kwargs: Any) -> Readable:
    """``Readable.wrap(src, options)``: a Readable over an old-style stream."""
    from .readable import Readable, _options
    objectMode = getattr(src, 'readableObjectMode', None)
    if objectMode is None:
        objectMode = getattr(src, 'objectMode', None)

    def destroy(err: Any, callback: Any) -> None:
        destroyImpl.destroyer(src, err)
        callback(err)

    opts = {'objectMode': True if objectMode is None else objectMode,
            **(_options(options, kwargs) or {}), 'destroy': destroy}
    return Readable(opts)._wrap(src)


class _dualmethod:
    """A name that is a static function on the class and a method on instances.

    JavaScript keeps ``Readable.wrap`` (static) apart from
    ``Readable.prototype.wrap``; a Python class has one namespace.
    """

    def __init__(self, static: Any, method: Any) -> None:
        self.static = static
        self.method = method

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self.static
        return self.method.__get__(obj, cls)
