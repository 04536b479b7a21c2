"""Node's ``internal/streams/compose.js``: ``stream.compose(*streams)``.

One Duplex that writes into the first stage and reads from the last, the
stages joined by ``pipeline``. Functions at either end go through
``Duplex.from``. Web streams are not ported (their branches are left out).
"""

from __future__ import annotations

from typing import Any

from ..errors import ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, AbortError
from .destroy import destroyer
from .duplex import Duplex
from .end_of_stream import eos
from .pipeline import pipeline
from .utils import isNodeStream, isReadable, isWritable

__all__ = ['compose']


def _isFunction(value: Any) -> bool:
    from .pipeline import _isFunction as isFunction
    return isFunction(value)


def compose(*streams: Any) -> Any:
    """``stream.compose(...streams)``."""
    if not streams:
        raise ERR_MISSING_ARGS('streams')
    if len(streams) == 1:
        return Duplex.from_(streams[0])
    orgStreams = list(streams)
    stages = list(streams)
    if _isFunction(stages[0]):
        stages[0] = Duplex.from_(stages[0])
    if _isFunction(stages[-1]):
        stages[-1] = Duplex.from_(stages[-1])
    for n, stage in enumerate(stages):
        if not isNodeStream(stage):
            continue
        if n < len(stages) - 1 and not isReadable(stage):
            raise ERR_INVALID_ARG_VALUE(f'streams[{n}]', orgStreams[n], 'must be readable')
        if n > 0 and not isWritable(stage):
            raise ERR_INVALID_ARG_VALUE(f'streams[{n}]', orgStreams[n], 'must be writable')

    ondrain: Any = None
    onfinish: Any = None
    onreadable: Any = None
    onclose: Any = False  # Node's `undefined`: not yet closed, no callback
    d: Any = None
    readable = writable = False

    def onfinished(err: Any = None, *_: Any) -> None:
        nonlocal onclose
        cb = onclose
        onclose = None
        if cb:
            cb(err)
        elif err:
            d.destroy(err)
        elif not readable and not writable:
            d.destroy()

    head = stages[0]
    tail = pipeline(stages, onfinished)
    writable = bool(isWritable(head))
    readable = bool(isReadable(tail))

    d = Duplex({'writableObjectMode': bool(getattr(head, 'writableObjectMode', False)),
                'readableObjectMode': bool(getattr(tail, 'readableObjectMode', False)),
                'writable': writable, 'readable': readable})

    if writable:
        if isNodeStream(head):
            def _write(chunk: Any, encoding: Any, callback: Any) -> None:
                nonlocal ondrain
                if head.write(chunk, encoding):
                    callback()
                else:
                    ondrain = callback

            def _final(callback: Any) -> None:
                nonlocal onfinish
                head.end()
                onfinish = callback

            def ondrainListener(*_: Any) -> None:
                nonlocal ondrain
                if ondrain:
                    cb = ondrain
                    ondrain = None
                    cb()

            d._write = _write
            d._final = _final
            head.on('drain', ondrainListener)

        def ontailDone(*_: Any) -> None:
            nonlocal onfinish
            if onfinish:
                cb = onfinish
                onfinish = None
                cb()

        eos(tail, ontailDone)

    if readable and isNodeStream(tail):
        def onreadableListener(*_: Any) -> None:
            nonlocal onreadable
            if onreadable:
                cb = onreadable
                onreadable = None
                cb()

        tail.on('readable', onreadableListener)
        tail.on('end', lambda *_: d.push(None))

        def _read(*_: Any) -> None:
            nonlocal onreadable
            while True:
                buf = tail.read()
                if buf is None:
                    onreadable = d._read
                    return
                if not d.push(buf):
                    return

        d._read = _read

    def _destroy(err: Any, callback: Any) -> None:
        nonlocal onreadable, ondrain, onfinish, onclose
        if not err and onclose is not None:
            err = AbortError()
        onreadable = None
        ondrain = None
        onfinish = None
        if isNodeStream(tail):
            destroyer(tail, err)
        if onclose is None:
            callback(err)
        else:
            onclose = callback

    d._destroy = _destroy
    return d
