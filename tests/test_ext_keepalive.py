"""agentkeepalive's features in http.Agent (docs/extensions.md): freeSocketTimeout,
socketActiveTTL, getCurrentStatus() and statusChanged, as agentkeepalive 4.x documents them."""

from __future__ import annotations

import socket as _socket
from typing import Any

import pytest
from ext_helpers import MisbehavingServer, afterClose, check_ended_once, get, snapshot

from node_http_agent import events, http, https, timers


def test_free_socket_timeout_closes_idle_socket(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'timeout': 1000, 'freeSocketTimeout': 60})
        req, rec = get(agent, server.port)
        req.on('response', lambda res: out.setdefault('activeTimeout', req.socket.timeout))

        def pooled() -> None:
            out['pooled'] = snapshot(agent)
            name = list(agent.freeSockets)[0]
            out['idleTimeout'] = agent.freeSockets[name][0].timeout

            def later() -> None:
                out['later'] = snapshot(agent)
                out['status'] = agent.getCurrentStatus()
                server.close()
            timers.setTimeout(later, 200)
        afterClose([req], pooled, delay=5)
    run(main)
    assert out['activeTimeout'] == 1000  # Node's timeout still rules the active socket
    assert out['idleTimeout'] == 60
    assert out['pooled']['freeSockets'] == 1
    assert out['later'] == {'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}
    status = out['status']
    assert status['timeoutSocketCount'] == 1 and status['closeSocketCount'] == 1
    assert status['createSocketCount'] == 1 and status['requestCount'] == 1


@pytest.mark.parametrize('options, active', [({'timeout': 900}, 900), ({}, 0)])
def test_reuse_restores_the_active_timeout(run, options, active):
    """A pooled socket's idle lifetime ends when it is reused: Node's timeout (or none) again."""
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'freeSocketTimeout': 500, **options})
        r0, _ = get(agent, server.port)

        def second() -> None:
            r1, rec = get(agent, server.port)
            r1.on('socket', lambda s: out.setdefault('timeout', s.timeout))

            def done() -> None:
                out['rec'] = rec
                agent.destroy()
                server.close()
            afterClose([r1], done)
        afterClose([r0], second, delay=5)
    run(main)
    assert out['rec']['reusedSocket'] is True
    assert (out['timeout'] or 0) == active


def _idle_timeout(run: Any, options: dict[str, Any], node_server: bool) -> Any:
    """The timeout of the socket pooled after one request."""
    out: dict[str, Any] = {}

    async def main() -> None:
        agent = http.Agent({'keepAlive': True, **options})
        if node_server:  # Node's server sends Keep-Alive: timeout=5
            server = http.createServer(lambda req, res: res.end('ok'))
            server.listen(0, '127.0.0.1')
            await events.once(server, 'listening')
            port = server.address()['port']
        else:
            server = MisbehavingServer().listen()
            port = server.port
        req, _ = get(agent, port)

        def pooled() -> None:
            name = list(agent.freeSockets)[0]
            out['idle'] = agent.freeSockets[name][0].timeout
            agent.destroy()
            server.close()
        afterClose([req], pooled, delay=5)
    run(main)
    return out['idle']


def test_free_socket_timeout_overrides_a_shorter_agent_timeout(run):
    """agentkeepalive: the idle socket gets freeSocketTimeout even when timeout is shorter."""
    assert _idle_timeout(run, {'timeout': 1000, 'freeSocketTimeout': 5000}, False) == 5000


def test_server_keep_alive_hint_still_wins_when_lower(run):
    """Node's hint (Keep-Alive: timeout=5 -> 4000 ms) bounds a longer freeSocketTimeout."""
    assert _idle_timeout(run, {'timeout': 10000, 'freeSocketTimeout': 20000}, True) == 4000


@pytest.mark.parametrize('ttl, wait, sockets', [(40, 80, 2), (5000, 10, 1)])
def test_socket_active_ttl(run, ttl, wait, sockets):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'socketActiveTTL': ttl})
        r0, _ = get(agent, server.port)

        def pooled() -> None:
            name = list(agent.freeSockets)[0] if agent.freeSockets else None
            out['idle'] = agent.freeSockets[name][0].timeout if name else None

            def second() -> None:
                r1, rec = get(agent, server.port)

                def done() -> None:
                    out['rec'] = rec
                    out['end'] = snapshot(agent)
                    out['connections'] = server.connections
                    agent.destroy()
                    server.close()
                afterClose([r1], done)
            timers.setTimeout(second, wait)
        afterClose([r0], pooled, delay=1)
    run(main)
    check_ended_once(out['rec'], 'second')
    assert out['connections'] == sockets
    assert out['idle'] is not None and 0 < out['idle'] <= ttl  # capped by the TTL left
    assert out['end']['freeSockets'] == 1 and out['end']['totalSocketCount'] == 1


def test_ttl_expired_socket_is_not_handed_to_a_queued_request(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer(lambda c, i: 'slow').listen()  # answers after 40 ms
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'socketActiveTTL': 20})
        pairs = [get(agent, server.port, f'/{i}') for i in range(2)]

        def done() -> None:
            out['recs'] = [rec for _, rec in pairs]
            out['end'] = snapshot(agent)
            out['connections'] = server.connections
            agent.destroy()
            server.close()
        afterClose([req for req, _ in pairs], done)
    run(main)
    assert [rec['statusCode'] for rec in out['recs']] == [200, 200]
    assert out['connections'] == 2
    assert out['end'] == {'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}


def test_get_current_status_and_status_changed(run):
    out: dict[str, Any] = {}

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 2})
        out['initial'] = agent.getCurrentStatus()
        out['changed0'] = agent.statusChanged
        pairs = [get(agent, server.port, f'/{i}') for i in range(3)]
        out['during'] = agent.getCurrentStatus()

        def done() -> None:
            out['after'] = agent.getCurrentStatus()
            out['changed1'] = agent.statusChanged
            out['changed2'] = agent.statusChanged
            agent.destroy()

            def closed() -> None:
                out['closed'] = agent.getCurrentStatus()
                server.close()
            timers.setTimeout(closed, 20)
        afterClose([req for req, _ in pairs], done)
    run(main)
    initial = out['initial']
    assert initial == {'createSocketCount': 0, 'createSocketErrorCount': 0, 'closeSocketCount': 0,
                       'errorSocketCount': 0, 'timeoutSocketCount': 0, 'requestCount': 0,
                       'freeSockets': {}, 'sockets': {}, 'requests': {}}
    assert out['changed0'] is False
    during = out['during']
    assert list(during['sockets'].values()) == [2] and list(during['requests'].values()) == [1]
    after = out['after']
    assert after['createSocketCount'] == 2 and after['requestCount'] == 3
    assert list(after['freeSockets'].values()) == [2] and after['sockets'] == {}
    assert out['changed1'] is True and out['changed2'] is False
    assert out['closed']['closeSocketCount'] == 2 and out['closed']['freeSockets'] == {}


def test_error_counters(run):
    out: dict[str, Any] = {}
    probe = _socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()

    def main() -> None:
        agent = http.Agent()
        req, rec = get(agent, port)

        failing = http.Agent()
        failing.createConnection = lambda options, cb: cb(Exception('no socket for you'))
        req2, rec2 = get(failing, port)

        def done() -> None:
            out['refused'] = agent.getCurrentStatus()
            out['failing'] = failing.getCurrentStatus()
            out['recs'] = (rec, rec2)
        afterClose([req, req2], done)
    run(main)
    assert out['refused']['errorSocketCount'] == 1 and out['refused']['closeSocketCount'] == 1
    assert out['refused']['createSocketCount'] == 1
    assert out['failing']['createSocketErrorCount'] == 1
    assert out['failing']['createSocketCount'] == 0


def test_https_agent_takes_the_options():
    agent = https.Agent({'keepAlive': True, 'freeSocketTimeout': 1000, 'socketActiveTTL': 5000})
    assert agent._ext is not None and agent._ext.freeSocketTimeout == 1000
    assert agent.getCurrentStatus()['createSocketCount'] == 0


@pytest.mark.parametrize('option, value', [('freeSocketTimeout', -1), ('socketActiveTTL', 'x'),
                                           ('maxRequestsPerSocket', 0),
                                           ('maxQueuedRequests', 1.5),
                                           ('queueTimeout', -5), ('retryStaleSocket', -1)])
def test_bad_option_values(option, value):
    with pytest.raises((TypeError, ValueError)) as info:
        http.Agent({option: value})
    assert info.value.code in ('ERR_OUT_OF_RANGE', 'ERR_INVALID_ARG_TYPE')


def test_defaults_have_no_extensions():
    assert http.Agent()._ext is None
    assert http.Agent({'keepAlive': True, 'timeout': 5}).__dict__.get('_ext') is None
    assert http.globalAgent._ext is None
