"""Property-based fuzzing of the sans-IO wire layer, on every parser backend here.

The inputs and the properties live in ``_wirefuzz.py`` (shared with the long
run, ``python tests/fuzz/run_long.py``). This is the CI-sized run: a few
hundred examples per property, derandomized so CI is repeatable (set
``FUZZ_RANDOM=1`` for fresh examples, ``FUZZ_EXAMPLES=n`` for more).

Inputs that trip a bug already reported are recognised by ``known_issue`` and
tolerated there only; each such bug has a strict xfail below, built from a
minimal reproduction checked against Node 20, so the fix shows up here.
"""

from __future__ import annotations

import os

import pytest
from _wirefuzz import (
    HypSource,
    Input,
    Stats,
    check_known,
    draw_input,
    run_parser,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from node_http_agent._wire import (
    Body,
    MessageEnd,
    RequestParser,
    ResponseHead,
    ResponseParser,
    Upgrade,
    available_backends,
)
from node_http_agent.errors import HTTPParserError

BACKENDS = available_backends()
EXAMPLES = int(os.environ.get('FUZZ_EXAMPLES', '200'))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get('FUZZ_RANDOM'),
    suppress_health_check=list(HealthCheck),
)
STATS: dict[tuple[str, str], Stats] = {}


def stats(backend: str, name: str) -> Stats:
    return STATS.setdefault((backend, name), Stats())


# -- the fuzz properties --------------------------------------------------------------------------

@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('kind', ['response', 'request'])
@FUZZ
@given(data=st.data())
def test_generated_and_mutated_messages(backend: str, kind: str, data: st.DataObject) -> None:
    """Valid messages (maybe several, maybe 1xx first), mutated or cut, fed whole and split."""
    inp = draw_input(HypSource(data), kind)
    check_known(inp, backend, stats(backend, kind))


@pytest.mark.parametrize('backend', BACKENDS)
@FUZZ
@given(raw=st.binary(max_size=400), prefix=st.sampled_from([b'', b'HTTP/1.1 ', b'HTTP/1.1 200 ']),
       cuts=st.lists(st.integers(0, 420), max_size=12),
       method=st.sampled_from(['GET', 'HEAD', 'POST', 'CONNECT']), eof=st.booleans(),
       insecure=st.booleans(), max_header_size=st.sampled_from([16384, 32]))
def test_arbitrary_bytes_response(backend: str, raw: bytes, prefix: bytes, cuts: list[int],
                                  method: str, eof: bool, insecure: bool,
                                  max_header_size: int) -> None:
    inp = Input('response', prefix + raw, [method], cuts, eof, max_header_size, insecure)
    check_known(inp, backend, stats(backend, 'arbitrary-response'))


@pytest.mark.parametrize('backend', BACKENDS)
@FUZZ
@given(raw=st.binary(max_size=400), prefix=st.sampled_from([b'', b'GET / HTTP/1.1\r\n']),
       cuts=st.lists(st.integers(0, 420), max_size=12), eof=st.booleans(),
       insecure=st.booleans())
def test_arbitrary_bytes_request(backend: str, raw: bytes, prefix: bytes, cuts: list[int],
                                 eof: bool, insecure: bool) -> None:
    inp = Input('request', prefix + raw, [], cuts, eof, 16384, insecure)
    check_known(inp, backend, stats(backend, 'arbitrary-request'))


# -- truncation, exhaustively -------------------------------------------------------------------------

TRUNCATED = [
    ('content-length', b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world', b'hello world'),
    ('chunked', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                b'5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-T: 1\r\n\r\n', b'hello world'),
    ('chunked-no-trailers', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                            b'b\r\nhello world\r\n0\r\n\r\n', b'hello world'),
]


@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('name,data,body', TRUNCATED, ids=[t[0] for t in TRUNCATED])
@pytest.mark.parametrize('split', [False, True], ids=['whole', 'bytewise'])
def test_a_cut_message_is_never_complete(backend: str, name: str, data: bytes, body: bytes,
                                         split: bool) -> None:
    """Every proper prefix, then EOF: no MessageEnd, and EOF inside a message is an error."""
    for cut in range(len(data)):
        prefix = data[:cut]
        chunks = [prefix[i:i + 1] for i in range(cut)] if split else ([prefix] if prefix else [])
        result = run_parser(Input('response', prefix, ['GET'], [], True, 16384, False),
                            backend, chunks)
        assert not any(type(e) is MessageEnd for e in result.events), (cut, result.events)
        delivered = b''.join(e.data for e in result.events if type(e) is Body)
        assert body.startswith(delivered), (cut, delivered)
        if cut:
            assert result.error is not None and result.error.code == 'HPE_INVALID_EOF_STATE', cut
    whole = run_parser(Input('response', data, ['GET'], [], True, 16384, False), backend, [data])
    assert whole.error is None
    assert b''.join(e.data for e in whole.events if type(e) is Body) == body
    assert [type(e) for e in whole.events][-1] is MessageEnd


# -- reported bugs: strict xfails, each a minimal reproduction checked against Node 20 ----------------

def _llhttp_only(reason: str) -> list[object]:
    return [pytest.param(b, marks=pytest.mark.xfail(strict=True, reason=reason))
            if b == 'llhttp' else b for b in BACKENDS]


@pytest.mark.parametrize('backend', _llhttp_only(
    'reported: the llhttp backend reads a body on a 1xx other than 100/102/103 '
    '(httptools ignores the skip-body return; Node returns 1 for every 1xx)'))
@pytest.mark.parametrize('status,framing', [
    (199, b'Content-Length: 30'), (150, b'Transfer-Encoding: chunked'),
    (104, b'Content-Length: 5'),
])
def test_1xx_never_has_a_body(backend: str, status: int, framing: bytes) -> None:
    # Node 20 (http.get against a raw server sending this): 'information' for the
    # 1xx, then response 200 with body 'hi' and 'end' (res.complete true).
    parser = ResponseParser(backend=backend)
    parser.expect('GET')
    data = (b'HTTP/1.1 %d x\r\n%s\r\n\r\n' % (status, framing)
            + b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')
    events = parser.feed(data)
    assert [type(e) for e in events] == [ResponseHead, ResponseHead, Body, MessageEnd]
    assert events[1].status_code == 200 and events[2] == Body(b'hi')


@pytest.mark.parametrize('backend', _llhttp_only(
    'reported: the llhttp backend never resets its header count after trailers, so '
    'they count against the next message head (Node resets header_nread_ in '
    'on_chunk_header/on_chunk_complete)'))
def test_trailers_do_not_count_against_the_next_head(backend: str) -> None:
    # Node 20: a server gets both pipelined requests (a 60-byte trailer, then a
    # 60-byte head, limit 100 each; checked with 10000-byte ones at the default limit).
    parser = RequestParser(100, backend=backend)
    data = (b'POST /1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: '
            + b't' * 57 + b'\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\nX-A: ' + b'a' * 50 + b'\r\n\r\n')
    events = parser.feed(data)
    assert [type(e).__name__ for e in events] == [
        'RequestHead', 'MessageEnd', 'RequestHead', 'MessageEnd']


@pytest.mark.parametrize('backend', [pytest.param(b, marks=pytest.mark.xfail(
    strict=True, reason='reported: header bytes are counted per complete header line, '
    'Node counts them as they arrive')) for b in BACKENDS])
@pytest.mark.parametrize('tail', [b'', b'\r\neh~K\nj: x\r\n\r\n', b'\x01\r\n\r\n'],
                         ids=['partial-line', 'bad-next-line', 'bad-char-after'])
def test_header_overflow_as_the_bytes_arrive(backend: str, tail: bytes) -> None:
    # Node 20, maxHeaderSize 64: 'req error HPE_HEADER_OVERFLOW' for each (the
    # count reaches 64 inside the X-Big value, before the line ends or goes bad).
    parser = ResponseParser(64, backend=backend)
    parser.expect('GET')
    with pytest.raises(HTTPParserError) as info:
        parser.feed(b'HTTP/1.1 226 x\r\nX-Big: ' + b'v' * 70 + tail)
    assert info.value.code == 'HPE_HEADER_OVERFLOW'


@pytest.mark.parametrize('backend', [b for b in _llhttp_only(
    'reported: with insecure, llhttp ends a head at "\\r\\n\\r" + any byte, but the scan '
    'for the end of a HEAD/CONNECT head looks for "\\n\\r?\\n" only, so the body is not skipped')
    if b != 'h11'])   # h11 has no leniencies at all (documented in _h11.py)
@pytest.mark.parametrize('method', ['CONNECT', 'HEAD'])
def test_insecure_bare_cr_head_end_for_head_and_connect(backend: str, method: str) -> None:
    # Node 20 with insecureHTTPParser: CONNECT -> 'connect' with head "\x10abc";
    # HEAD -> 'response' 200, 'end', then 'error' HPE_INVALID_CONSTANT (the \x10
    # starts the next message).
    parser = ResponseParser(insecure=True, backend=backend)
    parser.expect(method)
    data = b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\x10abc'
    if method == 'CONNECT':
        assert parser.feed(data)[1:] == [Upgrade(b'\x10abc')]
    else:
        with pytest.raises(HTTPParserError) as info:
            parser.feed(data)
        assert [type(e) for e in info.value.events] == [ResponseHead, MessageEnd]  # type: ignore[attr-defined]
        assert info.value.code == 'HPE_INVALID_CONSTANT'


@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('head', [b'HTTP/1.0 100 OK\r\n\r\n',
                                  b'HTTP/1.1 100 OK\r\nConnection: close\r\n\r\n'])
def test_data_after_a_closing_1xx(backend: str, head: bytes) -> None:
    parser = ResponseParser(backend=backend)
    parser.expect('GET')
    with pytest.raises(HTTPParserError) as info:
        parser.feed(head + b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')
    assert info.value.code == 'HPE_CLOSED_CONNECTION'


@pytest.mark.parametrize('backend', BACKENDS)
def test_space_after_chunk_size(backend: str) -> None:
    parser = ResponseParser(backend=backend)
    parser.expect('GET')
    with pytest.raises(HTTPParserError) as info:
        parser.feed(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n')
    assert info.value.code == 'HPE_INVALID_CHUNK_SIZE'


@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('status', [0, 26, 99])
def test_status_below_100(backend: str, status: int) -> None:
    # Node 20 (http.get): response <status>, 'end', res.complete true.
    parser = ResponseParser(backend=backend)
    parser.expect('GET')
    events = parser.feed(b'HTTP/1.1 %03d x\r\nContent-Length: 1\r\n\r\nz' % status)
    assert [type(e) for e in events] == [ResponseHead, Body, MessageEnd]
    assert events[0].status_code == status
