"""Node's ``internal/js_stream_socket.js``, as the port needs it: a transport over any Duplex.

Node's TLS runs over a C++ stream handle; when the socket it is given has
none (a user's Duplex, a ``TLSSocket`` for TLS inside TLS, a socket still
connecting), ``JSStreamSocket`` makes the JavaScript stream look like one.
The port's TLS layer speaks to an asyncio transport, so the stand-in here is
an asyncio ``Transport`` whose bytes go to ``stream.write()`` and come from
the stream's ``'data'``, with its ``'end'``, ``'close'``, ``'error'`` and
``'drain'`` turned into the protocol's callbacks. Those come from inside a
JavaScript callback already (the stream's events), so the protocol does not wrap
them in ``runCallback`` again: ``Lifetime.enter`` calls them directly, and the
outer callback drains the ticks (see docs/architecture.md).
"""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ['JSStreamTransport']


class JSStreamTransport(asyncio.Transport):
    """An asyncio transport over a Node-style Duplex ``stream``."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self.stream = stream
        self.protocol: Any = None
        self.closing = False
        self.lost = False
        self.writePaused = False
        stream.on('data', self._onData)
        stream.once('end', self._onEnd)
        stream.once('close', self._onClose)
        stream.on('error', self._onError)
        stream.on('drain', self._onDrain)

    # -- the stream's events, as the protocol's callbacks ---------------------------------

    def _onData(self, chunk: Any) -> None:
        if isinstance(chunk, str):
            chunk = chunk.encode('utf-8')
        if self.protocol is not None and not self.lost:
            self.protocol.data_received(bytes(chunk))

    def _onEnd(self, *_: Any) -> None:
        if self.protocol is not None and not self.lost:
            self.protocol.eof_received()

    def _onError(self, err: BaseException) -> None:
        self._lose(err if isinstance(err, Exception) else None)

    def _onClose(self, *_: Any) -> None:
        self._lose(None)

    def _onDrain(self, *_: Any) -> None:
        if self.writePaused:
            self.writePaused = False
            if self.protocol is not None and not self.lost:
                self.protocol.resume_writing()

    def _lose(self, exc: Exception | None) -> None:
        if not self.lost:
            self.lost = True
            self.closing = True
            if self.protocol is not None:
                self.protocol.connection_lost(exc)

    # -- asyncio.Transport ----------------------------------------------------------------

    def set_protocol(self, protocol: Any) -> None:
        self.protocol = protocol

    def get_protocol(self) -> Any:
        return self.protocol

    def write(self, data: Any) -> None:
        if self.closing:
            return
        if not self.stream.write(bytes(data)) and not self.writePaused:
            self.writePaused = True
            if self.protocol is not None:
                self.protocol.pause_writing()

    def writelines(self, chunks: Any) -> None:
        self.write(b''.join(chunks))

    def can_write_eof(self) -> bool:
        return True

    def write_eof(self) -> None:
        if not self.closing:
            self.stream.end()

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        if not self.closing:
            self.closing = True
            self.stream.end()
            self.stream.destroy()

    def abort(self) -> None:
        self.closing = True
        self.stream.destroy()

    def pause_reading(self) -> None:
        self.stream.pause()

    def resume_reading(self) -> None:
        self.stream.resume()

    def is_reading(self) -> bool:
        return not self.stream.isPaused()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return int(getattr(self.stream, 'writableLength', 0) or 0)

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        stream = self.stream
        if name == 'peername' and getattr(stream, 'remoteAddress', None) is not None:
            return (stream.remoteAddress, stream.remotePort)
        if name == 'sockname' and getattr(stream, 'localAddress', None) is not None:
            return (stream.localAddress, stream.localPort)
        return default
