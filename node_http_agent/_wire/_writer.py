"""Heads and chunks as bytes, in Node's own format (``lib/_http_outgoing.js``).

Node builds the head as one latin-1 string: the first line, then each header
as ``name: value\\r\\n`` in the order given, then a blank line. It adds no
header of its own here and enforces no policy (h11's writer would insist on
Host and on its own framing headers, which Node does not); validation and the
choice of headers (``Connection``, ``Transfer-Encoding``...) belong above.
Chunk sizes are lower-case hex, as ``len.toString(16)`` writes them.
"""

from __future__ import annotations

__all__ = ['request_head', 'response_head', 'chunk', 'LAST_CHUNK', 'last_chunk']

LAST_CHUNK = b'0\r\n\r\n'


def request_head(method: str, path: str, headers: list[tuple[str, str]]) -> bytes:
    """``METHOD path HTTP/1.1\\r\\n`` + headers + ``\\r\\n``, latin-1 encoded."""
    lines = [f'{method} {path} HTTP/1.1\r\n']
    lines += [f'{name}: {value}\r\n' for name, value in headers]
    lines.append('\r\n')
    return ''.join(lines).encode('latin-1')


def response_head(status_code: int, status_message: str, headers: list[tuple[str, str]],
                  http_version: str = '1.1') -> bytes:
    """``HTTP/1.1 200 OK\\r\\n`` + headers + ``\\r\\n``, latin-1 encoded."""
    lines = [f'HTTP/{http_version} {status_code} {status_message}\r\n']
    lines += [f'{name}: {value}\r\n' for name, value in headers]
    lines.append('\r\n')
    return ''.join(lines).encode('latin-1')


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked body; empty data gives ``b''`` (Node writes no empty chunk:
    a zero size would end the body)."""
    if not data:
        return b''
    return b'%x\r\n%b\r\n' % (len(data), data)


def last_chunk(trailers: list[tuple[str, str]]) -> bytes:
    """The terminating chunk with trailers: ``0\\r\\n`` + ``name: value\\r\\n``... + ``\\r\\n``."""
    if not trailers:
        return LAST_CHUNK
    lines = ['0\r\n']
    lines += [f'{name}: {value}\r\n' for name, value in trailers]
    lines.append('\r\n')
    return ''.join(lines).encode('latin-1')
