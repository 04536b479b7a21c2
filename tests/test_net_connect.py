"""net.connect as Node 20 does it (issue 13 items 2-5, issue 18 items 1, 2, 4).

Connect options read back from the real OS socket (getsockopt), Happy Eyeballs
over ::1 / 127.0.0.1 with an attempt that hangs (a loopback listener whose
backlog is full), the signal at every stage, and failures that must not leave a
ref, a file descriptor or an uncoded exception behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from node_http_agent import AbortController, http, net, process, timers
from node_http_agent.errors import NodeAggregateError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sockopts(sock: socket.socket) -> dict[str, int]:
    return {
        'keepalive': sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
        'idle': sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
        'intvl': sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
        'cnt': sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
        'nodelay': sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
    }


def fresh_defaults() -> dict[str, int]:
    with socket.socket() as s:
        return sockopts(s)


CONNECT_OPTIONS = [
    {'keepAlive': True, 'keepAliveInitialDelay': 5000},
    {'keepAlive': True},
    {'keepAlive': True, 'keepAliveInitialDelay': 1500},
    {'noDelay': True},
    {},
]


def expected_for(options: dict[str, Any]) -> dict[str, int]:
    """What libuv 1.46 (Node 20) leaves on the socket: idle = delay s, 1 s interval, 10 probes."""
    want = fresh_defaults()
    if options.get('keepAlive'):
        want['keepalive'] = 1
        delay = int(options.get('keepAliveInitialDelay', 0) / 1000)
        if delay:  # TCP_KEEPIDLE 0 fails (EINVAL) and libuv stops there
            want.update(idle=delay, intvl=1, cnt=10)
    if options.get('noDelay'):
        want['nodelay'] = 1
    return want


def echo_server(on_listening: Any, host: str = '127.0.0.1') -> net.Server:
    server = net.createServer(lambda c: c.on('data', lambda d: None))
    server.listen(0, host, lambda: on_listening(server))
    return server


@pytest.mark.parametrize('options', CONNECT_OPTIONS, ids=json.dumps)
def test_connect_options_applied_to_the_os_socket(common, run, options):
    got = {}

    def main():
        def listening(server):
            s = net.connect({'port': server.address()['port'], 'host': '127.0.0.1', **options})

            def onconnect():
                got.update(sockopts(s._rawSocket()))
                s.destroy()
                server.close()
            s.on('connect', common.mustCall(onconnect))
        echo_server(listening)
    run(main)
    assert got == expected_for(options)


def test_set_before_connect_applies_at_connect(common, run):
    got = {}

    def main():
        def listening(server):
            s = net.Socket()
            s.setNoDelay()
            s.setKeepAlive(True, 3000)
            s.connect(server.address()['port'], '127.0.0.1')

            def onconnect():
                got.update(sockopts(s._rawSocket()))
                s.setKeepAlive(False)
                s.setNoDelay(False)
                got['after'] = sockopts(s._rawSocket())
                s.destroy()
                server.close()
            s.on('connect', common.mustCall(onconnect))
        echo_server(listening)
    run(main)
    after = got.pop('after')
    assert got == {**fresh_defaults(), 'keepalive': 1, 'idle': 3, 'intvl': 1, 'cnt': 10,
                   'nodelay': 1}
    assert after['keepalive'] == 0 and after['nodelay'] == 0


def test_keepalive_agent_socket_has_so_keepalive_during_first_request(common, run):
    got = {}

    def main():
        agent = http.Agent({'keepAlive': True, 'keepAliveMsecs': 2000})

        def handler(req, res):
            # The client's socket, seen while its first request is in flight.
            got.update(sockopts(clientSocket[0]._rawSocket()))
            res.end('ok')
        clientSocket = []
        server = http.createServer(handler)

        def listening():
            req = http.get({'port': server.address()['port'], 'host': '127.0.0.1',
                            'agent': agent}, common.mustCall(lambda res: res.resume()
                                                             .on('end', finish)))
            req.on('socket', lambda s: clientSocket.append(s))

        def finish():
            agent.destroy()
            server.close()
        server.listen(0, '127.0.0.1', listening)
    run(main)
    assert got['keepalive'] == 1
    assert (got['idle'], got['intvl'], got['cnt']) == (2, 1, 10)
    assert got['nodelay'] == 1  # the agent's noDelay default


def test_server_nodelay_keepalive_on_accepted_sockets(common, run):
    got = {}

    def main():
        def onconnection(c):
            got.update(sockopts(c._rawSocket()))
            c.destroy()
            server.close()
        server = net.createServer({'noDelay': True, 'keepAlive': True,
                                   'keepAliveInitialDelay': 4000}, common.mustCall(onconnection))

        def listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.on('error', lambda e: None)
            c.on('close', lambda *a: None)
        server.listen(0, '127.0.0.1', listening)
    run(main)
    assert got == {**fresh_defaults(), 'keepalive': 1, 'idle': 4, 'intvl': 1, 'cnt': 10,
                   'nodelay': 1}


def _pidfd_getfd_works() -> bool:
    if not hasattr(os, 'pidfd_open') or shutil.which('node') is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    pidfd = os.pidfd_open(os.getpid())
    try:
        fd = libc.syscall(438, pidfd, 0, 0)  # pidfd_getfd
        if fd < 0:
            return False
        os.close(fd)
        return True
    finally:
        os.close(pidfd)


@pytest.mark.skipif(not _pidfd_getfd_works(), reason='needs node and pidfd_getfd(2)')
def test_socket_options_match_node_20(run):
    """Node's own sockets, read with pidfd_getfd(2), against the port's for the same options."""
    script = textwrap.dedent('''
        const net = require('net');
        const cases = JSON.parse(process.argv[1]);
        const srv = net.createServer(() => {}).listen(0, '127.0.0.1', () => {
          let n = 0;
          const out = [];
          cases.forEach((o, i) => {
            const s = net.connect({ port: srv.address().port, host: '127.0.0.1', ...o }, () => {
              out[i] = s._handle.fd;
              if (++n === cases.length) console.log(JSON.stringify(out));
            });
          });
          process.stdin.on('data', () => process.exit(0));
        });
    ''')
    proc = subprocess.Popen(['node', '-e', script, json.dumps(CONNECT_OPTIONS)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        fds = json.loads(proc.stdout.readline())
        libc = ctypes.CDLL(None, use_errno=True)
        pidfd = os.pidfd_open(proc.pid)
        node = []
        for fd in fds:
            mine = libc.syscall(438, pidfd, fd, 0)
            assert mine >= 0, ctypes.get_errno()
            with socket.socket(fileno=mine) as s:
                node.append(sockopts(s))
        os.close(pidfd)
    finally:
        proc.stdin.write('x')
        proc.stdin.close()
        proc.wait(10)
    assert node == [expected_for(o) for o in CONNECT_OPTIONS]


# -- Happy Eyeballs --------------------------------------------------------------------

@contextlib.contextmanager
def blackhole_and_server(common: Any):
    """A ::1 listener whose backlog is full (connects to it hang) and a free port for 127.0.0.1."""
    for _ in range(20):
        hole = socket.socket(socket.AF_INET6)
        hole.bind(('::1', 0))
        hole.listen(0)
        port = hole.getsockname()[1]
        filler = socket.socket(socket.AF_INET6)
        filler.setblocking(False)
        filler.connect_ex(('::1', port))
        probe = socket.socket()
        try:
            probe.bind(('127.0.0.1', port))
        except OSError:
            hole.close()
            filler.close()
            continue
        finally:
            probe.close()
        try:
            yield port
        finally:
            filler.close()
            hole.close()
        return
    pytest.skip('no port free on both loopback families')


def dual_lookup(hostname, options, callback):
    assert options['all'] is True
    process.nextTick(callback, None, [{'address': '::1', 'family': 6},
                                      {'address': '127.0.0.1', 'family': 4}])


def test_attempt_timeout_then_next_family(common, run):
    events = []
    with blackhole_and_server(common) as port:
        def main():
            server = net.createServer(lambda c: c.end('v4'))

            def listening():
                s = net.connect({'port': port, 'host': 'dual.test', 'lookup': dual_lookup,
                                 'autoSelectFamilyAttemptTimeout': 50})
                for name in ('connectionAttempt', 'connectionAttemptFailed',
                             'connectionAttemptTimeout', 'connect'):
                    s.on(name, lambda *a, name=name: events.append((name, *a)))
                s.on('data', lambda d: events.append(('data', d)))
                s.on('close', lambda *a: server.close())
            server.listen(port, '127.0.0.1', listening)
        run(main)
    assert events == [('connectionAttempt', '::1', port, 6),
                      ('connectionAttemptTimeout', '::1', port, 6),
                      ('connectionAttempt', '127.0.0.1', port, 4),
                      ('connect',), ('data', b'v4')]


def test_every_attempt_fails_with_aggregate_error(common, run):
    with blackhole_and_server(common) as port:
        def main():
            s = net.connect({'port': port, 'host': 'dual.test', 'lookup': dual_lookup,
                             'autoSelectFamilyAttemptTimeout': 10})

            def onerror(err):
                assert isinstance(err, NodeAggregateError)
                assert err.code == 'ETIMEDOUT' and str(err) == ''
                assert [(e.code, e.address) for e in err.errors] == [
                    ('ETIMEDOUT', '::1'), ('ECONNREFUSED', '127.0.0.1')]
                assert str(err.errors[0]) == f'connect ETIMEDOUT ::1:{port}'
            s.on('error', common.mustCall(onerror))
            s.on('connect', common.mustNotCall())
        run(main)


def test_abort_during_an_attempt_releases_it(common, run):
    fds = []
    with blackhole_and_server(common) as port:
        def main():
            fds.append(len(os.listdir('/proc/self/fd')))
            ac = AbortController()
            s = net.connect({'port': port, 'host': 'dual.test', 'lookup': dual_lookup,
                             'signal': ac.signal})
            s.on('connectionAttempt', common.mustCall(lambda *a: timers.setTimeout(ac.abort, 20)))
            s.on('connectionAttemptTimeout', common.mustNotCall())
            s.on('error', common.mustCall(lambda e: e.name == 'AbortError' or pytest.fail(e)))

            def onclose(hadError):
                timers.setTimeout(lambda: fds.append(len(os.listdir('/proc/self/fd'))), 20)
            s.on('close', common.mustCall(onclose))
        run(main)
    assert fds[0] == fds[1]


def test_autoselectfamily_defaults():
    assert net.getDefaultAutoSelectFamily() is True
    assert net.getDefaultAutoSelectFamilyAttemptTimeout() == 250
    net.setDefaultAutoSelectFamilyAttemptTimeout(5)
    try:
        assert net.getDefaultAutoSelectFamilyAttemptTimeout() == 10
    finally:
        net.setDefaultAutoSelectFamilyAttemptTimeout(250)
    with pytest.raises(TypeError) as info:
        net.setDefaultAutoSelectFamily(1)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    with pytest.raises(ValueError) as info2:
        net.setDefaultAutoSelectFamilyAttemptTimeout(0)
    assert info2.value.code == 'ERR_OUT_OF_RANGE'


@pytest.mark.parametrize('answer, code', [
    ((None, 'not-an-ip', 4), 'ERR_INVALID_IP_ADDRESS'),
    ((None, '127.0.0.1', 5), 'ERR_INVALID_ADDRESS_FAMILY'),
])
def test_lookup_answers_are_checked(common, run, answer, code):
    def main():
        s = net.connect({'port': 9, 'host': 'x.test', 'family': 4,
                         'lookup': lambda h, o, cb: cb(*answer)})
        s.on('error', common.mustCall(lambda e: e.code == code or pytest.fail(repr(e))))
    run(main)


# -- failures leave nothing behind (issue 18) ---------------------------------------------------

@pytest.mark.parametrize('port', [-1, 65536, 1.5, float('nan'), {}, float('inf')],
                         ids=['-1', '65536', '1.5', 'nan', 'object', 'inf'])
def test_bad_port_raises_and_leaves_no_ref(run, port):
    refs = []

    def main():
        with pytest.raises(Exception) as info:
            net.connect({'port': port, 'host': '127.0.0.1'})
        assert info.value.code in ('ERR_SOCKET_BAD_PORT', 'ERR_INVALID_ARG_TYPE')
        if port == port:  # NaN is falsy in JS: http.request falls back to port 80
            with pytest.raises(Exception) as info:
                http.request({'port': port, 'host': '127.0.0.1'})
            assert info.value.code in ('ERR_SOCKET_BAD_PORT', 'ERR_INVALID_ARG_TYPE')
        refs.append(process.lifetime().refs)
    run(main, timeout=5)  # returns: nothing ref'd was left
    assert refs == [0]


@pytest.mark.parametrize('localAddress', [123, {}, ['x'], True, 'nope'])
def test_bad_local_address_throws_synchronously(run, localAddress):
    def main():
        with pytest.raises(TypeError) as info:
            http.request({'port': 80, 'host': '127.0.0.1', 'localAddress': localAddress})
        assert info.value.code == 'ERR_INVALID_IP_ADDRESS'
        assert str(info.value).startswith('Invalid IP address: ')
        assert process.lifetime().refs == 0
    run(main, timeout=5)


def test_emfile_errors_the_request_with_a_code():
    """At the fd limit the request gets 'error' EMFILE (Node's message), and run() returns."""
    child = textwrap.dedent('''
        import os, resource
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        from node_http_agent import http, process

        def main():
            def listening():
                fds = []
                try:
                    while True:
                        fds.append(os.open('/dev/null', os.O_RDONLY))
                except OSError:
                    pass
                port = server.address()['port']
                req = http.get({'port': port, 'host': '127.0.0.1', 'agent': False})

                def onerror(e):
                    print(e.code, e.errno, e.syscall, str(e).replace(str(port), 'PORT'))
                    for fd in fds:
                        os.close(fd)
                    server.close()
                req.on('error', onerror)
            server = http.createServer(lambda req, res: res.end())
            server.listen(0, '127.0.0.1', listening)
        process.run(main)
        print('returned')
    ''')
    out = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True,
                         timeout=30, env={**os.environ, 'PYTHONPATH': ROOT})
    assert out.stdout.splitlines() == [
        'EMFILE -24 connect connect EMFILE 127.0.0.1:PORT - Local (undefined:undefined)',
        'returned'], out.stderr
