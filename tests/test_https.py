"""``node_http_agent.https``: the https Agent, its session cache, and requests over real TLS.

Certificates come from trustme; every server listens on 127.0.0.1 and every
test runs under ``run`` (``process.run`` with a hard limit).
"""

from __future__ import annotations

from typing import Any

import pytest

trustme = pytest.importorskip('trustme')

from node_http_agent import _http_agent, http, https, net, tls  # noqa: E402


class Certs:
    def __init__(self) -> None:
        self.ca = trustme.CA()
        self.caPem = self.ca.cert_pem.bytes()
        server = self.ca.issue_cert('localhost', '127.0.0.1')
        self.key = server.private_key_pem.bytes()
        self.cert = b''.join(b.bytes() for b in server.cert_chain_pems)


@pytest.fixture(scope='module')
def certs() -> Certs:
    return Certs()


def withServer(run: Any, certs: Certs, client: Any, handler: Any = None,
               **serverOptions: Any) -> dict[str, Any]:
    """Run an https server and ``client(port, server, seen)``; return ``seen``."""
    seen: dict[str, Any] = {'connections': 0, 'requests': []}

    def main() -> None:
        def onrequest(req: Any, res: Any) -> None:
            seen['requests'].append((req.url, req.socket.servername))
            if handler is not None:
                handler(req, res)
            else:
                res.end('ok')
        server = https.createServer({'key': certs.key, 'cert': certs.cert, **serverOptions},
                                    onrequest)

        def onsecure(*_: Any) -> None:
            seen['connections'] += 1
        server.on('secureConnection', onsecure)
        server.listen(0, '127.0.0.1', lambda: client(server.address()['port'], server, seen))
    run(main)
    return seen


def sequence(requests: list[dict[str, Any]], done: Any, results: list[Any]) -> None:
    """Issue ``https.get(options)`` one after another; collect (req, res, socket, body)."""
    from node_http_agent import timers

    def next() -> None:
        if not requests:
            done()
            return
        options = requests.pop(0)

        def onresponse(res: Any) -> None:
            socket = res.socket
            chunks: list[bytes] = []
            res.on('data', chunks.append)

            def onend() -> None:
                results.append((req, res, socket, b''.join(chunks)))
                timers.setImmediate(next)
            res.on('end', onend)
        req = https.get(options, onresponse)

        def onerror(err: BaseException) -> None:
            results.append((req, err, None, None))
            timers.setImmediate(next)
        req.on('error', onerror)
    next()


# -- the Agent object --------------------------------------------------------------------------------

def test_agent_defaults() -> None:
    agent = https.Agent()
    assert isinstance(agent, http.Agent)
    assert agent.defaultPort == 443
    assert agent.protocol == 'https:'
    assert agent.maxCachedSessions == 100
    assert agent._sessionCache == {'map': {}, 'list': []}
    assert https.Agent({'maxCachedSessions': 0}).maxCachedSessions == 0
    assert https.Agent(maxCachedSessions=3).maxCachedSessions == 3


def test_global_agent() -> None:
    agent = https.globalAgent
    assert isinstance(agent, https.Agent)
    assert agent is not _http_agent.globalAgent
    assert agent.keepAlive is True
    assert agent.scheduling == 'lifo'
    assert agent.options['timeout'] == 5000


@pytest.mark.parametrize('options,name', [
    (None, 'localhost::::::::::::::::::::::'),
    ({}, 'localhost::::::::::::::::::::::'),
    ({'host': 'h', 'servername': 'other'}, 'h::::::::::other::::::::::::'),
    ({'host': 'h', 'servername': 'h'}, 'h::::::::::::::::::::::'),
    ({'host': '127.0.0.1', 'port': 1, 'rejectUnauthorized': False, 'servername': 'example.test'},
     '127.0.0.1:1::::::::false:example.test::::::::::::'),
    ({'ca': [b'a', 'b'], 'crl': ['c', 'r', 'l'], 'secureOptions': 0, 'sigalgs': 'x'},
     'localhost:::a,b:::::::::::c,r,l::::0::"x"::'),
    ({'host': '0.0.0.0', 'port': 443, 'localAddress': '192.168.1.1', 'family': 4, 'ca': 'ca',
      'cert': 'cert', 'clientCertEngine': 'dynamic', 'ciphers': 'ciphers', 'key': 'key',
      'pfx': 'pfx', 'rejectUnauthorized': False, 'servername': 'localhost',
      'minVersion': 'TLSv1.2', 'maxVersion': 'TLSv1.3', 'secureProtocol': 'secureProtocol',
      'crl': ['c', 'r', 'l'], 'honorCipherOrder': False, 'ecdhCurve': 'ecdhCurve',
      'dhparam': 'dhparam', 'secureOptions': 0, 'sessionIdContext': 'sessionIdContext',
      'sigalgs': 'RSA-PSS+SHA256', 'privateKeyIdentifier': 'pkid', 'privateKeyEngine': 'pke'},
     '0.0.0.0:443:192.168.1.1:4:ca:cert:dynamic:ciphers:key:pfx:false:localhost:TLSv1.2:'
     'TLSv1.3:secureProtocol:c,r,l:false:ecdhCurve:dhparam:0:sessionIdContext:'
     '"RSA-PSS+SHA256":pkid:pke'),
])
def test_getName(options: dict[str, Any] | None, name: str) -> None:
    assert https.Agent().getName(options) == name


def test_empty_name_has_22_colons() -> None:
    assert https.Agent().getName().count(':') == 22


def test_session_cache_fifo_update_and_evict() -> None:
    agent = https.Agent({'maxCachedSessions': 2})
    agent._cacheSession('a', 1)
    agent._cacheSession('b', 2)
    agent._cacheSession('a', 3)           # update in place
    assert agent._sessionCache == {'map': {'a': 3, 'b': 2}, 'list': ['a', 'b']}
    agent._cacheSession('c', 4)           # evicts the oldest key
    assert agent._sessionCache == {'map': {'b': 2, 'c': 4}, 'list': ['b', 'c']}
    assert agent._getSession('a') is None
    agent._evictSession('b')
    agent._evictSession('missing')
    assert agent._sessionCache == {'map': {'c': 4}, 'list': ['c']}
    off = https.Agent({'maxCachedSessions': 0})
    off._cacheSession('a', 1)
    assert off._sessionCache == {'map': {}, 'list': []}


def test_http_request_with_an_https_agent(run: Any) -> None:
    def main() -> None:
        with pytest.raises(TypeError) as info:
            http.request({'host': '127.0.0.1', 'port': 1, 'agent': https.Agent()})
        assert info.value.code == 'ERR_INVALID_PROTOCOL'
        assert str(info.value) == 'Protocol "http:" not supported. Expected "https:"'
    run(main)


# -- requests over TLS ----------------------------------------------------------------------------------

def test_verification_is_on_by_default(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        server.on('clientError', lambda *a: None)
        sequence([
            {'host': 'localhost', 'port': port, 'agent': False},
            {'host': 'localhost', 'port': port, 'agent': False, 'ca': certs.caPem},
            {'host': 'localhost', 'port': port, 'agent': False, 'rejectUnauthorized': False},
        ], server.close, results)
    withServer(run, certs, client)
    (_, err, _, _), (_, ok, okSocket, body), (_, loose, looseSocket, _) = results
    assert err.code == 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
    assert str(err) == 'unable to verify the first certificate'
    assert ok.statusCode == 200 and body == b'ok'
    assert okSocket.authorized is True
    assert loose.statusCode == 200
    assert looseSocket.authorized is False
    assert looseSocket.authorizationError == 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'


def test_session_reused_on_the_second_connection(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'keepAlive': False})
        seen['agent'] = agent
        options = {'host': 'localhost', 'port': port, 'ca': certs.caPem, 'agent': agent}
        sequence([dict(options) for _ in range(3)], server.close, results)
    seen = withServer(run, certs, client)
    assert [socket.isSessionReused() for _, _, socket, _ in results] == [False, True, True]
    assert seen['connections'] == 3
    assert len(seen['agent']._sessionCache['list']) == 1


def test_max_cached_sessions_zero_disables_reuse(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'keepAlive': False, 'maxCachedSessions': 0})
        seen['agent'] = agent
        options = {'host': 'localhost', 'port': port, 'ca': certs.caPem, 'agent': agent}
        sequence([dict(options) for _ in range(2)], server.close, results)
    seen = withServer(run, certs, client)
    assert [socket.isSessionReused() for _, _, socket, _ in results] == [False, False]
    assert seen['agent']._sessionCache == {'map': {}, 'list': []}


def test_fifo_eviction_with_one_cached_session(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'maxCachedSessions': 1})
        seen['agent'] = agent
        hosts = ['localhost', 'localhost', '127.0.0.1', '127.0.0.1', 'localhost']
        sequence([{'host': h, 'port': port, 'ca': certs.caPem, 'agent': agent} for h in hosts],
                 server.close, results)
    seen = withServer(run, certs, client, maxVersion='TLSv1.2')
    assert [socket.isSessionReused() for _, _, socket, _ in results] == \
        [False, True, False, True, False]
    assert [key.split(':')[0] for key in seen['agent']._sessionCache['list']] == ['localhost']


def test_keep_alive_reuses_one_tls_socket(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'keepAlive': True})

        def done() -> None:
            seen['free'] = {k: len(v) for k, v in agent.freeSockets.items()}
            agent.destroy()
            server.close()
        sequence([{'host': 'localhost', 'port': port, 'ca': certs.caPem, 'agent': agent,
                   'path': f'/{i}'} for i in range(4)], done, results)
    seen = withServer(run, certs, client)
    sockets = [socket for _, _, socket, _ in results]
    assert all(s is sockets[0] for s in sockets)
    assert [req.reusedSocket for req, _, _, _ in results] == [False, True, True, True]
    assert isinstance(sockets[0], tls.TLSSocket)
    assert seen['connections'] == 1
    assert [url for url, _ in seen['requests']] == ['/0', '/1', '/2', '/3']
    assert list(seen['free'].values()) == [1]


def test_servername_from_the_host_header(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'keepAlive': True})
        names: list[Any] = []
        agent.on('free', lambda socket, options: names.append(options['servername']))
        seen['names'] = names

        def done() -> None:
            seen['keys'] = [k.replace(str(port), 'PORT') for k in agent.freeSockets]
            agent.destroy()
            server.close()
        base = {'port': port, 'agent': agent, 'rejectUnauthorized': False}
        sequence([
            {**base, 'host': '127.0.0.1'},
            {**base, 'host': '127.0.0.1', 'headers': {'host': f'localhost:{port}'}},
            {**base, 'host': 'localhost'},
            {**base, 'host': '127.0.0.1', 'headers': {'host': '[::1]:8443'}},
            {**base, 'host': '127.0.0.1', 'servername': 'example.test'},
        ], done, results)
    seen = withServer(run, certs, client)
    assert [sni for _, sni in seen['requests']] == \
        [False, 'localhost', 'localhost', False, 'example.test']
    assert seen['names'] == ['', 'localhost', 'localhost', '', 'example.test']
    assert seen['keys'] == [
        '127.0.0.1:PORT::::::::false:localhost::::::::::::',
        'localhost:PORT::::::::false:::::::::::::',
        '127.0.0.1:PORT::::::::false:::::::::::::',
        '127.0.0.1:PORT::::::::false:example.test::::::::::::',
    ]


def test_sni_per_request_with_max_sockets_1(run: Any, certs: Certs) -> None:
    got: list[str] = []

    def handler(req: Any, res: Any) -> None:
        res.writeHead(200, {'x-sni': req.socket.servername})
        res.end()

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'maxSockets': 1})
        for j in range(4):
            def onresponse(res: Any) -> None:
                res.resume()
                got.append(res.headers['x-sni'])
                if len(got) == 4:
                    server.close()
            https.get({'agent': agent, 'port': port, 'host': '127.0.0.1',
                       'servername': f'sni.{j}', 'rejectUnauthorized': False}, onresponse)
    withServer(run, certs, client, handler)
    assert sorted(got) == ['sni.0', 'sni.1', 'sni.2', 'sni.3']


def test_failed_hostname_check_caches_no_session(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent()
        seen['agent'] = agent
        server.on('clientError', lambda *a: None)
        options = {'host': '127.0.0.1', 'port': port, 'ca': certs.caPem,
                   'servername': 'example.test', 'agent': agent}
        sequence([dict(options), dict(options)], server.close, results)
    seen = withServer(run, certs, client, secureProtocol='TLSv1_2_method')
    for _, err, _, _ in results:
        assert err.code == 'ERR_TLS_CERT_ALTNAME_INVALID'
        assert err.host == 'example.test'
    assert seen['agent']._sessionCache['list'] == []
    assert seen['requests'] == []


def test_error_close_evicts_the_session(run: Any, common: Any) -> None:
    def main() -> None:
        server = net.createServer(lambda socket: socket.destroy())

        def listening() -> None:
            agent = https.Agent()
            agent._cacheSession('key', 'a session')
            socket = agent.createConnection({'port': server.address()['port'],
                                             'host': '127.0.0.1', '_agentKey': 'key'})
            socket.on('error', common.mustCall(lambda err: None))

            def onclose(hadError: bool) -> None:
                assert hadError is True
                assert agent._sessionCache == {'map': {}, 'list': []}
                server.close()
            socket.on('close', common.mustCall(onclose))
        server.listen(0, '127.0.0.1', listening)
    run(main)


def test_createConnection_forms_leave_options_alone(run: Any, common: Any,
                                                      certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent()
        options = {'port': 3000, 'rejectUnauthorized': False}
        socket = agent.createConnection(port, 'localhost', options)
        socket.on('secureConnect', common.mustCall(lambda: socket.end()))

        def onclose(*_: Any) -> None:
            assert options == {'port': 3000, 'rejectUnauthorized': False}
            bare = agent.createConnection(port, 'localhost', None)

            def onerror(err: BaseException) -> None:
                assert str(err) == 'unable to verify the first certificate'
            bare.on('error', common.mustCall(onerror))
            bare.on('close', lambda *a: server.close())
        socket.on('close', onclose)
        server.on('clientError', lambda *a: None)
    withServer(run, certs, client)


def test_request_url_and_assignable_global_agent(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        original = https.globalAgent
        mine = https.Agent({'keepAlive': False})
        https.globalAgent = mine
        try:
            def onresponse(res: Any) -> None:
                res.resume()
                res.on('end', lambda: server.close())
            req = https.get(f'https://localhost:{port}/x?y=1', {'ca': certs.caPem}, onresponse)
            seen['agent'] = req.agent
            seen['mine'] = mine
        finally:
            https.globalAgent = original
    seen = withServer(run, certs, client)
    assert seen['agent'] is seen['mine']
    assert seen['requests'] == [('/x?y=1', 'localhost')]


def test_server_client_error_on_plain_http(run: Any, common: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        def onclienterror(err: Any, socket: Any) -> None:
            seen['code'] = err.code
            socket.destroy()
        server.on('clientError', common.mustCall(onclienterror))
        plain = net.createConnection(port, '127.0.0.1',
                                     lambda: plain.write(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'))
        plain.on('error', lambda err: None)
        plain.on('close', lambda *a: server.close())
    seen = withServer(run, certs, client)
    assert seen['code'] == 'ERR_SSL_HTTP_REQUEST'


def test_agent_keylog(run: Any, certs: Certs) -> None:
    lines: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        agent = https.Agent({'keepAlive': False})
        agent.on('keylog', lambda line, socket: lines.append((line, socket)))
        options = {'host': 'localhost', 'port': port, 'ca': certs.caPem, 'agent': agent}
        sequence([dict(options), dict(options)], server.close, [])
    withServer(run, certs, client)
    assert len(lines) == 10
    assert all(isinstance(s, tls.TLSSocket) and line.endswith(b'\n') for line, s in lines)


def test_server_alpn_defaults_to_http11(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                              'ALPNProtocols': ['h2', 'http/1.1']})

        def secure() -> None:
            seen['alpn'] = socket.alpnProtocol
            socket.destroy()
            server.close()
        socket.on('secureConnect', secure)
    seen = withServer(run, certs, client)
    assert seen['alpn'] == 'http/1.1'


def test_https_server_is_a_tls_server_not_an_http_server() -> None:
    """Node's https.js: Server.prototype chains to tls.Server.prototype (and so net.Server);
    http.Server's methods are assigned, so ``instanceof http.Server`` is false."""
    server = https.createServer()
    assert isinstance(server, tls.Server)
    assert isinstance(server, net.Server)
    assert not isinstance(server, http.Server)
    assert server.setTimeout(10) is server
    assert server.keepAliveTimeout == 5000 and server.maxRequestsPerSocket is None
