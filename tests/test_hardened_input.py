"""Hardened input: what the client refuses to send, what it refuses to read, and TLS defaults.

Every expectation here is Node 20's, and a test checks that against Node when
it is installed (each table has a probe in ``tests/fuzz``: run it with node and
it prints the same table):

- bad request input -- CR/LF/NUL in header names and values, the method or the
  path -- raises synchronously with Node's code and message, before any
  connection is made and so before a byte is written
  (``node_hardened_probe.js``);
- response heads over ``maxHeaderSize`` (16 KiB, or the option), Content-Length
  with Transfer-Encoding, duplicate or malformed Content-Length and other
  malformed heads end the request with Node's ``HPE_*`` error, and
  ``insecureHTTPParser`` relaxes exactly what Node's does
  (``node_outcome.js``, through a raw server);
- https verifies the certificate chain and the host name by default; only
  ``rejectUnauthorized: False`` turns verification off (``0``, ``''`` and
  ``None`` do not), and an unverified keep-alive socket is never reused for a
  request that verifies (``node_tls_probe.js``).

Bugs found here are reported; their cases are strict xfails with the reason.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fuzz'))

from _client import NODE, node_outcomes, py_outcomes  # noqa: E402
from _rawserver import RawServer  # noqa: E402

from node_http_agent import http, https, timers  # noqa: E402
from node_http_agent._wire import available_backends  # noqa: E402

FUZZ_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fuzz')
needs_node = pytest.mark.skipif(NODE is None, reason='node is not installed')


def node_json(script: str, *args: str, stdin: str | None = None) -> Any:
    assert NODE is not None
    proc = subprocess.run([NODE, os.path.join(FUZZ_DIR, script), *args], input=stdin,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope='module')
def server() -> Any:
    with RawServer() as raw:
        yield raw


# == what the client refuses to send =================================================================

REQUEST_CASES: dict[str, dict[str, Any]] = {
    'header name CR': {'headers': {'x\r': 'v'}},
    'header name LF': {'headers': {'x\nY': 'v'}},
    'header name trailing LF': {'headers': {'Evil\n': 'v'}},
    'header name NUL': {'headers': {'x\0': 'v'}},
    'header name space': {'headers': {'x y': 'v'}},
    'header name colon': {'headers': {'x: y': 'v'}},
    'header name empty': {'headers': {'': 'v'}},
    'header value CR': {'headers': {'x': 'a\rb'}},
    'header value LF': {'headers': {'x': 'a\nb'}},
    'header value CRLF injection': {'headers': {'x': 'a\r\nInjected: 1'}},
    'header value trailing LF': {'headers': {'x': 'a\n'}},
    'header value NUL': {'headers': {'x': 'a\0b'}},
    'header value DEL': {'headers': {'x': 'a\x7fb'}},
    'header value above latin-1': {'headers': {'x': 'a\u0100b'}},
    'header value in an array': {'headers': {'x': ['ok', 'a\r\nb']}},
    'raw header list name': {'headers': ['x\r\n', 'v']},
    'raw header list value': {'headers': ['x', 'a\r\nb']},
    'host header value': {'headers': {'host': 'a\r\nb'}},
    'method CR': {'method': 'GE\rT'},
    'method LF': {'method': 'GE\nT'},
    'method trailing LF': {'method': 'GET\n'},
    'method NUL': {'method': 'G\0T'},
    'method space': {'method': 'GET /x'},
    'path CR': {'path': '/a\rb'},
    'path LF': {'path': '/a\nb'},
    'path CRLF request line': {'path': '/a HTTP/1.1\r\nX: y\r\n\r\n'},
    'path NUL': {'path': '/a\0b'},
    'path space': {'path': '/a b'},
    'path tab': {'path': '/a\tb'},
    'path above latin-1': {'path': '/a\u0100b'},
    'header value tab': {'headers': {'x': 'a\tb'}},
    'header value latin-1': {'headers': {'x': 'a\xffb'}},
    'path latin-1': {'path': '/a\xffb'},
    'insecureHTTPParser not boolean': {'insecureHTTPParser': 'yes'},
    'maxHeaderSize negative': {'maxHeaderSize': -1},
    'maxHeaderSize not a number': {'maxHeaderSize': 'big'},
}

AFTER_CASES: dict[str, Any] = {
    'setHeader name': lambda req: req.setHeader('x\r', 'v'),
    'setHeader value': lambda req: req.setHeader('x', 'a\nb'),
    'setHeader trailing LF name': lambda req: req.setHeader('x\n', 'v'),
    'addTrailers name': lambda req: req.addTrailers({'x\r': 'v'}),
    'addTrailers value': lambda req: req.addTrailers({'x': 'a\nb'}),
    'addTrailers value NUL': lambda req: req.addTrailers({'x': 'a\0b'}),
    'addTrailers array name': lambda req: req.addTrailers([['x y', 'v']]),
}

_TOKEN = 'throw TypeError ERR_INVALID_HTTP_TOKEN '
_CHAR = 'throw TypeError ERR_INVALID_CHAR Invalid character in header content ["x"]'
_PATH = 'throw TypeError ERR_UNESCAPED_CHARACTERS Request path contains unescaped characters'

# node tests/fuzz/node_hardened_probe.js (Node v20.20.2)
EXPECTED: dict[str, str] = {
    'header name CR': _TOKEN + 'Header name must be a valid HTTP token ["x\r"]',
    'header name LF': _TOKEN + 'Header name must be a valid HTTP token ["x\nY"]',
    'header name trailing LF': _TOKEN + 'Header name must be a valid HTTP token ["Evil\n"]',
    'header name NUL': _TOKEN + 'Header name must be a valid HTTP token ["x\x00"]',
    'header name space': _TOKEN + 'Header name must be a valid HTTP token ["x y"]',
    'header name colon': _TOKEN + 'Header name must be a valid HTTP token ["x: y"]',
    'header name empty': _TOKEN + 'Header name must be a valid HTTP token [""]',
    'header value CR': _CHAR,
    'header value LF': _CHAR,
    'header value CRLF injection': _CHAR,
    'header value trailing LF': _CHAR,
    'header value NUL': _CHAR,
    'header value DEL': _CHAR,
    'header value above latin-1': _CHAR,
    'header value in an array': _CHAR,
    'raw header list name': _TOKEN + 'Header name must be a valid HTTP token ["x\r\n"]',
    'raw header list value': _CHAR,
    'host header value': 'throw TypeError ERR_INVALID_CHAR Invalid character in header content '
                         '["host"]',
    'method CR': _TOKEN + 'Method must be a valid HTTP token ["GE\rT"]',
    'method LF': _TOKEN + 'Method must be a valid HTTP token ["GE\nT"]',
    'method trailing LF': _TOKEN + 'Method must be a valid HTTP token ["GET\n"]',
    'method NUL': _TOKEN + 'Method must be a valid HTTP token ["G\x00T"]',
    'method space': _TOKEN + 'Method must be a valid HTTP token ["GET /x"]',
    'path CR': _PATH,
    'path LF': _PATH,
    'path CRLF request line': _PATH,
    'path NUL': _PATH,
    'path space': _PATH,
    'path tab': _PATH,
    'path above latin-1': _PATH,
    'header value tab': 'no throw',
    'header value latin-1': 'no throw',
    'path latin-1': 'no throw',
    'insecureHTTPParser not boolean': 'throw TypeError ERR_INVALID_ARG_TYPE The '
        '"options.insecureHTTPParser" property must be of type boolean. Received type string '
        "('yes')",
    'maxHeaderSize negative': 'throw RangeError ERR_OUT_OF_RANGE The value of "maxHeaderSize" is '
        'out of range. It must be >= 0 && <= 9007199254740991. Received -1',
    'maxHeaderSize not a number': 'throw TypeError ERR_INVALID_ARG_TYPE The "maxHeaderSize" '
        "argument must be of type number. Received type string ('big')",
    'setHeader name': _TOKEN + 'Header name must be a valid HTTP token ["x\r"]',
    'setHeader value': _CHAR,
    'setHeader trailing LF name': _TOKEN + 'Header name must be a valid HTTP token ["x\n"]',
    'addTrailers name': _TOKEN + 'Trailer name must be a valid HTTP token ["x\r"]',
    'addTrailers value': 'throw TypeError ERR_INVALID_CHAR Invalid character in trailer content '
                         '["x"]',
    'addTrailers value NUL': 'throw TypeError ERR_INVALID_CHAR Invalid character in trailer '
                             'content ["x"]',
    'addTrailers array name': _TOKEN + 'Trailer name must be a valid HTTP token ["x y"]',
}

_TRAILING_LF = ('reported: checkIsHttpToken uses a regex ending in "$", which Python also matches '
                'before a final "\\n", so a token with a trailing LF passes and is written to '
                'the wire (Node\'s /^...$/ has no such case)')
_TRAILER_MESSAGE = ('reported: addTrailers validates values with validateHeaderValue, so the '
                    'message says "header content"; Node throws ERR_INVALID_CHAR(\'trailer '
                    'content\', field)')
KNOWN: dict[str, str] = {}  # the bugs found here are fixed


def cases(names: Any) -> list[Any]:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN[n]))
            if n in KNOWN else n for n in names]


def show(err: BaseException) -> str:
    return f'throw {getattr(err, "name", type(err).__name__)} {getattr(err, "code", None)} {err}'


OK_RESPONSE = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'


@pytest.mark.parametrize('name', cases(REQUEST_CASES))
def test_request_input(run: Any, server: RawServer, name: str) -> None:
    """Raised by http.request itself, before a connection, or sent as Node sends it."""
    server.reset()
    expected = EXPECTED[name]
    seen: dict[str, Any] = {}

    def main() -> None:
        options = {'host': '127.0.0.1', 'port': server.port, 'agent': False,
                   **REQUEST_CASES[name]}
        try:
            req = http.request(options)
        except Exception as err:
            seen['result'] = show(err)
            return
        seen['result'] = 'no throw'

        def onresponse(res: Any) -> None:
            res.resume()
            res.on('end', lambda: seen.setdefault('status', res.statusCode))
        req.on('response', onresponse)
        req.on('error', lambda err: seen.setdefault('error', err))
        req.end()
    if expected == 'no throw':
        server.push(OK_RESPONSE)
    run(main)
    assert seen['result'] == expected
    if expected == 'no throw':
        assert seen.get('status') == 200, seen
        head = server.received
        assert b'\r\n\r\n' in head
        # Sent as Node sends it: latin-1, the tab kept.
        assert {'header value tab': b'\r\nx: a\tb\r\n', 'header value latin-1': b'\r\nx: a\xffb\r\n',
                'path latin-1': b'GET /a\xffb HTTP/1.1\r\n'}[name] in head, head
    else:
        time.sleep(0.05)
        assert server.conns == [], 'a connection was made for a request that threw'
        assert server.received == b''


@pytest.mark.parametrize('name', cases(AFTER_CASES))
def test_bad_header_after_the_request_is_made(run: Any, server: RawServer, name: str) -> None:
    """setHeader/addTrailers throw; the request goes on without the bad field, as in Node."""
    server.reset()
    server.push(OK_RESPONSE)
    seen: dict[str, Any] = {}

    def main() -> None:
        req = http.request({'host': '127.0.0.1', 'port': server.port, 'agent': False,
                            'method': 'POST', 'headers': {'Transfer-Encoding': 'chunked'}})
        req.on('error', lambda err: seen.setdefault('error', err))
        try:
            AFTER_CASES[name](req)
        except Exception as err:
            seen['result'] = show(err)
        else:
            seen['result'] = 'no throw'

        def onresponse(res: Any) -> None:
            res.resume()
            res.on('end', lambda: seen.setdefault('status', res.statusCode))
        req.on('response', onresponse)
        req.end()
    run(main)
    assert seen['result'] == EXPECTED[name]
    assert seen.get('status') == 200, seen
    sent = server.received
    assert b'\r\n\r\n' in sent
    for bad in (b'x\r', b'x\n', b'a\nb', b'a\x00b', b'x y'):
        assert bad not in sent, sent


def test_addTrailers_array_value(run: Any, server: RawServer) -> None:
    # Node 20: req._trailer == 'x: a\r\nx: b\r\n', so the last chunk carries both lines.
    server.reset()
    server.push(OK_RESPONSE)

    def main() -> None:
        req = http.request({'host': '127.0.0.1', 'port': server.port, 'agent': False,
                            'method': 'POST', 'headers': {'Transfer-Encoding': 'chunked'}})
        req.on('error', lambda err: None)
        req.on('response', lambda res: res.resume())
        req.addTrailers({'x': ['a', 'b']})
        req.end('body')
    run(main)
    time.sleep(0.05)
    assert server.received.endswith(b'\r\n0\r\nx: a\r\nx: b\r\n\r\n'), server.received


@needs_node
def test_request_table_is_node_20s() -> None:
    assert node_json('node_hardened_probe.js') == EXPECTED


@pytest.mark.parametrize('method', ['GET\n', 'POST\n'])
def test_a_trailing_lf_never_reaches_the_wire(run: Any, server: RawServer, method: str) -> None:
    """Whatever the validation says, no bare LF may end up in the request line or a name."""
    server.reset()
    server.push(OK_RESPONSE)

    def main() -> None:
        try:
            req = http.request({'host': '127.0.0.1', 'port': server.port, 'agent': False,
                                'method': method, 'headers': {'Evil\n': 'v'}})
        except Exception:
            return
        req.on('error', lambda err: None)
        req.on('response', lambda res: res.resume())
        req.end()
    run(main)
    time.sleep(0.05)
    assert b'\n ' not in server.received and b'\n:' not in server.received, server.received


# == what the client refuses to read ===================================================================

def _head(n: int) -> bytes:
    """A response head whose Node count (reason, names, values) is 18 + n."""
    return b'HTTP/1.1 200 OK\r\nX: ' + b'a' * n + b'\r\nContent-Length: 0\r\n\r\n'


def _trailer(n: int) -> bytes:
    """A chunked response whose trailer count is 3 + n."""
    return (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-T: '
            + b't' * n + b'\r\n\r\n')


_CL_TE = b'Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'
_TE_CL = b'Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n'
_INSECURE = {'insecureHTTPParser': True}

RESPONSE_CASES: list[tuple[str, bytes, dict[str, Any]]] = [
    ('head count 16383 (default limit)', _head(16365), {}),
    ('head count 16384 (default limit)', _head(16366), {}),
    ('a 100 KB header', _head(100_000), {}),
    ('3000 small headers', b'HTTP/1.1 200 OK\r\n' + b''.join(b'X-%d: v\r\n' % i for i in range(3000))
     + b'Content-Length: 0\r\n\r\n', {}),
    ('head count 999 (maxHeaderSize 1000)', _head(981), {'maxHeaderSize': 1000}),
    ('head count 1000 (maxHeaderSize 1000)', _head(982), {'maxHeaderSize': 1000}),
    ('head count 20018 (maxHeaderSize 32768)', _head(20000), {'maxHeaderSize': 32768}),
    ('trailers at 16383', _trailer(16380), {}),
    ('trailers at 16384', _trailer(16381), {}),
    ('Content-Length then Transfer-Encoding', b'HTTP/1.1 200 OK\r\n' + _CL_TE, {}),
    ('Transfer-Encoding then Content-Length', b'HTTP/1.1 200 OK\r\n' + _TE_CL, {}),
    ('two equal Content-Lengths',
     b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc', {}),
    ('two different Content-Lengths',
     b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', {}),
    ('Content-Length list', b'HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc', {}),
    ('Content-Length negative', b'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nabc', {}),
    ('Content-Length plus sign', b'HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc', {}),
    ('Content-Length overflow',
     b'HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nabc', {}),
    ('Transfer-Encoding chunked twice', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n'
     b'Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', {}),
    ('Transfer-Encoding gzip, chunked', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n'
     b'\r\n3\r\nabc\r\n0\r\n\r\n', {}),
    ('Transfer-Encoding chunked, gzip', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n'
     b'\r\n3\r\nabc\r\n0\r\n\r\n', {}),
    ('Content-Length longer than the body sent',
     b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab', {}),
    ('chunked body cut short', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab', {}),
    ('NUL in a header value', b'HTTP/1.1 200 OK\r\nX: a\x00b\r\nContent-Length: 0\r\n\r\n', {}),
    ('CR in a header value', b'HTTP/1.1 200 OK\r\nX: a\rb\r\nContent-Length: 0\r\n\r\n', {}),
    ('bare LF line ends', b'HTTP/1.1 200 OK\nContent-Length: 0\n\n', {}),
    ('space before the colon', b'HTTP/1.1 200 OK\r\nContent-Length : 3\r\n\r\nabc', {}),
    ('obs-fold continuation',
     b'HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 0\r\n\r\n', {}),
    ('insecure: Content-Length then Transfer-Encoding', b'HTTP/1.1 200 OK\r\n' + _CL_TE, _INSECURE),
    ('insecure: Transfer-Encoding then Content-Length', b'HTTP/1.1 200 OK\r\n' + _TE_CL, _INSECURE),
    ('insecure: two different Content-Lengths',
     b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', _INSECURE),
    ('insecure: NUL in a header value',
     b'HTTP/1.1 200 OK\r\nX: a\x00b\r\nContent-Length: 0\r\n\r\n', _INSECURE),
    ('insecure: bare LF line ends', b'HTTP/1.1 200 OK\nContent-Length: 0\n\n', _INSECURE),
    ('insecure: still limits the head', _head(16366), _INSECURE),
]

_OK = ['response 200', 'end complete=true', 'body 0']
_OVERFLOW = ['req error HPE_HEADER_OVERFLOW Parse Error: Header overflow', 'body 0']
_BAD_CL = ['req error HPE_INVALID_CONTENT_LENGTH Parse Error: Invalid character in '
           'Content-Length', 'body 0']
_DUP_CL = ['req error HPE_UNEXPECTED_CONTENT_LENGTH Parse Error: Duplicate Content-Length',
           'body 0']
_CUT = ['response 200', 'aborted', 'res error ECONNRESET aborted', 'body 2']

# node_outcome.js (Node v20.20.2) on RESPONSE_CASES
EXPECTED_RESPONSES: dict[str, list[str]] = {
    'head count 16383 (default limit)': _OK,
    'head count 16384 (default limit)': _OVERFLOW,
    'a 100 KB header': _OVERFLOW,
    '3000 small headers': _OVERFLOW,
    'head count 999 (maxHeaderSize 1000)': _OK,
    'head count 1000 (maxHeaderSize 1000)': _OVERFLOW,
    'head count 20018 (maxHeaderSize 32768)': _OK,
    'trailers at 16383': ['response 200', 'end complete=true', 'body 2'],
    'trailers at 16384': ['response 200', 'req error HPE_HEADER_OVERFLOW Parse Error: Header '
                          'overflow', 'aborted', 'res error ECONNRESET aborted', 'body 2'],
    'Content-Length then Transfer-Encoding': [
        "req error HPE_INVALID_TRANSFER_ENCODING Parse Error: Transfer-Encoding can't be present "
        'with Content-Length', 'body 0'],
    'Transfer-Encoding then Content-Length': [
        "req error HPE_INVALID_CONTENT_LENGTH Parse Error: Content-Length can't be present with "
        'Transfer-Encoding', 'body 0'],
    'two equal Content-Lengths': _DUP_CL,
    'two different Content-Lengths': _DUP_CL,
    'Content-Length list': _BAD_CL,
    'Content-Length negative': _BAD_CL,
    'Content-Length plus sign': _BAD_CL,
    'Content-Length overflow': ['req error HPE_INVALID_CONTENT_LENGTH Parse Error: '
                                'Content-Length overflow', 'body 0'],
    'Transfer-Encoding chunked twice': ['response 200', 'end complete=true', 'body 3'],
    'Transfer-Encoding gzip, chunked': ['response 200', 'end complete=true', 'body 3'],
    # not chunked last: the body runs to EOF, raw
    'Transfer-Encoding chunked, gzip': ['response 200', 'end complete=true', 'body 13'],
    'Content-Length longer than the body sent': _CUT,
    'chunked body cut short': _CUT,
    'NUL in a header value': ['req error HPE_INVALID_HEADER_TOKEN Parse Error: Invalid header '
                              'value char', 'body 0'],
    'CR in a header value': ['req error HPE_LF_EXPECTED Parse Error: Missing expected LF after '
                             'header value', 'body 0'],
    'bare LF line ends': ['req error HPE_CR_EXPECTED Parse Error: Missing expected CR after '
                          'response line', 'body 0'],
    'space before the colon': ['req error HPE_INVALID_HEADER_TOKEN Parse Error: Invalid header '
                               'field char', 'body 0'],
    'obs-fold continuation': ['req error HPE_INVALID_HEADER_TOKEN Parse Error: Unexpected '
                              'whitespace after header value', 'body 0'],
    'insecure: Content-Length then Transfer-Encoding': ['response 200', 'end complete=true',
                                                        'body 3'],
    'insecure: Transfer-Encoding then Content-Length': ['response 200', 'end complete=true',
                                                        'body 3'],
    'insecure: two different Content-Lengths': _DUP_CL,
    'insecure: NUL in a header value': _OK,
    'insecure: bare LF line ends': _OK,
    'insecure: still limits the head': _OVERFLOW,
}

# What _h11.py documents the h11 backend does differently from llhttp.
H11_DOCUMENTED = {
    'two equal Content-Lengths': 'merges a repeated identical Content-Length',
    'Content-Length list': 'merges "3, 3" into one Content-Length',
    'Transfer-Encoding chunked twice': 'rejects a response Transfer-Encoding other than chunked',
    'Transfer-Encoding gzip, chunked': 'rejects a response Transfer-Encoding other than chunked',
    'Transfer-Encoding chunked, gzip': 'rejects a response Transfer-Encoding other than chunked',
    'bare LF line ends': 'accepts bare-LF line ends',
    'obs-fold continuation': 'accepts obs-fold continuation lines',
    'insecure: NUL in a header value': 'has no leniency switch',
}
# ... and where it gives the same code with a nearby reason.
H11_NEARBY_REASON = {'Content-Length overflow', 'space before the colon'}


@pytest.fixture(params=available_backends())
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    name: str = request.param
    monkeypatch.setenv('NODE_HTTP_AGENT_PARSER', name)
    return name


def _codes(trace: list[str]) -> list[str]:
    return [' '.join(line.split(' ')[:3]) if 'error' in line else line for line in trace]


def test_response_heads_and_framing(server: RawServer, backend: str) -> None:
    """All of RESPONSE_CASES through http.get (one run): Node's outcome for each."""
    server.reset()
    got = py_outcomes(server, [(data, options) for _, data, options in RESPONSE_CASES])
    problems = []
    for (name, _, _), trace in zip(RESPONSE_CASES, got, strict=True):
        expected = EXPECTED_RESPONSES[name]
        if backend == 'h11' and name in H11_DOCUMENTED:
            continue
        if backend == 'h11' and name in H11_NEARBY_REASON:
            trace, expected = _codes(trace), _codes(expected)
        if trace != expected:
            problems.append(f'{name}:\n  expected {expected}\n  got      {trace}')
    assert not problems, '\n'.join(problems)


@needs_node
def test_response_table_is_node_20s() -> None:
    got = node_outcomes([(data, options) for _, data, options in RESPONSE_CASES])
    names = [name for name, _, _ in RESPONSE_CASES]
    assert dict(zip(names, got, strict=True)) == EXPECTED_RESPONSES


def test_max_header_size_defaults_to_http_max_header_size() -> None:
    assert http.maxHeaderSize == 16384


# == TLS verifies by default ============================================================================

trustme = pytest.importorskip('trustme')


class Certs:
    def __init__(self, directory: str) -> None:
        ca = trustme.CA()
        self.ca = ca.cert_pem.bytes()
        self.dir = directory
        with open(os.path.join(directory, 'ca.pem'), 'wb') as f:
            f.write(self.ca)
        self.pairs: dict[str, tuple[bytes, bytes]] = {}
        for name, hosts in (('good', ('localhost', '127.0.0.1')), ('wrong', ('example.test',))):
            cert = ca.issue_cert(*hosts)
            key = cert.private_key_pem.bytes()
            chain = b''.join(b.bytes() for b in cert.cert_chain_pems)
            self.pairs[name] = (key, chain)
            for suffix, data in (('key', key), ('pem', chain)):
                with open(os.path.join(directory, f'{name}.{suffix}'), 'wb') as f:
                    f.write(data)


@pytest.fixture(scope='module')
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return Certs(str(tmp_path_factory.mktemp('certs')))


CA = object()   # stands for the test CA's PEM
TLS_CASES: list[tuple[str, dict[str, Any]]] = [
    ('good', {'host': 'localhost'}),
    ('good', {'host': 'localhost', 'ca': CA}),
    ('good', {'host': '127.0.0.1', 'ca': CA}),
    ('wrong', {'host': 'localhost', 'ca': CA}),
    ('wrong', {'host': '127.0.0.1', 'ca': CA}),
    ('good', {'host': 'localhost', 'ca': CA, 'servername': 'example.test'}),
    ('wrong', {'host': 'localhost'}),
    ('good', {'host': 'localhost', 'rejectUnauthorized': False}),
    ('wrong', {'host': 'localhost', 'ca': CA, 'rejectUnauthorized': False}),
    ('good', {'host': 'localhost', 'rejectUnauthorized': 0}),
    ('good', {'host': 'localhost', 'rejectUnauthorized': None}),
    ('good', {'host': 'localhost', 'rejectUnauthorized': ''}),
    # Node's documented hook: a checkServerIdentity that returns nothing accepts the name
    # (the chain is still verified).
    ('wrong', {'host': 'localhost', 'ca': CA, 'checkServerIdentity': lambda host, cert: None}),
]
_LEAF = 'error UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate'
_ALTNAME = "error ERR_TLS_CERT_ALTNAME_INVALID Hostname/IP does not match certificate's altnames: "
# node tests/fuzz/node_tls_probe.js (Node v20.20.2): TLS_CASES, then the keep-alive pair
EXPECTED_TLS = [
    _LEAF,
    'response 200 authorized=true',
    'response 200 authorized=true',
    _ALTNAME + "Host: localhost. is not in the cert's altnames: DNS:example.test",
    _ALTNAME + "IP: 127.0.0.1 is not in the cert's list: ",
    _ALTNAME + "Host: example.test. is not in the cert's altnames: DNS:localhost, "
               'IP Address:127.0.0.1',
    _LEAF,
    'response 200 authorized=false',
    'response 200 authorized=false',
    _LEAF,
    _LEAF,
    _LEAF,
    'response 200 authorized=true',
    # one keep-alive agent: rejectUnauthorized false, then the default
    'response 200 authorized=false',
    _LEAF,
]


def test_tls_verifies_by_default(run: Any, certs: Certs) -> None:
    out: list[str] = []

    def main() -> None:
        servers: dict[str, Any] = {}

        def get(options: dict[str, Any], done: Any) -> None:
            def onresponse(res: Any) -> None:
                authorized = res.socket.authorized
                res.resume()
                res.on('end', lambda: done(f'response {res.statusCode} '
                                           f'authorized={str(authorized).lower()}'))
            req = https.get(options, onresponse)
            req.on('error', lambda err: done(f'error {err.code} {err}'))

        def step(i: int) -> None:
            if i < len(TLS_CASES):
                name, options = TLS_CASES[i]
                options = {k: (certs.ca if v is CA else v) for k, v in options.items()}
                options.update(port=servers[name].address()['port'], agent=False)
                get(options, lambda line: (out.append(line), step(i + 1)))
                return
            agent = https.Agent({'keepAlive': True})
            port = servers['good'].address()['port']

            def second() -> None:
                def last(line: str) -> None:
                    out.append(line)
                    agent.destroy()
                    for server in servers.values():
                        server.close()
                get({'host': 'localhost', 'port': port, 'agent': agent}, last)
            get({'host': 'localhost', 'port': port, 'agent': agent, 'rejectUnauthorized': False},
                lambda line: (out.append(line), timers.setTimeout(second, 20)))

        def listen(name: str, then: Any) -> None:
            key, cert = certs.pairs[name]
            server = https.createServer({'key': key, 'cert': cert},
                                        lambda req, res: res.end('ok'))
            server.on('tlsClientError', lambda *a: None)
            servers[name] = server
            server.listen(0, '127.0.0.1', then)
        listen('good', lambda: listen('wrong', lambda: step(0)))
    run(main, timeout=30)
    assert out == EXPECTED_TLS


@needs_node
def test_tls_table_is_node_20s(certs: Certs) -> None:
    assert node_json('node_tls_probe.js', certs.dir) == EXPECTED_TLS
