"""Inputs and checks for fuzzing the sans-IO wire layer (``node_http_agent._wire``).

The generators draw from a ``Source``: ``HypSource`` wraps hypothesis'
``data.draw`` (so failures shrink), ``RandSource`` wraps ``random.Random`` (for
the long run in ``run_long.py``, which needs no hypothesis database). Both the
test files and the long run use the same generators and the same checks.

An input is one or more HTTP messages (valid ones built from parts, then maybe
mutated) or arbitrary bytes, the methods the client ``expect()``-ed, a way to
split the bytes into ``feed()`` calls, and whether EOF follows. ``check(...)``
runs it through a parser, whole and split, and asserts the properties:

- nothing but ``HTTPParserError`` with an ``HPE_*`` code escapes, and every
  later call raises that same error again;
- bounded work (a watchdog; see ``Watchdog``);
- the same events (Body and Upgrade data joined) and the same error, whole or
  split (except after a 101 without Upgrade headers, where Node drops the rest
  of the chunk, so the result depends on the chunking by design);
- events are well-formed: a head first, Body only inside a message, at most one
  MessageEnd per head, 1xx heads alone, Upgrade only after an upgrade head;
- a message is complete only if the body matches its framing: a head with one
  plain Content-Length (and no Transfer-Encoding) delivered exactly that many
  bytes; a message that was generated valid and left unmutated is reported
  exactly as built (head, body, trailers), and a truncated one is never
  reported complete unless it is read-until-EOF.
"""

from __future__ import annotations

import random
import re
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from node_http_agent._wire import (
    Body,
    Event,
    MessageEnd,
    RequestHead,
    RequestParser,
    ResponseHead,
    ResponseParser,
    Upgrade,
)
from node_http_agent.errors import HTTPParserError

T = TypeVar('T')

HPE_CODE = re.compile(r'HPE_[A-Z0-9_]+')
TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
VALUE_CHARS = ''.join(chr(c) for c in range(0x21, 0x7f)) + ' \t'
INTERESTING = b'\r\n\x00 \t:;,\x7f\x80\xff0F-'

# -- sources of choices --------------------------------------------------------------------------


class Source(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...
    def choice(self, seq: Sequence[T]) -> T: ...
    def blob(self, lo: int, hi: int) -> bytes: ...
    def text(self, alphabet: str, lo: int, hi: int) -> str: ...


class RandSource:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def blob(self, lo: int, hi: int) -> bytes:
        return self.rng.randbytes(self.rng.randint(lo, hi))

    def text(self, alphabet: str, lo: int, hi: int) -> str:
        return ''.join(self.rng.choice(alphabet) for _ in range(self.rng.randint(lo, hi)))


class HypSource:
    """hypothesis' ``st.data()`` as a Source (imported lazily: run_long.py needs none)."""

    def __init__(self, data: Any) -> None:
        from hypothesis import strategies as st
        self.st = st
        self.data = data

    def integer(self, lo: int, hi: int) -> int:
        return int(self.data.draw(self.st.integers(lo, hi)))

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.integer(0, len(seq) - 1)]

    def blob(self, lo: int, hi: int) -> bytes:
        return bytes(self.data.draw(self.st.binary(min_size=lo, max_size=hi)))

    def text(self, alphabet: str, lo: int, hi: int) -> str:
        return str(self.data.draw(self.st.text(alphabet, min_size=lo, max_size=hi)))


# -- building messages ----------------------------------------------------------------------------

@dataclass
class Built:
    """One generated message and what a parser must report for it."""

    raw: bytes
    method: str                      # the method expect()-ed (responses) or sent (requests)
    status: int                      # 0 for a request
    start: str                       # reason phrase / URL
    version: str
    headers: list[str]               # flat, as raw_headers should be
    body: bytes
    trailers: list[str]
    framing: str                     # 'cl', 'chunked', 'eof', 'none'
    encoded: bytes = b''             # the body as framed on the wire (after the head)
    informational: bool = False      # a 1xx response (no body, no MessageEnd)
    upgrade: bool = False            # the rest is not HTTP
    keep_alive: bool = True          # llhttp's should_keep_alive for this head

    @property
    def head_count(self) -> int:
        """What Node's parser counts against maxHeaderSize: start text, names, values."""
        return len(self.start) + sum(len(h) for h in self.headers)

    @property
    def trailer_count(self) -> int:
        """Trailers get a budget of their own (the count restarts after the head)."""
        return sum(len(h) for h in self.trailers)


@dataclass
class Input:
    kind: str                        # 'response' or 'request'
    data: bytes
    methods: list[str]
    cuts: list[int]                  # split points for the split run
    eof: bool
    max_header_size: int
    insecure: bool
    messages: list[Built] = field(default_factory=list)
    mutated: bool = False            # the bytes are no longer exactly the messages
    truncated_at: int | None = None  # data was cut at this offset of the messages' bytes

    def chunks(self) -> list[bytes]:
        points = sorted({c for c in self.cuts if 0 < c < len(self.data)})
        out, last = [], 0
        for p in points:
            out.append(self.data[last:p])
            last = p
        out.append(self.data[last:])
        return out


_HEADER_NAMES = ['X-A', 'x-b', 'Server', 'Date', 'Content-Type', 'Cache-Control', 'Vary',
                 'Set-Cookie', 'ETag', 'Via', 'Keep-Alive', 'Accept-Ranges']
_STATUSES = [200, 200, 200, 201, 202, 203, 206, 226, 299, 300, 301, 302, 304, 204, 400, 401,
             404, 418, 500, 503, 599, 100, 102, 103, 199, 101, 600, 999]
_REASONS = ['OK', 'Created', 'Not Found', 'Internal Server Error', '', 'x', 'Very Long Reason']


def _headers(src: Source, n_hi: int = 4) -> list[str]:
    out: list[str] = []
    for _ in range(src.integer(0, n_hi)):
        name = src.choice(_HEADER_NAMES) if src.integer(0, 2) else src.text(TOKEN_CHARS, 1, 12)
        if name.lower() in ('content-length', 'transfer-encoding', 'connection', 'upgrade',
                            'proxy-connection', 'host', 'trailer'):
            name = 'X-' + name
        value = src.text(VALUE_CHARS, 0, 24).strip(' \t')
        out += [name, value]
    return out


def _chunked(src: Source, body: bytes) -> tuple[bytes, list[str]]:
    """Encode ``body`` in random chunk sizes, maybe with extensions and trailers."""
    out = bytearray()
    i = 0
    while i < len(body):
        size = src.integer(1, max(1, len(body) - i))
        hexsize = format(size, src.choice(['x', 'X']))
        if src.integer(0, 5) == 0:
            hexsize = '0' * src.integer(1, 3) + hexsize
        ext = ''
        if src.integer(0, 6) == 0:
            ext = src.choice([';a', ';a=b', ';name="quoted value"', ';x=1;y'])
        out += f'{hexsize}{ext}\r\n'.encode() + body[i:i + size] + b'\r\n'
        i += size
    out += b'0\r\n'
    trailers: list[str] = []
    if src.integer(0, 4) == 0:
        trailers = _headers(src, 2)
        for k in range(0, len(trailers), 2):
            out += f'{trailers[k]}: {trailers[k + 1]}\r\n'.encode('latin-1')
    out += b'\r\n'
    return bytes(out), trailers


def _head_bytes(start_line: str, headers: list[str]) -> bytes:
    lines = [start_line] + [f'{headers[k]}: {headers[k + 1]}' for k in range(0, len(headers), 2)]
    return ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1')


def build_response(src: Source, method: str, last: bool) -> Built:
    """A valid response to ``method``; ``last``: it may be read-until-EOF."""
    status = src.choice(_STATUSES)
    version = src.choice(['1.1', '1.1', '1.1', '1.0'])
    reason = src.choice(_REASONS)
    headers = _headers(src)
    if status == 101:
        # A real upgrade: the rest of the bytes are the new protocol.
        headers += ['Upgrade', 'websocket', 'Connection', 'Upgrade']
        return Built(_head_bytes('HTTP/1.1 101 Switching Protocols', headers), method, 101,
                     'Switching Protocols', '1.1', headers, b'', [], 'none', upgrade=True)
    if method == 'CONNECT':
        # Any final answer to CONNECT upgrades (Node's parserOnIncomingClient).
        status = 200 if status < 200 else status
        return Built(_head_bytes(f'HTTP/{version} {status} {reason}', headers), method, status,
                     reason, version, headers, b'', [], 'none', upgrade=True)
    informational = 100 <= status < 200
    body = src.blob(0, 64) if src.integer(0, 3) else src.blob(0, 600)
    bodiless = method == 'HEAD' or status in (204, 304) or informational
    framing = src.choice(['cl', 'chunked', 'eof'] if last and not informational
                         else ['cl', 'chunked'])
    trailers: list[str] = []
    encoded = body
    if framing == 'cl':
        headers += ['Content-Length', str(len(body))]
    elif framing == 'chunked':
        headers += ['Transfer-Encoding', 'chunked']
        encoded, trailers = _chunked(src, body)
    tokens = ''
    if src.integer(0, 4) == 0:
        tokens = src.choice(['close', 'keep-alive', 'Keep-Alive, foo', 'foo, close'])
        headers += ['Connection', tokens]
    tokens = tokens.lower()
    keep_alive = 'close' not in tokens if version == '1.1' else 'keep-alive' in tokens
    if framing == 'eof' and not (informational or status in (204, 304)):
        keep_alive = False          # llhttp: a body to EOF (HEAD counts, as in Node)
    if bodiless:
        body, encoded, trailers = b'', b'', []
    raw = _head_bytes(f'HTTP/{version} {status} {reason}', headers) + encoded
    return Built(raw, method, status, reason, version, headers, body, trailers,
                 'none' if bodiless else framing, encoded, informational=informational,
                 keep_alive=keep_alive)


_REQ_METHODS = ['GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'M-SEARCH',
                'PROPFIND', 'QUERY']
_PATHS = ['/', '/a', '/a/b?c=d&e', '/%20x', '*', 'http://example.com/x', '/a#frag', '/?']


def build_request(src: Source) -> Built:
    method = src.choice(_REQ_METHODS)
    version = src.choice(['1.1', '1.1', '1.0'])
    path = src.choice(_PATHS)
    headers = ['Host', 'example.com'] + _headers(src)
    body = src.blob(0, 64) if method not in ('GET', 'HEAD') or src.integer(0, 5) == 0 else b''
    framing = src.choice(['cl', 'chunked', 'none'] if not body else ['cl', 'chunked'])
    encoded = b''
    trailers: list[str] = []
    if framing == 'cl':
        headers += ['Content-Length', str(len(body))]
        encoded = body
    elif framing == 'chunked':
        headers += ['Transfer-Encoding', 'chunked']
        encoded, trailers = _chunked(src, body)
    raw = _head_bytes(f'{method} {path} HTTP/{version}', headers) + encoded
    return Built(raw, method, 0, path, version, headers, body, trailers, framing, encoded,
                 keep_alive=version == '1.1')


# -- mutations ------------------------------------------------------------------------------------

def _oversized_header(src: Source, max_header_size: int) -> bytes:
    size = src.choice([max_header_size - 40, max_header_size - 1, max_header_size,
                       max_header_size + 1, 2 * max_header_size, src.integer(1, 3 * max_header_size)])
    size = max(1, size)
    name = src.choice(['X-Big', 'x' * min(size, 200)])
    return name.encode() + b': ' + b'v' * max(0, size - len(name)) + b'\r\n'


def mutate(src: Source, data: bytes, max_header_size: int) -> bytes:
    buf = bytearray(data)
    for _ in range(src.integer(1, 4)):
        op = src.integer(0, 9)
        pos = src.integer(0, len(buf)) if buf else 0
        if op == 0 and buf:                         # flip bits of a byte
            p = min(pos, len(buf) - 1)
            buf[p] ^= src.integer(1, 255)
        elif op == 1 and buf:                       # an interesting byte in place
            p = min(pos, len(buf) - 1)
            buf[p] = src.choice(INTERESTING)
        elif op == 2:                               # insert bytes
            buf[pos:pos] = src.choice([bytes([src.choice(INTERESTING)]), src.blob(1, 8),
                                       b'\r\n', b'\n', b' ', b'\r\n\r\n'])
        elif op == 3 and buf:                       # delete a range
            end = min(len(buf), pos + src.integer(1, 8))
            del buf[pos:end]
        elif op == 4 and buf:                       # duplicate a range
            end = min(len(buf), pos + src.integer(1, 40))
            buf[pos:pos] = buf[pos:end]
        elif op == 5:                               # duplicate a header line
            lines = bytes(buf).split(b'\r\n')
            candidates = [i for i, line in enumerate(lines[1:], 1) if b':' in line]
            if candidates:
                i = src.choice(candidates)
                lines.insert(i, lines[i] if src.integer(0, 2) else re.sub(
                    rb'\d+', lambda m: str(int(m.group(0)) + 1).encode(), lines[i]))
                buf = bytearray(b'\r\n'.join(lines))
        elif op == 6:                               # an oversized header after the start line
            eol = bytes(buf).find(b'\r\n')
            at = eol + 2 if eol >= 0 else len(buf)
            buf[at:at] = _oversized_header(src, max_header_size)
        elif op == 7:                               # framing headers that disagree
            eol = bytes(buf).find(b'\r\n')
            at = eol + 2 if eol >= 0 else len(buf)
            buf[at:at] = src.choice([
                b'Transfer-Encoding: chunked\r\n', b'Content-Length: 5\r\n',
                b'Content-Length: 0\r\n', b'Transfer-Encoding: gzip, chunked\r\n',
                b'Transfer-Encoding: chunked, gzip\r\n', b'Content-Length: 1, 2\r\n',
                b'Content-Length: -1\r\n', b'Content-Length: 99999999999999999999\r\n',
                b'Transfer-Encoding:\r\n', b'Content-Length:\r\n', b'Connection: close\r\n',
                b'Upgrade: h2c\r\nConnection: upgrade\r\n', b' folded\r\n'])
        elif op == 8:                               # replace a chunk size
            text = bytes(buf)
            sizes = [m for m in re.finditer(rb'\r\n([0-9a-fA-F]+)(;[^\r]*)?\r\n', text)]
            if sizes:
                m = src.choice(sizes)
                new = src.choice([b'ffffffffffffffffff', b'0', b'1', b'-1', b'g', b'',
                                  b'%x' % src.integer(0, 4096), m.group(1) + b' '])
                buf = bytearray(text[:m.start(1)] + new + text[m.end(1):])
        elif op == 9:                               # bare LF for CRLF somewhere
            text = bytes(buf)
            crlfs = [m.start() for m in re.finditer(rb'\r\n', text)]
            if crlfs:
                p = src.choice(crlfs)
                buf = bytearray(text[:p] + text[p + 1:])
    return bytes(buf)


# -- drawing a whole input ----------------------------------------------------------------------------

def draw_input(src: Source, kind: str = 'response',
               first_methods: Sequence[str] = ('GET', 'GET', 'GET', 'POST', 'HEAD', 'CONNECT')
               ) -> Input:
    """One input; a response answers one of ``first_methods`` (then GET/POST)."""
    max_header_size = src.choice([16384, 16384, 16384, 64, 256, 1024])
    insecure = src.integer(0, 4) == 0
    mode = src.integer(0, 9)
    messages: list[Built] = []
    methods: list[str] = []
    if mode == 0:                                    # arbitrary bytes
        data = src.blob(0, 300)
        if kind == 'response' and src.integer(0, 1):
            data = b'HTTP/1.1 ' + data
        methods = [src.choice(first_methods)]
    else:
        count = src.choice([1, 1, 1, 2, 3])
        for i in range(count):
            last = i == count - 1
            if kind == 'response':
                method = src.choice(first_methods) if i == 0 else src.choice(['GET', 'POST'])
                built = build_response(src, method, last)
                messages.append(built)
                if built.informational and built.keep_alive:
                    # the final response to the same request follows
                    built = build_response(src, method, last)
                    messages.append(built)
                methods.append(method)
            else:
                built = build_request(src)
                messages.append(built)
            if built.upgrade or built.informational or not built.keep_alive:
                break
        data = b''.join(m.raw for m in messages)
    inp = Input(kind, data, methods, [], True, max_header_size, insecure, messages)
    if mode != 0 and src.integer(0, 2):
        inp.data = mutate(src, data, max_header_size)
        inp.mutated = inp.data != data
    if src.integer(0, 3) == 0 and inp.data:
        cut = src.integer(0, len(inp.data) - 1)
        inp.data = inp.data[:cut]
        if not inp.mutated:
            inp.truncated_at = cut
    inp.eof = src.integer(0, 3) != 0
    n = src.choice([0, 1, 2, 5, 20, len(inp.data)])
    if n == len(inp.data) and len(inp.data) > 400:
        n = 400
    inp.cuts = [src.integer(0, max(0, len(inp.data))) for _ in range(n)]
    if n and src.integer(0, 5) == 0 and len(inp.data) <= 3000:
        inp.cuts = list(range(len(inp.data)))       # a byte at a time
    return inp


# -- running a parser -------------------------------------------------------------------------------

class Watchdog:
    """SIGALRM after ``seconds``: a parser that loops forever fails instead of hanging."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> Watchdog:
        def expire(*_: Any) -> None:
            raise TimeoutError(f'parser still busy after {self.seconds} s')
        self._old = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._old)


@dataclass
class Result:
    events: list[Event]
    error: HTTPParserError | None
    calls: int

    def key(self) -> tuple[Any, ...]:
        err = self.error
        return (merged(self.events), None if err is None else (err.code, err.reason))


def merged(events: Sequence[Event]) -> list[Event]:
    """Join consecutive Body (and Upgrade) events: the split run must match the whole one."""
    out: list[Event] = []
    for event in events:
        kind = type(event)
        if out and kind is type(out[-1]) and kind is Body:
            out[-1] = Body(out[-1].data + event.data)  # type: ignore[union-attr]
        elif out and kind is type(out[-1]) and kind is Upgrade:
            out[-1] = Upgrade(out[-1].rest + event.rest)  # type: ignore[union-attr]
        elif kind is Body and not event.data:  # type: ignore[union-attr]
            continue
        else:
            out.append(event)
    return out


def make_parser(inp: Input, backend: str) -> ResponseParser | RequestParser:
    if inp.kind == 'response':
        parser = ResponseParser(inp.max_header_size, inp.insecure, backend=backend)
        for method in inp.methods:
            parser.expect(method)
        return parser
    return RequestParser(inp.max_header_size, inp.insecure, backend=backend)


def run_parser(inp: Input, backend: str, chunks: list[bytes]) -> Result:
    """Feed ``chunks`` (then EOF if the input says so); collect events and the error.

    Any exception other than HTTPParserError propagates: that is a failure.
    """
    parser = make_parser(inp, backend)
    events: list[Event] = []
    calls = 0
    error: HTTPParserError | None = None
    steps: list[Callable[[], list[Event]]] = [
        (lambda c=c: parser.feed(c)) for c in chunks]  # type: ignore[misc]
    if inp.eof:
        steps.append(parser.feed_eof)
    for step in steps:
        calls += 1
        try:
            events += step()
        except HTTPParserError as err:
            error = err
            events += getattr(err, 'events', [])
            break
    if error is not None:
        # the parser keeps failing with that error
        for again in (lambda: parser.feed(b'HTTP/1.1 200 OK\r\n\r\n'), parser.feed_eof):
            try:
                again()
            except HTTPParserError as err2:
                assert (err2.code, err2.reason) == (error.code, error.reason), (err2, error)
            else:
                raise AssertionError(f'parser accepted input after {error!r}')
    return Result(events, error, calls)


# -- the properties -----------------------------------------------------------------------------------

def check_error(err: HTTPParserError | None) -> None:
    if err is None:
        return
    assert isinstance(err.code, str) and HPE_CODE.fullmatch(err.code), err.code
    if err.code == 'HPE_INVALID_EOF_STATE':
        assert str(err) == 'Parse Error', str(err)   # Node's finish() error has no reason
        return
    assert str(err) == f'Parse Error: {err.reason}' and err.reason, str(err)
    if err.code == 'HPE_INTERNAL':
        # Documented for h11 (_h11.py): it refuses a request without exactly one Host.
        assert 'Host' in err.reason, f'unmapped parser error: {err.reason!r}'


def _cl_value(headers: list[str]) -> int | None:
    """The framing length if the head has plain Content-Length and no Transfer-Encoding."""
    names = [n.lower() for n in headers[::2]]
    if 'transfer-encoding' in names:
        return None
    values = [headers[2 * i + 1] for i, n in enumerate(names) if n == 'content-length']
    if not values:
        return None
    parts = {p.strip(' \t') for v in values for p in v.split(',')}
    if len(parts) != 1:
        return None
    (only,) = parts
    return int(only) if only.isdigit() else None


def check_wellformed(inp: Input, events: list[Event]) -> list[tuple[Any, bytes, MessageEnd]]:
    """The event grammar; returns (head, body, end) of each complete message."""
    head_type = ResponseHead if inp.kind == 'response' else RequestHead
    current: Any = None          # the head of the message in progress
    body = bytearray()
    upgraded = False
    complete: list[tuple[Any, bytes, MessageEnd]] = []
    for event in events:
        kind = type(event)
        assert kind in (head_type, Body, MessageEnd, Upgrade), event
        if upgraded:
            assert kind is Upgrade, f'{event!r} after Upgrade'
            continue
        if kind is head_type:
            assert current is None, f'{event!r} while {current!r} is not complete'
            if isinstance(event, ResponseHead) and 100 <= event.status_code < 200 \
                    and not event.upgrade and event.status_code != 101:
                continue         # a 1xx head stands alone
            current = event
            body = bytearray()
        elif kind is Body:
            assert current is not None and not current.upgrade, f'Body outside a message: {event!r}'
            body += event.data  # type: ignore[union-attr]
        elif kind is MessageEnd:
            assert current is not None, 'MessageEnd without a head'
            assert not current.upgrade, 'MessageEnd after an upgrade head'
            complete.append((current, bytes(body), event))  # type: ignore[arg-type]
            current = None
        else:  # Upgrade
            assert current is not None and current.upgrade, f'Upgrade after {current!r}'
            upgraded = True
    return complete


def check_framing(inp: Input, complete: list[tuple[Any, bytes, MessageEnd]],
                  expected_methods: list[str]) -> None:
    methods = list(expected_methods)
    for head, body, _end in complete:
        method = methods.pop(0) if methods else ''
        if isinstance(head, ResponseHead):
            if method == 'HEAD' or head.status_code in (204, 304) or 100 <= head.status_code < 200:
                assert body == b'', f'{head!r} to {method} has a body of {len(body)}'
                continue
        cl = _cl_value(head.raw_headers)
        if cl is not None:
            assert len(body) == cl, (f'complete with {len(body)} body bytes, '
                                     f'Content-Length {cl}: {head!r}')
        elif isinstance(head, RequestHead):
            names = [n.lower() for n in head.raw_headers[::2]]
            if 'transfer-encoding' not in names and 'content-length' not in names:
                assert body == b'', f'a request without framing has a body: {head!r}'


def check_exact(inp: Input, result: Result) -> None:
    """A valid, unmutated input is reported exactly as built; a cut one never completes.

    Header sizes count as Node counts them: a head whose start text, names and
    values reach ``max_header_size`` fails with HPE_HEADER_OVERFLOW, and so do
    trailers that reach it (their count starts again after the head).
    """
    if inp.mutated or not inp.messages:
        return
    events = merged(result.events)
    error = result.error
    limit = inp.max_header_size
    i = 0
    offset = 0
    for built in inp.messages:
        end = offset + len(built.raw)
        head_end = offset + len(built.raw) - len(built.encoded)
        if head_end > len(inp.data):
            # Cut inside the head: no events for it.
            assert events[i:] == [], (events[i:], built.raw[:200])
            allowed = {None} if not inp.eof or len(inp.data) == offset else {
                'HPE_INVALID_EOF_STATE'}
            if built.head_count >= limit:
                allowed.add('HPE_HEADER_OVERFLOW')
            assert (error and error.code) in allowed, (error, allowed)
            return
        if built.head_count >= limit:
            assert events[i:] == [] and error is not None \
                and error.code == 'HPE_HEADER_OVERFLOW', (events[i:], error, built.head_count)
            return
        assert i < len(events), f'no events for {built.raw[:80]!r}; got {events!r} {error!r}'
        head = events[i]
        i += 1
        if built.status:
            assert type(head) is ResponseHead, head
            got = (head.status_code, head.status_message, head.http_version, head.raw_headers)
        else:
            assert type(head) is RequestHead, head
            got = (head.method, head.url, head.http_version, head.raw_headers)
        assert got == (built.status or built.method, built.start, built.version,
                       built.headers), (got, built)
        assert head.upgrade == built.upgrade, (head, built)
        if built.upgrade:
            rest = inp.data[head_end:]
            assert events[i:] == [Upgrade(rest)], (events[i:], rest)
            assert error is None, error
            return
        assert head.keep_alive == built.keep_alive, (head, built)
        if built.informational:
            offset = end
            continue
        body = b''
        if i < len(events) and type(events[i]) is Body:
            body = events[i].data  # type: ignore[union-attr]
            i += 1
        if end > len(inp.data):
            # Cut inside the body: never complete, unless the body runs to EOF.
            assert built.body.startswith(body), (body, built.body)
            if built.framing == 'eof':
                assert body == inp.data[head_end:], (body, inp.data[head_end:])
                if inp.eof:
                    assert events[i:] == [MessageEnd([])] and error is None, (events[i:], error)
                else:
                    assert events[i:] == [] and error is None, (events[i:], error)
                return
            assert events[i:] == [], (f'a message cut at {len(inp.data) - offset} of '
                                      f'{len(built.raw)} bytes reported {events[i:]!r}')
            allowed = {'HPE_INVALID_EOF_STATE'} if inp.eof else {None}
            if built.trailer_count >= limit:
                allowed.add('HPE_HEADER_OVERFLOW')
            assert (error and error.code) in allowed, (error, allowed)
            return
        offset = end
        assert body == built.body, (len(body), len(built.body), built.raw[:200])
        if built.trailer_count >= limit:
            assert events[i:] == [] and error is not None \
                and error.code == 'HPE_HEADER_OVERFLOW', (events[i:], error)
            return
        if built.framing == 'eof' and not inp.eof:
            assert events[i:] == [] and error is None, (events[i:], error)
            return
        assert i < len(events) and type(events[i]) is MessageEnd, (built, events[i:], error)
        assert events[i].raw_trailers == built.trailers  # type: ignore[union-attr]
        i += 1
    assert events[i:] == [] and error is None, (events[i:], error)


def chunk_dependent(events: list[Event]) -> bool:
    """A 101 without Upgrade headers: Node drops the rest of that chunk (by design)."""
    return any(type(e) is ResponseHead and e.status_code == 101 and not e.upgrade
               for e in events)


@dataclass
class Stats:
    inputs: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    complete: int = 0
    upgrades: int = 0
    split_runs: int = 0
    chunk_dependent: int = 0
    known: dict[str, int] = field(default_factory=dict)


def check(inp: Input, backend: str, stats: Stats | None = None, budget: float = 5.0) -> Result:
    """All the properties for one input on one backend."""
    started = time.perf_counter()
    with Watchdog(budget):
        whole = run_parser(inp, backend, [inp.data] if inp.data else [])
        check_error(whole.error)
        complete = check_wellformed(inp, whole.events)
        check_framing(inp, complete, inp.methods)
        check_exact(inp, whole)
        chunks = inp.chunks()
        split = None
        if len(chunks) > 1:
            split = run_parser(inp, backend, chunks)
            check_error(split.error)
            check_framing(inp, check_wellformed(inp, split.events), inp.methods)
            if not chunk_dependent(whole.events) and not chunk_dependent(split.events):
                assert split.key() == whole.key(), (
                    f'split into {len(chunks)} feeds:\n  split {split.key()!r}\n'
                    f'  whole {whole.key()!r}')
    elapsed = time.perf_counter() - started
    # bounded work: far less than the watchdog for a few KB
    assert elapsed < budget, f'{elapsed:.2f} s for {len(inp.data)} bytes'
    if stats is not None:
        stats.inputs += 1
        if whole.error is not None:
            stats.errors[whole.error.code] = stats.errors.get(whole.error.code, 0) + 1
        stats.complete += len(complete)
        stats.upgrades += any(type(e) is Upgrade for e in whole.events)
        stats.split_runs += split is not None
        stats.chunk_dependent += chunk_dependent(whole.events)
    return whole


# -- reported bugs ----------------------------------------------------------------------------------
# Each predicate recognises an input that trips a bug already reported (see the
# strict xfail tests named after it in test_wire_fuzz.py). ``check_known``
# tolerates a failing input only when one of them matches; when the bug is
# fixed the xfail turns into a failure and the predicate is to be removed.

KNOWN_1XX_BODY = 'llhttp-1xx-body'            # 1xx other than 100-103 with a body framing
KNOWN_TRAILER_COUNT = 'llhttp-trailer-count'   # trailer bytes counted into the next head
KNOWN_OVERFLOW_ORDER = 'overflow-precedence'   # overflow only seen per complete header line
KNOWN_LENIENT_HEAD_END = 'llhttp-lenient-head-end'  # insecure: a lenient head end is missed
KNOWN_STATUS_BELOW_100 = 'h11-status-below-100'    # h11 refuses 000-099; llhttp/Node accept


def _safe_run(inp: Input, backend: str, chunks: list[bytes]) -> Result | None:
    try:
        return run_parser(inp, backend, chunks)
    except Exception:
        return None


def known_issue(inp: Input, backend: str) -> str | None:
    whole = _safe_run(inp, backend, [inp.data] if inp.data else [])
    split = _safe_run(inp, backend, inp.chunks())
    runs = [r for r in (whole, split) if r is not None]
    if backend == 'llhttp' and inp.kind == 'response':
        for run in runs:
            for event in run.events:
                if type(event) is ResponseHead and 104 <= event.status_code < 200:
                    names = {n.lower() for n in event.raw_headers[::2]}
                    if names & {'content-length', 'transfer-encoding'}:
                        return KNOWN_1XX_BODY
    if backend == 'llhttp' and inp.kind == 'response' and inp.insecure \
            and inp.methods[:1] in (['HEAD'], ['CONNECT']):
        return KNOWN_LENIENT_HEAD_END
    if backend == 'llhttp':
        for run in runs:
            if run.error is not None and run.error.code == 'HPE_HEADER_OVERFLOW' and any(
                    type(e) is MessageEnd and e.raw_trailers for e in run.events):
                return KNOWN_TRAILER_COUNT
    if backend == 'h11' and inp.kind == 'response':
        for run in runs:
            if run.error is not None and run.error.code == 'HPE_INTERNAL' \
                    and 'InformationalResponse status_code' in run.error.reason:
                return KNOWN_STATUS_BELOW_100
    if whole is not None and split is not None:
        codes = {r.error.code if r.error else None for r in (whole, split)}
        if len(codes) == 2 and 'HPE_HEADER_OVERFLOW' in codes:
            return KNOWN_OVERFLOW_ORDER
    return None


def check_known(inp: Input, backend: str, stats: Stats | None = None) -> str | None:
    """``check``, tolerating (and counting) only inputs that trip a reported bug."""
    try:
        check(inp, backend, stats)
    except AssertionError:
        label = known_issue(inp, backend)
        if label is None:
            raise
        if stats is not None:
            stats.inputs += 1
            stats.known[label] = stats.known.get(label, 0) + 1
        return label
    return None
