"""The stand-in for Node's C++ ``TLSWrap`` (port-only): ``ssl.SSLObject`` over two
``ssl.MemoryBIO`` s between the raw TCP transport and the :class:`TLSSocket`.

asyncio's own SSL transport cannot take a session to resume, so when TCP
connects, :class:`_TLSLayer` takes the raw transport's protocol over
(``transport.set_protocol``) and hands the socket a transport of its own:
the socket writes plaintext into it and gets plaintext ``'data'`` out of it,
so every ``net.Socket`` method works as is. One application write is one
``SSL_write`` and one ``transport.write``.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._tls_common import _KeylogTap
    from ._tls_wrap import TLSSocket

_READ_SIZE = 65536
_RECORD_OVERHEAD = 22  # a TLS 1.3 record: 5-byte header, 1-byte inner type, 16-byte AEAD tag
_MAX_SESSION_CHECKS = 3  # bounds the looks if a peer pads its records


class _TLSLayer:
    """Protocol of the raw TCP transport and transport of the :class:`TLSSocket`.

    Ciphertext comes in through ``data_received`` and leaves through the raw
    transport; plaintext goes to ``socket._onData`` and comes in through
    ``write``. Plaintext written before the handshake is done waits in
    ``pending``; the socket releases it (``release``) once it is secure.
    """

    __slots__ = ('owner', 'raw', 'incoming', 'outgoing', 'sslobj', 'ssl', 'established',
                 'released', 'pending', 'eofPending', 'appPaused', 'readEnded', 'eofWaiting',
                 'keylog', 'sessionWatch', 'cipherIn', 'cipherSeen', 'sessionChecks', 'closing')

    def __init__(self, owner: TLSSocket, raw: asyncio.Transport) -> None:
        self.owner = owner
        self.raw = raw
        self.incoming = ssl.MemoryBIO()
        self.outgoing = ssl.MemoryBIO()
        self.sslobj: ssl.SSLObject | None = None
        self.ssl: Any = None            # the _ssl._SSLSocket under sslobj: the hot path calls it
        self.established = False        # handshake done
        self.released = False           # the socket let its first writes go
        self.pending: list[bytes] = []
        self.eofPending = False
        self.appPaused = False
        self.readEnded = False
        self.eofWaiting = False         # TCP EOF came while plaintext was held back by pause()
        self.keylog: _KeylogTap | None = None
        # TLS 1.3 tickets come after the handshake. Python tells no ticket's arrival, so the
        # session is looked at (``_tls_session.currentSession``) only when a read
        # consumed ciphertext that no application data explains (a post-handshake message).
        self.sessionWatch = False
        self.cipherIn = 0               # ciphertext fed since the handshake (while watching)
        self.cipherSeen = 0             # ... of which accounted for
        self.sessionChecks = 0
        self.closing = False
        raw.set_protocol(self)  # type: ignore[arg-type]

    # -- the raw transport's protocol --------------------------------------------------
    # Callbacks from the loop (or from a JSStreamTransport's stream events): each goes
    # through Lifetime.enter, so the ticks its events queue drain when it returns.

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # pragma: no cover
        pass

    def data_received(self, data: bytes) -> None:
        self.owner._life.enter(self._onCiphertext, data)

    def _onCiphertext(self, data: bytes) -> None:
        if self.ssl is None:
            return
        self.incoming.write(data)
        if self.sessionWatch:
            self.cipherIn += len(data)
        if not self.established:
            self.handshake()
            if not self.established:
                return
        self.readApp()

    def eof_received(self) -> bool:
        self.owner._life.enter(self._onRawEof)
        return True

    def _onRawEof(self) -> None:
        if self.appPaused and self.established and self.ssl is not None and self.ssl.pending():
            self.eofWaiting = True
            return
        self._eof()

    def _eof(self) -> None:
        if not self.readEnded:
            self.readEnded = True
            owner = self.owner
            if not owner.destroyed:
                owner._onEof()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        self.owner._life.enter(self.owner._onConnectionLost, exc)

    def pause_writing(self) -> None:
        self.owner._writePaused = True

    def resume_writing(self) -> None:
        owner = self.owner
        owner._inResumeWriting = True  # a close from 'drain' (or its ticks) waits: see net
        try:
            owner._life.enter(owner._onResumeWriting)
        finally:
            owner._inResumeWriting = False

    # -- TLS steps -----------------------------------------------------------------------

    def flush(self) -> None:
        out = self.outgoing
        if out.pending and not self.closing and not self.raw.is_closing():
            self.raw.write(out.read())

    def handshake(self) -> None:
        owner = self.owner
        try:
            self.ssl.do_handshake()
        except ssl.SSLWantReadError:
            self.flush()
            self.afterStep()
            return
        except ssl.SSLError as exc:
            self.flush()
            self.afterStep()
            owner._onTLSFailure(exc)
            return
        self.flush()
        self.established = True
        self.afterStep()
        owner._onHandshakeDone()

    def readApp(self) -> None:
        owner = self.owner
        read = self.ssl.read
        while not self.appPaused:
            try:
                chunk = read(_READ_SIZE)
            except ssl.SSLWantReadError:
                if self.sessionWatch:
                    self.afterRecords(0)
                break
            except ssl.SSLZeroReturnError:
                chunk = b''
                if self.sessionWatch:  # tickets may come in the same read as close_notify
                    self.afterRecords(_RECORD_OVERHEAD + 2)
                    self.sessionWatch = False
            except ssl.SSLError as exc:
                self.flush()
                owner._onTLSFailure(exc)
                return
            if self.sessionWatch:
                # A session ticket read with this record comes before the data, as in Node.
                self.afterRecords(len(chunk) + _RECORD_OVERHEAD)
                if owner.destroyed:
                    return
            if self.keylog is not None:
                self.afterStep()
                if owner.destroyed:
                    return
            if not chunk:  # close_notify
                self.flush()
                self._eof()
                return
            owner._onData(chunk)
            if owner.destroyed:
                return
        if self.outgoing.pending:
            self.flush()
        if self.keylog is not None:
            self.afterStep()
        if self.eofWaiting and not self.appPaused:
            self.eofWaiting = False
            self._eof()

    def afterStep(self) -> None:
        """After a TLS step: this socket's keylog lines."""
        owner = self.owner
        if self.keylog is not None:
            lines = self.keylog.take()
            if lines and owner._keylogEnabled:
                for line in lines:
                    owner.emit('keylog', line)

    def watchSessions(self) -> None:
        """The handshake of a TLS 1.3 client is done: look out for session tickets."""
        self.sessionWatch = True
        self.cipherIn = self.incoming.pending
        self.cipherSeen = 0

    def afterRecords(self, explained: int) -> None:
        """After ``SSL_read``: if it consumed more ciphertext than the plaintext it returned
        explains, a post-handshake message (a ticket) was read: check the session."""
        consumed = self.cipherIn - self.incoming.pending
        extra = consumed - self.cipherSeen - explained
        self.cipherSeen = consumed
        if extra > 0:
            self.sessionChecks += 1
            if self.sessionChecks >= _MAX_SESSION_CHECKS:
                self.sessionWatch = False
            self.owner._checkSession()

    def release(self) -> None:
        """The socket is secure (and, on a client, verified): send what was written so far."""
        self.released = True
        if self.appPaused:
            try:
                self.raw.pause_reading()
            except (RuntimeError, AttributeError):
                pass
        pending = self.pending
        if pending:
            self.pending = []
            data = b''.join(pending)
            self._write(data)
        if self.eofPending:
            self.eofPending = False
            self.write_eof()

    def _write(self, data: bytes) -> None:
        # A memory BIO never pushes back, so SSL_write takes everything at once.
        written = self.ssl.write(data)
        if written < len(data):  # pragma: no cover - kept for safety
            view = memoryview(data)[written:]
            while view:
                view = view[self.ssl.write(view):]
        self.flush()

    # -- the socket's transport ----------------------------------------------------------

    def write(self, data: bytes) -> None:
        if self.released and not self.pending:
            try:
                self._write(data)
            except ssl.SSLError as exc:
                self.owner._onTLSFailure(exc)
        else:
            self.pending.append(data)

    def writelines(self, chunks: list[bytes]) -> None:
        self.write(b''.join(chunks))

    def write_eof(self) -> None:
        if not self.released or self.pending:
            self.eofPending = True
            return
        try:
            self.ssl.shutdown()
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
            pass
        except (ssl.SSLError, ValueError):
            pass
        self.flush()
        if not self.raw.is_closing() and self.raw.can_write_eof():
            try:
                self.raw.write_eof()
            except (OSError, RuntimeError):
                pass

    def can_write_eof(self) -> bool:
        return True

    def close(self) -> None:
        self.closing = True
        self.raw.close()

    def abort(self) -> None:
        self.closing = True
        self.raw.abort()

    def is_closing(self) -> bool:
        return self.raw.is_closing()

    def pause_reading(self) -> None:
        self.appPaused = True
        if self.released:
            try:
                self.raw.pause_reading()
            except (RuntimeError, AttributeError):
                pass

    def resume_reading(self) -> None:
        if not self.appPaused:
            return
        self.appPaused = False
        if self.released:
            try:
                self.raw.resume_reading()
            except (RuntimeError, AttributeError):
                pass
            self.owner._life.callSoon(self._drain)

    def _drain(self) -> None:
        if self.established and not self.appPaused and not self.owner.destroyed and \
                self.ssl is not None:
            self.readApp()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if name == 'ssl_object':
            return self.sslobj
        return self.raw.get_extra_info(name, default)

    def get_write_buffer_size(self) -> int:
        return self.raw.get_write_buffer_size() + sum(map(len, self.pending))
