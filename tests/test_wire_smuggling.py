"""Smuggling and desync vectors: each parser backend must do what Node 20 does.

The vectors live in ``tests/wire_smuggling/vectors.js``; ``node_outcomes.js``
runs them through Node (a raw server answering ``http.request``, a raw client
writing to ``http.createServer``) and records each trace in
``node_outcomes.json``. Here the same steps, translated mechanically, run
through the port on each backend, and each trace must equal Node's, event for
event (accept or reject, the ``HPE_*`` code and message, what was delivered).
Re-record with ``node tests/wire_smuggling/node_outcomes.js``.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

import pytest

from node_http_agent import http, net, process, timers
from node_http_agent._wire import ENV_VAR, available_backends

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'wire_smuggling', 'node_outcomes.json'), encoding='utf-8') as _f:
    RECORDED = json.load(_f)
VECTORS: list[dict[str, Any]] = RECORDED['vectors']


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(',', ':'))


def response_case(bytes_: bytes, method: str, resolve: Any) -> None:
    trace: list[str] = []
    state: dict[str, Any] = {'buf': b''}

    def onconnection(sock: Any) -> None:
        sock.on('error', lambda e: None)

        def ondata(d: bytes) -> None:
            if state['buf'] is None:
                return
            state['buf'] = state['buf'] + d
            if b'\r\n\r\n' in state['buf']:
                state['buf'] = None
                sock.end(bytes_)
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening() -> None:
        body = {'v': ''}

        def done() -> None:
            def fin() -> None:
                server.close()
                trace.append('body ' + _json(body['v']))
                resolve(trace)
            timers.setTimeout(fin, 20)

        def onresponse(res: Any) -> None:
            trace.append(f'response {res.statusCode} ' + _json(res.rawHeaders))

            def ondata(d: bytes) -> None:
                body['v'] += d.decode('latin-1')
            res.on('data', ondata)
            res.on('end', lambda: trace.append(
                f'end complete={str(res.complete).lower()} trailers=' + _json(res.rawTrailers)))
            res.on('aborted', lambda: trace.append('aborted'))
            res.on('error', lambda e: trace.append(f'res error {e.code} {e.message}'))
            res.on('close', lambda: trace.append('res close'))
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                            'agent': False, 'method': method}, onresponse)
        req.on('error', lambda e: trace.append(f'req error {e.code} {e.message}'))

        def onclose() -> None:
            trace.append('req close')
            done()
        req.on('close', onclose)
        req.end()
    server.listen(0, '127.0.0.1', onlistening)


def request_case(bytes_: bytes, resolve: Any) -> None:
    trace: list[str] = []

    def onrequest(req: Any, res: Any) -> None:
        body = {'v': ''}
        trace.append(f'request {req.method} {req.url} {req.httpVersion} ' + _json(req.rawHeaders))

        def ondata(d: bytes) -> None:
            body['v'] += d.decode('latin-1')
        req.on('data', ondata)

        def onend() -> None:
            trace.append('end ' + _json(body['v']) + ' trailers=' + _json(req.rawTrailers))
            res.end('ok')
        req.on('end', onend)
        req.on('error', lambda e: trace.append(f'req error {e.code} {e.message}'))
    server = http.createServer(onrequest)

    def onclientError(e: Any, sock: Any) -> None:
        trace.append(f'clientError {e.code} {e.message}')
        sock.destroy()
    server.on('clientError', onclientError)

    def onlistening() -> None:
        sock = net.connect(server.address()['port'], '127.0.0.1')
        got = {'n': 0}

        def ondata(d: bytes) -> None:
            got['n'] += len(d)
        sock.on('data', ondata)
        sock.on('error', lambda e: None)

        def onclose(*_: Any) -> None:
            def fin() -> None:
                server.close()
                trace.append(f"answered {str(got['n'] > 0).lower()}")
                resolve(trace)
            timers.setTimeout(fin, 20)
        sock.on('close', onclose)
        sock.end(bytes_)
    server.listen(0, '127.0.0.1', onlistening)


def run_port(backend: str) -> dict[str, list[str]]:
    """Every vector through the port on ``backend``, one after another."""
    out: dict[str, list[str]] = {}
    saved = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = backend
    try:
        def main() -> None:
            timers.setTimeout(lambda: None, 60_000).unref()

            def step(i: int) -> None:
                if i >= len(VECTORS):
                    return
                vector = VECTORS[i]

                def resolve(trace: list[str]) -> None:
                    out[vector['name']] = trace
                    step(i + 1)
                data = base64.b64decode(vector['bytes'])
                if vector['side'] == 'response':
                    response_case(data, vector['method'], resolve)
                else:
                    request_case(data, resolve)
            step(0)
        process.run(main)
    finally:
        if saved is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = saved
    return out


_results: dict[str, dict[str, list[str]]] = {}


def port_trace(backend: str, name: str) -> list[str]:
    if backend not in _results:
        _results[backend] = run_port(backend)
    return _results[backend][name]


BACKENDS = ['llhttp', 'h11']

# Where a backend is known to differ from Node, and why (docs/deviations.md); each is
# strictly stricter than Node, none lets through what Node refuses.
KNOWN = {
    ('r_te_empty', 'llhttp'): "httptools' own llhttp build refuses an empty Transfer-Encoding "
                              'that Node 20 reads to EOF',
}


def test_table_size() -> None:
    assert len(VECTORS) >= 43
    names = [v['name'] for v in VECTORS]
    assert len(set(names)) == len(names)
    # the table covers both outcomes on both sides
    rejected = [v for v in VECTORS if any(' HPE_' in line for line in v['trace'])]
    assert len(rejected) >= 43
    assert {v['side'] for v in rejected} == {'request', 'response'}


@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('name', [v['name'] for v in VECTORS])
def test_vector(backend: str, name: str) -> None:
    if backend not in available_backends():
        pytest.skip(f'{backend} backend not installed')
    expected = next(v['trace'] for v in VECTORS if v['name'] == name)
    got = port_trace(backend, name)
    if (name, backend) in KNOWN:
        assert got != expected, 'a known difference is gone: drop it from KNOWN'
        assert any(' HPE_' in line for line in got)   # stricter, never more lenient
        pytest.xfail(KNOWN[name, backend])
    assert got == expected
