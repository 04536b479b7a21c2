"""node_http_agent.dns: lookup off the loop thread, Node's options, errors and result order."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest

from node_http_agent import dns, errors, process


@pytest.fixture
def asyncio_loop(monkeypatch):
    """Tests that stand in for socket.getaddrinfo need asyncio's resolver (uvloop calls libuv's)."""
    monkeypatch.setenv('NODE_HTTP_AGENT_LOOP', 'asyncio')


def test_ip_literal_answers_in_a_tick_not_synchronously(common, run):
    seen = []

    def main():
        dns.lookup('127.0.0.1', common.mustCall(lambda err, a, f: seen.append(('v4', err, a, f))))
        dns.lookup('::1', {'all': True}, common.mustCall(lambda err, all: seen.append(('all', all))))
        seen.append('sync')
    run(main)
    assert seen == ['sync', ('v4', None, '127.0.0.1', 4),
                    ('all', [{'address': '::1', 'family': 6}])]


def test_resolution_runs_off_the_loop_thread(common, run, monkeypatch, asyncio_loop):
    threads = []
    real = socket.getaddrinfo

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)
    monkeypatch.setattr(socket, 'getaddrinfo', spy)

    def main():
        loop_thread = threading.get_ident()

        def done(err, address, family):
            assert err is None and (address, family) == ('127.0.0.1', 4)
            assert threads and loop_thread not in threads
        dns.lookup('localhost', 4, common.mustCall(done))
    run(main)


def test_pending_lookup_keeps_run_alive_and_drains_ticks_after_callback(common, run):
    order = []

    def main():
        def done(err, address, family):
            order.append('callback')
            process.nextTick(lambda: order.append('tick'))
            asyncio.get_running_loop().call_soon(lambda: order.append('soon'))
        dns.lookup('localhost', {'family': 'IPv4'}, common.mustCall(done))
    run(main)
    assert order == ['callback', 'tick', 'soon']


def test_enotfound_has_node_fields(common, run):
    def main():
        def done(err, address=None, family=None):
            assert isinstance(err, errors.SystemError)
            assert err.code == 'ENOTFOUND'
            assert err.errno == -3008
            assert err.syscall == 'getaddrinfo'
            assert err.hostname == 'no-such-host.invalid'
            assert str(err) == 'getaddrinfo ENOTFOUND no-such-host.invalid'
            assert address is None and family is None
        dns.lookup('no-such-host.invalid', common.mustCall(done))
    run(main)


@pytest.mark.parametrize('gai, code, errno', [
    (socket.EAI_NONAME, 'ENOTFOUND', -3008),
    (socket.EAI_AGAIN, 'EAI_AGAIN', -3001),
    (socket.EAI_FAIL, 'EAI_FAIL', -3004),
    (getattr(socket, 'EAI_NODATA', socket.EAI_NONAME), 'ENOTFOUND',
     -3007 if hasattr(socket, 'EAI_NODATA') else -3008),
])
def test_getaddrinfo_errors_map_to_libuv_codes(common, run, monkeypatch, asyncio_loop, gai, code, errno):
    def failing(*args, **kwargs):
        raise socket.gaierror(gai, 'failed')
    monkeypatch.setattr(socket, 'getaddrinfo', failing)

    def main():
        def done(err, *rest):
            assert (err.code, err.errno, err.syscall) == (code, errno, 'getaddrinfo')
        dns.lookup('example.test', common.mustCall(done))
    run(main)


def test_result_order(common, run, monkeypatch, asyncio_loop):
    answers = [(socket.AF_INET6, socket.SOCK_STREAM, 6, '', ('::1', 0, 0, 0)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, '', ('127.0.0.1', 0)),
               (socket.AF_INET6, socket.SOCK_STREAM, 6, '', ('::2', 0, 0, 0))]
    monkeypatch.setattr(socket, 'getaddrinfo', lambda *a, **k: list(answers))
    got = {}

    def main():
        for order in ('verbatim', 'ipv4first', 'ipv6first'):
            dns.lookup('dual.test', {'all': True, 'order': order},
                       common.mustCall(lambda err, all, order=order: got.__setitem__(order, all)))
        dns.lookup('dual.test', {'all': True, 'verbatim': False},
                   common.mustCall(lambda err, all: got.__setitem__('verbatim=False', all)))
        dns.lookup('dual.test', common.mustCall(lambda err, a, f: got.__setitem__('one', (a, f))))
    run(main)
    v6a, v4, v6b = ({'address': '::1', 'family': 6}, {'address': '127.0.0.1', 'family': 4},
                    {'address': '::2', 'family': 6})
    assert got['verbatim'] == [v6a, v4, v6b]
    assert got['ipv4first'] == [v4, v6a, v6b]
    assert got['verbatim=False'] == [v4, v6a, v6b]
    assert got['ipv6first'] == [v6a, v6b, v4]
    assert got['one'] == ('::1', 6)  # Node 20's default order is verbatim


def test_default_result_order_is_used(common, run, monkeypatch, asyncio_loop):
    answers = [(socket.AF_INET6, socket.SOCK_STREAM, 6, '', ('::1', 0, 0, 0)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, '', ('127.0.0.1', 0))]
    monkeypatch.setattr(socket, 'getaddrinfo', lambda *a, **k: list(answers))
    assert dns.getDefaultResultOrder() == 'verbatim'
    dns.setDefaultResultOrder('ipv4first')
    try:
        def main():
            dns.lookup('dual.test', common.mustCall(lambda err, a, f: (a, f) == ('127.0.0.1', 4)
                                                    or pytest.fail(a)))
        run(main)
    finally:
        dns.setDefaultResultOrder('verbatim')


def test_hints_and_family_reach_getaddrinfo(common, run, monkeypatch, asyncio_loop):
    calls = []

    def spy(host, port, family=0, type=0, proto=0, flags=0):
        calls.append((host, family, type, flags))
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, '', ('127.0.0.1', 0))]
    monkeypatch.setattr(socket, 'getaddrinfo', spy)

    def main():
        dns.lookup('a.test', {'family': 4, 'hints': dns.ADDRCONFIG | dns.V4MAPPED},
                   common.mustCall())
    run(main)
    assert calls == [(b'a.test', socket.AF_INET, socket.SOCK_STREAM,
                      dns.ADDRCONFIG | dns.V4MAPPED)]


def test_promises_lookup_validates_at_call_and_resolves(common, run):
    with pytest.raises(TypeError) as info:  # raised by the call, no loop needed
        dns.promises.lookup('x', {'all': 'yes'})
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'

    async def main():
        pending = dns.promises.lookup('localhost', {'family': 4, 'all': True})
        assert await pending == [{'address': '127.0.0.1', 'family': 4}]
        assert await dns.promises.lookup('::1') == {'address': '::1', 'family': 6}
        with pytest.raises(errors.SystemError) as failed:
            await dns.promises.lookup('no-such-host.invalid')
        assert failed.value.code == 'ENOTFOUND'
    run(main)


def test_falsy_hostname_answers_null(common, run):
    def main():
        dns.lookup('', common.mustCall(lambda err, a, f: (err, a, f) == (None, None, 4)
                                       or pytest.fail(str((err, a, f)))))
        dns.lookup(None, 6, common.mustCall(lambda err, a, f: f == 6 or pytest.fail(str(f))))
        dns.lookup('', {'all': True}, common.mustCall(lambda err, all: all == []
                                                      or pytest.fail(str(all))))
    with pytest.warns(DeprecationWarning, match='DEP0118|not a valid hostname'):
        dns._invalidHostnameWarningEmitted = False
        run(main)
