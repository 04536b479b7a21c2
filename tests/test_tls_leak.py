"""Native memory over many TLS connections (issue: ~21 KiB per connection without bound).

Each read of ``SSLObject.session`` keeps a ~6.4 KB copy of the session in native memory
for good (CPython 3.10, 3.11, 3.12.0-3.12.6: gh-116810), so there the port never calls
it (``_tls_session`` takes sessions from libssl). These tests make 2,000 sequential TLS
connections in this process and fail if RSS grows in the second half beyond a generous
bound (the old code, which read the session on up to 17 reads per connection, grew
~100 MB per 1,000 connections), and count the getter's calls on connections that do
listen for ``'session'`` (an https agent caching sessions).
"""

from __future__ import annotations

import gc
import ssl
import sys
from pathlib import Path
from typing import Any

import pytest

from node_http_agent import _tls_session, https, tls

FIXTURES = Path(__file__).resolve().parent.parent / 'conformance' / 'cases' / 'tls' / 'fixtures'
KEY, CERT, CA = ((FIXTURES / n).read_bytes() for n in ('good-key.pem', 'good.pem', 'root.pem'))

pytestmark = pytest.mark.skipif(not sys.platform.startswith('linux'), reason='reads /proc')


def _rssKiB() -> int:
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * 4096 // 1024


@pytest.mark.timeout(120)
def test_two_thousand_tls_connections_keep_rss_flat(run: Any) -> None:
    total = 2000
    marks: dict[str, int] = {}

    def main() -> None:
        server = tls.createServer({'key': KEY, 'cert': CERT}, lambda s: s.end(b'x'))
        count = [0]

        def one(*_: Any) -> None:
            if count[0] == total // 2:
                gc.collect()
                marks['half'] = _rssKiB()
            if count[0] == total:
                gc.collect()
                marks['end'] = _rssKiB()
                server.close()
                return
            count[0] += 1
            socket = tls.connect({'port': server.address()['port'], 'host': '127.0.0.1',
                                  'servername': 'localhost', 'ca': CA})
            socket.on('secureConnect', lambda: socket.end())
            socket.resume()
            socket.on('close', one)
        server.listen(0, '127.0.0.1', one)
    run(main, timeout=110)
    growth = marks['end'] - marks['half']
    print(f'RSS second half: {marks["half"]} -> {marks["end"]} KiB (+{growth} KiB '
          f'over {total // 2} connections)')
    assert growth < 12 * 1024, f'RSS grew {growth} KiB over {total // 2} TLS connections'


def test_an_agent_never_calls_the_leaking_session_getter(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = [0]
    original = ssl.SSLObject.session

    def counted(self: ssl.SSLObject) -> Any:
        reads[0] += 1
        return original.fget(self)  # type: ignore[attr-defined]
    monkeypatch.setattr(ssl.SSLObject, 'session', property(counted, original.fset))
    total = 40
    sessions: list[Any] = []
    cached: list[Any] = []
    reused: list[bool] = []

    def main() -> None:
        server = https.createServer({'key': KEY, 'cert': CERT}, lambda req, res: res.end('ok'))
        agent = https.Agent({'keepAlive': False})
        count = [0]

        def one(*_: Any) -> None:
            if count[0] == total:
                cached.extend(agent._sessionCache['map'].values())
                server.close()
                return
            count[0] += 1

            def onresponse(res: Any) -> None:
                reused.append(res.socket.isSessionReused())
                res.socket.on('session', sessions.append)
                res.resume()
            req = https.get({'port': server.address()['port'], 'host': '127.0.0.1',
                             'servername': 'localhost', 'ca': CA, 'agent': agent}, onresponse)
            req.on('close', one)
        server.listen(0, '127.0.0.1', one)
    run(main, timeout=60)
    assert reused[0] is False and all(reused[1:])  # the cached sessions resume
    assert cached and all(isinstance(s, _tls_session.TLSSession) for s in cached)
    if _tls_session._lib is not None:  # the leaking getter is never called
        assert reads[0] == 0, f'{reads[0]} session reads for {total} connections'
    else:
        assert 0 < reads[0] <= total, f'{reads[0]} session reads for {total} connections'


def _handshake(client: ssl.SSLObject, server: ssl.SSLObject, bios: list[ssl.MemoryBIO]) -> None:
    """Drive a client/server pair over memory BIOs; the server's 'x' delivers the tickets."""
    cin, cout, sin, sout = bios
    for _ in range(10):
        for side in (client, server):
            try:
                side.do_handshake()
            except ssl.SSLWantReadError:
                pass
        sin.write(cout.read())
        cin.write(sout.read())
    server.write(b'x')
    cin.write(sout.read())
    assert client.read(1) == b'x'


def _pair(cctx: ssl.SSLContext, sctx: ssl.SSLContext, session: Any = None) -> ssl.SSLObject:
    bios = [ssl.MemoryBIO() for _ in range(4)]
    client = cctx.wrap_bio(bios[0], bios[1], server_hostname='localhost')
    if session is not None:
        _tls_session.setNativeSession(client, session)
    _handshake(client, sctx.wrap_bio(bios[2], bios[3], server_side=True), bios)
    return client


@pytest.mark.skipif(_tls_session._lib is None, reason="this CPython's session getter does not leak")
def test_a_native_session_is_pythons_session_and_resumes(tmp_path: Path) -> None:
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    (tmp_path / 'c.pem').write_bytes(CERT)
    (tmp_path / 'k.pem').write_bytes(KEY)
    sctx.load_cert_chain(tmp_path / 'c.pem', tmp_path / 'k.pem')
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.load_verify_locations(cadata=CA.decode())
    first = _pair(cctx, sctx)
    native = _tls_session.currentSession(first)
    python = first.session  # the leaking getter, once, to compare with
    assert native is not None and python is not None and native._native
    assert native == python and native.id == python.id and len(native.id) == 32
    for name in ('has_ticket', 'time', 'timeout', 'ticket_lifetime_hint'):
        assert getattr(native, name) == getattr(python, name), name
    assert _pair(cctx, sctx, native).session_reused
    # Python's setter refuses a session of another context; so does the native path.
    other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    other.load_verify_locations(cadata=CA.decode())
    assert not _pair(other, sctx, native).session_reused
