"""The h11 backend: pure Python, used when httptools is missing (or chosen).

h11 parses; this file makes what it parses look like what llhttp gives Node:

- One ``h11.Connection`` per message, fed what the previous one left over
  (``trailing_data``), so h11's own keep-alive policy (it will not reuse an
  HTTP/1.0 connection) never stops parsing. For a response, the connection is
  first sent a synthetic request with the expected method (so HEAD, 204/304
  and CONNECT come out right) and an ``Upgrade`` header (so h11 stops after a
  101 instead of reading on).
- Keep-alive, upgrade and the read-until-EOF rule are llhttp's (``_common``),
  not h11's. Node's header-size count is applied to each complete head; h11's
  ``max_incomplete_event_size`` bounds a head still arriving (``raw_guard``).
- A few llhttp checks h11 lacks are added: unknown request methods, HTTP
  versions other than 0.9/1.0/1.1/2.0, control characters in header values,
  Content-Length together with Transfer-Encoding, data after a closing message.
- h11's errors are mapped to the nearest llhttp code and reason.

What h11 still does differently from llhttp: it accepts bare-LF line ends and
obs-fold continuation lines, merges a repeated identical Content-Length (and
``2, 2``) into one header, rejects a response Transfer-Encoding other than
``chunked`` (llhttp reads such a body to EOF), rejects an HTTP/1.1 request
without exactly one Host header (``HPE_INTERNAL``, h11's message), strips
trailing whitespace before Node counts header bytes, ignores chunk extensions
(so no ``HPE_CHUNK_EXTENSIONS_OVERFLOW``), waits at a bare CR where llhttp
fails, and reports some failures with a nearby reason (``Empty Content-Length``
comes out as ``Invalid character in Content-Length``). h11 has no leniency
switch: ``insecure`` only drops the Content-Length-with-Transfer-Encoding check
and lets bytes after a closing message be parsed as a next message, as llhttp's
leniencies do. ``bytesParsed`` on errors is 0: h11 does not report an offset.
"""

from __future__ import annotations

import ast
import re
from collections import deque
from typing import TYPE_CHECKING

import h11

from ..errors import HTTPParserError
from ._base import RequestParser, ResponseParser
from ._common import (
    F_CONTENT_LENGTH,
    F_TRANSFER_ENCODING,
    HTTP_METHODS,
    closed_error,
    eof_error,
    header_flags,
    header_overflow,
    is_upgrade,
    needs_eof,
    only_crlf,
    parse_error,
    raw_guard,
    should_keep_alive,
)
from ._events import Body, Event, MessageEnd, RequestHead, ResponseHead, Upgrade

if TYPE_CHECKING:
    from h11._headers import Headers

__all__ = ['H11ResponseParser', 'H11RequestParser']

_VERSIONS = frozenset((b'1.1', b'1.0', b'0.9', b'2.0'))
_CTL = re.compile(rb'[\x00-\x08\x0a-\x1f\x7f]')
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
_BYTES_REPR = re.compile(r"""b'(?:[^'\\]|\\.)*'|b"(?:[^"\\]|\\.)*\"""")
_EOM = h11.EndOfMessage()
# RTSP methods: llhttp knows them, and refuses them on an HTTP/1.x request line.
_RTSP_METHODS = frozenset(('DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN',
                           'GET_PARAMETER', 'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH'))

# message state
_IDLE = 0       # between messages (or after a 1xx, waiting for the final response)
_HEAD = 1       # bytes of a head have arrived
_BODY = 2       # head complete, message not complete


def _synthetic_request(method: bytes) -> h11.Request:
    # Host: h11 insists on it; Upgrade: so h11 stops at a 101 (see the module doc).
    return h11.Request(method=method, target=b'/', headers=[(b'Host', b'h'), (b'Upgrade', b'h')])


# Only HEAD and CONNECT change how h11 reads a response; any other method reads like GET.
_REQUESTS = {'HEAD': _synthetic_request(b'HEAD'), 'CONNECT': _synthetic_request(b'CONNECT')}
_GET_REQUEST = _synthetic_request(b'GET')


def _decode_headers(headers: Headers, max_size: int, used: int,
                    raw: bytes, events: list[Event]) -> list[str]:
    """Flat latin-1 raw headers; Node's header-size count and its check on value chars."""
    out: list[str] = []
    append = out.append
    for name, value in headers.raw_items():
        used += len(name) + len(value)
        bad = _CTL.search(value)
        if bad is not None:
            if bad.group(0) == b'\r':
                raise parse_error('HPE_LF_EXPECTED', 'Missing expected LF after header value',
                                  raw, events)
            raise parse_error('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', raw, events)
        append(name.decode('latin-1'))
        append(value.decode('latin-1'))
    if used >= max_size:
        raise header_overflow(raw, events)
    return out


def _framing_conflict(raw_headers: list[str], raw: bytes, events: list[Event]) -> HTTPParserError:
    """llhttp refuses Content-Length with Transfer-Encoding; the message names the later one."""
    names = [name.lower() for name in raw_headers[::2]]
    if names.index('transfer-encoding') < names.index('content-length'):
        return parse_error('HPE_INVALID_CONTENT_LENGTH',
                           "Content-Length can't be present with Transfer-Encoding", raw, events)
    return parse_error('HPE_INVALID_TRANSFER_ENCODING',
                       "Transfer-Encoding can't be present with Content-Length", raw, events)


def _line_in(message: str) -> bytes | None:
    """The offending line h11 quotes in its message (as a bytes repr), if any."""
    match = _BYTES_REPR.search(message)
    if match is None:
        return None
    value = ast.literal_eval(match.group(0))
    return value if isinstance(value, bytes) else None


def _classify_header_line(line: bytes | None) -> tuple[str, str]:
    if line is not None:
        name, colon, value = line.partition(b':')
        if colon and _TOKEN.fullmatch(name):
            if b'\r' in value:
                return 'HPE_LF_EXPECTED', 'Missing expected LF after header value'
            return 'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char'
    return 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'


def _classify_status_line(line: bytes | None) -> tuple[str, str]:
    if line is None or not line.startswith(b'HTTP/'):
        return 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'
    if not line[5:6].isdigit():
        return 'HPE_INVALID_VERSION', 'Invalid major version'
    if line[6:7] != b'.':
        return 'HPE_INVALID_VERSION', 'Expected dot'
    if not line[7:8].isdigit():
        return 'HPE_INVALID_VERSION', 'Invalid minor version'
    if line[8:9] != b' ':
        return 'HPE_INVALID_VERSION', 'Expected space after version'
    digits = re.match(rb'[0-9]*', line[9:])
    if digits is None or not digits.group(0):
        return 'HPE_INVALID_STATUS', 'Invalid status code'
    return 'HPE_INVALID_STATUS', 'Invalid response status'


def _method_error(method: str) -> tuple[str, str]:
    """How llhttp's method matcher fails on a method it does not know."""
    if method == 'PRI':
        return 'HPE_PAUSED_H2_UPGRADE', 'Pause on PRI/Upgrade'
    if method in _RTSP_METHODS:
        return 'HPE_INVALID_CONSTANT', 'Invalid method for HTTP/x.x request'
    if any(method.startswith(known) for known in HTTP_METHODS):
        return 'HPE_INVALID_METHOD', 'Expected space after method'
    return 'HPE_INVALID_METHOD', 'Invalid method encountered'


def _url_error(target: bytes) -> tuple[str, str]:
    bad = re.search(rb'[^\x21-\x7e]', target)
    at = bad.start() if bad is not None else len(target)
    if target[:1] == b'/':
        query = target.find(b'?')
        if 0 <= query < at:
            return 'HPE_INVALID_URL', 'Invalid char in url query'
        return 'HPE_INVALID_URL', 'Invalid char in url path'
    if b'://' in target[:at]:
        return 'HPE_INVALID_URL', 'Unexpected char in url server'
    return 'HPE_INVALID_URL', 'Unexpected start char in url'


def _classify_request_line(line: bytes | None) -> tuple[str, str]:
    if line is None:
        return 'HPE_INVALID_METHOD', 'Invalid method encountered'
    parts = line.split(b' ')
    method = parts[0].decode('latin-1')
    if method not in HTTP_METHODS:
        return _method_error(method)
    if len(parts) < 2 or not parts[1]:
        return 'HPE_INVALID_METHOD', 'Expected space after method'
    if re.search(rb'[^\x21-\x7e]', parts[1]):
        return _url_error(parts[1])
    if len(parts) != 3 or not parts[2].startswith(b'HTTP/'):
        return 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'
    if re.match(rb'HTTP/[0-9]\.[0-9].', parts[2]):
        return 'HPE_INVALID_VERSION', 'Expected CRLF after version'
    return 'HPE_INVALID_VERSION', 'Invalid HTTP version'


def _translate(exc: h11.RemoteProtocolError, raw: bytes, events: list[Event],
               request: bool) -> HTTPParserError:
    """h11's complaint -> the nearest llhttp code and reason."""
    message = str(exc)
    code: str
    reason: str
    if message.startswith('Receive buffer too long'):
        code, reason = 'HPE_HEADER_OVERFLOW', 'Header overflow'
    elif message.startswith('illegal header line'):
        code, reason = _classify_header_line(_line_in(message))
    elif message.startswith('illegal status line'):
        code, reason = _classify_status_line(_line_in(message))
    elif message.startswith('illegal request line'):
        if request:
            code, reason = _classify_request_line(_line_in(message))
        else:
            code, reason = 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'
    elif message.startswith(('no request line', 'no response line')):
        code, reason = (('HPE_INVALID_METHOD', 'Invalid method encountered') if request
                        else ('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'))
    elif message.startswith('conflicting Content-Length'):
        code, reason = 'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'
    elif message.startswith('bad Content-Length'):
        code, reason = 'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'
    elif 'Transfer-Encoding' in message:
        code = 'HPE_INVALID_TRANSFER_ENCODING'
        reason = ('Request has invalid `Transfer-Encoding`' if request
                  else 'Invalid `Transfer-Encoding` header value')
    elif message.startswith('illegal chunk header'):
        code, reason = 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size'
    elif message.startswith('malformed chunk footer'):
        code, reason = 'HPE_STRICT', 'Expected LF after chunk data'
    elif message.startswith('continuation line'):
        code, reason = 'HPE_UNEXPECTED_SPACE', 'Unexpected space after start line'
    elif 'closed' in message or "can't handle event type ConnectionClosed" in message:
        code, reason = 'HPE_INVALID_EOF_STATE', 'Invalid EOF state'
    else:
        code, reason = 'HPE_INTERNAL', message
    return parse_error(code, reason, raw, events)


class _H11Feed:
    """``feed()`` shared by both h11 parsers; they differ only in ``_REQUEST``."""

    __slots__ = ()
    _REQUEST = False
    _error: HTTPParserError | None
    _events: list[Event]
    _upgraded: bool

    def _receive(self, data: bytes) -> None:
        raise NotImplementedError

    def feed(self, data: bytes) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events  # type: ignore[misc]  # slots live on the subclasses
        if not data:
            return events
        if self._upgraded:
            events.append(Upgrade(bytes(data)))
            return events
        if type(data) is not bytes:
            data = bytes(data)
        try:
            self._receive(data)
        except h11.RemoteProtocolError as exc:
            self._error = _translate(exc, bytes(data), events, self._REQUEST)  # type: ignore[misc]
            raise self._error from None
        except HTTPParserError as exc:
            self._error = exc  # type: ignore[misc]
            raise
        return events


class H11ResponseParser(_H11Feed, ResponseParser):
    """ResponseParser on h11 (a client-role ``h11.Connection`` per response)."""

    __slots__ = ('_max', '_guard', '_insecure', '_expected', '_conn', '_method', '_events',
                 '_state', '_closed', '_upgraded', '_error', '_close_after', '__weakref__')
    backend = 'h11'

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        self._max = max_header_size
        self._guard = raw_guard(max_header_size)
        self._insecure = insecure
        self._expected: deque[str] = deque()
        self._conn: h11.Connection | None = None
        self._method = ''
        self._events: list[Event] = []
        self._state = _IDLE
        self._closed = False
        self._close_after = False
        self._upgraded = False
        self._error: HTTPParserError | None = None

    def expect(self, method: str) -> None:
        self._expected.append(method)

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        conn = self._conn
        if conn is None or self._upgraded:
            return events
        if self._state == _IDLE and not conn.trailing_data[0]:
            return events                   # after a 1xx: llhttp is between messages
        conn.receive_data(b'')
        try:
            self._drain(conn, b'')
        except h11.RemoteProtocolError:
            self._error = eof_error(events)
            raise self._error from None
        except HTTPParserError as exc:
            self._error = exc
            raise
        if self._conn is not None:          # still mid-message
            self._error = eof_error(events)
            raise self._error
        return events

    def _start(self) -> h11.Connection:
        method = self._expected.popleft() if self._expected else ''
        conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=self._guard)
        conn.send(_REQUESTS.get(method, _GET_REQUEST))
        conn.send(_EOM)
        self._conn = conn
        self._method = method
        self._state = _HEAD
        return conn

    def _receive(self, data: bytes) -> None:
        while data:
            conn = self._conn
            if conn is None:
                if self._closed:
                    if not only_crlf(data):
                        raise closed_error(bytes(data), self._events)
                    return
                data = data.lstrip(b'\r\n')   # llhttp skips CR/LF between messages
                if not data:
                    return
                conn = self._start()
            elif self._state == _IDLE:
                if not self._method and self._expected:
                    # The cycle began (with a 1xx) before expect(): begin it again
                    # with the method, so HEAD/CONNECT read right.
                    data = conn.trailing_data[0] + data
                    conn = self._start()
                self._state = _HEAD
            conn.receive_data(data)
            data = self._drain(conn, data)

    def _drain(self, conn: h11.Connection, raw: bytes) -> bytes:
        """Turn h11's events into ours; return the bytes after a finished message."""
        events = self._events
        while True:
            event = conn.next_event()
            if type(event) is h11.Data:
                events.append(Body(bytes(event.data)))
            elif type(event) is h11.Response or type(event) is h11.InformationalResponse:
                if self._head(conn, event, raw):
                    return b''
            elif type(event) is h11.EndOfMessage:
                trailers = event.headers
                events.append(MessageEnd(
                    _decode_headers(trailers, self._max, 0, raw, events) if trailers else []))
                rest = conn.trailing_data[0]
                self._conn = None
                self._state = _IDLE
                self._closed = self._close_after and not self._insecure
                return rest
            else:                           # NEED_DATA, PAUSED, ConnectionClosed
                return b''

    def _head(self, conn: h11.Connection,
              event: h11.Response | h11.InformationalResponse, raw: bytes) -> bool:
        """Emit a head the way Node's parserOnIncomingClient sees it; True: stop parsing."""
        events = self._events
        version = event.http_version
        if version not in _VERSIONS:
            raise parse_error('HPE_INVALID_VERSION', 'Invalid HTTP version', raw, events)
        reason = event.reason
        raw_headers = _decode_headers(event.headers, self._max, len(reason), raw, events)
        flags = header_flags(raw_headers)
        if (flags & (F_CONTENT_LENGTH | F_TRANSFER_ENCODING)
                == F_CONTENT_LENGTH | F_TRANSFER_ENCODING and not self._insecure):
            raise _framing_conflict(raw_headers, raw, events)
        status = event.status_code
        http_version = version.decode('ascii')
        method = self._method
        upgrade = status == 101 and is_upgrade(flags)
        eof_body = needs_eof(status, False, flags)
        head = ResponseHead(status, reason.decode('latin-1'), http_version, raw_headers,
                            should_keep_alive(http_version, flags, eof_body),
                            upgrade or method == 'CONNECT')
        events.append(head)
        if head.upgrade:
            # Node: skip the body, the rest belongs to the new protocol.
            self._upgraded = True
            self._conn = None
            events.append(Upgrade(conn.trailing_data[0]))
            return True
        if 100 <= status < 200 and status != 101:
            self._state = _IDLE             # a 1xx: the final response follows
            return False
        self._state = _BODY
        # llhttp's state after the message: for HEAD the body was skipped.
        self._close_after = not should_keep_alive(
            http_version, flags, needs_eof(status, method == 'HEAD', flags))
        if status == 101:
            # A 101 without Upgrade headers: Node takes it as the final response,
            # with no body, and drops the rest of the chunk.
            events.append(MessageEnd([]))
            self._conn = None
            self._state = _IDLE
            self._closed = self._close_after and not self._insecure
            return True
        return False


class H11RequestParser(_H11Feed, RequestParser):
    """RequestParser on h11 (a server-role ``h11.Connection`` per request)."""

    _REQUEST = True

    __slots__ = ('_max', '_guard', '_insecure', '_conn', '_events', '_closed', '_close_after',
                 '_upgraded', '_error', '__weakref__')
    backend = 'h11'

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        self._max = max_header_size
        self._guard = raw_guard(max_header_size)
        self._insecure = insecure
        self._conn: h11.Connection | None = None
        self._events: list[Event] = []
        self._closed = False
        self._close_after = False
        self._upgraded = False
        self._error: HTTPParserError | None = None

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        if self._conn is None or self._upgraded:
            return events
        self._error = eof_error(events)
        raise self._error

    def _receive(self, data: bytes) -> None:
        while data:
            conn = self._conn
            if conn is None:
                if self._closed:
                    if not only_crlf(data):
                        raise closed_error(bytes(data), self._events)
                    return
                data = data.lstrip(b'\r\n')   # llhttp skips CR/LF between messages
                if not data:
                    return
                conn = self._conn = h11.Connection(
                    h11.SERVER, max_incomplete_event_size=self._guard)
            conn.receive_data(data)
            data = self._drain(conn, data)

    def _drain(self, conn: h11.Connection, raw: bytes) -> bytes:
        events = self._events
        while True:
            event = conn.next_event()
            if type(event) is h11.Data:
                events.append(Body(bytes(event.data)))
            elif type(event) is h11.Request:
                if self._head(conn, event, raw):
                    return b''
            elif type(event) is h11.EndOfMessage:
                trailers = event.headers
                events.append(MessageEnd(
                    _decode_headers(trailers, self._max, 0, raw, events) if trailers else []))
                rest = conn.trailing_data[0]
                self._conn = None
                self._closed = self._close_after and not self._insecure
                return rest
            else:
                return b''

    def _head(self, conn: h11.Connection, event: h11.Request, raw: bytes) -> bool:
        events = self._events
        method = event.method.decode('latin-1')
        if method not in HTTP_METHODS:
            raise parse_error(*_method_error(method), raw, events)
        version = event.http_version
        if version not in _VERSIONS:
            raise parse_error('HPE_INVALID_VERSION', 'Invalid HTTP version', raw, events)
        target = event.target
        raw_headers = _decode_headers(event.headers, self._max, len(target), raw, events)
        flags = header_flags(raw_headers)
        if (flags & (F_CONTENT_LENGTH | F_TRANSFER_ENCODING)
                == F_CONTENT_LENGTH | F_TRANSFER_ENCODING and not self._insecure):
            raise _framing_conflict(raw_headers, raw, events)
        http_version = version.decode('ascii')
        keep_alive = should_keep_alive(http_version, flags, False)
        upgrade = method == 'CONNECT' or is_upgrade(flags)
        events.append(RequestHead(method, target.decode('latin-1'), http_version, raw_headers,
                                  keep_alive, upgrade))
        if upgrade:
            # llhttp stops at the head; the rest (body included) is the new protocol.
            self._upgraded = True
            self._conn = None
            events.append(Upgrade(conn.trailing_data[0]))
            return True
        self._close_after = not keep_alive
        return False
