"""``process.stdout`` and ``process.stderr``: Writables over fd 1 and fd 2.

Node builds them in ``lib/internal/bootstrap/switches/is_main_thread.js``
(``createWritableStdioStream``): a ``SyncWriteStream``
(``lib/internal/fs/sync_write_stream.js``) for a file, a ``tty.WriteStream``
for a terminal, a pipe ``net.Socket`` otherwise. On POSIX all three write
synchronously, so here one class does: ``_write`` writes the whole chunk to
the fd at once and calls back synchronously, and the Writable machinery
defers the user's callback and ``'drain'`` as Node's does. The stream never
closes its fd: ``end()``/``destroy()`` run Node's ``dummyDestroy``, which
emits ``'close'`` and leaves the stream usable again; ``pipe()`` never ends
it. Nothing here holds ``process.run`` open.
"""

from __future__ import annotations

import os
import select
import sys
from typing import Any

from ._streams.writable import Writable
from .errors import uvErrorFromOSError
from .process import _running_loop, nextTick
from .util import encodeString

__all__ = ['SyncWriteStream', 'getStdio']


def _writeSync(fd: int, data: Any, pyStream: Any) -> None:
    """``fs.writeSync`` until every byte is out (a non-blocking fd waits to be writable)."""
    # Text Python printed and still buffers goes out first, so the order on the fd
    # is the program's order (Node has no second buffer).
    if pyStream is not None:
        try:
            pyStream.flush()
        except (OSError, ValueError):
            pass
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view):]
        except BlockingIOError:
            select.select([], [fd], [])
        except InterruptedError:
            continue


class SyncWriteStream(Writable):
    """Node's ``SyncWriteStream`` as ``createWritableStdioStream`` sets it up for stdio."""

    def __init__(self, fd: int, pyName: str | None = None) -> None:
        Writable.__init__(self, {'autoDestroy': True})
        self.fd = fd
        self.readable = False
        self.autoClose = False
        # For supporting legacy API we put the FD here.
        self._isStdio = True
        self._pyName = pyName
        try:
            tty = os.isatty(fd)
        except OSError:
            tty = False
        self._type = 'tty' if tty else 'fs'
        # tty.WriteStream's isTTY; Node leaves it undefined on a file or pipe.
        self.isTTY: bool | None = True if tty else None

    @property
    def columns(self) -> int | None:
        return self._size(0)

    @property
    def rows(self) -> int | None:
        return self._size(1)

    def _size(self, which: int) -> int | None:
        if not self.isTTY:
            return None
        try:
            return os.get_terminal_size(self.fd)[which]
        except OSError:
            return None

    def getWindowSize(self) -> list[int]:
        """``tty.WriteStream.prototype.getWindowSize``: ``[columns, rows]``."""
        return [self.columns or 0, self.rows or 0]

    def _pyStream(self) -> Any:
        stream = getattr(sys, self._pyName, None) if self._pyName else None
        try:
            if stream is not None and stream.fileno() == self.fd:
                return stream
        except (OSError, ValueError, AttributeError):
            pass
        return None

    def _write(self, chunk: Any, encoding: Any, cb: Any) -> None:
        try:
            _writeSync(self.fd, chunk, self._pyStream())
        except OSError as exc:
            cb(uvErrorFromOSError(exc, 'write'))
            return
        cb()

    def write(self, chunk: Any = None, encoding: Any = None, cb: Any = None) -> bool:
        if _running_loop() is None:
            # Outside any loop (plain Python code) Node's machinery cannot defer the
            # callback: the bytes go out now and the callback runs at once.
            if callable(encoding):
                cb, encoding = encoding, None
            data = encodeString(chunk, encoding or 'utf8') if isinstance(chunk, str) else chunk
            try:
                _writeSync(self.fd, data, self._pyStream())
            except OSError as exc:
                if callable(cb):
                    cb(uvErrorFromOSError(exc, 'write'))
                return False
            if callable(cb):
                cb(None)
            return True
        return Writable.write(self, chunk, encoding, cb)

    def _destroy(self, err: Any, cb: Any) -> None:
        """Node's ``dummyDestroy``: stdio is never closed."""
        cb(err)
        self._undestroy()
        # We need to emit 'close' anyway so that the closing of the stream is
        # observable; 'close' is needed so that finished and pipeline work.
        if not self._writableState.emitClose:
            nextTick(self.emit, 'close')

    def destroySoon(self, err: Any = None, cb: Any = None) -> Any:
        return self.destroy(err, cb)


_streams: dict[str, SyncWriteStream] = {}


def getStdio(name: str) -> SyncWriteStream:
    """``process.stdout``/``process.stderr``, made on first use as Node's getters do."""
    fd = {'stdout': 1, 'stderr': 2}.get(name)
    if fd is None:
        raise AttributeError(f"module 'node_http_agent.process' has no attribute '{name}'")
    stream = _streams.get(name)
    if stream is None:
        stream = _streams[name] = SyncWriteStream(fd, name)
    return stream

