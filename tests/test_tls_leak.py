"""Native memory over many TLS connections (issue: ~21 KiB per connection without bound).

Each read of ``SSLObject.session`` keeps ~6 KB of native memory for good (CPython 3.10-3.13
with OpenSSL 3.0), so the TLS layer reads it at most once per handshake, and only for a
``'session'`` listener. These tests make 2,000 sequential TLS connections in this process
and fail if RSS grows in the second half beyond a generous bound (the old code, which read
the session on up to 17 reads per connection, grew ~100 MB per 1,000 connections), and count
the session reads of connections that do listen (an https agent caching sessions).
"""

from __future__ import annotations

import gc
import ssl
import sys
from pathlib import Path
from typing import Any

import pytest

from node_http_agent import https, tls

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


def test_an_agent_reads_each_session_once(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = [0]
    original = ssl.SSLObject.session

    def counted(self: ssl.SSLObject) -> Any:
        reads[0] += 1
        return original.fget(self)  # type: ignore[attr-defined]
    monkeypatch.setattr(ssl.SSLObject, 'session', property(counted, original.fset))
    total = 40
    sessions: list[Any] = []
    reused: list[bool] = []

    def main() -> None:
        server = https.createServer({'key': KEY, 'cert': CERT}, lambda req, res: res.end('ok'))
        agent = https.Agent({'keepAlive': False})
        count = [0]

        def one(*_: Any) -> None:
            if count[0] == total:
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
    assert 0 < reads[0] <= total, f'{reads[0]} session reads for {total} connections'
