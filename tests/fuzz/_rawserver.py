"""A raw loopback HTTP server for the fuzz and hardened-input tests.

It runs in its own thread on plain blocking sockets, so it shares nothing with
the package under test (no loop, no parser): each accepted connection records
every byte the client sends, and once a request head (``\\r\\n\\r\\n``) has
arrived it writes the response it was given (in the given pieces) and then
closes, half-closes or holds the connection.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field

__all__ = ['RawServer', 'Script']


@dataclass
class Script:
    """What to do on the next connection."""

    pieces: list[bytes]               # written one after another, ``gap`` seconds apart
    gap: float = 0.0
    close: str = 'close'              # 'close' (FIN after the data), 'rst', or 'hold'


@dataclass
class Conn:
    received: bytearray = field(default_factory=bytearray)
    closed: threading.Event = field(default_factory=threading.Event)


class RawServer:
    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(('127.0.0.1', 0))
        self._sock.listen(64)
        self.port: int = self._sock.getsockname()[1]
        self.scripts: deque[Script] = deque()
        self.conns: list[Conn] = []
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    # -- test side ---------------------------------------------------------------------

    def push(self, pieces: list[bytes] | bytes, gap: float = 0.0, close: str = 'close') -> None:
        if isinstance(pieces, bytes):
            pieces = [pieces]
        self.scripts.append(Script(list(pieces), gap, close))

    @property
    def received(self) -> bytes:
        return b''.join(bytes(c.received) for c in self.conns)

    def reset(self) -> None:
        self.scripts.clear()
        self.conns = []

    def close(self) -> None:
        self._stop = True
        try:
            socket.create_connection(('127.0.0.1', self.port), timeout=1).close()
        except OSError:
            pass
        self._thread.join(2)
        self._sock.close()

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- server thread -------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop:
            try:
                sock, _ = self._sock.accept()
            except OSError:
                return
            if self._stop:
                sock.close()
                return
            conn = Conn()
            self.conns.append(conn)
            script = self.scripts.popleft() if self.scripts else None
            threading.Thread(target=self._serve, args=(sock, conn, script), daemon=True).start()

    def _serve(self, sock: socket.socket, conn: Conn, script: Script | None) -> None:
        sock.settimeout(5)
        try:
            while b'\r\n\r\n' not in conn.received:
                data = sock.recv(65536)
                if not data:
                    return
                conn.received += data
            if script is None:
                return
            for i, piece in enumerate(script.pieces):
                if i and script.gap:
                    time.sleep(script.gap)
                sock.sendall(piece)
            if script.close == 'rst':
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
                return
            if script.close == 'close':
                sock.shutdown(socket.SHUT_WR)
            # read (and record) until the client closes
            while True:
                data = sock.recv(65536)
                if not data:
                    return
                conn.received += data
        except OSError:
            pass
        finally:
            sock.close()
            conn.closed.set()
