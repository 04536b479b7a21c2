"""Adapters between Node-style streams and Python's I/O objects (not Node API).

Node has no Python file objects or asyncio streams, so these names are the
port's own (listed in docs/extensions.md, "Stream adapters"):

* :func:`readChunks` - a generator of fixed-size ``bytes`` chunks from a binary
  file object, for ``Readable.from_`` (iterating a binary file gives lines).
* :func:`readableFromFile` / :func:`writableToFile` - a Readable / Writable
  over a binary file object, its blocking calls run on the fs thread pool.
* :func:`readableFromStreamReader` / :func:`writableToStreamWriter` - a
  Readable / Writable over an asyncio ``StreamReader`` / ``StreamWriter``;
  the Writable calls back only once ``drain()`` says the transport took the
  bytes, so backpressure reaches ``write()``'s return value and ``'drain'``.

Every adapter keeps ``process.run`` alive while it waits on its object (a
read or write in flight), as a Node stream's pending request does, and not
otherwise. ``autoClose`` (default ``False``: the caller owns the object)
closes the file object or the writer when the stream is destroyed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

from .._streams.readable import Readable
from .._streams.writable import Writable
from ..fs import _request
from ..process import lifetime

__all__ = ['readChunks', 'readableFromFile', 'writableToFile', 'readableFromStreamReader',
           'writableToStreamWriter']

_CHUNK = 64 * 1024


def readChunks(file: Any, size: int = _CHUNK) -> Iterator[bytes]:
    """Yield ``file.read(size)`` until EOF: ``Readable.from_(readChunks(f))``."""
    while True:
        chunk = file.read(size)
        if not chunk:
            return
        yield bytes(chunk)


def _split(options: dict[str, Any] | None, defaultHwm: int | None) -> tuple[dict[str, Any], bool]:
    opts = dict(options or {})
    autoClose = bool(opts.pop('autoClose', False))
    if defaultHwm is not None and opts.get('highWaterMark') is None:
        opts['highWaterMark'] = defaultHwm
    return opts, autoClose


def _readAll(file: Any, size: int) -> bytes:
    data = file.read(size)
    return bytes(data) if data else b''


def _writeAll(file: Any, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = file.write(view)
        if written is None:  # a non-blocking raw file took nothing yet
            time.sleep(0.001)
            continue
        view = view[written:]


def _closeFile(file: Any) -> None:
    close = getattr(file, 'close', None)
    if close is not None:
        close()


def readableFromFile(file: Any, options: dict[str, Any] | None = None) -> Readable:
    """A Readable of ``bytes`` chunks read from a binary file object on the fs thread pool.

    ``options`` are Readable's (``highWaterMark`` is the read size, default
    64 KiB as ``fs.createReadStream``; ``encoding``; ...) plus ``autoClose``.
    """
    opts, autoClose = _split(options, _CHUNK)
    stream: Readable

    def read(n: int) -> None:
        def onread(err: Any, data: Any) -> None:
            if stream.destroyed:
                return
            if err is not None:
                stream.destroy(err)
            else:
                stream.push(data if data else None)
        _request(_readAll, onread, file, n)

    def destroy(err: Any, cb: Any) -> None:
        if autoClose:
            try:
                _closeFile(file)
            except Exception as exc:  # noqa: BLE001 - close's error is the stream's
                err = err or exc
        cb(err)

    stream = Readable({**opts, 'read': read, 'destroy': destroy})
    return stream


def writableToFile(file: Any, options: dict[str, Any] | None = None) -> Writable:
    """A Writable that writes each chunk to a binary file object on the fs thread pool.

    ``final`` flushes the file; ``options`` are Writable's plus ``autoClose``.
    Strings are encoded (``decodeStrings``) as for ``fs.createWriteStream``.
    """
    opts, autoClose = _split(options, None)

    def write(chunk: Any, encoding: Any, cb: Any) -> None:
        _request(_writeAll, lambda err, _=None: cb(err), file, chunk)

    def final(cb: Any) -> None:
        flush = getattr(file, 'flush', None)
        if flush is None:
            cb()
        else:
            _request(flush, lambda err, _=None: cb(err))

    def destroy(err: Any, cb: Any) -> None:
        if autoClose:
            try:
                _closeFile(file)
            except Exception as exc:  # noqa: BLE001 - close's error is the stream's
                err = err or exc
        cb(err)

    return Writable({**opts, 'decodeStrings': True, 'write': write, 'final': final,
                     'destroy': destroy})


class _Held:
    """One ref on the process lifetime while an asyncio call is in flight."""

    def __init__(self) -> None:
        self.life = lifetime()

    def run(self, coro: Any, done: Any) -> asyncio.Task[Any]:
        life = self.life
        life.ref()

        def finished(t: asyncio.Task[Any]) -> None:
            try:
                if t.cancelled():
                    done(asyncio.CancelledError(), None)
                elif t.exception() is not None:
                    done(t.exception(), None)
                else:
                    done(None, t.result())
            finally:
                life.unref()
        return life.spawn(coro, finished)  # finished runs under runCallback


def readableFromStreamReader(reader: asyncio.StreamReader,
                             options: dict[str, Any] | None = None) -> Readable:
    """A Readable of the bytes an asyncio ``StreamReader`` gives, ``highWaterMark`` at a time.

    EOF on the reader ends the stream; an exception from ``read()`` destroys
    it with that error. ``autoClose`` has no object to close here (close the
    writer of the pair) and is ignored.
    """
    opts, _ = _split(options, None)
    stream: Readable
    held: _Held | None = None
    pending: asyncio.Task[Any] | None = None

    def read(n: int) -> None:
        nonlocal held, pending
        if held is None:
            held = _Held()

        def onread(err: Any, data: Any) -> None:
            nonlocal pending
            pending = None
            if stream.destroyed:
                return
            if err is not None:
                stream.destroy(err)
            else:
                stream.push(data if data else None)
        pending = held.run(reader.read(max(n, 1)), onread)

    def destroy(err: Any, cb: Any) -> None:
        if pending is not None and not pending.done():
            pending.cancel()
        cb(err)

    stream = Readable({**opts, 'read': read, 'destroy': destroy})
    return stream


def writableToStreamWriter(writer: asyncio.StreamWriter,
                           options: dict[str, Any] | None = None) -> Writable:
    """A Writable over an asyncio ``StreamWriter``.

    Each chunk goes to ``writer.write()``; its callback runs after ``await
    writer.drain()``, so a slow peer fills the Writable's buffer and
    ``write()`` returns ``False`` until ``'drain'``, as Node's net.Socket.
    Finishing sends EOF (``write_eof()`` where the transport can) unless
    ``options['end']`` is ``False``; ``autoClose`` closes the writer on destroy.
    """
    opts, autoClose = _split(options, None)
    sendEof = opts.pop('end', True) is not False
    held: _Held | None = None

    def hold() -> _Held:
        nonlocal held
        if held is None:
            held = _Held()
        return held

    def write(chunk: Any, encoding: Any, cb: Any) -> None:
        try:
            writer.write(chunk)
        except Exception as exc:  # noqa: BLE001 - the transport's error is the write's
            cb(exc)
            return
        hold().run(writer.drain(), lambda err, _=None: cb(err))

    def final(cb: Any) -> None:
        if sendEof and writer.can_write_eof() and not writer.is_closing():
            try:
                writer.write_eof()
            except Exception as exc:  # noqa: BLE001
                cb(exc)
                return
        cb()

    def destroy(err: Any, cb: Any) -> None:
        if autoClose and not writer.is_closing():
            writer.close()
        cb(err)

    return Writable({**opts, 'decodeStrings': True, 'write': write, 'final': final,
                     'destroy': destroy})
