"""TLS that fails closed: ``authorized``/``authorizationError`` from a real check of the chain's
signatures, names and dates (``cryptography``'s x509 API), certificates and keys handled in
memory only, and an fd shortage reported as Node's coded ``'error'``.

The expected codes are not typed here: they are read from the trace Node recorded for
``conformance/cases/tls/verify_chains`` over the same certificate files.
"""

from __future__ import annotations

import errno
import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from node_http_agent import _tls_x509, https, net, tls
from node_http_agent._tls_x509 import X509, _chainError, _decodeDer

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / 'conformance' / 'cases' / 'tls'
FIXTURES = CASE / 'fixtures'


def _pem(name: str) -> bytes:
    return (FIXTURES / f'{name}.pem').read_bytes()


def _ders(name: str) -> list[bytes]:
    return [ssl.PEM_cert_to_DER_cert(block) for block in
            re.findall(r'-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----',
                       _pem(name).decode(), re.S)]


def _nodeVerdicts() -> dict[str, str | None]:
    """name -> Node's authorizationError with rejectUnauthorized false (plain connects)."""
    trace = json.loads((CASE / 'verify_chains.expected.json').read_text())['trace']
    verdicts: dict[str, str | None] = {}
    for line in trace:
        m = re.match(r'(\S+) \{\} rejectUnauthorized=false: secureConnect authorized (\w+) '
                     r'authorizationError (\S+)$', line)
        if m:
            verdicts[m.group(1)] = None if m.group(3) == 'null' else m.group(3)
    return verdicts


NODE = _nodeVerdicts()
ROOT_CA = [_decodeDer(_ders('root')[0])]


def test_the_recorded_trace_covers_every_kind() -> None:
    assert set(NODE) >= {'good', 'via-int', 'self-signed', 'other-alone', 'other-root-in',
                         'other-int', 'impostor', 'impostor-akid', 'impostor-noakid',
                         'bad-signature', 'expired', 'not-yet-valid', 'expired-int',
                         'not-ca-int', 'client-only'}


@pytest.mark.parametrize('name', sorted(NODE))
def test_chain_verdict_matches_node(name: str) -> None:
    code = _chainError(_ders(name), ROOT_CA)
    got = None if code is None else tls_code(code)
    assert got == NODE[name]


def tls_code(number: int) -> str:
    from node_http_agent.errors import X509_CODES
    return X509_CODES[number]


def test_no_anchor_no_trust() -> None:
    assert _chainError(_ders('good'), []) is not None
    assert _chainError(_ders('via-int'), []) is not None


def test_undecodable_chain_is_not_trusted() -> None:
    assert _chainError([b'not a certificate'], ROOT_CA) == 21
    assert _chainError([], ROOT_CA) == 21
    der = bytearray(_ders('good')[0])
    der[len(der) // 2] ^= 0xFF  # breaks the DER or the signature: never trusted
    assert _chainError([bytes(der)], ROOT_CA) is not None


def test_impostor_anchor_with_the_trusted_name_is_not_trusted() -> None:
    impostor = [_decodeDer(_ders('impostor-root')[0])]
    assert impostor[0].subject == ROOT_CA[0].subject
    assert _chainError(_ders('good'), impostor) is not None
    assert _chainError(_ders('impostor-akid'), ROOT_CA) == 7
    assert _chainError(_ders('impostor-noakid'), ROOT_CA) == 7
    assert _chainError(_ders('impostor-noakid'), impostor) is None  # its own CA does sign it


def test_the_private_ssl_hook_is_gone() -> None:
    source = ''.join((ROOT / 'node_http_agent' / f).read_text() for f in
                     ('_tls_common.py', '_tls_wrap.py', '_tls_x509.py', '_tls_transport.py'))
    assert '_test_decode_cert' not in source


def test_no_file_on_disk_for_cert_key_or_keylog(run: Any, common: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*a: Any, **k: Any) -> Any:
        raise AssertionError('a temporary file was made')
    for name in ('mkstemp', 'mkdtemp', 'NamedTemporaryFile', 'TemporaryFile'):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.delattr(ssl._ssl, '_test_decode_cert', raising=False)  # type: ignore[attr-defined]
    seen: dict[str, Any] = {}

    def main() -> None:
        server = tls.createServer({'key': _pem('rsa-details-key'), 'cert': _pem('rsa-details')},
                                  lambda s: s.end(b'hi'))

        def onlistening() -> None:
            socket = tls.connect({'port': server.address()['port'], 'host': 'localhost',
                                  'ca': _pem('root'), 'rejectUnauthorized': False,
                                  # a client certificate: another cert/key pair to load
                                  'cert': _pem('good'), 'key': _pem('good-key')})
            socket.on('keylog', lambda line: seen.setdefault('keylog', []).append(line))

            def onsecure() -> None:
                seen['authorized'] = socket.authorized
                seen['cert'] = socket.getPeerCertificate()
            socket.on('secureConnect', common.mustCall(onsecure))
            socket.resume()
            socket.on('close', lambda *a: server.close())
        server.listen(0, '127.0.0.1', onlistening)
    run(main)
    assert seen['authorized'] is True
    assert seen['cert']['subject']['OU'] == ['one', 'two']
    assert seen['keylog'] and all(line.endswith(b'\n') for line in seen['keylog'])


def test_memfd_failure_is_a_coded_connect_error(run: Any, common: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def emfile(*a: Any) -> int:
        raise OSError(errno.EMFILE, os.strerror(errno.EMFILE))
    # A cert/key pair no other test uses, so no cached context hides the failure.
    options = {'cert': _pem('expired'), 'key': _pem('expired-key'),
               'ciphers': 'ECDHE-ECDSA-AES128-GCM-SHA256'}
    seen: dict[str, Any] = {}

    def main() -> None:
        server = net.createServer(lambda s: s.destroy())

        def onlistening() -> None:
            port = server.address()['port']
            monkeypatch.setattr(os, 'memfd_create', emfile)
            socket = tls.connect({'port': port, 'host': '127.0.0.1', **options})
            seen['port'] = port

            def onerror(err: Any) -> None:
                seen['err'] = err
            socket.on('error', common.mustCall(onerror))
            socket.on('close', common.mustCall(lambda *a: server.close()))
        server.listen(0, '127.0.0.1', onlistening)
    run(main)
    err = seen['err']
    assert err.code == 'EMFILE'
    assert err.syscall == 'connect'
    assert str(err).startswith(f"connect EMFILE 127.0.0.1:{seen['port']}")


_EMFILE_SCRIPT = r'''
import os, resource, sys
from node_http_agent import https, net, process
import node_http_agent._http_client, node_http_agent._wire._llhttp  # imported before the fds run out
key, cert = open(sys.argv[1], 'rb').read(), open(sys.argv[2], 'rb').read()
def main():
    srv = net.createServer()
    def onlistening():
        fds = []
        try:
            while True:
                fds.append(os.open('/dev/null', os.O_RDONLY))
        except OSError:
            pass
        req = https.request({'port': srv.address()['port'], 'host': '127.0.0.1',
                             'cert': cert, 'key': key, 'agent': False})
        def onerror(e):
            print('error', e.code, e.syscall)
            for fd in fds:
                os.close(fd)
            srv.close()
        req.on('error', onerror)
        req.end()
    srv.listen(0, '127.0.0.1', onlistening)
resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
process.run(main)
print('done')
'''


@pytest.mark.skipif(not sys.platform.startswith('linux'), reason='memfd and RLIMIT_NOFILE')
def test_at_the_fd_limit_a_new_cert_key_pair_errors_on_the_request() -> None:
    out = subprocess.run([sys.executable, '-c', _EMFILE_SCRIPT, str(FIXTURES / 'not-yet-valid-key.pem'),
                          str(FIXTURES / 'not-yet-valid.pem')],
                         capture_output=True, text=True, timeout=30,
                         env={**os.environ, 'PYTHONPATH': str(ROOT)})
    assert out.stdout.split('\n')[:2] == ['error EMFILE connect', 'done'], out.stderr


def test_https_request_with_rejectUnauthorized_false_reports_the_real_verdict(
        run: Any, common: Any) -> None:
    seen: list[Any] = []

    def main() -> None:
        server = https.createServer({'key': _pem('bad-signature-key'),
                                     'cert': _pem('bad-signature')},
                                    lambda req, res: res.end('ok'))

        def onlistening() -> None:
            def onresponse(res: Any) -> None:
                seen.append((res.socket.authorized, res.socket.authorizationError))
                res.resume()
                res.on('end', lambda: server.close())
            https.get({'port': server.address()['port'], 'host': 'localhost', 'agent': False,
                       'ca': _pem('root'), 'rejectUnauthorized': False},
                      common.mustCall(onresponse))
        server.listen(0, '127.0.0.1', onlistening)
    run(main)
    assert seen == [(False, 'CERT_SIGNATURE_FAILURE')]


def test_x509_decodes_what_node_shows() -> None:
    cert = _tls_x509._certificateObject(X509(_ders('rsa-details')[0]))
    trace = json.loads((CASE / 'peer_certificate.expected.json').read_text())['trace']
    keys = json.loads(trace[0].split(' keys ', 1)[1])
    assert list(cert) == keys
