"""The parser interface and the choice of backend.

``ResponseParser(...)`` and ``RequestParser(...)`` build the chosen backend's
class (a subclass), so the names work for construction, annotations and
``isinstance`` alike, and ``feed`` runs with no dispatch in between.
Backend: the ``backend`` argument, else ``NODE_HTTP_AGENT_PARSER``
(``'llhttp'`` or ``'h11'``), else llhttp when httptools imports, else h11.

Names against Node's ``HTTPParser`` binding (``src/node_http_parser.cc``):
``ResponseParser``/``RequestParser`` = ``new HTTPParser()`` +
``initialize(HTTPParser.RESPONSE/REQUEST, ..., maxHeaderSize, lenient)``
(``max_header_size`` = ``maxHeaderSize``, ``insecure`` = ``insecureHTTPParser``'s
lenient flags); ``feed`` = ``execute``, ``feed_eof`` = ``finish``; ``expect`` =
what the client's ``parserOnIncomingClient`` return value tells llhttp
(``req.method`` HEAD: skip the body, CONNECT: upgrade), given up front here.
``ENV_VAR`` and the backend choice are the port's own.
"""

from __future__ import annotations

import os
from typing import ClassVar

from ._events import Event

__all__ = ['ResponseParser', 'RequestParser', 'default_backend', 'available_backends',
           'ENV_VAR']

ENV_VAR = 'NODE_HTTP_AGENT_PARSER'
_NAMES = ('llhttp', 'h11')
_httptools_ok: bool | None = None


def _has_httptools() -> bool:
    global _httptools_ok
    if _httptools_ok is None:
        try:
            import httptools  # noqa: F401
        except ImportError:
            _httptools_ok = False
        else:
            _httptools_ok = True
    return _httptools_ok


def available_backends() -> list[str]:
    """The backends that can run here, preferred first: ``['llhttp', 'h11']`` or ``['h11']``."""
    return ['llhttp', 'h11'] if _has_httptools() else ['h11']


def default_backend() -> str:
    """The backend a parser built with ``backend=None`` uses."""
    name = os.environ.get(ENV_VAR)
    if name:
        if name not in _NAMES:
            raise ValueError(f'{ENV_VAR} must be "llhttp" or "h11", not {name!r}')
        return name
    return 'llhttp' if _has_httptools() else 'h11'


def _backend_module(backend: str | None) -> str:
    name = default_backend() if backend is None else backend
    if name == 'llhttp':
        if not _has_httptools():
            raise ImportError('the llhttp parser backend needs httptools (pip install httptools)')
        return name
    if name != 'h11':
        raise ValueError(f'parser backend must be "llhttp" or "h11", not {name!r}')
    return name


class ResponseParser:
    """Client side: bytes from the server in, response events out.

    Call ``expect(method)`` for each request sent, before its response is fed,
    so a HEAD/304/204 response has no body and a CONNECT response upgrades.
    ``feed`` raises ``HTTPParserError`` (with ``err.events``: what was parsed
    before the error in that call); after ``MessageEnd`` of a keep-alive
    response the parser is ready for the next ``expect()``.
    """

    __slots__ = ()
    backend: ClassVar[str] = ''

    def __new__(cls, max_header_size: int = 16384, insecure: bool = False,
                backend: str | None = None) -> ResponseParser:
        if cls is ResponseParser:
            return object.__new__(_impl('response', backend))
        return object.__new__(cls)

    def expect(self, method: str) -> None:
        """A request with ``method`` was sent: the next response answers it."""
        raise NotImplementedError

    def feed(self, data: bytes) -> list[Event]:
        """Parse ``data``; return the events it completes."""
        raise NotImplementedError

    def feed_eof(self) -> list[Event]:
        """The server closed: end a read-until-EOF body, or raise if a message was cut off."""
        raise NotImplementedError


class RequestParser:
    """Server side: bytes from the client in, request events out (pipelined requests in order)."""

    __slots__ = ()
    backend: ClassVar[str] = ''

    def __new__(cls, max_header_size: int = 16384, insecure: bool = False,
                backend: str | None = None) -> RequestParser:
        if cls is RequestParser:
            return object.__new__(_impl('request', backend))
        return object.__new__(cls)

    def feed(self, data: bytes) -> list[Event]:
        """Parse ``data``; return the events it completes."""
        raise NotImplementedError

    def feed_eof(self) -> list[Event]:
        """The client closed: raise if a request was cut off."""
        raise NotImplementedError


# (side, backend argument, NODE_HTTP_AGENT_PARSER, httptools importable) ->
# implementation class: a parser is built per request, so the choice is made
# once, not per message.
_impls: dict[tuple[str, str | None, str | None, bool | None], type] = {}


def _impl(side: str, backend: str | None) -> type:
    key = (side, backend, os.environ.get(ENV_VAR), _httptools_ok)
    found = _impls.get(key)
    if found is None:
        if _backend_module(backend) == 'llhttp':
            from . import _llhttp
            found = (_llhttp.LLHTTPResponseParser if side == 'response'
                     else _llhttp.LLHTTPRequestParser)
        else:
            from . import _h11
            found = (_h11.H11ResponseParser if side == 'response'
                     else _h11.H11RequestParser)
        _impls[key] = found
    return found


# Choose and import the default backend now, not at the first request: a first
# import inside a request's tick can fail (EMFILE at the fd limit: importing
# opens files) and end process.run with an uncoded OSError.
try:
    _impl('response', None)
    _impl('request', None)
except (ImportError, ValueError):  # reported again, as before, when a parser is built
    pass
