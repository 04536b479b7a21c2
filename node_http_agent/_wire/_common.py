"""What both parser backends share: llhttp's rules that sit outside the byte grammar.

Node's parser is llhttp plus a C++ binding (``src/node_http_parser.cc``) that
adds the header-size limit. The h11 backend needs llhttp's keep-alive, upgrade
and body-framing rules re-stated in Python; the llhttp backend needs them only
where httptools does not expose llhttp (ending a read-until-EOF body, skipping
a HEAD body). Both build errors here, so the codes and messages stay Node's.

Names against llhttp's C API (``llhttp/src/native/api.c``, ``http.c``):
``header_flags`` = the ``F_*`` flags llhttp sets while reading headers;
``needs_eof`` = ``llhttp_message_needs_eof``; ``should_keep_alive`` =
``llhttp_should_keep_alive``; ``is_upgrade`` = the upgrade test of
``llhttp__after_headers_complete``; ``METHODS`` = Node's ``http.METHODS``;
``parse_error`` = the error ``node_http_parser.cc``'s ``execute`` returns
(``code``/``reason``/``bytesParsed``/``rawPacket``), and ``header_overflow``/
``eof_error``/``closed_error`` its particular cases. ``raw_guard`` and
``only_crlf`` are the port's own (see each).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import HTTPParserError
from ._events import Event

__all__ = [
    'METHODS', 'HTTP_METHODS', 'SKIP_BODY_METHODS', 'F_CLOSE', 'F_KEEP_ALIVE', 'F_CONN_UPGRADE',
    'F_UPGRADE', 'F_CONTENT_LENGTH', 'F_TRANSFER_ENCODING', 'F_CHUNKED',
    'header_flags', 'needs_eof', 'should_keep_alive', 'is_upgrade', 'raw_guard',
    'parse_error', 'header_overflow', 'eof_error', 'closed_error', 'only_crlf',
]

# Node 20's http.METHODS, in its (sorted) order: the methods llhttp accepts on an
# HTTP/1.x request line. Node's _http_common.js takes ``methods`` from the parser
# binding; ``_http_common.py`` likewise imports this list from the parser layer.
METHODS = [
    'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
    'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
    'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
    'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
]
HTTP_METHODS = frozenset(METHODS)   # for membership tests

# Requests whose response head is all there is: Node's parserOnIncomingClient
# returns 1 (skip body) for HEAD and 2 (skip body, upgrade) for CONNECT.
SKIP_BODY_METHODS = frozenset(('HEAD', 'CONNECT'))

# llhttp's header flags, as far as the rules below need them.
F_CLOSE = 1               # Connection: close
F_KEEP_ALIVE = 2          # Connection: keep-alive
F_CONN_UPGRADE = 4        # Connection: upgrade
F_UPGRADE = 8             # an Upgrade header
F_CONTENT_LENGTH = 16
F_TRANSFER_ENCODING = 32
F_CHUNKED = 64            # Transfer-Encoding whose last coding is chunked


def header_flags(raw_headers: Sequence[str]) -> int:
    """llhttp's flags from a flat raw header list (``Proxy-Connection`` counts as ``Connection``)."""
    flags = 0
    for i in range(0, len(raw_headers) - 1, 2):
        name = raw_headers[i].lower()
        if name == 'connection' or name == 'proxy-connection':
            for token in raw_headers[i + 1].lower().split(','):
                token = token.strip(' \t')
                if token == 'close':
                    flags |= F_CLOSE
                elif token == 'keep-alive':
                    flags |= F_KEEP_ALIVE
                elif token == 'upgrade':
                    flags |= F_CONN_UPGRADE
        elif name == 'upgrade':
            flags |= F_UPGRADE
        elif name == 'content-length':
            flags |= F_CONTENT_LENGTH
        elif name == 'transfer-encoding':
            flags |= F_TRANSFER_ENCODING
            last = raw_headers[i + 1].rsplit(',', 1)[-1].strip(' \t').lower()
            if last == 'chunked':
                flags |= F_CHUNKED
            else:
                flags &= ~F_CHUNKED
    return flags


def needs_eof(status_code: int, skip_body: bool, flags: int) -> bool:
    """llhttp_message_needs_eof for a response: is the body delimited by the connection's end?"""
    if 100 <= status_code < 200 or status_code == 204 or status_code == 304 or skip_body:
        return False
    if flags & F_TRANSFER_ENCODING and not flags & F_CHUNKED:
        return True
    return not flags & (F_CHUNKED | F_CONTENT_LENGTH)


def should_keep_alive(http_version: str, flags: int, eof_body: bool) -> bool:
    """llhttp_should_keep_alive: HTTP/1.1 unless ``close``, 1.0 only with ``keep-alive``."""
    if http_version[0] != '0' and http_version[-1] != '0':
        if flags & F_CLOSE:
            return False
    elif not flags & F_KEEP_ALIVE:
        return False
    return not eof_body


def is_upgrade(flags: int) -> bool:
    """llhttp's upgrade test: an Upgrade header and ``Connection: upgrade``."""
    return flags & (F_UPGRADE | F_CONN_UPGRADE) == F_UPGRADE | F_CONN_UPGRADE


def raw_guard(max_header_size: int) -> int:
    """How many raw bytes an unfinished head may hold before it is an overflow.

    Node counts only the bytes of the URL/reason, names and values (a head
    overflows when they reach ``max_header_size``), which a parser can tell
    exactly once a header line is complete. While one line is still arriving
    the raw bytes bound memory instead: twice the limit (plus room for the
    request line) is more than any head Node accepts, short of a head that is
    mostly separators.
    """
    return 2 * max_header_size + 1024


def parse_error(code: str, reason: str, raw: bytes, events: list[Event]) -> HTTPParserError:
    """Node's parse error; ``events`` (what was parsed before it) rides along as ``err.events``.

    ``bytesParsed`` is 0: neither backend reports where in ``raw`` it stopped.
    """
    err = HTTPParserError(code, reason, 0, raw)
    # The lead's class does not declare it; setattr keeps mypy --strict quiet.
    setattr(err, 'events', events)
    return err


def header_overflow(raw: bytes, events: list[Event]) -> HTTPParserError:
    return parse_error('HPE_HEADER_OVERFLOW', 'Header overflow', raw, events)


def eof_error(events: list[Event]) -> HTTPParserError:
    err = parse_error('HPE_INVALID_EOF_STATE', 'Invalid EOF state', b'', events)
    # Node's parser.finish() error gets no reason from prepareError: its message is
    # 'Parse Error' (``reason`` stays, for Python callers).
    err.message = 'Parse Error'
    err.args = (err.message,)
    return err


def closed_error(raw: bytes, events: list[Event]) -> HTTPParserError:
    return parse_error('HPE_CLOSED_CONNECTION', 'Data after `Connection: close`', raw, events)


def only_crlf(data: bytes) -> bool:
    """llhttp skips CR and LF between messages and after a closing one."""
    return not data.strip(b'\r\n')
