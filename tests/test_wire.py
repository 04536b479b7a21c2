"""The sans-IO HTTP/1.1 layer, with plain bytes, on both parser backends.

Expected codes, reasons, keep-alive flags and the header-size boundary were
checked against Node 20 (a raw ``net`` server or client talking to
``http.get`` / ``http.createServer``, printing what Node reports).
"""

from __future__ import annotations

import importlib.util

import pytest

from node_http_agent._wire import (
    ENV_VAR,
    LAST_CHUNK,
    Body,
    Event,
    MessageEnd,
    RequestHead,
    RequestParser,
    ResponseHead,
    ResponseParser,
    Upgrade,
    available_backends,
    chunk,
    default_backend,
    last_chunk,
)
from node_http_agent.errors import HTTPParserError

HAVE_HTTPTOOLS = importlib.util.find_spec('httptools') is not None

BACKENDS = [
    'h11',
    pytest.param('llhttp', marks=pytest.mark.skipif(not HAVE_HTTPTOOLS,
                                                    reason='httptools not installed')),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def merged(events: list[Event]) -> list[Event]:
    """Join consecutive Body events, so byte-at-a-time feeding compares equal."""
    out: list[Event] = []
    for event in events:
        if type(event) is Body and out and type(out[-1]) is Body:
            out[-1] = Body(out[-1].data + event.data)
        else:
            out.append(event)
    return out


def feed(parser: ResponseParser | RequestParser, data: bytes, bytewise: bool = False) -> list[Event]:
    if not bytewise:
        return merged(parser.feed(data))
    events: list[Event] = []
    for i in range(len(data)):
        events += parser.feed(data[i:i + 1])
    return merged(events)


def response(backend: str, method: str = 'GET', **kw: object) -> ResponseParser:
    parser = ResponseParser(backend=backend, **kw)  # type: ignore[arg-type]
    parser.expect(method)
    return parser


def head(status: int, message: str, raw: list[str], keep_alive: bool = True,
         upgrade: bool = False, version: str = '1.1') -> ResponseHead:
    return ResponseHead(status, message, version, raw, keep_alive, upgrade)


def req(method: str, url: str, raw: list[str], keep_alive: bool = True,
        upgrade: bool = False, version: str = '1.1') -> RequestHead:
    return RequestHead(method, url, version, raw, keep_alive, upgrade)


def parse_error(parser: ResponseParser | RequestParser, data: bytes) -> HTTPParserError:
    with pytest.raises(HTTPParserError) as info:
        parser.feed(data)
    return info.value


# -- responses ---------------------------------------------------------------------


@pytest.mark.parametrize('bytewise', [False, True])
def test_fixed_length(backend: str, bytewise: bool) -> None:
    parser = response(backend)
    data = b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello'
    assert feed(parser, data, bytewise) == [
        head(200, 'OK', ['Content-Type', 'text/plain', 'Content-Length', '5']),
        Body(b'hello'),
        MessageEnd([]),
    ]
    assert parser.feed_eof() == []


@pytest.mark.parametrize('bytewise', [False, True])
def test_chunked_with_extensions_and_trailers(backend: str, bytewise: bool) -> None:
    parser = response(backend)
    data = (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n'
            b'5;name=value\r\nhello\r\n6;quoted="a b"\r\n world\r\n'
            b'0\r\nX-T: 1\r\nx-t: 2\r\n\r\n')
    assert feed(parser, data, bytewise) == [
        head(200, 'OK', ['Transfer-Encoding', 'chunked', 'Trailer', 'X-T']),
        Body(b'hello world'),
        MessageEnd(['X-T', '1', 'x-t', '2']),
    ]


def test_chunk_pieces_arrive_as_they_come(backend: str) -> None:
    parser = response(backend)
    assert parser.feed(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel') == [
        head(200, 'OK', ['Transfer-Encoding', 'chunked']), Body(b'hel')]
    assert parser.feed(b'lo\r\n') == [Body(b'lo')]
    assert parser.feed(b'0\r\n\r\n') == [MessageEnd([])]


@pytest.mark.parametrize('bytewise', [False, True])
def test_read_until_eof(backend: str, bytewise: bool) -> None:
    parser = response(backend)
    events = feed(parser, b'HTTP/1.1 200 OK\r\nX: y\r\n\r\nsome body', bytewise)
    # A body delimited by EOF: llhttp's should_keep_alive is false.
    assert events == [head(200, 'OK', ['X', 'y'], keep_alive=False), Body(b'some body')]
    assert parser.feed(b' and more') == [Body(b' and more')]
    assert parser.feed_eof() == [MessageEnd([])]


def test_read_until_eof_http10(backend: str) -> None:
    parser = response(backend)
    assert parser.feed(b'HTTP/1.0 200 OK\r\n\r\nabc') == [
        head(200, 'OK', [], keep_alive=False, version='1.0'), Body(b'abc')]
    assert parser.feed_eof() == [MessageEnd([])]


def test_transfer_encoding_not_chunked_reads_until_eof(backend: str) -> None:
    # llhttp (and Node) read such a body to EOF; so does the h11 backend (_strict.py).
    parser = response(backend)
    assert parser.feed(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nhi') == [
        head(200, 'OK', ['Transfer-Encoding', 'gzip'], keep_alive=False), Body(b'hi')]
    assert parser.feed_eof() == [MessageEnd([])]


def test_head_response_has_no_body(backend: str) -> None:
    parser = response(backend, 'HEAD')
    assert parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n') == [
        head(200, 'OK', ['Content-Length', '5']), MessageEnd([])]
    # Ready for the next response on the same connection.
    parser.expect('GET')
    assert parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi') == [
        head(200, 'OK', ['Content-Length', '2']), Body(b'hi'), MessageEnd([])]


@pytest.mark.parametrize('bytewise', [False, True])
def test_head_then_next_response_in_one_chunk(backend: str, bytewise: bool) -> None:
    parser = response(backend, 'HEAD')
    parser.expect('GET')
    data = (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
            b'HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nhi')
    assert feed(parser, data, bytewise) == [
        head(200, 'OK', ['Transfer-Encoding', 'chunked']), MessageEnd([]),
        head(201, 'Created', ['Content-Length', '2']), Body(b'hi'), MessageEnd([]),
    ]


def test_head_without_length_is_not_keep_alive(backend: str) -> None:
    # Node computes should_keep_alive before it skips the HEAD body, so a HEAD
    # response without Content-Length counts as read-until-EOF: not reusable.
    parser = response(backend, 'HEAD')
    assert parser.feed(b'HTTP/1.1 200 OK\r\n\r\n') == [
        head(200, 'OK', [], keep_alive=False), MessageEnd([])]
    assert parser.feed_eof() == []


def test_head_after_continue(backend: str) -> None:
    parser = response(backend, 'HEAD')
    assert parser.feed(b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n') == [
        head(100, 'Continue', []), head(200, 'OK', ['Content-Length', '9']), MessageEnd([])]


@pytest.mark.parametrize('status', [204, 304])
def test_no_body_statuses(backend: str, status: int) -> None:
    parser = response(backend)
    parser.expect('GET')
    data = (f'HTTP/1.1 {status} Nothing\r\nContent-Length: 5\r\n\r\n'.encode()
            + b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx')
    assert parser.feed(data) == [
        head(status, 'Nothing', ['Content-Length', '5']), MessageEnd([]),
        head(200, 'OK', ['Content-Length', '1']), Body(b'x'), MessageEnd([]),
    ]


@pytest.mark.parametrize('bytewise', [False, True])
def test_continue_then_200(backend: str, bytewise: bool) -> None:
    parser = response(backend, 'POST')
    data = (b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nA: b\r\n\r\n'
            b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')
    assert feed(parser, data, bytewise) == [
        head(100, 'Continue', []),          # no MessageEnd after a 1xx
        head(102, 'Processing', ['A', 'b']),
        head(200, 'OK', ['Content-Length', '2']), Body(b'hi'), MessageEnd([]),
    ]


def test_continue_in_its_own_chunk(backend: str) -> None:
    parser = response(backend, 'POST')
    assert parser.feed(b'HTTP/1.1 100 Continue\r\n\r\n') == [head(100, 'Continue', [])]
    assert parser.feed_eof() == []       # llhttp is between messages after a 1xx
    parser = response(backend, 'POST')
    parser.feed(b'HTTP/1.1 100 Continue\r\n\r\n')
    assert parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n') == [
        head(200, 'OK', ['Content-Length', '0']), MessageEnd([])]


@pytest.mark.parametrize('bytewise', [False, True])
def test_101_upgrade(backend: str, bytewise: bool) -> None:
    parser = response(backend)
    data = (b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n'
            b'Connection: Upgrade\r\n\r\n\x81\x05hello')
    events = parser.feed(data) if not bytewise else feed(parser, data, True)
    expected_head = head(101, 'Switching Protocols',
                         ['Upgrade', 'websocket', 'Connection', 'Upgrade'], upgrade=True)
    # No MessageEnd: the head is followed directly by the new protocol's bytes.
    if bytewise:
        # Byte by byte, every byte after the head is its own Upgrade event.
        assert events[0] == expected_head
        assert all(type(e) is Upgrade for e in events[1:])
        assert b''.join(e.rest for e in events[1:] if type(e) is Upgrade) == b'\x81\x05hello'
    else:
        assert events == [expected_head, Upgrade(b'\x81\x05hello')]
    assert parser.feed(b'more') == [Upgrade(b'more')]
    assert parser.feed_eof() == []


def test_101_upgrade_with_nothing_after(backend: str) -> None:
    parser = response(backend)
    events = parser.feed(b'HTTP/1.1 101 S\r\nUpgrade: h2c\r\nConnection: upgrade\r\n\r\n')
    assert events == [head(101, 'S', ['Upgrade', 'h2c', 'Connection', 'upgrade'], upgrade=True),
                      Upgrade(b'')]


def test_101_without_upgrade_headers_is_final(backend: str) -> None:
    # Node: not an upgrade and not "informational": a final response, no body.
    parser = response(backend)
    assert parser.feed(b'HTTP/1.1 101 Switching\r\nUpgrade: ws\r\n\r\n') == [
        head(101, 'Switching', ['Upgrade', 'ws']), MessageEnd([])]


@pytest.mark.parametrize('data, status, rest', [
    (b'HTTP/1.1 200 Connection established\r\n\r\n\x16\x03\x01', 200, b'\x16\x03\x01'),
    # Node hands any answer to CONNECT over as 'connect', body included.
    (b'HTTP/1.1 407 Proxy Auth\r\nContent-Length: 3\r\n\r\nabcrest', 407, b'abcrest'),
])
def test_connect(backend: str, data: bytes, status: int, rest: bytes) -> None:
    parser = response(backend, 'CONNECT')
    events = parser.feed(data)
    assert type(events[0]) is ResponseHead
    assert events[0].status_code == status and events[0].upgrade
    assert events[1:] == [Upgrade(rest)]


def test_connect_bytewise(backend: str) -> None:
    parser = response(backend, 'CONNECT')
    events = feed(parser, b'HTTP/1.1 200 OK\r\n\r\nxy', True)
    # keep_alive: false, as llhttp says of a head with no length (Node ignores it here).
    assert events[0] == head(200, 'OK', [], keep_alive=False, upgrade=True)
    assert b''.join(e.rest for e in events[1:] if type(e) is Upgrade) == b'xy'


@pytest.mark.parametrize('version, headers, keep_alive', [
    ('1.1', b'', True),
    ('1.1', b'Connection: close\r\n', False),
    ('1.1', b'Connection: Keep-Alive, close\r\n', False),
    ('1.1', b'connection: CLOSE\r\n', False),
    ('1.1', b'Proxy-Connection: close\r\n', False),
    ('1.1', b'Connection: keep-alive\r\n', True),
    ('1.0', b'', False),
    ('1.0', b'Connection: keep-alive\r\n', True),
    ('1.0', b'Connection: Keep-Alive\r\n', True),
    ('1.0', b'Connection: close\r\n', False),
])
def test_keep_alive_flags(backend: str, version: str, headers: bytes, keep_alive: bool) -> None:
    parser = response(backend)
    data = f'HTTP/{version} 200 OK\r\n'.encode() + headers + b'Content-Length: 2\r\n\r\nhi'
    events = parser.feed(data)
    first = events[0]
    assert type(first) is ResponseHead
    assert first.http_version == version
    assert first.keep_alive is keep_alive
    assert events[1:] == [Body(b'hi'), MessageEnd([])]


def test_keep_alive_response_then_next(backend: str) -> None:
    parser = response(backend)
    for i in range(3):
        assert parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n' + str(i).encode()) == [
            head(200, 'OK', ['Content-Length', '1']), Body(str(i).encode()), MessageEnd([])]
        parser.expect('GET')


def test_http10_keep_alive_response_then_next(backend: str) -> None:
    parser = response(backend)
    parser.expect('GET')
    one = b'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx'
    expected = [head(200, 'OK', ['Connection', 'keep-alive', 'Content-Length', '1'],
                     version='1.0'), Body(b'x'), MessageEnd([])]
    assert parser.feed(one + one) == expected + expected


def test_crlf_between_responses_is_skipped(backend: str) -> None:
    parser = response(backend)
    parser.expect('GET')
    one = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'
    expected = [head(200, 'OK', ['Content-Length', '0']), MessageEnd([])]
    assert parser.feed(one + b'\r\n\r\n' + one) == expected + expected


def test_raw_headers_keep_order_case_and_duplicates(backend: str) -> None:
    parser = response(backend)
    data = (b'HTTP/1.1 200 Fine Thanks\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n'
            b'X-Latin: caf\xe9\r\nX-Tab: a\tb \t\r\nX-Empty:\r\nContent-Length: 0\r\n\r\n')
    assert parser.feed(data) == [
        head(200, 'Fine Thanks', ['Set-Cookie', 'a=1', 'set-cookie', 'b=2', 'X-Latin', 'café',
                                  'X-Tab', 'a\tb', 'X-Empty', '', 'Content-Length', '0']),
        MessageEnd([]),
    ]


@pytest.mark.parametrize('line, message', [
    (b'HTTP/1.1 200\r\n', ''),
    (b'HTTP/1.1 200 \r\n', ''),
    (b'HTTP/1.1 599 Whatever it is\r\n', 'Whatever it is'),
])
def test_status_message(backend: str, line: bytes, message: str) -> None:
    parser = response(backend)
    events = parser.feed(line + b'Content-Length: 0\r\n\r\n')
    assert type(events[0]) is ResponseHead
    assert events[0].status_message == message


def test_expect_queue_pipelined_responses(backend: str) -> None:
    parser = ResponseParser(backend=backend)
    parser.expect('GET')
    parser.expect('POST')
    data = (b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na'
            b'HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nb')
    assert parser.feed(data) == [
        head(200, 'OK', ['Content-Length', '1']), Body(b'a'), MessageEnd([]),
        head(201, 'Created', ['Content-Length', '1']), Body(b'b'), MessageEnd([]),
    ]


def test_response_without_expect_reads_like_get(backend: str) -> None:
    parser = ResponseParser(backend=backend)
    assert parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz') == [
        head(200, 'OK', ['Content-Length', '1']), Body(b'z'), MessageEnd([])]


# -- requests (server side) ----------------------------------------------------------


@pytest.mark.parametrize('bytewise', [False, True])
def test_pipelined_requests(backend: str, bytewise: bool) -> None:
    parser = RequestParser(backend=backend)
    data = (b'GET /a?x=1 HTTP/1.1\r\nHost: example.com\r\n\r\n'
            b'POST /b HTTP/1.1\r\nHost: example.com\r\nContent-Length: 3\r\n\r\nabc'
            b'PUT /c HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n'
            b'2;x=y\r\nde\r\n0\r\nT: 1\r\n\r\n'
            b'DELETE /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')
    assert feed(parser, data, bytewise) == [
        req('GET', '/a?x=1', ['Host', 'example.com']), MessageEnd([]),
        req('POST', '/b', ['Host', 'example.com', 'Content-Length', '3']),
        Body(b'abc'), MessageEnd([]),
        req('PUT', '/c', ['Host', 'example.com', 'Transfer-Encoding', 'chunked']),
        Body(b'de'), MessageEnd(['T', '1']),
        req('DELETE', '/d', ['Connection', 'keep-alive'], version='1.0'), MessageEnd([]),
    ]
    assert parser.feed_eof() == []


@pytest.mark.parametrize('data, keep_alive', [
    (b'GET / HTTP/1.1\r\nHost: a\r\n\r\n', True),
    (b'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', False),
    (b'GET / HTTP/1.0\r\n\r\n', False),
    (b'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', True),
])
def test_request_keep_alive(backend: str, data: bytes, keep_alive: bool) -> None:
    events = RequestParser(backend=backend).feed(data)
    assert type(events[0]) is RequestHead
    assert events[0].keep_alive is keep_alive


def test_request_absolute_url_and_options_star(backend: str) -> None:
    parser = RequestParser(backend=backend)
    data = (b'GET http://example.com:8080/x?y HTTP/1.1\r\nHost: example.com\r\n\r\n'
            b'OPTIONS * HTTP/1.1\r\nHost: example.com\r\n\r\n')
    assert parser.feed(data) == [
        req('GET', 'http://example.com:8080/x?y', ['Host', 'example.com']), MessageEnd([]),
        req('OPTIONS', '*', ['Host', 'example.com']), MessageEnd([]),
    ]


def test_request_upgrade(backend: str) -> None:
    parser = RequestParser(backend=backend)
    data = (b'GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n'
            b'Connection: Upgrade\r\n\r\nframe')
    assert parser.feed(data) == [
        req('GET', '/chat', ['Host', 'a', 'Upgrade', 'websocket', 'Connection', 'Upgrade'],
            upgrade=True),
        Upgrade(b'frame'),
    ]
    assert parser.feed(b'more') == [Upgrade(b'more')]


def test_request_upgrade_with_body_hands_body_over(backend: str) -> None:
    # llhttp skips the body of an upgrade request: it belongs to the new protocol.
    parser = RequestParser(backend=backend)
    data = (b'POST /u HTTP/1.1\r\nHost: a\r\nUpgrade: x\r\nConnection: upgrade\r\n'
            b'Content-Length: 2\r\n\r\nhirest')
    assert parser.feed(data) == [
        req('POST', '/u', ['Host', 'a', 'Upgrade', 'x', 'Connection', 'upgrade',
                           'Content-Length', '2'], upgrade=True),
        Upgrade(b'hirest'),
    ]


def test_request_upgrade_header_without_connection_upgrade_is_plain(backend: str) -> None:
    parser = RequestParser(backend=backend)
    data = b'GET / HTTP/1.1\r\nHost: a\r\nUpgrade: ws\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n'
    assert parser.feed(data) == [
        req('GET', '/', ['Host', 'a', 'Upgrade', 'ws']), MessageEnd([]),
        req('GET', '/2', ['Host', 'a']), MessageEnd([]),
    ]


def test_request_connect(backend: str) -> None:
    parser = RequestParser(backend=backend)
    assert parser.feed(b'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n\x16') == [
        req('CONNECT', 'example.com:443', ['Host', 'example.com:443'], upgrade=True),
        Upgrade(b'\x16'),
    ]


def test_request_cut_off(backend: str) -> None:
    parser = RequestParser(backend=backend)
    assert parser.feed(b'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nab') == [
        req('POST', '/', ['Host', 'a', 'Content-Length', '5']), Body(b'ab')]
    with pytest.raises(HTTPParserError) as info:
        parser.feed_eof()
    assert (info.value.code, info.value.reason) == ('HPE_INVALID_EOF_STATE', 'Invalid EOF state')


# -- header size: Node fails once URL/reason + names + values reach max_header_size -----


def _response_with_value(n: int, extra: bytes = b'') -> bytes:
    # Counted: 'OK' (2) + 'Content-Length' (14) + '0' (1) + 'X' (1) + n.
    return b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX: ' + b'a' * n + extra + b'\r\n\r\n'


@pytest.mark.parametrize('bytewise', [False, True])
def test_header_overflow_boundary_response(backend: str, bytewise: bool) -> None:
    # Node 20: n=16365 (count 16383) passes, n=16366 (count 16384) fails.
    ok = response(backend)
    events = feed(ok, _response_with_value(16365), bytewise)
    assert type(events[0]) is ResponseHead and events[-1] == MessageEnd([])
    bad = response(backend)
    with pytest.raises(HTTPParserError) as info:
        feed(bad, _response_with_value(16366), bytewise)
    err = info.value
    assert (err.code, err.reason, str(err)) == (
        'HPE_HEADER_OVERFLOW', 'Header overflow', 'Parse Error: Header overflow')


def test_header_overflow_leading_whitespace_not_counted(backend: str) -> None:
    parser = response(backend)
    events = parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX:      '
                         + b'a' * 16365 + b'\r\n\r\n')
    assert type(events[0]) is ResponseHead


def test_header_overflow_trailing_whitespace_counted_llhttp() -> None:
    # llhttp's value span keeps trailing whitespace (Node trims it afterwards),
    # so it counts; h11 strips it before we see it (documented in _h11.py).
    if not HAVE_HTTPTOOLS:
        pytest.skip('httptools not installed')
    with pytest.raises(HTTPParserError):
        response('llhttp').feed(_response_with_value(16364, b'  '))


def test_header_overflow_many_headers(backend: str) -> None:
    # 1000 headers 'Hnnnn: vvvvvvvvvvv' count 16 bytes each: 16000 + 2 ('OK') passes,
    # one more header of 382 bytes of value crosses 16384.
    lines = b''.join(b'H%04d: %s\r\n' % (i, b'v' * 11) for i in range(1000))
    ok = response(backend)
    assert type(ok.feed(b'HTTP/1.1 200 OK\r\n' + lines + b'\r\n')[0]) is ResponseHead
    bad = response(backend)
    err = parse_error(bad, b'HTTP/1.1 200 OK\r\n' + lines + b'Y: ' + b'v' * 381 + b'\r\n\r\n')
    assert err.code == 'HPE_HEADER_OVERFLOW'


@pytest.mark.parametrize('bytewise', [False, True])
def test_header_overflow_url(backend: str, bytewise: bool) -> None:
    # Node 20: a 16383-byte URL passes, 16384 fails (HTTP/1.0: no Host needed).
    ok = RequestParser(backend=backend)
    events = feed(ok, b'GET /' + b'a' * 16382 + b' HTTP/1.0\r\n\r\n', bytewise)
    assert type(events[0]) is RequestHead
    bad = RequestParser(backend=backend)
    with pytest.raises(HTTPParserError) as info:
        feed(bad, b'GET /' + b'a' * 16383 + b' HTTP/1.0\r\n\r\n', bytewise)
    assert info.value.code == 'HPE_HEADER_OVERFLOW'


def test_header_overflow_custom_limit(backend: str) -> None:
    head_ok = b'HTTP/1.1 200 OK\r\nAb: ' + b'c' * 95 + b'\r\n\r\n'    # 2 + 2 + 95 = 99
    assert type(response(backend, max_header_size=100).feed(head_ok)[0]) is ResponseHead
    head_bad = b'HTTP/1.1 200 OK\r\nAb: ' + b'c' * 96 + b'\r\n\r\n'   # 100
    assert parse_error(response(backend, max_header_size=100), head_bad).code == \
        'HPE_HEADER_OVERFLOW'


def test_header_overflow_endless_header(backend: str) -> None:
    # A header line that never ends is stopped by raw size, not left to grow.
    parser = response(backend)
    parser.feed(b'HTTP/1.1 200 OK\r\nX: ')
    with pytest.raises(HTTPParserError) as info:
        for _ in range(100):
            parser.feed(b'a' * 1024)
    assert info.value.code == 'HPE_HEADER_OVERFLOW'


def test_header_size_is_per_message(backend: str) -> None:
    parser = response(backend)
    parser.expect('GET')
    one = _response_with_value(16365)
    events = parser.feed(one + one)
    assert [type(e) for e in events] == [ResponseHead, MessageEnd, ResponseHead, MessageEnd]


def test_trailers_count_toward_limit(backend: str) -> None:
    parser = response(backend)
    data = (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: '
            + b'a' * 16384 + b'\r\n\r\n')
    assert parse_error(parser, data).code == 'HPE_HEADER_OVERFLOW'


# -- errors: Node's code and reason ----------------------------------------------------


RESPONSE_ERRORS = [
    # (bytes, code, reason, backends that match Node here)
    (b'HTTP/1.1 200 OK\r\nX: a\x01b\r\nContent-Length: 0\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', 'both'),
    (b'HTTP/1.1 200 OK\r\nX: a\x7fb\r\nContent-Length: 0\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', 'both'),
    (b'HTTP/1.1 200 OK\r\nX Y: ab\r\nContent-Length: 0\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 'both'),
    (b'HTTP/1.1 200 OK\r\nX(Y: ab\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 'both'),
    (b'HTTP/1.1 200 OK\r\n: a\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 'both'),
    (b'HTTP/1.1 200 OK\r\nXYZ\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 'both'),
    (b'HTTP/1.1 2000 OK\r\n\r\n', 'HPE_INVALID_STATUS', 'Invalid response status', 'both'),
    (b'HTTP/1.1 abc OK\r\n\r\n', 'HPE_INVALID_STATUS', 'Invalid status code', 'both'),
    (b'HTTX/1.1 200 OK\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 'both'),
    (b'hello world\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 'both'),
    (b'HTTP/1.2 200 OK\r\n\r\n', 'HPE_INVALID_VERSION', 'Invalid HTTP version', 'both'),
    (b'HTTP/3.0 200 OK\r\n\r\n', 'HPE_INVALID_VERSION', 'Invalid HTTP version', 'both'),
    (b'HTTP/1.1X200 OK\r\n\r\n', 'HPE_INVALID_VERSION', 'Expected space after version', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nhi',
     'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi',
     'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 2x\r\n\r\nhi',
     'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nhi',
     'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\nhi',
     'HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow', 'both'),
    # Both framings: llhttp names the header that came second.
    (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n',
     'HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding",
     'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n',
     'HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length",
     'both'),
    (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n',
     'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', 'both'),
    (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n',
     'HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', 'both'),
    (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhiX\r\n0\r\n\r\n',
     'HPE_STRICT', 'Expected LF after chunk data', 'both'),
    (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;a b\r\nhi\r\n0\r\n\r\n',
     'HPE_STRICT', 'Invalid character in chunk extensions name', 'both'),
    (b'HTTP/1.1 200 OK\nContent-Length: 2\n\nhi',
     'HPE_CR_EXPECTED', 'Missing expected CR after response line', 'both'),
    (b'HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n',
     'HPE_LF_EXPECTED', 'Missing expected LF after header value', 'both'),
    (b'HTTP/1.1 200 OK\r\nX: a\r\n  b\r\nContent-Length: 2\r\n\r\nhi',
     'HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', 'both'),
    (b'HTTP/1.1 200 OK\r\nContent-Length: \r\n\r\n',
     'HPE_INVALID_CONTENT_LENGTH', 'Empty Content-Length', 'both'),
]


@pytest.mark.parametrize('data, code, reason, where', RESPONSE_ERRORS,
                         ids=[repr(case[0][:40]) for case in RESPONSE_ERRORS])
def test_response_errors(backend: str, data: bytes, code: str, reason: str, where: str) -> None:
    if where != 'both' and where != backend:
        pytest.skip(f'{backend} differs from llhttp here (see its module docstring)')
    err = parse_error(response(backend), data)
    assert (err.code, err.reason, str(err)) == (code, reason, f'Parse Error: {reason}')
    assert err.rawPacket == data
    assert isinstance(err.bytesParsed, int)


REQUEST_ERRORS = [
    (b'FOO / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered'),
    (b'get / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered'),
    (b'GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_URL', 'Invalid char in url path'),
    (b'GET / HTTP/1.1X\r\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', 'Expected CRLF after version'),
    (b'GET / HTTP/1.1\r\n Host: x\r\n\r\n',
     'HPE_UNEXPECTED_SPACE', 'Unexpected space after start line'),
    (b'GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n',
     'HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`'),
    (b'GET / HTTP/1.1\r\nHost: a\r\nX: a\x01\r\n\r\n',
     'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char'),
    (b'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
     'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'),
]


@pytest.mark.parametrize('data, code, reason', REQUEST_ERRORS,
                         ids=[repr(case[0][:30]) for case in REQUEST_ERRORS])
def test_request_errors(backend: str, data: bytes, code: str, reason: str) -> None:
    err = parse_error(RequestParser(backend=backend), data)
    assert (err.code, err.reason, str(err)) == (code, reason, f'Parse Error: {reason}')
    assert err.rawPacket == data


def test_data_after_connection_close(backend: str) -> None:
    # Node emits the response, then 'error' HPE_CLOSED_CONNECTION.
    parser = response(backend)
    err = parse_error(parser, b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhiXYZ')
    assert (err.code, err.reason) == ('HPE_CLOSED_CONNECTION', 'Data after `Connection: close`')
    assert getattr(err, 'events') == [
        head(200, 'OK', ['Connection', 'close', 'Content-Length', '2'], keep_alive=False),
        Body(b'hi'), MessageEnd([])]


def test_data_after_close_in_a_later_chunk(backend: str) -> None:
    parser = response(backend)
    parser.feed(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    assert parser.feed(b'\r\n') == []          # CR/LF is skipped, as llhttp does
    assert parse_error(parser, b'x').code == 'HPE_CLOSED_CONNECTION'


def test_data_after_close_insecure_parses_on(backend: str) -> None:
    # Node with insecureHTTPParser: no HPE_CLOSED_CONNECTION, the bytes are read
    # as the next response (here: not one).
    parser = response(backend, insecure=True)
    events = parser.feed(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    assert events[-1] == MessageEnd([])
    assert parse_error(parser, b'junk\r\n\r\n').code == 'HPE_INVALID_CONSTANT'


def test_data_after_closing_request(backend: str) -> None:
    parser = RequestParser(backend=backend)
    err = parse_error(parser, b'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'
                              b'GET / HTTP/1.1\r\nHost: a\r\n\r\n')
    assert err.code == 'HPE_CLOSED_CONNECTION'
    assert getattr(err, 'events') == [
        req('GET', '/', ['Host', 'a', 'Connection', 'close'], keep_alive=False), MessageEnd([])]


def test_error_keeps_events_and_sticks(backend: str) -> None:
    parser = response(backend)
    err = parse_error(parser, b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                              b'2\r\nhi\r\nzz\r\n')
    assert getattr(err, 'events') == [head(200, 'OK', ['Transfer-Encoding', 'chunked']),
                                      Body(b'hi')]
    # A failed parser stays failed, like Node's (it is freed, the socket destroyed).
    with pytest.raises(HTTPParserError) as again:
        parser.feed(b'0\r\n\r\n')
    assert again.value is err
    with pytest.raises(HTTPParserError):
        parser.feed_eof()


@pytest.mark.parametrize('data', [
    b'HTTP/1.1 20',
    b'HTTP/1.1 200 OK\r\nContent-',
    b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n',
])
def test_response_cut_off(backend: str, data: bytes) -> None:
    parser = response(backend)
    parser.feed(data)
    with pytest.raises(HTTPParserError) as info:
        parser.feed_eof()
    assert (info.value.code, info.value.reason) == ('HPE_INVALID_EOF_STATE', 'Invalid EOF state')


def test_eof_between_messages(backend: str) -> None:
    parser = response(backend)
    assert parser.feed_eof() == []
    parser = response(backend)
    parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
    assert parser.feed_eof() == []
    assert RequestParser(backend=backend).feed_eof() == []


@pytest.mark.parametrize('method', ['GET', 'HEAD'])
def test_insecure_accepts_bare_lf(backend: str, method: str) -> None:
    # Node's insecureHTTPParser: llhttp's leniencies (h11 accepts bare LF anyway).
    parser = response(backend, method, insecure=True)
    body = b'hi' if method == 'GET' else b''
    events = parser.feed(b'HTTP/1.1 200 OK\nContent-Length: 2\n\n' + body)
    assert events[0] == head(200, 'OK', ['Content-Length', '2'])
    assert events[-1] == MessageEnd([])


@pytest.mark.parametrize('kind', [bytearray, memoryview])
def test_feed_accepts_buffers(backend: str, kind: type) -> None:
    data = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n'
    for method, body in (('GET', b'hi'), ('HEAD', b'')):
        events = response(backend, method).feed(kind(data + body))
        assert events[0] == head(200, 'OK', ['Content-Length', '2'])
        assert events[-1] == MessageEnd([])
    events = RequestParser(backend=backend).feed(kind(b'GET / HTTP/1.1\r\nHost: a\r\n\r\n'))
    assert events == [req('GET', '/', ['Host', 'a']), MessageEnd([])]


def test_empty_feed(backend: str) -> None:
    assert response(backend).feed(b'') == []
    assert RequestParser(backend=backend).feed(b'') == []


# -- backend choice -------------------------------------------------------------------


def test_backend_classes(backend: str) -> None:
    parser = ResponseParser(backend=backend)
    assert isinstance(parser, ResponseParser) and parser.backend == backend
    server = RequestParser(backend=backend)
    assert isinstance(server, RequestParser) and server.backend == backend


def test_default_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    expected = 'llhttp' if HAVE_HTTPTOOLS else 'h11'
    assert default_backend() == expected
    assert available_backends() == (['llhttp', 'h11'] if HAVE_HTTPTOOLS else ['h11'])
    assert ResponseParser().backend == expected
    monkeypatch.setenv(ENV_VAR, 'h11')
    assert default_backend() == 'h11'
    assert ResponseParser().backend == 'h11'
    assert RequestParser().backend == 'h11'
    monkeypatch.setenv(ENV_VAR, 'nope')
    with pytest.raises(ValueError):
        default_backend()
    with pytest.raises(ValueError):
        ResponseParser(backend='nope')


def test_without_httptools(monkeypatch: pytest.MonkeyPatch) -> None:
    from node_http_agent._wire import _base
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(_base, '_httptools_ok', False)
    assert available_backends() == ['h11']
    assert default_backend() == 'h11'
    assert ResponseParser().backend == 'h11'
    with pytest.raises(ImportError):
        ResponseParser(backend='llhttp')
    monkeypatch.setenv(ENV_VAR, 'llhttp')
    with pytest.raises(ImportError):
        RequestParser()


def test_parsers_are_collected(backend: str) -> None:
    import gc
    import weakref
    parser = response(backend)
    parser.feed(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n')
    ref = weakref.ref(parser)
    del parser
    gc.collect()
    assert ref() is None


# -- chunk framing --------------------------------------------------------------------------


def test_chunk_bytes() -> None:
    assert chunk(b'hello') == b'5\r\nhello\r\n'
    assert chunk(b'x' * 255) == b'ff\r\n' + b'x' * 255 + b'\r\n'     # lower-case hex
    assert chunk(b'x' * 4096)[:5] == b'1000\r'
    assert chunk(bytearray(b'ab')) == b'2\r\nab\r\n'  # type: ignore[arg-type]
    assert chunk(b'') == b''                                      # never a terminator
    assert LAST_CHUNK == b'0\r\n\r\n'
    assert last_chunk() == last_chunk('') == LAST_CHUNK
    # The trailer as Node's ``_trailer`` holds it: latin-1, order and case kept.
    assert last_chunk('X-Checksum: abc\r\nx-more: caf\xe9\r\n') == (
        b'0\r\nX-Checksum: abc\r\nx-more: caf\xe9\r\n\r\n')


def test_chunk_framing_round_trip(backend: str) -> None:
    data = (b'POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n'
            + chunk(b'abc') + chunk(b'x' * 300) + last_chunk('T: v\r\n'))
    assert RequestParser(backend=backend).feed(data) == [
        req('POST', '/up', ['Host', 'h', 'Transfer-Encoding', 'chunked']),
        Body(b'abc'), Body(b'x' * 300), MessageEnd(['T', 'v'])]
    raw = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' + chunk(b'xyz') + last_chunk()
    assert response(backend).feed(raw) == [
        head(200, 'OK', ['Transfer-Encoding', 'chunked']), Body(b'xyz'), MessageEnd([])]
