"""The llhttp backend: Node's own parser, through httptools.

httptools wraps llhttp but not all of it, so this file fills three gaps:

- **Error codes.** httptools gives llhttp's reason text only; ``_REASON_CODES``
  maps it back to the ``HPE_*`` code Node reports (checked against Node 20).
- **Header size.** llhttp has no limit; Node's binding counts the bytes of the
  URL/reason, names and values and fails at ``max_header_size``. That count is
  redone here from the callbacks, so it is exact once each header line is
  complete. A single header line still arriving is bounded by raw bytes
  (``raw_guard``) instead, at most one ``feed()`` late.
- **HEAD and CONNECT.** Node tells llhttp to skip a body by returning 1/2 from
  ``on_headers_complete``; httptools ignores that return value. So when the
  next expected response answers HEAD or CONNECT, the bytes are scanned for the
  blank line that ends the head and only the head is fed; the parser is then
  replaced (HEAD) or the rest handed over as ``Upgrade`` (CONNECT). This works
  when that response starts at a message boundary of a ``feed()`` call after
  ``expect()`` -- always so for Node's client, which never pipelines; a HEAD or
  CONNECT response pipelined behind another in the same chunk is parsed as if
  it had a body.

httptools also has no ``llhttp_finish``: ``feed_eof`` decides from the head
(llhttp's ``message_needs_eof``) whether EOF ends the body or cuts it off.
It has no chunk-extension callbacks either, so Node's 16 KiB limit on chunk
extensions (``HPE_CHUNK_EXTENSIONS_OVERFLOW``) is not applied. Its llhttp is
its own build, which can differ from Node 20's in corners (it refuses an empty
``Transfer-Encoding`` that Node 20 accepts). ``bytesParsed`` on errors is 0:
httptools does not expose llhttp's error offset.

Names: the ``on_*`` methods are httptools' callbacks, llhttp's ``on_*``
(``on_headers_complete`` = Node's ``kOnHeadersComplete`` ->
``parserOnHeadersComplete``, ``on_body`` = ``kOnBody``, ``on_message_complete``
= ``kOnMessageComplete``); ``on_header`` adds Node's header-size count
(``node_http_parser.cc``'s ``TrackHeader``); ``_execute`` = ``parser.execute``.
"""

from __future__ import annotations

import re

from httptools import (
    HttpParserCallbackError,
    HttpParserError,
    HttpParserUpgrade,
    HttpRequestParser,
    HttpResponseParser,
)

from ..errors import HTTPParserError
from ._base import RequestParser, ResponseParser
from ._common import (
    SKIP_BODY_METHODS,
    closed_error,
    eof_error,
    header_flags,
    header_overflow,
    needs_eof,
    only_crlf,
    parse_error,
    raw_guard,
    should_keep_alive,
)
from ._events import Body, Event, MessageEnd, RequestHead, ResponseHead, Upgrade

__all__ = ['LLHTTPResponseParser', 'LLHTTPRequestParser']

# llhttp's reason text -> Node's err.code (llhttp_errno_name), as Node 20 reports them.
_REASON_CODES: dict[str, str] = {}
for _code, _reasons in (
    ('HPE_INVALID_EOF_STATE', ('Invalid EOF state',)),
    ('HPE_INVALID_VERSION', (
        'Invalid HTTP version', 'Invalid major version', 'Invalid minor version',
        'Expected dot', 'Expected CRLF after version', 'Expected space after version',
        'Expected HTTP/2 Connection Preface')),
    ('HPE_INVALID_TRANSFER_ENCODING', (
        'Invalid `Transfer-Encoding` header value', 'Request has invalid `Transfer-Encoding`',
        "Transfer-Encoding can't be present with Content-Length",
        'Empty Transfer-Encoding')),
    ('HPE_INVALID_CONTENT_LENGTH', (
        'Invalid character in Content-Length', 'Content-Length overflow',
        "Content-Length can't be present with Transfer-Encoding", 'Empty Content-Length')),
    ('HPE_UNEXPECTED_CONTENT_LENGTH', ('Duplicate Content-Length',)),
    ('HPE_INVALID_URL', (
        'Invalid char in url fragment start', 'Invalid char in url path',
        'Invalid char in url query', 'Invalid characters in url',
        'Unexpected char in url schema', 'Unexpected char in url server',
        'Unexpected start char in url')),
    ('HPE_INVALID_CHUNK_SIZE', ('Invalid character in chunk size', 'Chunk size overflow')),
    ('HPE_STRICT', (
        'Invalid character in chunk extensions', 'Invalid character in chunk extensions name',
        'Invalid character in chunk extensions value',
        'Invalid character in chunk extensions quote value',
        'Invalid character in chunk extensions quoted value',
        'Invalid quoted-pair in chunk extensions quoted value',
        'Expected LF after CR', 'Expected LF after chunk data', 'Expected LF after chunk size',
        'Expected LF after headers', 'Expected CRLF')),
    ('HPE_INVALID_HEADER_TOKEN', (
        'Invalid header field char', 'Invalid header token', 'Invalid header value char',
        'Unexpected whitespace after header value')),
    ('HPE_INVALID_METHOD', (
        'Invalid method encountered', 'Expected space after method',
        'Expected SOURCE method for ICE/x.x request', 'Invalid method for RTSP/x.x request')),
    ('HPE_INVALID_STATUS', ('Invalid response status', 'Invalid status code')),
    ('HPE_INVALID_CONSTANT', (
        'Invalid word encountered', 'Expected HTTP/, RTSP/ or ICE/',
        'Invalid method for HTTP/x.x request')),
    ('HPE_CR_EXPECTED', (
        'Missing expected CR after response line', 'Missing expected CR after header value',
        'Missing expected CR after chunk size', 'Missing expected CR after chunk data',
        'Missing expected CR after chunk extension name',
        'Missing expected CR after chunk extension value')),
    ('HPE_LF_EXPECTED', ('Missing expected LF after header value',)),
    ('HPE_CLOSED_CONNECTION', ('Data after `Connection: close`',)),
    ('HPE_UNEXPECTED_SPACE', ('Unexpected space after start line',)),
    ('HPE_PAUSED_UPGRADE', ('Pause on CONNECT/Upgrade',)),
    ('HPE_PAUSED_H2_UPGRADE', ('Pause on PRI/Upgrade',)),
    ('HPE_PAUSED', ('Paused',)),
):
    for _reason in _reasons:
        _REASON_CODES[_reason] = _code
del _code, _reasons, _reason

_PAUSED_UPGRADE = 'Pause on CONNECT/Upgrade'
_BLANK_LINE = re.compile(rb'\n\r?\n')
_BARE_CR_VERSION = re.compile(rb'HTTP/[0-9]\.[0-9]\r(?!\n)')

# message state
_IDLE = 0       # between messages
_HEAD = 1       # message begun, head not complete
_BODY = 2       # head complete, message not complete

# what on_headers_complete decided for the current response (Node's return value)
_NORMAL = 0     # a final response; llhttp reads the body
_INFO = 1       # 1xx other than 101: no body, the final response follows
_SKIP = 2       # answer to HEAD: no body whatever the headers say
_UPGRADE = 3    # 101 with Upgrade, or any answer to CONNECT: the rest is not HTTP

_LENIENT = dict(
    lenient_headers=True, lenient_chunked_length=True, lenient_keep_alive=True,
    lenient_transfer_encoding=True, lenient_version=True, lenient_data_after_close=True,
    lenient_optional_lf_after_cr=True, lenient_optional_cr_before_lf=True,
    lenient_optional_crlf_after_chunk=True, lenient_spaces_after_chunk_size=True,
)

_METHOD_NAMES: dict[bytes, str] = {}


class _Overflow(Exception):
    """Raised inside a callback to stop llhttp; feed() turns it into HPE_HEADER_OVERFLOW."""


def _translate(exc: HttpParserError, data: bytes, events: list[Event],
               overflow: bool, tail: bytes = b'') -> HTTPParserError:
    if overflow:
        return header_overflow(bytes(data), events)
    if isinstance(exc, HttpParserCallbackError) and exc.__context__ is not None:
        # A bug in a callback, not a parse error: let it surface as itself.
        raise exc.__context__
    reason = str(exc)
    code = _REASON_CODES.get(reason, 'HPE_INTERNAL')
    if reason == 'Expected CRLF after version' and _BARE_CR_VERSION.search(tail + data):
        # Node 20's llhttp: a CR not followed by LF there is HPE_STRICT (httptools' build
        # says HPE_INVALID_VERSION).
        code = 'HPE_STRICT'
    return parse_error(code, reason, bytes(data), events)


class _HeadCounting:
    """What both llhttp parsers share: Node's header-size accounting (the start
    line's URL or reason, then names and values count against ``max_header_size``)
    and the raw header list."""

    __slots__ = ()
    _max: int
    _nread: int
    _overflowed: bool
    _headers: list[str]

    def _count(self, nbytes: int) -> None:
        self._nread += nbytes  # type: ignore[misc]  # slots live on the subclasses
        if self._nread >= self._max:
            self._overflowed = True  # type: ignore[misc]
            raise _Overflow

    def on_header(self, name: bytes, value: bytes) -> None:
        # _count inline: llhttp calls this once per header line.
        nread = self._nread + len(name) + len(value)
        self._nread = nread  # type: ignore[misc]
        if nread >= self._max:
            self._overflowed = True  # type: ignore[misc]
            raise _Overflow
        headers = self._headers
        headers.append(name.decode('latin-1'))
        headers.append(value.decode('latin-1').rstrip(' \t'))


class LLHTTPResponseParser(_HeadCounting, ResponseParser):
    """ResponseParser on llhttp (httptools.HttpResponseParser)."""

    __slots__ = (
        '_max', '_guard', '_insecure', '_parser', '_expected', '_events', '_headers',
        '_status', '_nread', '_state', '_head_raw', '_begun_here', '_disposition',
        '_head', '_head_done', '_scanning', '_tail', '_closed', '_upgraded', '_error',
        '_overflowed', '__weakref__',
    )
    backend = 'llhttp'

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        self._max = max_header_size
        self._guard = raw_guard(max_header_size)
        self._insecure = insecure
        # The methods of the requests awaiting a response, oldest first (a list:
        # one or two long, where an empty deque would take 0.7 KiB per parser).
        self._expected: list[str] = []
        self._events: list[Event] = []
        self._headers: list[str] = []
        self._status = b''
        self._nread = 0
        self._state = _IDLE
        self._head_raw = 0
        self._begun_here = False
        self._disposition = _NORMAL
        self._head: ResponseHead | None = None
        self._head_done = False
        self._scanning = False
        self._tail = b''
        self._closed = False
        self._upgraded = False
        self._error: HTTPParserError | None = None
        self._overflowed = False
        # llhttp's parser (0.9 KiB) is made at the first byte fed: a request waits
        # for its socket to connect without it.
        self._parser: HttpResponseParser | None = None

    def _new_parser(self) -> HttpResponseParser:
        parser = HttpResponseParser(self)
        if self._insecure:
            parser.set_dangerous_leniencies(**_LENIENT)
        return parser

    # -- llhttp callbacks (httptools calls them by name) -------------------------

    def on_message_begin(self) -> None:
        self._state = _HEAD
        self._begun_here = True
        self._head_raw = 0
        self._headers = []
        self._status = b''

    def on_status(self, status: bytes) -> None:
        self._status += status
        self._count(len(status))

    def on_headers_complete(self) -> None:
        # Node's parserOnIncomingClient decides, in this order: upgrade, CONNECT,
        # 1xx (not 101), then HEAD skips the body.
        parser = self._parser
        assert parser is not None  # llhttp calls this while _execute feeds it
        self._nread = 0
        self._state = _BODY
        status = parser.get_status_code()
        expected = self._expected
        method = expected[0] if expected else ''
        upgrade = parser.should_upgrade() or (method == 'CONNECT' and self._scanning)
        head = ResponseHead(status, self._status.decode('latin-1'), parser.get_http_version(),
                            self._headers, parser.should_keep_alive(), upgrade)
        self._head = head
        self._head_done = True
        self._headers = []
        events = self._events
        events.append(head)
        if 100 <= status < 200 and status != 101 and not upgrade:
            self._disposition = _INFO
            return
        if expected:
            del expected[0]
        if upgrade:
            self._disposition = _UPGRADE    # Upgrade(rest) follows, no MessageEnd
        elif method == 'HEAD' and self._scanning:
            self._disposition = _SKIP
            events.append(MessageEnd([]))
        else:
            self._disposition = _NORMAL

    def on_body(self, body: bytes) -> None:
        self._events.append(Body(body))

    def on_message_complete(self) -> None:
        self._state = _IDLE
        if self._disposition == _NORMAL:
            self._events.append(MessageEnd(self._headers))

    # -- the interface ------------------------------------------------------------

    def expect(self, method: str) -> None:
        self._expected.append(method)

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
        if self._scanning or self._closed or (
                self._state == _IDLE and self._expected
                and self._expected[0] in SKIP_BODY_METHODS):
            self._run(data if type(data) is bytes else bytes(data))
            return events
        # The hot path: one call into llhttp.
        stop = self._execute(data)
        if stop >= 0 and self._disposition == _UPGRADE:
            self._upgrade(data[stop:])
        return events

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        state = self._state
        if state == _IDLE or self._upgraded:
            return events
        head = self._head
        if (state == _BODY and head is not None and self._disposition == _NORMAL
                and needs_eof(head.status_code, False, header_flags(head.raw_headers))):
            # llhttp_finish ends a body that runs until the connection closes.
            self._state = _IDLE
            self._parser = self._new_parser()
            events.append(MessageEnd([]))
            return events
        self._error = eof_error(events)
        raise self._error

    # -- feeding --------------------------------------------------------------------

    def _execute(self, data: bytes) -> int:
        """Feed llhttp; return where HTTP stopped (upgrade, dropped rest) or -1."""
        self._begun_here = False
        parser = self._parser
        if parser is None:
            parser = self._parser = self._new_parser()
        try:
            parser.feed_data(data)
        except HttpParserUpgrade as exc:
            return int(exc.args[0])
        except HttpParserError as exc:
            if str(exc) == _PAUSED_UPGRADE and not self._overflowed:
                # A 101 without Upgrade headers: llhttp pauses after it and Node
                # drops the rest of the chunk; parsing restarts with the next one.
                self._parser = self._new_parser()
                self._state = _IDLE
                return len(data)
            self._error = _translate(exc, data, self._events, self._overflowed)
            raise self._error from None
        if self._state == _HEAD and not self._begun_here:
            self._head_raw += len(data)
            if self._head_raw > self._guard:
                self._error = header_overflow(bytes(data), self._events)
                raise self._error
        return -1

    def _run(self, data: bytes) -> None:
        """The slow path: HEAD/CONNECT answers, upgrades, data after a closing message."""
        while data:
            if self._upgraded:
                self._events.append(Upgrade(bytes(data)))
                return
            if self._closed:
                if not only_crlf(data):
                    self._error = closed_error(bytes(data), self._events)
                    raise self._error
                return
            if (not self._scanning and self._state == _IDLE and self._expected
                    and self._expected[0] in SKIP_BODY_METHODS):
                self._scanning = True
                self._tail = b''
            if not self._scanning:
                stop = self._execute(data)
                if stop >= 0 and self._disposition == _UPGRADE:
                    self._upgrade(data[stop:])
                return
            data = self._scan(data)

    def _scan(self, data: bytes) -> bytes:
        """Feed llhttp no further than the end of the next head; return what is left."""
        tail = self._tail
        match = _BLANK_LINE.search(tail + data if tail else data)
        if match is None:
            self._tail = (tail + data)[-2:]
            self._execute(data)
            return b''
        end = match.end() - len(tail)
        self._tail = b''
        head, rest = data[:end], data[end:]
        self._head_done = False
        stop = self._execute(head)
        if not self._head_done:            # only the CR/LF llhttp skips between messages
            return rest
        disposition = self._disposition
        if disposition == _UPGRADE:
            self._scanning = False
            self._upgrade(head[stop:] + rest if stop >= 0 else rest)
            return b''
        if stop >= 0:                      # a 101 without Upgrade headers
            self._scanning = False
            return b''
        if disposition == _SKIP:
            # The answer to HEAD is complete: a fresh parser for what follows.
            head_event = self._head
            assert head_event is not None
            self._state = _IDLE
            self._scanning = False
            self._parser = self._new_parser()
            # llhttp then refuses data after a closing response (insecure: parses on).
            if not self._insecure and not should_keep_alive(
                    head_event.http_version, header_flags(head_event.raw_headers), False):
                self._closed = True
        return rest

    def _upgrade(self, rest: bytes) -> None:
        self._upgraded = True
        self._state = _IDLE
        self._events.append(Upgrade(bytes(rest)))


class LLHTTPRequestParser(_HeadCounting, RequestParser):
    """RequestParser on llhttp (httptools.HttpRequestParser)."""

    __slots__ = (
        '_max', '_guard', '_insecure', '_parser', '_events', '_headers', '_url', '_nread',
        '_state', '_head_raw', '_begun_here', '_upgrading', '_upgraded', '_error',
        '_overflowed', '_tail', '__weakref__',
    )
    backend = 'llhttp'

    def __init__(self, max_header_size: int = 16384, insecure: bool = False,
                 backend: str | None = None) -> None:
        self._max = max_header_size
        self._guard = raw_guard(max_header_size)
        self._insecure = insecure
        self._tail = b''                    # the last bytes fed, for _translate
        self._events: list[Event] = []
        self._headers: list[str] = []
        self._url = b''
        self._nread = 0
        self._state = _IDLE
        self._head_raw = 0
        self._begun_here = False
        self._upgrading = False
        self._upgraded = False
        self._error: HTTPParserError | None = None
        self._overflowed = False
        parser = HttpRequestParser(self)
        if insecure:
            parser.set_dangerous_leniencies(**_LENIENT)
        self._parser = parser

    # -- llhttp callbacks ---------------------------------------------------------

    def on_message_begin(self) -> None:
        self._state = _HEAD
        self._begun_here = True
        self._head_raw = 0
        self._headers = []
        self._url = b''

    def on_url(self, url: bytes) -> None:
        self._url += url
        self._count(len(url))

    def on_headers_complete(self) -> None:
        parser = self._parser
        self._nread = 0
        self._state = _BODY
        raw_method = parser.get_method()
        method = _METHOD_NAMES.get(raw_method)
        if method is None:
            method = _METHOD_NAMES[raw_method] = raw_method.decode('latin-1')
        upgrade = parser.should_upgrade()
        self._upgrading = upgrade
        self._events.append(RequestHead(
            method, self._url.decode('latin-1'), parser.get_http_version(), self._headers,
            parser.should_keep_alive(), upgrade))
        self._headers = []

    def on_body(self, body: bytes) -> None:
        self._events.append(Body(body))

    def on_message_complete(self) -> None:
        self._state = _IDLE
        if not self._upgrading:             # an upgrade request ends in Upgrade(rest)
            self._events.append(MessageEnd(self._headers))

    # -- the interface ------------------------------------------------------------

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
        self._begun_here = False
        try:
            self._parser.feed_data(data)
        except HttpParserUpgrade as exc:
            # An upgrade request or CONNECT: llhttp stopped after the head.
            self._upgraded = True
            events.append(Upgrade(bytes(data[int(exc.args[0]):])))
            return events
        except HttpParserError as exc:
            self._error = _translate(exc, data, events, self._overflowed, self._tail)
            raise self._error from None
        self._tail = (self._tail + data)[-16:]
        if self._state == _HEAD and not self._begun_here:
            self._head_raw += len(data)
            if self._head_raw > self._guard:
                self._error = header_overflow(bytes(data), events)
                raise self._error
        return events

    def feed_eof(self) -> list[Event]:
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        self._events = events
        if self._state == _IDLE or self._upgraded:
            return events
        self._error = eof_error(events)
        raise self._error
