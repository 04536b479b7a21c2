"""retryStaleSocket (docs/extensions.md): a reset on a reused socket is invisible to a GET,
visible to a POST, a streamed body or a partly received response; pool maps checked after."""

from __future__ import annotations

from typing import Any

import pytest
from ext_helpers import (
    MisbehavingServer,
    Scripted,
    afterClose,
    check_ended_once,
    clean,
    get,
    snapshot,
)

from node_http_agent import http


def _two_requests(run: Any, agentOptions: dict[str, Any], second: str,
                  method: str = 'GET', body: bytes | None = None,
                  streamed: bool = False) -> dict[str, Any]:
    """Request 0 is answered and pools its socket; request 1 reuses it and meets ``second``."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(Scripted('ok', second)).listen()
        agent = http.Agent({'keepAlive': True, **agentOptions})
        r0, rec0 = get(agent, server.port, '/0')

        def next_request() -> None:
            out['pooled'] = snapshot(agent)
            req = http.request({'host': '127.0.0.1', 'port': server.port, 'agent': agent,
                                'method': method, 'path': '/1'})
            from ext_helpers import track
            rec = track(req)
            rec['retries'] = []
            req.on('retry', lambda err, n: (rec['events'].append('retry'),
                                            rec['retries'].append((err.code, n))))
            if streamed:
                req.write(body or b'x')
                req.once('socket', lambda s: req.end())
            else:
                req.end(body)

            def finish() -> None:
                out['rec'] = rec
                out['end'] = snapshot(agent)
                out['connections'] = server.connections
                out['status'] = agent.getCurrentStatus()
                agent.destroy()
                server.close()
            afterClose([req], finish)
        afterClose([r0], next_request)
    run(main)
    check_ended_once(out['rec'], 'second request')
    return out


@pytest.mark.parametrize('fault', ['fin_on_request', 'rst_on_request'])
@pytest.mark.parametrize('method', ['GET', 'TRACE', 'DELETE', 'PUT', 'OPTIONS'])
def test_idempotent_request_is_sent_again(run, fault, method):
    body = b'payload' if method == 'PUT' else None
    out = _two_requests(run, {'retryStaleSocket': True}, fault, method, body)
    rec = out['rec']
    assert rec['retries'] == [('ECONNRESET', 1)]
    assert rec['errors'] == []
    assert rec['events'].count('response') == 1 and 'error' not in rec['events']
    assert rec['events'].index('retry') < rec['events'].index('response')
    assert rec['statusCode'] == 200
    assert rec['reusedSocket'] is False  # the answer came on a fresh socket
    assert out['connections'] == 2
    assert out['end'] == {'sockets': 0, 'freeSockets': 1, 'requests': 0, 'totalSocketCount': 1}


@pytest.mark.parametrize('fault', ['fin_on_request', 'rst_on_request'])
def test_post_sees_the_error(run, fault):
    out = _two_requests(run, {'retryStaleSocket': True}, fault, 'POST', b'data')
    rec = out['rec']
    assert rec['retries'] == []
    assert rec['events'].count('error') == 1 and 'response' not in rec['events']
    assert rec['errors'][0]['code'] == 'ECONNRESET'
    assert rec['reusedSocket'] is True
    assert out['end']['requests'] == 0 and out['end']['totalSocketCount'] == 0


def test_streamed_body_is_not_sent_again(run):
    out = _two_requests(run, {'retryStaleSocket': 3}, 'fin_on_request', 'PUT', b'part',
                        streamed=True)
    assert out['rec']['retries'] == []
    assert out['rec']['errors'][0]['code'] == 'ECONNRESET'


def test_off_by_default_keeps_nodes_error(run):
    out = _two_requests(run, {}, 'fin_on_request')
    rec = out['rec']
    assert rec['retries'] == [] and rec['errors'][0]['message'] == 'socket hang up'
    assert clean(rec)['outcome'] == 'error'


def test_response_bytes_received_means_no_retry(run):
    out = _two_requests(run, {'retryStaleSocket': True}, 'rst_mid_body')
    rec = out['rec']
    assert rec['retries'] == []
    assert 'response' in rec['events']


def test_fresh_socket_failure_is_not_retried(run):
    """The first request on a new connection is not a stale-socket race: its error shows."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(Scripted('rst_on_request')).listen()
        agent = http.Agent({'keepAlive': True, 'retryStaleSocket': 2})
        req, rec = get(agent, server.port)

        def finish() -> None:
            out['rec'] = rec
            out['end'] = snapshot(agent)
            agent.destroy()
            server.close()
        afterClose([req], finish)
    run(main)
    assert out['rec']['retries'] == [] and out['rec']['errors'][0]['code'] == 'ECONNRESET'
    assert out['end'] == {'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}


def test_retry_with_queued_requests_and_max_sockets(run):
    """maxSockets 1: the retried request goes first, the queued ones follow on the new socket."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(Scripted('ok', 'fin_on_request')).listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'retryStaleSocket': True})
        r0, _ = get(agent, server.port, '/0')

        def more() -> None:
            pairs = [get(agent, server.port, f'/{i}') for i in (1, 2, 3)]
            out['queued'] = snapshot(agent)

            def finish() -> None:
                out['recs'] = [rec for _, rec in pairs]
                out['end'] = snapshot(agent)
                agent.destroy()
                server.close()
            afterClose([req for req, _ in pairs], finish)
        afterClose([r0], more)
    run(main)
    recs = out['recs']
    for i, rec in enumerate(recs):
        check_ended_once(rec, f'request {i + 1}')
        assert rec['statusCode'] == 200 and rec['errors'] == []
    assert [len(rec['retries']) for rec in recs] == [1, 0, 0]
    assert out['queued']['requests'] == 2
    assert out['end'] == {'sockets': 0, 'freeSockets': 1, 'requests': 0, 'totalSocketCount': 1}


@pytest.mark.parametrize('how', ['setTimeout', 'option'])
def test_request_timeout_follows_the_retry(run, how):
    """The new socket gets the request's timeout, armed once (one 'timeout' forwarder)."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(Scripted('ok', 'fin_on_request')).listen()
        agent = http.Agent({'keepAlive': True, 'retryStaleSocket': True})
        r0, _ = get(agent, server.port, '/0')

        def next_request() -> None:
            extra = {'timeout': 700} if how == 'option' else {}
            req, rec = get(agent, server.port, '/1', **extra)
            if how == 'setTimeout':
                req.setTimeout(700)
            sockets = []
            req.on('socket', lambda s: sockets.append(s))

            def response(res: Any) -> None:
                s = req.socket
                out['timeout'] = s.timeout
                out['forwarders'] = sum(1 for fn in s.rawListeners('timeout')
                                        if 'EmitRequestTimeout' in type(
                                            getattr(fn, 'listener', fn)).__name__)
            req.on('response', response)

            def done() -> None:
                out['rec'] = rec
                out['sockets'] = len(sockets)
                agent.destroy()
                server.close()
            afterClose([req], done)
        afterClose([r0], next_request)
    run(main)
    assert out['rec']['retries'] == [('ECONNRESET', 1)]
    assert out['sockets'] == 2
    assert out['timeout'] == 700
    assert out['forwarders'] == 1
