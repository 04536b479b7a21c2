"""Chunked framing as bytes, in Node's own format (``lib/_http_outgoing.js``).

The one chunk framer: ``OutgoingMessage.write``/``end`` frame with it, and the
tests build chunked bodies with it. Chunk sizes are lower-case hex, as
``len.toString(16)`` writes them. The head is not built here: Node builds it
in ``_storeHeader`` while deciding ``Connection``/``Content-Length``/
``Transfer-Encoding``, and ``_http_outgoing.py`` does the same.

Names against Node's ``write_``/``end``: ``chunk`` = the
``len.toString(16) + CRLF + chunk + CRLF`` writes of ``write_``;
``last_chunk`` = ``end``'s ``'0\\r\\n' + this._trailer + '\\r\\n'``
(``LAST_CHUNK`` is that with no trailer).
"""

from __future__ import annotations

__all__ = ['chunk', 'LAST_CHUNK', 'last_chunk']

LAST_CHUNK = b'0\r\n\r\n'


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked body; empty data gives ``b''`` (Node writes no empty chunk:
    a zero size would end the body)."""
    if not data:
        return b''
    return b'%x\r\n%b\r\n' % (len(data), data)


def last_chunk(trailer: str = '') -> bytes:
    """The terminating chunk: ``0\\r\\n`` + ``trailer`` + ``\\r\\n``, latin-1.

    ``trailer`` is Node's ``_trailer`` string: one ``name: value\\r\\n`` line per
    trailer field, as ``addTrailers`` builds it.
    """
    if not trailer:
        return LAST_CHUNK
    return b'0\r\n' + trailer.encode('latin-1') + b'\r\n'
