"""A controllable misbehaving HTTP/1.1 server for the fault tests (issue 6, item 1).

Raw asyncio (no ``node_http_agent`` code on the server side, so the client is
tested against bytes it cannot influence), loopback only. Each request on each
connection gets a scripted behaviour: ``script(conn, index)`` returns the name
of an action in :data:`ACTIONS` (or a callable taking the connection), where
``conn`` counts accepted connections and ``index`` counts requests on that
connection, both from 0. ``tests/faults/node/misbehaving_server.js`` is its JS
twin: the Node side of each test runs against the same behaviours.

Usable from code running under ``node_http_agent.process.run``::

    server = MisbehavingServer(lambda conn, index: 'rst_on_request').listen()
    ... http.get({'port': server.port, ...}) ...
    server.close()

``listen()`` is synchronous (the port is known at once) and, like a Node
server, keeps ``run()`` alive until ``close()``, which also closes every
accepted connection and cancels pending server timers. ``stall(conn)`` true
makes the server never read from that connection (the client's writes back
up); ``fin_all``/``reset_all``/``write_all`` act on every open connection at
once (e.g. all the client's idle pooled sockets).

Actions (see :data:`ACTIONS`): ``ok``; close an idle keep-alive socket after
the response (``fin_after`` FIN with reads still open, ``close_after`` full
close, ``rst_after`` RST via ``SO_LINGER`` 0); read the request and close
(``fin_on_request``) or reset (``rst_on_request``) without answering; reset
mid-body (``rst_mid_body``); truncated body (``truncated``: Content-Length
10, 5 bytes, FIN); never answer (``never``); one byte at a time
(``trickle``); ``Connection: close`` (``conn_close``); an HTTP/1.0 answer
(``http10``); a body delimited by EOF (``eof_body``); a garbage status line
(``garbage_status``); a 20 KiB header (``long_headers``); Content-Length and
Transfer-Encoding together (``cl_te``); conflicting Content-Lengths
(``dup_cl``); a response nobody asked for on the idle socket
(``unsolicited``) or in the same write as the answer (``double_response``),
non-HTTP bytes right after the answer (``trailing_garbage``); and for
cancellation tests ``slow`` (answer after 40 ms)
and ``partial_hold`` (headers and half the body, then nothing).
"""

from __future__ import annotations

import asyncio
import re
import socket
import struct
from collections.abc import Callable
from typing import Any

from node_http_agent import process

__all__ = ['ACTIONS', 'MisbehavingServer', 'Connection', 'OK']

OK = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'
EXTRA = b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra'
TRICKLE = b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world'
PARTIAL = b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello'
LONG_HEADER = (b'HTTP/1.1 200 OK\r\nX-Long: ' + b'a' * (20 * 1024)
               + b'\r\nContent-Length: 2\r\n\r\nok')

_CONTENT_LENGTH = re.compile(rb'\r\ncontent-length: *(\d+)', re.I)
_CHUNKED = re.compile(rb'\r\ntransfer-encoding: *chunked', re.I)


class Connection(asyncio.Protocol):
    """One accepted connection: reads requests, runs the scripted action for each."""

    def __init__(self, server: MisbehavingServer) -> None:
        self.server = server
        self.transport: asyncio.Transport | None = None
        self.index = 0  # requests seen on this connection
        self.conn = -1
        self.buffer = b''
        self.deaf = False  # 'never': stop reading requests
        self.closed = False
        self.finished = False  # FIN sent: nothing more can be written
        self.received = b''  # everything the client sent

    # -- asyncio callbacks -----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.conn = self.server.connections
        self.server.connections += 1
        self.server.live.add(self)
        sock = transport.get_extra_info('socket')
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.server.stall(self.conn):
            transport.pause_reading()  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        self.received += data
        if self.deaf:
            return
        self.buffer += data
        while not self.deaf and not self.closed:
            end = self.buffer.find(b'\r\n\r\n')
            if end == -1:
                return
            head = self.buffer[:end]
            if _CHUNKED.search(head):
                stop = self.buffer.find(b'0\r\n\r\n', end + 4)
                if stop == -1:
                    return
                self.buffer = self.buffer[stop + 5:]
            else:
                match = _CONTENT_LENGTH.search(head)
                length = int(match.group(1)) if match else 0
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length:]
            index = self.index
            self.index += 1
            action = self.server.script(self.conn, index)
            self.server.served.append((self.conn, index, getattr(action, '__name__', action)))
            if action == 'never':
                self.deaf = True
            run = ACTIONS[action] if isinstance(action, str) else action
            run(self)

    def eof_received(self) -> bool:
        # The client is done: close our side too (as a Node server with
        # allowHalfOpen that calls end() on 'end').
        self.closed = True
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.server.live.discard(self)

    # -- what actions use ------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        if not self.closed and not self.finished and self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    def fin(self) -> None:
        """Half-close: send FIN, keep reading (closed for good when the client closes)."""
        if not self.closed and not self.finished and self.transport is not None \
                and not self.transport.is_closing():
            self.finished = True
            self.transport.write_eof()

    def close(self) -> None:
        """Full close after the pending writes are flushed (FIN; later client data gets RST)."""
        if self.transport is not None:
            self.transport.close()

    def reset(self) -> None:
        """RST: ``SO_LINGER`` on with a zero timeout, then close without flushing."""
        self.closed = True
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        sock = transport.get_extra_info('socket')
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        except OSError:
            pass
        transport.abort()

    def later(self, seconds: float, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args)`` after ``seconds`` unless the server is closed by then."""
        self.server.later(seconds, fn, *args)


def _trickle(c: Connection, data: bytes = TRICKLE, i: int = 0) -> None:
    if c.closed:
        return
    c.write(data[i:i + 1])
    if i + 1 < len(data):
        c.later(0.001, _trickle, c, data, i + 1)


def _unsolicited(c: Connection) -> None:
    c.write(OK)
    c.later(0.01, c.write, EXTRA)


ACTIONS: dict[str, Callable[[Connection], Any]] = {
    'ok': lambda c: c.write(OK),
    # A normal answer, then the server closes the idle keep-alive socket.
    'fin_after': lambda c: (c.write(OK), c.fin()),
    'close_after': lambda c: (c.write(OK), c.close()),
    'rst_after': lambda c: (c.write(OK), c.later(0.005, c.reset)),
    # The request is read and never answered: the server half-closes / resets.
    'fin_on_request': lambda c: c.fin(),
    'rst_on_request': lambda c: c.reset(),
    # Headers say 10 body bytes, 5 follow, then RST / FIN.
    'rst_mid_body': lambda c: (c.write(PARTIAL), c.later(0.01, c.reset)),
    'truncated': lambda c: (c.write(PARTIAL), c.later(0.01, c.fin)),
    'never': lambda c: None,
    # Headers and body one byte at a time, 1 ms apart.
    'trickle': _trickle,
    'conn_close': lambda c: (
        c.write(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'), c.fin()),
    'http10': lambda c: c.write(b'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'),
    # No length: the body runs to EOF.
    'eof_body': lambda c: (c.write(b'HTTP/1.1 200 OK\r\n\r\nuntil eof'), c.fin()),
    'garbage_status': lambda c: c.write(b'garbage\r\n\r\n'),
    'long_headers': lambda c: c.write(LONG_HEADER),
    'cl_te': lambda c: c.write(b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n'
                               b'Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'),
    'dup_cl': lambda c: c.write(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n'
                                b'Content-Length: 3\r\n\r\nok'),
    # A normal answer, then a second response nobody asked for, on the idle socket.
    'unsolicited': _unsolicited,
    # A normal answer and, in the same write, a second response nobody asked for.
    'double_response': lambda c: c.write(OK + EXTRA),
    # A normal answer followed, in the same write, by bytes that are no response.
    'trailing_garbage': lambda c: c.write(OK + b'garbage\r\n\r\n'),
    # Not faults: helpers for the cancellation tests.
    'slow': lambda c: c.later(0.04, c.write, OK),  # a normal answer, 40 ms late
    'partial_hold': lambda c: c.write(PARTIAL),  # headers, half the body, then nothing
}

#: The faults of the matrix: every action but the well-behaved ones.
FAULTS = [name for name in ACTIONS if name not in ('ok', 'slow', 'partial_hold')]

Script = Callable[[int, int], str | Callable[[Connection], Any]]


class MisbehavingServer:
    """Listens on 127.0.0.1; answers per ``script(conn, index)``; counts connections."""

    def __init__(self, script: Script | None = None,
                 stall: Callable[[int], bool] | None = None) -> None:
        self.script: Script = script or (lambda conn, index: 'ok')
        # stall(conn) -> True: never read from that connection (the client's writes back up).
        self.stall = stall or (lambda conn: False)
        self.connections = 0  # accepted so far
        self.served: list[tuple[int, int, Any]] = []  # (conn, index, action) per request
        self.live: set[Connection] = set()
        self.port = 0
        self._sock: socket.socket | None = None
        self._server: asyncio.AbstractServer | None = None
        self._timers: set[asyncio.TimerHandle] = set()
        self._listening = False
        self._life: Any = None

    def listen(self) -> MisbehavingServer:
        """Bind and listen now (the port is known on return); accept from the running loop."""
        self._life = process.lifetime()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(('127.0.0.1', 0))
        sock.listen(128)
        sock.setblocking(False)
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._listening = True
        self._life.ref()  # a listening server keeps the process alive, as in Node
        self._life.loop.create_task(self._serve(sock))
        return self

    async def _serve(self, sock: socket.socket) -> None:
        loop = self._life.loop
        if not self._listening:  # closed before the loop got here
            sock.close()
            return
        server = await loop.create_server(lambda: Connection(self), sock=sock)
        if not self._listening:
            server.close()
            return
        self._server = server

    def later(self, seconds: float, fn: Callable[..., Any], *args: Any) -> None:
        if not self._listening:
            return
        handle: asyncio.TimerHandle

        def fire() -> None:
            self._timers.discard(handle)
            fn(*args)
        handle = self._life.loop.call_later(seconds, fire)
        self._timers.add(handle)

    # -- all connections at once (e.g. every idle pooled socket) ----------------------------

    def fin_all(self) -> None:
        """Half-close (FIN) every open connection."""
        for c in list(self.live):
            c.fin()

    def reset_all(self) -> None:
        """Reset (RST) every open connection."""
        for c in list(self.live):
            c.reset()

    def write_all(self, data: bytes) -> None:
        """Send ``data`` on every open connection, asked for or not."""
        for c in list(self.live):
            c.write(data)

    def close(self) -> None:
        """Stop listening, cancel server timers, close every connection (abort)."""
        if not self._listening:
            return
        self._listening = False
        for handle in self._timers:
            handle.cancel()
        self._timers.clear()
        if self._server is not None:
            self._server.close()  # closes the listening socket
        # else: _serve() has not finished; it sees _listening False and closes it.
        for c in list(self.live):
            c.closed = True
            if c.transport is not None:
                c.transport.abort()
        self._life.unref()
