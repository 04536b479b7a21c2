"""checkIdleSocket, maxQueuedRequests/queueTimeout and client-side maxRequestsPerSocket
(docs/extensions.md), under the fault server, with the pool maps checked after each."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from ext_helpers import MisbehavingServer, Scripted, afterClose, check_ended_once, get, snapshot

from node_http_agent import http, timers

EMPTY = {'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}


# -- checkIdleSocket ---------------------------------------------------------------------------

def _dead_idle_socket(run: Any, agentOptions: dict[str, Any], kill: str) -> dict[str, Any]:
    """One pooled socket; the server kills it (``kill``) and the client reuses it in the same
    callback, before the loop has read the FIN/RST: only a peek can tell."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, **agentOptions})
        r0, _ = get(agent, server.port, '/0')

        def pooled() -> None:
            getattr(server, kill)()
            # The server's abort() closes its socket on the loop's next turn: take the pooled
            # socket right after that, before the loop polls the client's socket again.
            asyncio.get_running_loop().call_soon(take)

        def take() -> None:
            time.sleep(0.02)  # the FIN/RST reaches our kernel; the loop has not read it
            r1, rec = get(agent, server.port, '/1')

            def done() -> None:
                out['rec'] = rec
                out['end'] = snapshot(agent)
                out['connections'] = server.connections
                agent.destroy()
                server.close()
            afterClose([r1], done)
        afterClose([r0], pooled, delay=5)
    run(main)
    check_ended_once(out['rec'], 'second request')
    return out


@pytest.mark.parametrize('kill', ['fin_all', 'reset_all'])
def test_check_idle_socket_drops_a_dead_pooled_socket(run, kill):
    out = _dead_idle_socket(run, {'checkIdleSocket': True}, kill)
    rec = out['rec']
    assert rec['statusCode'] == 200 and rec['errors'] == []
    assert rec['reusedSocket'] is False
    assert out['connections'] == 2
    assert out['end'] == {'sockets': 0, 'freeSockets': 1, 'requests': 0, 'totalSocketCount': 1}


@pytest.mark.parametrize('kill', ['fin_all', 'reset_all'])
def test_without_check_node_hands_out_the_dead_socket(run, kill):
    out = _dead_idle_socket(run, {}, kill)
    rec = out['rec']
    assert rec['reusedSocket'] is True and rec['errors'][0]['code'] == 'ECONNRESET'
    assert out['end'] == EMPTY


def test_check_idle_socket_drops_a_socket_with_unsolicited_bytes(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'checkIdleSocket': True})
        r0, _ = get(agent, server.port, '/0')

        def pooled() -> None:
            server.write_all(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
            time.sleep(0.02)
            r1, rec = get(agent, server.port, '/1')

            def done() -> None:
                out['rec'] = rec
                out['connections'] = server.connections
                out['end'] = snapshot(agent)
                agent.destroy()
                server.close()
            afterClose([r1], done)
        afterClose([r0], pooled, delay=5)
    run(main)
    assert out['rec']['statusCode'] == 200 and out['rec']['reusedSocket'] is False
    assert out['connections'] == 2


def test_check_idle_socket_keeps_a_live_socket(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'checkIdleSocket': True})
        r0, _ = get(agent, server.port, '/0')

        def pooled() -> None:
            r1, rec = get(agent, server.port, '/1')

            def done() -> None:
                out['rec'] = rec
                out['connections'] = server.connections
                agent.destroy()
                server.close()
            afterClose([r1], done)
        afterClose([r0], pooled, delay=5)
    run(main)
    assert out['rec']['reusedSocket'] is True and out['connections'] == 1


# -- maxQueuedRequests / queueTimeout ------------------------------------------------------------

def test_max_queued_requests_fails_at_once(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(lambda c, i: 'slow').listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'maxQueuedRequests': 1})
        pairs = [get(agent, server.port, f'/{i}') for i in range(4)]
        out['queued'] = snapshot(agent)

        def done() -> None:
            out['recs'] = [rec for _, rec in pairs]
            out['end'] = snapshot(agent)
            agent.destroy()
            server.close()
        afterClose([req for req, _ in pairs], done)
    run(main)
    recs = out['recs']
    for i, rec in enumerate(recs):
        check_ended_once(rec, f'request {i}')
    assert [rec['statusCode'] for rec in recs] == [200, 200, None, None]
    assert [e['code'] for rec in recs[2:] for e in rec['errors']] == ['ERR_AGENT_QUEUE_FULL'] * 2
    assert 'socket' not in recs[2]['events']
    assert out['queued'] == {'sockets': 1, 'freeSockets': 0, 'requests': 1, 'totalSocketCount': 1}
    assert out['end'] == {'sockets': 0, 'freeSockets': 1, 'requests': 0, 'totalSocketCount': 1}


def test_max_queued_requests_zero_never_queues(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'maxSockets': 1, 'maxQueuedRequests': 0})
        pairs = [get(agent, server.port, f'/{i}') for i in range(2)]

        def done() -> None:
            out['recs'] = [rec for _, rec in pairs]
            out['end'] = snapshot(agent)
            server.close()
        afterClose([req for req, _ in pairs], done)
    run(main)
    assert out['recs'][0]['statusCode'] == 200
    assert out['recs'][1]['errors'][0]['code'] == 'ERR_AGENT_QUEUE_FULL'
    assert out['end'] == EMPTY


def test_queue_timeout(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(Scripted('never')).listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'queueTimeout': 30})
        first, rec0 = get(agent, server.port, '/0')
        queued, rec1 = get(agent, server.port, '/1')
        out['queued'] = snapshot(agent)

        def after_timeout() -> None:
            out['afterTimeout'] = snapshot(agent)
            first.destroy()

            def done() -> None:
                out['recs'] = (rec0, rec1)
                out['end'] = snapshot(agent)
                agent.destroy()
                server.close()
            timers.setTimeout(done, 20)
        queued.on('close', lambda *a: timers.setTimeout(after_timeout, 5))
    run(main)
    rec0, rec1 = out['recs']
    check_ended_once(rec1, 'queued')
    assert rec1['errors'][0]['code'] == 'ERR_AGENT_QUEUE_TIMEOUT'
    assert str(rec1['errors'][0]['message']) == 'The request waited 30 ms for a socket (queueTimeout)'
    assert out['queued']['requests'] == 1
    assert out['afterTimeout'] == {'sockets': 1, 'freeSockets': 0, 'requests': 0,
                                   'totalSocketCount': 1}
    assert out['end'] == EMPTY


def test_queue_timeout_cleared_when_a_socket_comes(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'queueTimeout': 200})
        pairs = [get(agent, server.port, f'/{i}') for i in range(3)]

        def done() -> None:
            out['recs'] = [rec for _, rec in pairs]
            out['timers'] = [getattr(req, '_extQueueTimer', None) for req, _ in pairs]
            agent.destroy()
            server.close()
        afterClose([req for req, _ in pairs], done)
    run(main)
    assert [rec['statusCode'] for rec in out['recs']] == [200, 200, 200]
    assert out['timers'] == [None, None, None]


# -- maxRequestsPerSocket ----------------------------------------------------------------------

@pytest.mark.parametrize('limit, connections', [(1, 4), (2, 2), (3, 2), (10, 1)])
def test_max_requests_per_socket(run, limit, connections):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'maxRequestsPerSocket': limit})
        pairs = [get(agent, server.port, f'/{i}') for i in range(4)]

        def done() -> None:
            out['recs'] = [rec for _, rec in pairs]
            out['connections'] = server.connections
            out['end'] = snapshot(agent)
            agent.destroy()
            server.close()
        afterClose([req for req, _ in pairs], done)
    run(main)
    assert [rec['statusCode'] for rec in out['recs']] == [200] * 4
    assert out['connections'] == connections
    assert out['end']['sockets'] == 0 and out['end']['requests'] == 0


def test_max_requests_per_socket_sequential_pool(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'maxRequestsPerSocket': 2})
        seen = []

        def step(i: int) -> None:
            if i == 5:
                out['connections'] = server.connections
                out['reused'] = seen
                out['end'] = snapshot(agent)
                agent.destroy()
                server.close()
                return
            req, rec = get(agent, server.port, f'/{i}')
            req.on('close', lambda *a: (seen.append(req.reusedSocket),
                                        timers.setTimeout(step, 5, i + 1)))
        step(0)
    run(main)
    assert out['reused'] == [False, True, False, True, False]
    assert out['connections'] == 3
