"""Bad input, systematically (issue 18, item 2): every option, every wrong JS-shaped value, vs Node.

Each cell is (function, option, value). ``gen_node.js`` runs every cell under
Node 20 and records its outcome in ``expected.json`` -- never typed by hand;
regenerate with ``node tests/badinput/gen_node.js > tests/badinput/expected.json``.
This test runs the Python side of each cell (the mechanical translation, one
``process.run`` per function group, cells one after another inside it) and
compares the outcome: its mode (``throw`` synchronously from the call,
``emit`` as ``'error'`` on the request/socket/server, ``uncaught`` through
``process.on('uncaughtException')``, ``ok`` on response/connect/listening, or
``pending`` when nothing happens within the window), the error ``.code``, its
kind (TypeError / RangeError / Error / system) and message text (the test
server's port replaced by ``<PORT>``).

``None`` (API.md ruling 1): Python has one value for JS ``null`` and
``undefined``. For an *option* (a key in an options dict) ``None`` means the
key is absent, so a Python ``None`` option cell is compared with Node's
``undefined`` cell and Node's ``null`` option cells are not run. For a
*positional argument* (``setHeader(name, value)``'s name, ``write``/``end`` arguments,
``listen(port, host, backlog)``) ``None`` is ``null``, so it is compared with
Node's ``null`` cell and Node's ``undefined`` positional cells are not run. Two
(function, option) pairs where the ruling gives None the other meaning are listed
in ``NONE_TWIN``.

Cells where the port still differs from Node are listed, each with its reason,
in ``KNOWN`` below (strict xfails: a fixed cell fails until removed there).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from typing import Any

import pytest

from node_http_agent import http, net, process, timers

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'expected.json'), encoding='utf-8') as fh:
    EXPECTED = json.load(fh)
WINDOW = EXPECTED['window_ms']


def f(*args: Any) -> None:
    """The JS ``function f() {}``."""


VALUES: dict[str, Callable[[], Any]] = {
    'NaN': lambda: math.nan, 'Infinity': lambda: math.inf, '-Infinity': lambda: -math.inf,
    '1.5': lambda: 1.5, '-1': lambda: -1, '0': lambda: 0, '2**53': lambda: 2 ** 53,
    '1e300': lambda: 1e300, "''": lambda: '', "' '": lambda: ' ', "'ünï☃'": lambda: 'ünï☃',
    "'abc'": lambda: 'abc', "'0x10'": lambda: '0x10', 'true': lambda: True,
    'false': lambda: False, '[]': lambda: [], '[1]': lambda: [1], '{}': lambda: {},
    "{'a':1}": lambda: {'a': 1}, 'Buffer': lambda: b'abc', 'function': lambda: f,
    'null': lambda: None, 'undefined': lambda: None,
}

# (fn, option, value) -> why the port still differs from Node.
_SOURCE = ("String() of a JS function is its source text ('function f() {}'); a Python function "
           "has no JS source, the port writes 'function f() { [native code] }'")
KNOWN: dict[tuple[str, str, str], str] = {
    ('http.request', 'protocol', 'function'): _SOURCE,
    ('http.request', 'localAddress', 'function'): _SOURCE,
    ('net.connect', 'localAddress', 'function'): _SOURCE,
    ('OutgoingMessage.setHeader', 'name', 'function'): _SOURCE,
}

# (fn, option) -> (the JS value ruling 1 gives Python's None here, why): these cells compare
# None with that Node cell instead of the default twin (undefined for an option, null for a
# positional argument).
NONE_TWIN: dict[tuple[str, str], tuple[str, str]] = {
    ('OutgoingMessage.setHeader', 'value'): (
        'undefined', "None is both null and undefined; a header value of None is undefined, "
        "as in the conformance case http/err_setheader_on_request (Node's "
        'test-http-invalidheaderfield2): it throws ERR_HTTP_INVALID_HEADER_VALUE where JS null '
        'would be sent as the text "null"'),
    ('Server.listen', 'path'): (
        'null', "{'path': None} is a key the caller passed, described as null (ruling 1): "
        "Node's message for { path: null }"),
}


def runs_in_python(cell: dict[str, Any]) -> bool:
    """The None ruling: options compare with undefined, positional arguments with null
    (except where :data:`NONE_TWIN` says otherwise)."""
    twin = NONE_TWIN.get((cell['fn'], cell['option']))
    if twin is not None and cell['value'] in ('null', 'undefined'):
        return cell['value'] == twin[0]
    return cell['value'] != ('undefined' if cell['positional'] else 'null')


def kind_of(err: BaseException) -> str:
    if isinstance(err, ValueError):
        return 'RangeError'
    if isinstance(err, TypeError):
        return 'TypeError'
    if getattr(err, 'syscall', None) is not None or isinstance(getattr(err, 'errno', None), int):
        return 'system'
    return 'Error'


PORTS: list[int] = []


def norm(msg: str) -> str:
    for port in PORTS:
        msg = msg.replace(f':{port}', ':<PORT>')
    return msg


def failure(mode: str, err: Any) -> dict[str, Any]:
    if not isinstance(err, BaseException):
        return {'mode': mode, 'code': None, 'kind': 'non-error', 'message': str(err)}
    code = getattr(err, 'code', None)
    return {'mode': mode, 'code': code, 'kind': kind_of(err), 'message': norm(str(err))}


def fixedLookup(host: Any, opts: Any, cb: Any = None) -> None:
    if callable(opts):
        cb = opts
    if isinstance(opts, dict) and opts.get('all'):
        cb(None, [{'address': '127.0.0.1', 'family': 4}])
    else:
        cb(None, '127.0.0.1', 4)


# ---- runners: run(opt, value, ctx) -> fn(settle) returning a cleanup -------------------------

def run_agent(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> Callable[[], None]:
        agent = http.Agent({opt: v})
        req = http.get({'host': '127.0.0.1', 'port': ctx['port'], 'agent': agent})
        req.on('error', lambda err: settle(failure('emit', err)))
        req.on('response', lambda res: (res.resume(), settle({'mode': 'ok'})))

        def cleanup() -> None:
            req.destroy()
            agent.destroy()
        return cleanup
    return go


def run_request(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> Callable[[], None]:
        options: dict[str, Any] = {'host': '127.0.0.1', 'port': ctx['port'], 'agent': False}
        if opt in ('host', 'hostname', 'family', 'hints'):
            options['lookup'] = fixedLookup
        if opt == 'host':
            del options['host']
        options[opt] = v
        req = http.request(options)
        req.on('error', lambda err: settle(failure('emit', err)))
        req.on('response', lambda res: (res.resume(), settle({'mode': 'ok'})))
        req.end()
        return req.destroy
    return go


def run_set_header(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> None:
        msg = http.OutgoingMessage()
        if opt == 'name':
            msg.setHeader(v, 'v')
        else:
            msg.setHeader('x-test', v)
        settle({'mode': 'ok'})
    return go


def run_body(method: str) -> Callable[..., Any]:
    def run(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
        def go(settle: Callable[..., None]) -> Callable[[], None]:
            req = http.request({'host': '127.0.0.1', 'port': ctx['port'], 'agent': False,
                                'method': 'POST'})
            req.on('error', lambda err: settle(failure('emit', err)))
            req.on('response', lambda res: (res.resume(), settle({'mode': 'ok'})))
            call = getattr(req, method)
            ctx['cleanup'] = req.destroy
            if opt == 'chunk':
                call(v)
            elif opt == 'encoding':
                call('abc', v)
            else:
                call('abc', 'utf8', v)
            if method == 'write':
                req.end()
            return req.destroy
        return go
    return run


def run_connect(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> Callable[[], None]:
        options: dict[str, Any] = {'host': '127.0.0.1', 'port': ctx['port']}
        if opt in ('host', 'family', 'hints'):
            options['lookup'] = fixedLookup
        if opt == 'path':
            del options['port']
        options[opt] = v
        sock = net.connect(options)
        sock.on('error', lambda err: settle(failure('emit', err)))
        sock.on('connect', lambda *a: settle({'mode': 'ok'}))
        return sock.destroy
    return go


def server_cell(make: Callable[[str, Any], Any]) -> Callable[..., Any]:
    def run(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
        def go(settle: Callable[..., None]) -> Callable[[], None]:
            server = make(opt, v)
            server.on('error', lambda err: settle(failure('emit', err)))
            server.listen(0, '127.0.0.1', lambda *a: settle({'mode': 'ok'}))
            return server.close
        return go
    return run


def run_listen(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> Callable[[], None]:
        server = net.createServer()
        server.on('error', lambda err: settle(failure('emit', err)))
        options: dict[str, Any] = {'port': 0, 'host': '127.0.0.1'}
        if opt == 'path':
            del options['port'], options['host']
        options[opt] = v
        ctx['cleanup'] = server.close
        server.listen(options, lambda *a: settle({'mode': 'ok'}))
        return server.close
    return go


def run_listen_args(opt: str, v: Any, ctx: dict[str, Any]) -> Callable[..., Any]:
    def go(settle: Callable[..., None]) -> Callable[[], None]:
        server = net.createServer()
        server.on('error', lambda err: settle(failure('emit', err)))
        ctx['cleanup'] = server.close

        def ok(*a: Any) -> None:
            settle({'mode': 'ok'})
        if opt == 'port':
            server.listen(v, ok)
        elif opt == 'host':
            server.listen(0, v, ok)
        else:
            server.listen(0, '127.0.0.1', v, ok)
        return server.close
    return go


RUNNERS: dict[str, Callable[..., Any]] = {
    'Agent': run_agent,
    'http.request': run_request,
    'OutgoingMessage.setHeader': run_set_header,
    'ClientRequest.write': run_body('write'),
    'ClientRequest.end': run_body('end'),
    'net.connect': run_connect,
    'net.createServer': server_cell(lambda opt, v: net.createServer({opt: v})),
    'http.createServer': server_cell(lambda opt, v: http.createServer({opt: v})),
    'Server.listen': run_listen,
    'Server.listen(args)': run_listen_args,
}

CELLS = [c for c in EXPECTED['cells'] if runs_in_python(c)]


def run_group(fn: str, cells: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
    """Every cell of one group, one after another, inside one process.run."""
    results: dict[tuple[str, str], Any] = {}
    runner = RUNNERS[fn]

    def main() -> Any:
        state: dict[str, Any] = {'settle': None}

        def on_uncaught(err: Any, *args: Any) -> None:
            if state['settle'] is not None:
                state['settle'](failure('uncaught', err))
            else:
                results.setdefault(('<between cells>', ''), failure('uncaught', err))
        process.on('uncaughtException', on_uncaught)
        server = http.createServer(lambda req, res: (req.resume(), res.end('ok')))

        def run_cell(i: int) -> None:
            if i >= len(cells):
                process.removeListener('uncaughtException', on_uncaught)
                server.close()
                server.closeAllConnections()
                return
            c = cells[i]
            ctx: dict[str, Any] = {'port': PORTS[-1]}
            done = [False]
            cleanup: list[Any] = [None]

            def settle(outcome: dict[str, Any]) -> None:
                if done[0]:
                    return
                done[0] = True
                timers.clearTimeout(timer)
                state['settle'] = None
                try:
                    (cleanup[0] or ctx.get('cleanup') or (lambda: None))()
                except Exception:
                    pass
                results[(c['option'], c['value'])] = outcome
                timers.setImmediate(run_cell, i + 1)

            timer = timers.setTimeout(lambda: settle({'mode': 'pending'}), WINDOW)
            state['settle'] = settle
            try:
                cleanup[0] = runner(c['option'], VALUES[c['value']](), ctx)(settle)
            except Exception as err:  # noqa: BLE001 - the outcome under test
                settle(failure('throw', err))

        def listening(*args: Any) -> None:
            PORTS.append(server.address()['port'])
            run_cell(0)
        server.listen(0, '127.0.0.1', listening)

    process.run(main)
    return results


_cache: dict[str, dict[tuple[str, str], Any]] = {}


@pytest.fixture
def group_results(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Any]:
    def get(fn: str) -> dict[tuple[str, str], Any]:
        if fn not in _cache:
            monkeypatch.chdir(tmp_path)  # pipe paths such as 'abc' land here
            _cache[fn] = run_group(fn, [c for c in CELLS if c['fn'] == fn])
        return _cache[fn]
    return get


def _param(c: dict[str, Any]) -> Any:
    key = (c['fn'], c['option'], c['value'])
    marks = [pytest.mark.xfail(reason=KNOWN[key], strict=True)] if key in KNOWN else []
    return pytest.param(c, id=f"{c['fn']}-{c['option']}-{c['value']}", marks=marks)


def test_enough_cells() -> None:
    assert len(CELLS) >= 1000
    assert set(RUNNERS) == {c['fn'] for c in CELLS}
    assert all(k in {(c['fn'], c['option'], c['value']) for c in CELLS} for k in KNOWN)


@pytest.mark.parametrize('cell', [_param(c) for c in CELLS])
def test_cell(cell: dict[str, Any], group_results: Callable[[str], Any]) -> None:
    got = group_results(cell['fn']).get((cell['option'], cell['value']))
    assert got == cell['outcome']
