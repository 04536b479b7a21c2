"""The h11 backend: pure Python, used when httptools is missing (or chosen).

h11 reads bodies; heads and chunk framing are read first by ``_strict`` as
llhttp reads them, so this backend refuses what Node refuses, with Node's
``HPE_*`` code and reason, at the byte where llhttp fails:

- ``scan_head`` parses each head (bare LF/CR, obs-fold, header tokens and
  value characters, Content-Length and Transfer-Encoding rules, methods,
  versions, status lines); the events carry its raw headers. h11 never sees a
  real head: each message body gets its own ``h11.Connection``, given a
  synthetic head carrying only the body's framing (Content-Length, chunked, or
  read-until-EOF), so h11's own rules (Host, Transfer-Encoding other than
  ``chunked``, HTTP/1.0 keep-alive) never decide anything.
- A chunked body goes through ``ChunkScanner`` before h11: only the bytes it
  passes reach h11, and its error (chunk-size overflow, a line ended by LF
  alone, a bare CR, a bad extension or trailer line) is raised after the body
  before it.
- Keep-alive, upgrade, no-body responses (HEAD, 1xx, 204, 304) and the
  read-until-EOF rule are llhttp's (``_common``). Node's header-size count is
  applied to each complete head; an unfinished head is bounded by ``raw_guard``.

Still different from llhttp (none of it changes framing): chunk extensions
are checked for control characters and line ends only, not their grammar, and
have no 16 KiB limit; ``bytesParsed`` on errors is 0.

Names: no Node counterpart (a stand-in for llhttp); ``feed``/``feed_eof``/
``expect`` as in ``_base``; ``_head`` turns a scanned head into the
``parserOnHeadersComplete`` event, ``_end_message`` = ``kOnMessageComplete``.
"""

from __future__ import annotations

import h11

from ..errors import HTTPParserError
from ._base import RequestParser, ResponseParser
from ._common import (
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
from ._strict import TE_CHUNKED, TE_NONE, ChunkScanner, Head, scan_head

__all__ = ['H11ResponseParser', 'H11RequestParser']

_EOM = h11.EndOfMessage()
_GET = h11.Request(method=b'GET', target=b'/', headers=[(b'Host', b'h')])
_CHUNKED = b'Transfer-Encoding: chunked\r\n'


def _decode_headers(raw: list[tuple[bytes, bytes]], max_size: int, used: int,
                    packet: bytes, events: list[Event]) -> list[str]:
    """Flat latin-1 raw headers, with Node's header-size count."""
    out: list[str] = []
    append = out.append
    for name, value in raw:
        used += len(name) + len(value)
        append(name.decode('latin-1'))
        append(value.decode('latin-1'))
    if used >= max_size:
        raise header_overflow(packet, events)
    return out


def _framing(head: Head) -> bytes | None:
    """The synthetic head's framing header; None: no body at all."""
    if head.te == TE_CHUNKED:
        return _CHUNKED
    if head.te != TE_NONE:
        return b''                          # read until EOF
    if head.content_length is not None:
        return b'Content-Length: %d\r\n' % head.content_length if head.content_length else None
    return b''


class _H11Feed:
    """What both h11 parsers share: head scanning, the body through h11, errors."""

    __slots__ = ('_max', '_guard', '_insecure', '_pending', '_conn', '_chunks', '_error',
                 '_events', '_upgraded', '_closed', '_close_after', '__weakref__')
    _REQUEST = False

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        self._max = max_header_size
        self._guard = raw_guard(max_header_size)
        self._insecure = insecure
        self._conn: h11.Connection | None = None
        self._chunks: ChunkScanner | None = None
        self._pending = b''
        self._events: list[Event] = []
        self._closed = False
        self._close_after = False
        self._upgraded = False
        self._error: HTTPParserError | None = None

    def feed(self, data: bytes) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        if not data:
            return events
        if self._upgraded:
            events.append(Upgrade(bytes(data)))
            return events
        if type(data) is not bytes:
            data = bytes(data)
        packet = data
        try:
            while data:
                data = self._step(data)
        except h11.RemoteProtocolError as exc:
            # Only bodies reach h11, checked first: this is not expected to happen.
            self._error = parse_error('HPE_INTERNAL', str(exc), packet, events)
            raise self._error from None
        except HTTPParserError as exc:
            exc.rawPacket = packet              # Node's: the chunk being parsed
            self._error = exc
            raise
        return events

    def _step(self, data: bytes) -> bytes:
        """Parse from the start of ``data``; return what is left for the next step."""
        if self._conn is not None:
            return self._body(self._conn, data)
        if not self._pending:
            if self._closed:
                if not only_crlf(data):
                    raise closed_error(data, self._events)
                return b''
            data = data.lstrip(b'\r\n')   # llhttp skips CR/LF between messages
            if not data:
                return b''
            buf = data
        else:
            buf = self._pending + data
            if len(self._pending) >= 16 and b'\n' not in data and b'\r' not in data:
                # Nothing new to check (a line end, a CR, the start line's first bytes):
                # a head trickling in byte by byte is not rescanned each time.
                if len(buf) > self._guard:
                    raise header_overflow(buf, self._events)
                self._pending = buf
                return b''
        found = scan_head(buf, self._REQUEST, self._insecure, self._events)
        if found is None:
            if len(buf) > self._guard:
                raise header_overflow(buf, self._events)
            self._pending = buf
            return b''
        self._pending = b''
        head, end = found
        return self._head(head, buf, buf[end:])

    def _head(self, head: Head, packet: bytes, rest: bytes) -> bytes:
        raise NotImplementedError

    def _open_body(self, head: Head, framing: bytes, role: type[h11.CLIENT] | type[h11.SERVER],
                   ) -> None:
        """An h11 connection that has just read a synthetic head with ``framing``."""
        conn = h11.Connection(role)
        if role is h11.CLIENT:
            conn.send(_GET)
            conn.send(_EOM)
            conn.receive_data(b'HTTP/1.1 200 OK\r\n' + framing + b'\r\n')
        else:
            conn.receive_data(b'POST / HTTP/1.1\r\nHost: h\r\n' + framing + b'\r\n')
        conn.next_event()
        self._conn = conn
        self._chunks = ChunkScanner(self._insecure) if framing is _CHUNKED else None

    def _body(self, conn: h11.Connection, data: bytes) -> bytes:
        chunks = self._chunks
        problem = None
        if chunks is not None:
            good, problem = chunks.scan(data)
            part, rest = data[:good], data[good:]
        else:
            part, rest = data, b''
        if part:
            conn.receive_data(part)
        left = self._drain(conn, data)
        if problem is not None:
            raise parse_error(*problem, data, self._events)
        return rest if chunks is not None else left

    def _drain(self, conn: h11.Connection, packet: bytes) -> bytes:
        """h11's body events as ours; the bytes after a finished message."""
        events = self._events
        while True:
            event = conn.next_event()
            if type(event) is h11.Data:
                events.append(Body(bytes(event.data)))
            elif type(event) is h11.EndOfMessage:
                trailers = event.headers
                events.append(MessageEnd(_decode_headers(
                    list(trailers.raw_items()), self._max, 0, packet, events) if trailers else []))
                rest: bytes = conn.trailing_data[0]
                self._end_message()
                return rest
            else:                           # NEED_DATA, PAUSED, ConnectionClosed
                return b''

    def _end_message(self) -> None:
        self._conn = None
        self._chunks = None
        self._closed = self._close_after and not self._insecure


class H11ResponseParser(_H11Feed, ResponseParser):
    """ResponseParser on h11 (an ``h11.Connection`` per response body)."""

    __slots__ = ('_expected', '_method', '_cycle')
    backend = 'h11'

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        super().__init__(max_header_size, insecure)
        # The methods of the requests awaiting a response, oldest first (a list:
        # one or two long, where an empty deque would take 0.7 KiB per parser).
        self._expected: list[str] = []
        self._method = ''
        self._cycle = False                 # a 1xx was read: the final response follows

    def expect(self, method: str) -> None:
        self._expected.append(method)

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        conn = self._conn
        if self._upgraded:
            return events
        if conn is None:
            if self._pending:
                self._error = eof_error(events)
                raise self._error
            return events                   # between messages (or after a 1xx)
        conn.receive_data(b'')
        try:
            self._drain(conn, b'')
        except h11.RemoteProtocolError:
            self._error = eof_error(events)
            raise self._error from None
        if self._conn is not None:          # still mid-message
            self._error = eof_error(events)
            raise self._error
        return events

    def _end_message(self) -> None:
        super()._end_message()
        self._cycle = False

    def _head(self, head: Head, packet: bytes, rest: bytes) -> bytes:
        """Emit a head the way Node's parserOnIncomingClient sees it."""
        events = self._events
        if not self._cycle or (not self._method and self._expected):
            self._method = self._expected.pop(0) if self._expected else ''
        self._cycle = True
        raw_headers = _decode_headers(head.raw, self._max, len(head.reason), packet, events)
        flags = header_flags(raw_headers)
        status = head.status
        http_version = head.version.decode('ascii')
        method = self._method
        upgrade = status == 101 and is_upgrade(flags)
        eof_body = needs_eof(status, False, flags)
        event = ResponseHead(status, head.reason.decode('latin-1'), http_version, raw_headers,
                             should_keep_alive(http_version, flags, eof_body),
                             upgrade or method == 'CONNECT')
        events.append(event)
        if event.upgrade:
            # Node: skip the body, the rest belongs to the new protocol.
            self._upgraded = True
            events.append(Upgrade(rest))
            return b''
        if 100 <= status < 200 and status != 101:
            # a 1xx: the final response follows, unless llhttp is closed after it
            self._closed = not event.keep_alive and not self._insecure
            return rest
        skip = method == 'HEAD'
        # llhttp's state after the message: for HEAD the body was skipped.
        self._close_after = not should_keep_alive(http_version, flags,
                                                  needs_eof(status, skip, flags))
        if status == 101:
            # A 101 without Upgrade headers: Node takes it as the final response,
            # with no body, and drops the rest of the chunk.
            events.append(MessageEnd([]))
            self._end_message()
            return b''
        framing = None if skip or status in (204, 304) else _framing(head)
        if framing is None:
            events.append(MessageEnd([]))
            self._end_message()
            return rest
        self._open_body(head, framing, h11.CLIENT)
        return rest


class H11RequestParser(_H11Feed, RequestParser):
    """RequestParser on h11 (an ``h11.Connection`` per request body)."""

    _REQUEST = True

    __slots__ = ()
    backend = 'h11'

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        if (self._conn is None and not self._pending) or self._upgraded:
            return events
        self._error = eof_error(events)
        raise self._error

    def _head(self, head: Head, packet: bytes, rest: bytes) -> bytes:
        events = self._events
        raw_headers = _decode_headers(head.raw, self._max, len(head.target), packet, events)
        flags = header_flags(raw_headers)
        http_version = head.version.decode('ascii')
        keep_alive = should_keep_alive(http_version, flags, False)
        method = head.method
        upgrade = method == 'CONNECT' or is_upgrade(flags)
        events.append(RequestHead(method, head.target.decode('latin-1'), http_version,
                                  raw_headers, keep_alive, upgrade))
        if upgrade:
            # llhttp stops at the head; the rest (body included) is the new protocol.
            self._upgraded = True
            events.append(Upgrade(rest))
            return b''
        self._close_after = not keep_alive
        if head.te not in (TE_NONE, TE_CHUNKED) and not self._insecure:
            # llhttp reads the head, then refuses a request body it cannot delimit.
            raise parse_error('HPE_INVALID_TRANSFER_ENCODING',
                              'Request has invalid `Transfer-Encoding`', packet, events)
        framing = _framing(head) if head.te == TE_CHUNKED or head.content_length else None
        if framing is None:
            events.append(MessageEnd([]))
            self._end_message()
            return rest
        self._open_body(head, framing, h11.SERVER)
        return rest
