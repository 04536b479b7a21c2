"""``node_http_agent.tls``: real TLS on loopback, certificates from trustme.

Each test runs under ``run`` (``process.run`` with a hard limit) and checks
Node's events, properties and error codes: verification on by default,
``rejectUnauthorized: False``, sessions, keylog, ALPN, SNI, writes made
before the handshake, half-close, and the server side.
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Any

import pytest

trustme = pytest.importorskip('trustme')

from node_http_agent import _tls_common, _tls_x509, net, tls  # noqa: E402
from node_http_agent._tls_session import TLSSession  # noqa: E402
from node_http_agent.errors import NodeError  # noqa: E402


class Certs:
    def __init__(self) -> None:
        self.ca = trustme.CA()
        self.other = trustme.CA()
        self.caPem = self.ca.cert_pem.bytes()
        self.otherPem = self.other.cert_pem.bytes()
        self.server = self._pair(self.ca.issue_cert('localhost', '127.0.0.1'))
        self.wrongName = self._pair(self.ca.issue_cert('example.test'))
        self.expired = self._pair(self.ca.issue_cert(
            'localhost', '127.0.0.1', not_before=datetime.datetime(2000, 1, 1),
            not_after=datetime.datetime(2001, 1, 1)))
        intermediate = self.ca.create_child_ca()
        self.chained = self._pair(intermediate.issue_cert('localhost', '127.0.0.1'))
        withRoot = intermediate.issue_cert('localhost', '127.0.0.1')
        self.chainedWithRoot = {'key': withRoot.private_key_pem.bytes(),
                                'cert': b''.join(b.bytes() for b in withRoot.cert_chain_pems)
                                + self.caPem}
        self.selfSigned = self._selfSigned()
        self.client = self._pair(self.ca.issue_cert('client.test'))

    @staticmethod
    def _pair(cert: Any) -> dict[str, bytes]:
        return {'key': cert.private_key_pem.bytes(),
                'cert': b''.join(b.bytes() for b in cert.cert_chain_pems)}

    @staticmethod
    def _selfSigned() -> dict[str, bytes]:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, 'localhost')])
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(days=1))
                .not_valid_after(now + datetime.timedelta(days=30))
                .add_extension(x509.SubjectAlternativeName([x509.DNSName('localhost')]), False)
                .sign(key, hashes.SHA256()))
        return {'key': key.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()),
                'cert': cert.public_bytes(serialization.Encoding.PEM)}


@pytest.fixture(scope='module')
def certs() -> Certs:
    return Certs()


def serve(run: Any, serverOptions: dict[str, Any], client: Any,
          onSecure: Any = None) -> dict[str, Any]:
    """Run a TLS server on 127.0.0.1 and ``client(port, server, seen)``; return what was seen."""
    seen: dict[str, Any] = {'events': [], 'tlsClientError': []}

    def main() -> None:
        def secure(socket: Any) -> None:
            seen['events'].append('secureConnection')
            seen['serverSocket'] = socket
            if onSecure is not None:
                onSecure(socket, seen)
            else:
                socket.on('data', lambda d: socket.end(b'echo:' + d))
        server = tls.createServer(serverOptions, secure)
        server.on('tlsClientError', lambda err, s: seen['tlsClientError'].append(err))
        server.listen(0, '127.0.0.1',
                      lambda: client(server.address()['port'], server, seen))
    run(main)
    return seen


def closeAfter(server: Any, socket: Any) -> None:
    socket.on('close', lambda *a: server.close())


# -- connecting and verification ---------------------------------------------------------------

def test_connect_then_secureConnect_and_echo(run: Any, common: Any, certs: Certs) -> None:
    order: list[str] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem},
                             common.mustCall(lambda: order.append('secureConnect')))
        socket.on('connect', common.mustCall(lambda: order.append('connect')))
        socket.write(b'hello')  # before the handshake: kept until it is done
        data: list[bytes] = []
        socket.on('data', data.append)

        def onend() -> None:
            order.append('end')
            seen['data'] = b''.join(data)
            seen['socket'] = socket
        socket.on('end', common.mustCall(onend))
        closeAfter(server, socket)
    seen = serve(run, certs.server, client)
    assert order == ['connect', 'secureConnect', 'end']
    assert seen['data'] == b'echo:hello'
    socket = seen['socket']
    assert socket.authorized is True
    assert socket.authorizationError is None
    assert socket.encrypted is True
    assert socket.getProtocol() == 'TLSv1.3'
    assert socket.alpnProtocol is False
    assert isinstance(socket, net.Socket)


@pytest.mark.parametrize('which,ca,code,message', [
    ('server', None, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
    ('server', 'other', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
     'unable to verify the first certificate'),
    ('selfSigned', None, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
    ('selfSigned', 'ca', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
    ('chained', None, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
     'unable to get local issuer certificate'),
    ('chainedWithRoot', None, 'SELF_SIGNED_CERT_IN_CHAIN',
     'self-signed certificate in certificate chain'),
    ('expired', 'ca', 'CERT_HAS_EXPIRED', 'certificate has expired'),
    ('expired', None, 'CERT_HAS_EXPIRED', 'certificate has expired'),
    ('wrongName', 'ca', 'ERR_TLS_CERT_ALTNAME_INVALID',
     "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the "
     "cert's altnames: DNS:example.test"),
])
def test_verification_errors_match_node(run: Any, common: Any, certs: Certs, which: str,
                                        ca: str | None, code: str, message: str) -> None:
    """Node's codes and messages, as its OpenSSL reports them after the handshake (probe)."""
    caPem = {'ca': certs.caPem, 'other': certs.otherPem, None: None}[ca]

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': caPem},
                             common.mustNotCall())
        events: list[str] = []
        socket.on('connect', lambda: events.append('connect'))

        def onerror(err: BaseException) -> None:
            events.append('error')
            seen['err'] = err
        socket.on('error', common.mustCall(onerror))

        def onclose(hadError: bool) -> None:
            events.append(f'close {hadError}')
            seen['events'] = events
            seen['socket'] = socket
            server.close()
        socket.on('close', common.mustCall(onclose))
    seen = serve(run, getattr(certs, which), client)
    err = seen['err']
    assert err.code == code
    assert str(err) == message
    assert seen['events'] == ['connect', 'error', 'close True']
    assert seen['socket'].authorized is False
    assert seen['socket'].authorizationError == code


@pytest.mark.parametrize('which,ca,expected', [
    ('server', None, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
    ('server', 'ca', None),
    ('selfSigned', None, 'DEPTH_ZERO_SELF_SIGNED_CERT'),
    ('chained', None, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'),
    ('chained', 'ca', None),
    ('chainedWithRoot', None, 'SELF_SIGNED_CERT_IN_CHAIN'),
    ('chainedWithRoot', 'ca', None),
    ('expired', 'ca', 'CERT_HAS_EXPIRED'),
    ('expired', None, 'CERT_HAS_EXPIRED'),
    ('wrongName', 'ca', 'ERR_TLS_CERT_ALTNAME_INVALID'),
    ('wrongName', None, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
])
def test_rejectUnauthorized_false_reports_authorization(run: Any, common: Any, certs: Certs,
                                                         which: str, ca: str | None,
                                                         expected: str | None) -> None:
    caPem = certs.caPem if ca == 'ca' else None

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': caPem,
                              'rejectUnauthorized': False})

        def secure() -> None:
            seen['authorized'] = socket.authorized
            seen['authorizationError'] = socket.authorizationError
            socket.end()
        socket.on('secureConnect', common.mustCall(secure))
        closeAfter(server, socket)
    seen = serve(run, getattr(certs, which), client, onSecure=lambda s, seen: None)
    assert seen['authorized'] is (expected is None)
    assert seen['authorizationError'] == expected


def test_rejected_handshake_is_a_tls_client_error_on_the_server(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost'})
        socket.on('error', lambda err: None)
        socket.on('close', lambda *a: server.close())
    seen = serve(run, certs.server, client)
    assert 'secureConnection' not in seen['events']
    assert len(seen['tlsClientError']) == 1


def test_checkServerIdentity_option_is_called(run: Any, common: Any, certs: Certs) -> None:
    calls: list[Any] = []

    def check(hostname: str, cert: dict[str, Any]) -> Any:
        calls.append((hostname, cert['subjectaltname']))
        err = NodeError('nope')
        err.code = 'MY_CHECK'
        return err

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                              'checkServerIdentity': check})
        socket.on('error', common.mustCall(lambda err: seen.setdefault('err', err)))
        socket.on('close', lambda *a: server.close())
    seen = serve(run, certs.server, client)
    assert calls == [('localhost', 'DNS:localhost, IP Address:127.0.0.1')]
    assert seen['err'].code == 'MY_CHECK'


def test_server_gone_before_handshake(run: Any, common: Any) -> None:
    """Node's onConnectEnd: ECONNRESET 'Client network socket disconnected before ...'."""
    seen: dict[str, Any] = {}

    def main() -> None:
        server = net.createServer(lambda socket: socket.end())

        def listening() -> None:
            port = server.address()['port']
            socket = tls.connect({'port': port, 'host': '127.0.0.1'})
            socket.on('error', common.mustCall(lambda err: seen.setdefault('err', err)))
            socket.on('close', lambda *a: server.close())
        server.listen(0, '127.0.0.1', listening)
    run(main)
    err = seen['err']
    assert err.code == 'ECONNRESET'
    assert str(err) == ('Client network socket disconnected before secure TLS connection '
                        'was established')
    assert err.host == '127.0.0.1'


def test_plain_server_gives_an_ssl_error(run: Any, common: Any) -> None:
    seen: dict[str, Any] = {}

    def main() -> None:
        server = net.createServer(lambda socket: socket.end(b'HTTP/1.1 400 Bad Request\r\n\r\n'))

        def listening() -> None:
            socket = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1',
                                  'rejectUnauthorized': False})
            socket.on('error', common.mustCall(lambda err: seen.setdefault('err', err)))
            socket.on('close', lambda *a: server.close())
        server.listen(0, '127.0.0.1', listening)
    run(main)
    err = seen['err']
    assert err.code == 'ERR_SSL_WRONG_VERSION_NUMBER'
    assert err.library == 'SSL routines'
    assert err.reason == 'wrong version number'


def test_plain_client_on_a_tls_server(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = net.createConnection(port, '127.0.0.1',
                                      lambda: socket.write(b'GET / HTTP/1.1\r\n\r\n'))
        socket.on('error', lambda err: None)
        socket.on('close', lambda *a: server.close())
    seen = serve(run, certs.server, client)
    assert [e.code for e in seen['tlsClientError']] == ['ERR_SSL_HTTP_REQUEST']


def test_handshake_timeout(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = net.createConnection(port, '127.0.0.1')
        socket.on('error', lambda err: None)
        socket.on('close', lambda *a: server.close())
        server.on('tlsClientError', lambda err, s: s.destroy())
    seen = serve(run, {**certs.server, 'handshakeTimeout': 50}, client)
    assert [e.code for e in seen['tlsClientError']] == ['ERR_TLS_HANDSHAKE_TIMEOUT']
    assert str(seen['tlsClientError'][0]) == 'TLS handshake timeout'


# -- sessions, keylog, ALPN, SNI, versions --------------------------------------------------------

@pytest.mark.parametrize('maxVersion', ['TLSv1.2', 'TLSv1.3'])
def test_session_resumption(run: Any, common: Any, certs: Certs, maxVersion: str) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        def connect(session: Any = None) -> None:
            socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                                  'session': session})
            sessions: list[Any] = []
            socket.on('session', sessions.append)
            socket.on('secureConnect', lambda: socket.write(b'x'))

            def onend() -> None:
                results.append((socket.isSessionReused(), socket.authorized, sessions,
                                socket.getSession()))
                if len(results) == 1:
                    connect(sessions[-1])
                else:
                    server.close()
            socket.on('end', onend)
            socket.resume()  # a Readable ends only once its data is read, as in Node
        connect()
    serve(run, {**certs.server, 'maxVersion': maxVersion}, client)
    (reused1, auth1, sessions1, got1), (reused2, auth2, _, _) = results
    assert (reused1, reused2) == (False, True)
    assert auth1 is True and auth2 is True
    assert sessions1 and all(isinstance(s, TLSSession) for s in sessions1)
    assert isinstance(got1, TLSSession)


def test_resumed_session_keeps_the_authorization_verdict(run: Any, certs: Certs) -> None:
    results: list[Any] = []

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        def connect(session: Any = None) -> None:
            socket = tls.connect({'port': port, 'host': 'localhost', 'session': session,
                                  'rejectUnauthorized': False})
            sessions: list[Any] = []
            socket.on('session', sessions.append)
            socket.on('secureConnect', lambda: socket.write(b'x'))

            def onend() -> None:
                results.append((socket.isSessionReused(), socket.authorizationError))
                if len(results) == 1:
                    connect(sessions[-1])
                else:
                    server.close()
            socket.on('end', onend)
            socket.resume()  # a Readable ends only once its data is read, as in Node
        connect()
    serve(run, certs.server, client)
    assert results == [(False, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
                       (True, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE')]


def test_keylog_lines_per_socket(run: Any, certs: Certs) -> None:
    lines: dict[str, list[bytes]] = {'client': [], 'server': []}

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        server.on('keylog', lambda line, socket: lines['server'].append(line))
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem})
        socket.on('keylog', lines['client'].append)
        socket.on('secureConnect', lambda: socket.write(b'x'))
        socket.resume()  # read the echo, so the server's FIN is seen (as in Node)
        closeAfter(server, socket)
    serve(run, certs.server, client)
    for side in ('client', 'server'):
        assert len(lines[side]) == 5, side
        assert all(line.endswith(b'\n') for line in lines[side])
    labels = {line.split(b' ')[0] for line in lines['client']}
    assert labels == {b'CLIENT_HANDSHAKE_TRAFFIC_SECRET', b'SERVER_HANDSHAKE_TRAFFIC_SECRET',
                      b'CLIENT_TRAFFIC_SECRET_0', b'SERVER_TRAFFIC_SECRET_0',
                      b'EXPORTER_SECRET'}
    # Both ends log the same secrets.
    assert sorted(lines['client']) == sorted(lines['server'])


def test_alpn_and_sni(run: Any, certs: Certs) -> None:
    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        seen['server'] = (socket.servername, socket.alpnProtocol)
        socket.end()

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': '127.0.0.1', 'servername': 'localhost',
                              'ca': certs.caPem, 'ALPNProtocols': ['h2', 'http/1.1']})

        def secure() -> None:
            seen['client'] = (socket.servername, socket.alpnProtocol)
        socket.on('secureConnect', secure)
        closeAfter(server, socket)
    seen = serve(run, {**certs.server, 'ALPNProtocols': ['http/1.1']}, client, onSecure)
    assert seen['server'] == ('localhost', 'http/1.1')
    assert seen['client'] == ('localhost', 'http/1.1')


def test_no_sni_for_an_ip_host(run: Any, certs: Certs) -> None:
    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        seen['server'] = socket.servername
        socket.end()

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': '127.0.0.1', 'ca': certs.caPem})
        socket.on('secureConnect', lambda: seen.setdefault('authorized', socket.authorized))
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure)
    assert seen['server'] is False
    assert seen['authorized'] is True  # the IP SAN matches 127.0.0.1


def test_versions(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                              'maxVersion': 'TLSv1.2'})
        socket.on('secureConnect', lambda: (seen.setdefault('protocol', socket.getProtocol()),
                                            seen.setdefault('cipher', socket.getCipher()),
                                            socket.end()))
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure=lambda s, seen: None)
    assert seen['protocol'] == 'TLSv1.2'
    assert seen['cipher']['version'] == 'TLSv1.2'
    with pytest.raises(TypeError) as info:
        tls.createSecureContext({'minVersion': 'TLSv9'})
    assert info.value.code == 'ERR_TLS_INVALID_PROTOCOL_VERSION'
    assert str(info.value) == '"TLSv9" is not a valid minimum TLS protocol version'
    with pytest.raises(TypeError) as info:
        tls.createSecureContext({'minVersion': 'TLSv1.2', 'secureProtocol': 'TLSv1_2_method'})
    assert info.value.code == 'ERR_TLS_PROTOCOL_VERSION_CONFLICT'


def test_peer_certificate(run: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem})

        def secure() -> None:
            seen['cert'] = socket.getPeerCertificate()
            seen['detailed'] = socket.getPeerCertificate(True)
            socket.end()
        socket.on('secureConnect', secure)
        closeAfter(server, socket)
    seen = serve(run, certs.chained, client, onSecure=lambda s, seen: None)
    cert = seen['cert']
    assert cert['subjectaltname'] == 'DNS:localhost, IP Address:127.0.0.1'
    assert cert['subject']['O'].startswith('trustme')
    assert cert['valid_to'] == 'Jan  1 00:00:00 3000 GMT'
    assert cert['fingerprint256'] == ':'.join(
        f'{b:02X}' for b in hashlib.sha256(cert['raw']).digest())
    assert cert['ca'] is False
    assert cert['bits'] == 256 and cert['asn1Curve'] == 'prime256v1'
    assert 'issuerCertificate' not in cert
    detailed = seen['detailed']
    intermediate = detailed['issuerCertificate']
    root = intermediate['issuerCertificate']
    assert intermediate['ca'] is True
    assert root['issuerCertificate'] is root
    assert root['subject'] == root['issuer']


def test_writes_before_and_after_the_handshake_keep_their_order(run: Any,
                                                                 certs: Certs) -> None:
    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        chunks: list[bytes] = []
        socket.on('data', chunks.append)
        socket.on('end', lambda: (seen.setdefault('got', b''.join(chunks)), socket.end()))

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem})
        socket.write(b'1')
        socket.on('connect', lambda: socket.write(b'2'))
        socket.on('secureConnect', lambda: (socket.write(b'3'), socket.end(b'4')))
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure)
    assert seen['got'] == b'1234'


def test_one_transport_write_per_application_write(run: Any, certs: Certs) -> None:
    payload = b'x' * 50000

    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        total = [0]

        def ondata(data: bytes) -> None:
            total[0] += len(data)
            if total[0] == 3 * len(payload):
                seen['got'] = total[0]
                socket.end()
        socket.on('data', ondata)

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem})

        def writeAll() -> None:
            # A proxy in place of the raw transport counts the layer's writes
            # (uvloop's transports do not let their write be patched).
            layer = socket._layer
            raw = layer.raw
            calls = [0]

            class Counting:
                def write(self, data: bytes) -> None:
                    calls[0] += 1
                    raw.write(data)

                def __getattr__(self, name: str) -> Any:
                    return getattr(raw, name)
            layer.raw = Counting()
            try:
                for _ in range(3):
                    socket.write(payload)
            finally:
                layer.raw = raw
            seen['writes'] = calls[0]
        # Writes made inside 'secureConnect' go out together right after it.
        socket.on('secureConnect', lambda: socket._life.loop.call_soon(writeAll))
        socket.resume()
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure)
    assert seen['writes'] == 3
    assert seen['got'] == 150000


def test_pause_holds_decrypted_data(run: Any, certs: Certs) -> None:
    payload = b'y' * 200000

    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        socket.end(payload)

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem})
        chunks: list[bytes] = []
        paused: list[int] = []

        def ondata(data: bytes) -> None:
            chunks.append(data)
            if len(chunks) == 1:
                socket.pause()
                paused.append(len(chunks))

                def resume() -> None:
                    paused.append(len(chunks))
                    socket.resume()
                socket._life.loop.call_later(0.05, resume)
        socket.on('data', ondata)
        socket.on('end', lambda: seen.setdefault('got', b''.join(chunks)))
        seen['paused'] = paused
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure)
    assert seen['got'] == payload
    assert seen['paused'] == [1, 1]  # nothing arrived while paused


def test_close_notify_then_half_close(run: Any, certs: Certs) -> None:
    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        socket.on('end', lambda: socket.end(b'bye'))

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                              'allowHalfOpen': True})
        chunks: list[bytes] = []
        socket.on('data', chunks.append)
        socket.on('secureConnect', lambda: socket.end())
        socket.on('end', lambda: (seen.setdefault('got', b''.join(chunks)), socket.destroy()))
        closeAfter(server, socket)
    seen = serve(run, certs.server, client, onSecure)
    assert seen['got'] == b'bye'


def test_wrap_a_connected_socket(run: Any, common: Any, certs: Certs) -> None:
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        plain = net.createConnection(port, '127.0.0.1')

        def connected() -> None:
            socket = tls.connect({'socket': plain, 'servername': 'localhost',
                                  'ca': certs.caPem})
            socket.on('secureConnect', common.mustCall(lambda: socket.write(b'wrapped')))
            socket.on('data', lambda d: seen.setdefault('data', d))
            closeAfter(server, socket)
        plain.on('connect', connected)
    seen = serve(run, certs.server, client)
    assert seen['data'] == b'echo:wrapped'


def test_client_certificate(run: Any, certs: Certs) -> None:
    def onSecure(socket: Any, seen: dict[str, Any]) -> None:
        seen['authorized'] = socket.authorized
        seen['peer'] = socket.getPeerCertificate().get('subjectaltname')
        socket.end()

    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        socket = tls.connect({'port': port, 'host': 'localhost', 'ca': certs.caPem,
                              **certs.client})
        closeAfter(server, socket)
    seen = serve(run, {**certs.server, 'requestCert': True, 'ca': certs.caPem}, client,
                 onSecure)
    assert seen['authorized'] is True
    assert seen['peer'] == 'DNS:client.test'


def test_contexts_are_shared_per_options(certs: Certs) -> None:
    a = _tls_common._contextFor({'ca': certs.caPem, 'rejectUnauthorized': True})
    b = _tls_common._contextFor({'ca': certs.caPem, 'rejectUnauthorized': True, 'host': 'x'})
    c = _tls_common._contextFor({'ca': certs.otherPem})
    assert a is b
    assert a is not c
    assert a._get(False, True) is a.context


# -- checkServerIdentity, ported from Node's test-tls-check-server-identity.js ------------------

@pytest.mark.parametrize('host,cert,error', [
    ('a.com', {'subject': {'CN': 'a.com'}}, None),
    ('a.com', {'subject': {'CN': 'A.COM'}}, None),
    ('a.com', {'subject': {'CN': 'b.com'}}, "Host: a.com. is not cert's CN: b.com"),
    ('a.com.', {'subject': {'CN': 'a.com'}}, None),
    ('a.com', {'subject': {'CN': '.a.com'}}, "Host: a.com. is not cert's CN: .a.com"),
    ('8.8.8.8', {'subject': {'CN': '8.8.8.8'}},
     "IP: 8.8.8.8 is not in the cert's list: "),
    ('8.8.8.8', {'subjectaltname': 'IP Address:8.8.8.8', 'subject': {}}, None),
    ('a.com', {'subjectaltname': 'DNS:*.a.com', 'subject': {}},
     "Host: a.com. is not in the cert's altnames: DNS:*.a.com"),
    ('b.a.com', {'subjectaltname': 'DNS:*.a.com', 'subject': {}}, None),
    ('c.b.a.com', {'subjectaltname': 'DNS:*.a.com', 'subject': {}},
     "Host: c.b.a.com. is not in the cert's altnames: DNS:*.a.com"),
    ('b.a.com', {'subjectaltname': 'DNS:*b.a.com', 'subject': {}}, None),
    ('a.b.a.com', {'subjectaltname': 'DNS:*b.a.com', 'subject': {}},
     "Host: a.b.a.com. is not in the cert's altnames: DNS:*b.a.com"),
    ('a.com', {'subjectaltname': 'DNS:*.com', 'subject': {}},
     "Host: a.com. is not in the cert's altnames: DNS:*.com"),
    ('a.com', {'subject': {}}, 'Cert does not contain a DNS name'),
    ('localhost', {'subjectaltname': 'DNS:a.com', 'subject': {'CN': 'localhost'}},
     "Host: localhost. is not in the cert's altnames: DNS:a.com"),
    ('::1', {'subjectaltname': 'IP Address:0:0:0:0:0:0:0:1', 'subject': {}}, None),
])
def test_checkServerIdentity(host: str, cert: dict[str, Any], error: str | None) -> None:
    err = tls.checkServerIdentity(host, cert)
    if error is None:
        assert err is None
    else:
        assert err is not None
        assert err.code == 'ERR_TLS_CERT_ALTNAME_INVALID'
        assert err.reason == error
        assert str(err) == f"Hostname/IP does not match certificate's altnames: {error}"
        assert err.cert is cert


def test_chain_error_without_a_chain() -> None:
    assert _tls_x509._chainError([], []) == 21


def test_module_surface() -> None:
    assert tls.DEFAULT_MIN_VERSION == 'TLSv1.2'
    assert tls.DEFAULT_MAX_VERSION == 'TLSv1.3'
    assert tls.DEFAULT_CIPHERS.startswith('TLS_AES_256_GCM_SHA384:')
    assert 'aes128-gcm-sha256' in tls.getCiphers()
    assert issubclass(tls.TLSSocket, net.Socket)
    assert issubclass(tls.Server, net.Server)


def test_server_tlssocket_over_a_socket_that_already_buffered_the_client_hello(
        run: Any, common: Any, certs: Certs) -> None:
    """Node's TLSSocket._init feeds what the plain socket read but did not deliver into the
    TLS layer; here the plain socket has no 'data' listener, so it buffers the ClientHello."""
    seen: list[Any] = []

    def main() -> None:
        def onconnection(raw: Any) -> None:
            def wrap() -> None:
                assert raw.readableLength  # the ClientHello, read and kept
                socket = tls.TLSSocket(raw, {'isServer': True, **certs.server})
                socket.on('secure', common.mustCall(lambda: seen.append('secure')))
                socket.on('data', lambda d: socket.end(b'bye:' + d))
                socket.on('close', lambda *a: server.close())
            from node_http_agent import timers
            timers.setTimeout(wrap, 100)
        server = net.createServer(onconnection)

        def onlistening() -> None:
            client = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1',
                                  'servername': 'localhost', 'ca': certs.caPem},
                                 common.mustCall(lambda: client.write(b'hi')))
            client.on('data', seen.append)
            client.resume()
        server.listen(0, '127.0.0.1', onlistening)
    run(main)
    assert seen == ['secure', b'bye:hi']


def test_tls_connect_over_a_paused_plain_socket(run: Any, common: Any, certs: Certs) -> None:
    """What https-proxy-agent does: net.connect, pause(), then tls.connect({'socket': s})."""
    def client(port: int, server: Any, seen: dict[str, Any]) -> None:
        def onconnect() -> None:
            raw.pause()
            socket = tls.connect({'socket': raw, 'servername': 'localhost', 'ca': certs.caPem},
                                 common.mustCall(lambda: socket.write(b'ping')))
            socket.on('data', lambda d: seen.setdefault('data', []).append(d))
            closeAfter(server, socket)
        raw = net.connect(port, '127.0.0.1', onconnect)
    seen = serve(run, certs.server, client)
    assert seen['data'] == [b'echo:ping']
