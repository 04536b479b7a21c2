"""Node's ``internal/streams/duplexify.js``: ``Duplex.from(body)``.

``body`` may be a Duplex (returned as is), a Readable or Writable (wrapped
into a Duplex), a ``{'readable': r, 'writable': w}`` pair (a dict or an
object with those attributes), an iterable or async iterable (a readable-only
Duplex), an awaitable (its value is the one chunk), or a function
``fn(source, {'signal': signal})``: an async generator function makes a
transform, an async function (coroutine) a writable sink. Blobs and web
streams are not ported.
"""

from __future__ import annotations

import asyncio
import inspect as _inspect
from typing import Any

from ..abort import AbortController
from ..errors import ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, AbortError
from ..process import nextTick
from .destroy import destroyer
from .duplex import Duplex
from .end_of_stream import _loop, eos
from .from_ import from_
from .utils import (
    isDuplexNodeStream,
    isIterable,
    isNodeStream,
    isReadable,
    isReadableNodeStream,
    isReadableStream,
    isWritable,
    isWritableNodeStream,
    isWritableStream,
    spawn,
)

__all__ = ['duplexify', 'Duplexify']


class Duplexify(Duplex):
    """The Duplex that ``Duplex.from`` builds."""

    # Node's constructor repeats Duplex's handling of readable/writable: false
    # after super(options); with the same options that changes nothing.


def _get(body: Any, key: str) -> Any:
    if isinstance(body, dict):
        return body.get(key)
    return getattr(body, key, None)


def _isObject(value: Any) -> bool:
    """``typeof value === 'object'`` (and not null)."""
    return (value is not None and not isinstance(value, (bool, int, float, str, bytes))
            and not callable(value))


def _isFunction(value: Any) -> bool:
    return callable(value) and not isNodeStream(value) and not isIterable(value)


def _task(coro: Any) -> asyncio.Future[Any]:
    _loop('Duplex.from()')
    return spawn(coro)


def duplexify(body: Any, name: str) -> Any:
    if isDuplexNodeStream(body):
        return body
    if isReadableNodeStream(body):
        return _duplexify({'readable': body})
    if isWritableNodeStream(body):
        return _duplexify({'writable': body})
    if isNodeStream(body):
        return _duplexify({'writable': False, 'readable': False})
    if isReadableStream(body) or isWritableStream(body):
        raise ERR_INVALID_ARG_TYPE(name, ['Stream', 'Iterable', 'AsyncIterable', 'Function',
                                          '{ readable, writable } pair', 'Promise'], body)

    if _isFunction(body):
        gen = fromAsyncGen(body)
        value = gen['value']
        if isDuplexNodeStream(value):
            return value
        if isIterable(value):
            return from_(Duplexify, value, {'objectMode': True, 'write': gen['write'],
                                            'final': gen['final'], 'destroy': gen['destroy']})
        if _inspect.isawaitable(value):
            d: Any = None
            promise = _task(_await(value))
            derived = promise.get_loop().create_future()

            def settled(fut: asyncio.Future[Any]) -> None:
                err = AbortError() if fut.cancelled() else fut.exception()
                if err is None:
                    val = fut.result()
                    if val is not None:
                        derived.set_exception(ERR_INVALID_RETURN_VALUE('nully', 'body', val))
                        return
                else:
                    destroyer(d, err)
                derived.set_result(None)

            promise.add_done_callback(settled)  # not a loop entry: a promise reaction
            genFinal = gen['final']

            def final(cb: Any) -> None:
                def afterSource(*_: Any) -> None:
                    async def run() -> None:
                        try:
                            await derived
                            nextTick(cb, None)
                        except Exception as err:  # noqa: BLE001 - handed to cb
                            nextTick(cb, err)
                    _task(run())
                genFinal(afterSource)

            d = Duplexify({'objectMode': True, 'readable': False, 'write': gen['write'],
                           'final': final, 'destroy': gen['destroy']})
            return d
        raise ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value)

    if isIterable(body):
        return from_(Duplexify, body, {'objectMode': True, 'writable': False})

    readablePart = _get(body, 'readable')
    writablePart = _get(body, 'writable')
    if _isObject(writablePart) or _isObject(readablePart):
        readable = ((readablePart if isReadableNodeStream(readablePart)
                     else duplexify(readablePart, name)) if readablePart else None)
        writable = ((writablePart if isWritableNodeStream(writablePart)
                     else duplexify(writablePart, name)) if writablePart else None)
        return _duplexify({'readable': readable, 'writable': writable})

    if _inspect.isawaitable(body):
        d2: Any = None
        future = _task(_await(body))

        def resolved(fut: asyncio.Future[Any]) -> None:
            err = AbortError() if fut.cancelled() else fut.exception()
            if err is not None:
                destroyer(d2, err)
                return
            val = fut.result()
            if val is not None:
                d2.push(val)
            d2.push(None)

        future.add_done_callback(resolved)  # not a loop entry: a promise reaction
        d2 = Duplexify({'objectMode': True, 'writable': False, 'read': lambda *_: None})
        return d2

    raise ERR_INVALID_ARG_TYPE(
        name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
               'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body)


async def _await(awaitable: Any) -> Any:
    return await awaitable


def fromAsyncGen(fn: Any) -> dict[str, Any]:
    """Call ``fn(source, {'signal'})`` with a source fed by the Duplex's writes."""
    loop = _loop('Duplex.from()')
    promise: Any = loop.create_future()
    resolve: Any = promise.set_result
    ac = AbortController()
    signal = ac.signal

    async def source() -> Any:
        nonlocal promise, resolve
        while True:
            current = promise
            promise = None
            message = await current
            nextTick(message['cb'])
            if message['done']:
                return
            if signal.aborted:
                raise AbortError(options={'cause': getattr(signal, 'reason', None)})
            promise = loop.create_future()
            resolve = promise.set_result
            yield message['chunk']

    value = fn(source(), {'signal': signal})

    def write(chunk: Any, encoding: Any, cb: Any) -> None:
        nonlocal resolve
        current = resolve
        resolve = None
        current({'chunk': chunk, 'done': False, 'cb': cb})

    def final(cb: Any) -> None:
        nonlocal resolve
        current = resolve
        resolve = None
        current({'done': True, 'cb': cb})

    def destroy(err: Any, cb: Any) -> None:
        ac.abort()
        cb(err)

    return {'value': value, 'write': write, 'final': final, 'destroy': destroy}


def _duplexify(pair: dict[str, Any]) -> Any:
    from .readable import Readable
    r: Any = pair.get('readable')
    if r and not callable(getattr(r, 'read', None)):
        r = Readable.wrap(r)  # type: ignore[attr-defined]
    w: Any = pair.get('writable')

    readable = bool(isReadable(r))
    writable = bool(isWritable(w))

    ondrain: Any = None
    onfinish: Any = None
    onreadable: Any = None
    onclose: Any = False  # Node's `undefined`: not yet closed, no callback
    d: Any = None

    def onfinished(err: Any = None) -> None:
        nonlocal onclose
        cb = onclose
        onclose = None
        if cb:
            cb(err)
        elif err:
            d.destroy(err)

    d = Duplexify({'readableObjectMode': bool(getattr(r, 'readableObjectMode', False)),
                   'writableObjectMode': bool(getattr(w, 'writableObjectMode', False)),
                   'readable': readable, 'writable': writable})

    if writable:
        def onWritableDone(err: Any = None, *_: Any) -> None:
            nonlocal writable
            writable = False
            if err:
                destroyer(r, err)
            onfinished(err)

        eos(w, onWritableDone)

        def _write(chunk: Any, encoding: Any, callback: Any) -> None:
            nonlocal ondrain
            if w.write(chunk, encoding):
                callback()
            else:
                ondrain = callback

        def _final(callback: Any) -> None:
            nonlocal onfinish
            w.end()
            onfinish = callback

        d._write = _write
        d._final = _final

        def ondrainListener(*_: Any) -> None:
            nonlocal ondrain
            if ondrain:
                cb = ondrain
                ondrain = None
                cb()

        def onfinishListener(*_: Any) -> None:
            nonlocal onfinish
            if onfinish:
                cb = onfinish
                onfinish = None
                cb()

        w.on('drain', ondrainListener)
        w.on('finish', onfinishListener)

    if readable:
        def onReadableDone(err: Any = None, *_: Any) -> None:
            nonlocal readable
            readable = False
            if err:
                destroyer(r, err)
            onfinished(err)

        eos(r, onReadableDone)

        def onreadableListener(*_: Any) -> None:
            nonlocal onreadable
            if onreadable:
                cb = onreadable
                onreadable = None
                cb()

        r.on('readable', onreadableListener)
        r.on('end', lambda *_: d.push(None))

        def _read(*_: Any) -> None:
            nonlocal onreadable
            while True:
                buf = r.read()
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
        if onclose is None:
            callback(err)
        else:
            onclose = callback
            destroyer(w, err)
            destroyer(r, err)

    d._destroy = _destroy
    return d
