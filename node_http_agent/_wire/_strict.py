"""llhttp's strict grammar in front of h11: heads and chunk framing, with Node's codes.

h11 is lenient where llhttp is not (bare LF, obs-fold, ``Content-Length: 2, 2``,
a repeated Content-Length, chunk lines ended by LF alone, a bare CR, chunk-size
overflow): each of those is a request-smuggling or desync shape. So the h11
backend never shows h11 a real head. ``scan_head`` parses a head as llhttp
does (left to right, failing at the first byte llhttp fails at, with its code
and reason) and says how the body is framed; h11 is then given a synthetic head
carrying only that framing, and reads the body. A chunked body goes through
``ChunkScanner`` first, which checks every chunk-size line, extension, chunk
end and trailer line as llhttp does and tells how many bytes are good.

``insecure`` (Node's ``insecureHTTPParser``) turns on llhttp's leniencies:
bare LF/CR line ends, control characters in values, obs-fold.

Names against llhttp's grammar (``llhttp/src/llhttp/http.ts``): ``scan_head``
= the states from ``start_req``/``start_res`` to ``headers_almost_done``;
``ChunkScanner`` = ``chunk_size_start`` .. ``chunk_data_almost_done`` and the
trailer states; ``Head.te`` = llhttp's ``F_TRANSFER_ENCODING``/``F_CHUNKED``;
error tuples are ``(code, reason)`` as llhttp's ``p.error``/``p.reason``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import HTTPParserError
from ._common import HTTP_METHODS, parse_error
from ._events import Event

__all__ = ['Head', 'scan_head', 'ChunkScanner', 'TE_NONE', 'TE_CHUNKED', 'TE_OTHER']

_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz"
                   b'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
_HEX = frozenset(b'0123456789abcdefABCDEF')
_VERSIONS = frozenset((b'1.1', b'1.0', b'0.9', b'2.0'))
_RTSP_METHODS = frozenset(('DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN',
                           'GET_PARAMETER', 'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH'))
_MAX_U64 = (1 << 64) - 1
_STATUS_LINE = re.compile(rb'(?:HTTP|RTSP|ICE)/([0-9]\.[0-9]) ([0-9]{3})(?: (.*))?')
_REQUEST_LINE = re.compile(rb'([^ ]+) +([\x21-\x7e]+)(?: +HTTP/([0-9]\.[0-9]))?')
_PROTOCOLS = (b'HTTP/', b'RTSP/', b'ICE/')

TE_NONE = 0       # no Transfer-Encoding
TE_CHUNKED = 1    # last coding chunked
TE_OTHER = 2      # some other last coding


@dataclass
class Head:
    """A head as llhttp read it: the start line's parts and the raw header list."""

    version: bytes = b''
    method: str = ''           # request
    target: bytes = b''        # request
    status: int = 0            # response
    reason: bytes = b''        # response
    raw: list[tuple[bytes, bytes]] = field(default_factory=list)
    content_length: int | None = None
    te: int = TE_NONE


def _fail(code: str, reason: str, buf: bytes, events: list[Event]) -> HTTPParserError:
    return parse_error(code, reason, bytes(buf), events)


def _method_error(method: str) -> tuple[str, str]:
    """How llhttp's method matcher fails on a method it does not know."""
    if method == 'PRI':
        return 'HPE_PAUSED_H2_UPGRADE', 'Pause on PRI/Upgrade'
    if method in _RTSP_METHODS:
        return 'HPE_INVALID_CONSTANT', 'Invalid method for HTTP/x.x request'
    if any(method.startswith(known) for known in HTTP_METHODS):
        return 'HPE_INVALID_METHOD', 'Expected space after method'
    return 'HPE_INVALID_METHOD', 'Invalid method encountered'


def _check_prefix(buf: bytes, request: bool) -> tuple[str, str] | None:
    """Does an unfinished start line already fail (llhttp fails at the first bad byte)?"""
    if request:
        head = buf.split(b' ', 1)[0].split(b'\r', 1)[0].split(b'\n', 1)[0]
        method = head.decode('latin-1')
        done = len(head) < len(buf)
        if done and method in HTTP_METHODS:
            return None
        if not done and any(known.startswith(method) for known in HTTP_METHODS):
            return None
        return _method_error(method)
    for protocol in _PROTOCOLS:
        n = min(len(buf), len(protocol))
        if buf[:n] == protocol[:n]:
            return None
    return 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'


def _status_line_error(line: bytes) -> tuple[str, str]:
    if not line.startswith(_PROTOCOLS):
        return 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'
    if line.startswith(b'ICE/'):
        line = b'H' + line          # the same offsets as HTTP/ and RTSP/
    if not line[5:6].isdigit():
        return 'HPE_INVALID_VERSION', 'Invalid major version'
    if line[6:7] != b'.':
        return 'HPE_INVALID_VERSION', 'Expected dot'
    if not line[7:8].isdigit():
        return 'HPE_INVALID_VERSION', 'Invalid minor version'
    if line[8:9] != b' ':
        return 'HPE_INVALID_VERSION', 'Expected space after version'
    digits = re.match(rb'[0-9]*', line[9:])
    if digits is None or len(digits.group(0)) < 3:
        return 'HPE_INVALID_STATUS', 'Invalid status code'
    return 'HPE_INVALID_STATUS', 'Invalid response status'


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


def _request_line_error(line: bytes) -> tuple[str, str]:
    parts = line.split()
    if len(parts) < 2:
        return 'HPE_INVALID_METHOD', 'Expected space after method'
    if re.search(rb'[^\x21-\x7e]', parts[1]):
        return _url_error(parts[1])
    if len(parts) != 3 or not parts[2].startswith(b'HTTP/'):
        return 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'
    if re.match(rb'HTTP/[0-9]\.[0-9].', parts[2]):
        return 'HPE_INVALID_VERSION', 'Expected CRLF after version'
    return 'HPE_INVALID_VERSION', 'Invalid HTTP version'


def _start_line(line: bytes, request: bool, head: Head) -> tuple[str, str] | None:
    """Fill ``head`` from a start line (without its CRLF); the llhttp error if it is bad."""
    if request:
        match = _REQUEST_LINE.fullmatch(line)
        if match is None:
            return _request_line_error(line)
        head.method = match.group(1).decode('latin-1')
        head.target = match.group(2)
        head.version = match.group(3) or b'0.9'
    else:
        match = _STATUS_LINE.fullmatch(line)
        if match is None:
            return _status_line_error(line)
        head.version = match.group(1)
        head.status = int(match.group(2))
        head.reason = match.group(3) or b''
    if head.version not in _VERSIONS:
        return 'HPE_INVALID_VERSION', 'Invalid HTTP version'
    return None


def _line_end_error(request: bool, start: bool, lf_only: bool) -> tuple[str, str]:
    if start:
        if request:
            return (('HPE_INVALID_VERSION', 'Expected CRLF after version') if lf_only
                    else ('HPE_STRICT', 'Expected CRLF after version'))
        return (('HPE_CR_EXPECTED', 'Missing expected CR after response line') if lf_only
                else ('HPE_STRICT', 'Expected LF after CR'))
    return (('HPE_CR_EXPECTED', 'Missing expected CR after header value') if lf_only
            else ('HPE_LF_EXPECTED', 'Missing expected LF after header value'))


def _header_line(line: bytes, insecure: bool) -> tuple[bytes, bytes, tuple[str, str] | None]:
    """A header line (without its line end) -> (name, value, None), or (.., .., llhttp error)."""
    i = 0
    n = len(line)
    while i < n and line[i] in _TOKEN:
        i += 1
    if i == 0 or i == n or line[i] != 0x3a:   # ':'
        if 0 < i < n and line[i] == 0x20:
            j = i
            while j < n and line[j] == 0x20:
                j += 1
            if j < n and line[j] == 0x3a:
                return b'', b'', ('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char')
        return b'', b'', ('HPE_INVALID_HEADER_TOKEN', 'Invalid header token')
    name = line[:i]
    value = line[i + 1:].strip(b' \t')
    if not insecure:
        for byte in value:
            if (byte < 0x20 and byte != 0x09) or byte == 0x7f:
                if byte == 0x0d:
                    return name, value, ('HPE_LF_EXPECTED', 'Missing expected LF after header value')
                return name, value, ('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char')
    return name, value, None


def _content_length(value: bytes) -> tuple[int, None] | tuple[None, tuple[str, str]]:
    if not value:
        return None, ('HPE_INVALID_CONTENT_LENGTH', 'Empty Content-Length')
    total = 0
    for byte in value:
        if not 0x30 <= byte <= 0x39:
            return None, ('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length')
        total = total * 10 + byte - 0x30
        if total > _MAX_U64:
            return None, ('HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow')
    return total, None


def _framing(name: bytes, value: bytes, head: Head, request: bool,
             insecure: bool) -> tuple[str, str] | None:
    """llhttp's checks on Content-Length and Transfer-Encoding, header by header."""
    lower = name.lower()
    if lower == b'content-length':
        if head.content_length is not None:
            return 'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'
        length, error = _content_length(value)
        if error is not None:
            return error
        if head.te != TE_NONE and not insecure:
            return 'HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding"
        head.content_length = length
    elif lower == b'transfer-encoding':
        if head.content_length is not None and not insecure:
            return 'HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length"
        for coding in value.split(b','):
            coding = coding.strip(b' \t').lower()
            if request and head.te == TE_CHUNKED and not insecure:
                # A coding after chunked: llhttp refuses it in a request.
                return 'HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value'
            head.te = TE_CHUNKED if coding == b'chunked' else TE_OTHER
    return None


def scan_head(buf: bytes, request: bool, insecure: bool,
              events: list[Event]) -> tuple[Head, int] | None:
    """Parse a head at the start of ``buf``: (head, its length), None while incomplete.

    Raises llhttp's error as soon as a byte llhttp refuses has arrived.
    """
    head = Head()
    pos = 0
    start = True
    last_value: bytes | None = None
    while True:
        nl = buf.find(b'\n', pos)
        if nl < 0:
            if start:
                cr = buf.find(b'\r')
                problem = _check_prefix(buf if cr < 0 else buf[:cr + 1], request)
                if problem is None and 0 <= cr < len(buf) - 1 and not insecure:
                    # a CR not followed by LF: the line before it is checked first
                    problem = (_start_line(buf[:cr], request, head)
                               or _line_end_error(request, True, False))
                if problem is not None:
                    raise _fail(*problem, buf, events)
            return None
        line = buf[pos:nl]
        crlf = line.endswith(b'\r')
        body = line[:-1] if crlf else line
        if start:
            problem = _check_prefix(body, request) or _start_line(
                body.split(b'\r', 1)[0], request, head)
            if problem is None and b'\r' in body and not insecure:
                problem = _line_end_error(request, True, False)
            if problem is None and not crlf and not insecure:
                problem = _line_end_error(request, True, True)
            if problem is not None:
                raise _fail(*problem, buf, events)
            start = False
        elif not body:
            if not crlf and not insecure:
                raise _fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', buf, events)
            return head, nl + 1
        elif body[:1] in (b' ', b'\t'):
            if last_value is None:
                raise _fail('HPE_UNEXPECTED_SPACE', 'Unexpected space after start line',
                            buf, events)
            if not insecure:
                raise _fail('HPE_INVALID_HEADER_TOKEN',
                            'Invalid header value char' if not last_value
                            else 'Unexpected whitespace after header value', buf, events)
            name, value = head.raw[-1]          # obs-fold, allowed when insecure
            last_value = value + b' ' + body.strip(b' \t')
            head.raw[-1] = (name, last_value)
        else:
            name, value, problem = _header_line(body, insecure)
            if problem is not None:
                raise _fail(*problem, buf, events)
            if not crlf and not insecure:
                raise _fail(*_line_end_error(request, False, True), buf, events)
            problem = _framing(name, value, head, request, insecure)
            if problem is not None:
                raise _fail(*problem, buf, events)
            head.raw.append((name, value))
            last_value = value
        pos = nl + 1


# ChunkScanner states (the extension states last)
(_SIZE_START, _SIZE, _SIZE_LF, _DATA, _DATA_CR, _DATA_LF, _TRAILER,
 _EXT, _EXT_NAME, _EXT_VALUE_START, _EXT_VALUE, _EXT_QUOTED, _EXT_QUOTED_ESC,
 _EXT_QUOTED_END) = range(14)
_QDTEXT = frozenset(set(range(0x20, 0x7f)) - {0x22, 0x5c} | {0x09} | set(range(0x80, 0x100)))
_EXT_PROBLEMS = {
    _EXT: 'Invalid character in chunk extensions',
    _EXT_NAME: 'Invalid character in chunk extensions name',
    _EXT_VALUE_START: 'Invalid character in chunk extensions value',
    _EXT_VALUE: 'Invalid character in chunk extensions value',
    _EXT_QUOTED: 'Invalid character in chunk extensions quoted value',
    _EXT_QUOTED_ESC: 'Invalid character in chunk extensions quoted value',
    _EXT_QUOTED_END: 'Invalid character in chunk extensions quote value',
}


class ChunkScanner:
    """Checks a chunked body as llhttp does, ahead of h11.

    ``scan(data)`` returns (good, error): ``good`` bytes of ``data`` are valid
    chunked framing (up to the end of the message, if it ends in ``data``);
    ``error`` is llhttp's error at the byte after them, or None. ``done``
    turns true at the end of the message.
    """

    __slots__ = ('_state', '_size', '_line', '_insecure', 'done')

    def __init__(self, insecure: bool = False) -> None:
        self._state = _SIZE_START
        self._size = 0
        self._line = bytearray()       # a trailer line being collected
        self._insecure = insecure
        self.done = False

    def scan(self, data: bytes) -> tuple[int, tuple[str, str] | None]:
        i = 0
        n = len(data)
        lenient = self._insecure
        while i < n and not self.done:
            state = self._state
            byte = data[i]
            if state == _DATA:
                take = min(self._size, n - i)
                self._size -= take
                i += take
                if self._size == 0:
                    self._state = _DATA_CR
                continue
            if state == _SIZE_START or state == _SIZE:
                if byte in _HEX:
                    if self._size > _MAX_U64 >> 4:
                        return i, ('HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow')
                    self._size = self._size * 16 + int(chr(byte), 16)
                    self._state = _SIZE
                elif state == _SIZE and byte == 0x0d:
                    self._state = _SIZE_LF
                elif state == _SIZE and byte == 0x3b:       # ';'
                    self._state = _EXT
                elif state == _SIZE and byte == 0x0a and lenient:
                    self._after_size()
                elif state == _SIZE and byte == 0x0a:
                    return i, ('HPE_CR_EXPECTED', 'Missing expected CR after chunk size')
                else:
                    return i, ('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size')
            elif state >= _EXT:
                problem = self._extension(state, byte)
                if problem is not None:
                    return i, problem
            elif state == _SIZE_LF:
                if byte != 0x0a and not lenient:
                    return i, ('HPE_STRICT', 'Expected LF after chunk size')
                self._after_size()
            elif state == _DATA_CR:
                if byte == 0x0d:
                    self._state = _DATA_LF
                elif lenient and byte == 0x0a:
                    self._state = _SIZE_START
                elif byte == 0x0a:
                    return i, ('HPE_CR_EXPECTED', 'Missing expected CR after chunk data')
                else:
                    return i, ('HPE_STRICT', 'Expected LF after chunk data')
            elif state == _DATA_LF:
                if byte != 0x0a and not lenient:
                    return i, ('HPE_STRICT', 'Expected LF after chunk data')
                self._state = _SIZE_START
            else:                                           # _TRAILER
                nl = data.find(b'\n', i)
                end = n if nl < 0 else nl + 1
                self._line += data[i:end]
                if nl < 0:
                    return n, None
                problem = self._trailer_line(bytes(self._line))
                if problem is not None:
                    return i, problem
                self._line.clear()
                i = end
                continue
            i += 1
        return i, None

    def _extension(self, state: int, byte: int) -> tuple[str, str] | None:
        """llhttp's chunk-extension grammar: ``;name[=token|"quoted"]``, one byte at a time."""
        if state == _EXT_QUOTED:
            if byte == 0x22:
                self._state = _EXT_QUOTED_END
            elif byte == 0x5c:
                self._state = _EXT_QUOTED_ESC
            elif byte not in _QDTEXT and not self._insecure:
                return 'HPE_STRICT', _EXT_PROBLEMS[state]
            return None
        if state == _EXT_QUOTED_ESC:
            self._state = _EXT_QUOTED
            return None
        if state != _EXT and (byte == 0x0d or byte == 0x0a):
            if byte == 0x0d:
                self._state = _SIZE_LF
                return None
            if not self._insecure:
                where = 'name' if state == _EXT_NAME else 'value'
                return 'HPE_CR_EXPECTED', f'Missing expected CR after chunk extension {where}'
            self._after_size()
            return None
        if state != _EXT and byte == 0x3b:                  # ';': the next extension
            self._state = _EXT
        elif byte in _TOKEN and state != _EXT_QUOTED_END:
            self._state = (_EXT_NAME if state in (_EXT, _EXT_NAME) else _EXT_VALUE)
        elif state == _EXT_NAME and byte == 0x3d:           # '='
            self._state = _EXT_VALUE_START
        elif state == _EXT_VALUE_START and byte == 0x22:
            self._state = _EXT_QUOTED
        elif self._insecure:
            pass
        else:
            return 'HPE_STRICT', _EXT_PROBLEMS[state]
        return None

    def _after_size(self) -> None:
        if self._size == 0:
            self._state = _TRAILER
        else:
            self._state = _DATA

    def _trailer_line(self, line: bytes) -> tuple[str, str] | None:
        crlf = line.endswith(b'\r\n')
        body = line[:-2] if crlf else line[:-1]
        lenient = self._insecure
        if not body:
            if not crlf and not lenient:
                return 'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char'
            self.done = True
            return None
        if body[:1] in (b' ', b'\t'):
            return (None if lenient else
                    ('HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value'))
        problem = _header_line(body, lenient)[2]
        if problem is not None:
            if problem[1] == 'Invalid header field char':
                # llhttp's trailer states have no lenient space-before-colon check
                return 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'
            return problem
        if not crlf and not lenient:
            return 'HPE_CR_EXPECTED', 'Missing expected CR after header value'
        return None
