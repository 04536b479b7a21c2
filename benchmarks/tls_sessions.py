"""Where TLS memory goes: RSS (native) and tracemalloc (Python) per session operation.

    PYTHONPATH=$PWD python benchmarks/tls_sessions.py [--count 3000]

No sockets and no event loop: client and server ``SSLObject`` s over memory BIOs, the
server's TLS 1.3 tickets delivered by one application record. Each mode runs ``count``
times after a warm-up (each mode in its own process), then prints the RSS and tracemalloc growth per operation:

- ``getter``: read ``SSLObject.session`` on one connection (CPython 3.10-3.12.6 leak a
  copy of the session per read, gh-116810);
- ``native``: ``_tls_session.currentSession`` on one connection (libssl, no copy);
- ``connect``: new connections, the session never looked at;
- ``getter-resume``: new connections, each resuming the session read (getter) from the
  one before: what an https agent did;
- ``native-resume``: the same through ``currentSession`` / ``setNativeSession``: what it
  does now.
"""

from __future__ import annotations

import argparse
import gc
import os
import ssl
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / 'conformance' / 'cases' / 'tls' / 'fixtures'


def rss_kib() -> int:
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE') // 1024


def contexts() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = Path(tmp) / 'c.pem', Path(tmp) / 'k.pem'
        cert.write_bytes((FIXTURES / 'good.pem').read_bytes())
        key.write_bytes((FIXTURES / 'good-key.pem').read_bytes())
        server.load_cert_chain(cert, key)
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client.load_verify_locations(cadata=(FIXTURES / 'root.pem').read_text())
    return client, server


def connect(cctx: ssl.SSLContext, sctx: ssl.SSLContext, session: Any = None) -> ssl.SSLObject:
    from node_http_agent import _tls_session

    cin, cout, sin, sout = (ssl.MemoryBIO() for _ in range(4))
    pysession, native = _tls_session.resumeArgument(session)
    client = cctx.wrap_bio(cin, cout, server_hostname='localhost', session=pysession)
    if native is not None:
        _tls_session.setNativeSession(client, native)
    server = sctx.wrap_bio(sin, sout, server_side=True)
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
    return client


def run(mode: str, count: int) -> str:
    from node_http_agent._tls_session import currentSession

    cctx, sctx = contexts()
    one = connect(cctx, sctx)
    state: dict[str, Any] = {'session': one.session}

    def step() -> None:
        if mode == 'getter':
            one.session  # noqa: B018 - the read under test
        elif mode == 'native':
            currentSession(one)
        elif mode == 'connect':
            connect(cctx, sctx)
        elif mode == 'getter-resume':
            state['session'] = connect(cctx, sctx, state['session']).session
        elif mode == 'native-resume':
            state['session'] = currentSession(connect(cctx, sctx, state['session']))
    for _ in range(50):
        step()
    gc.collect()
    tracemalloc.start()
    py0, rss0 = tracemalloc.get_traced_memory()[0], rss_kib()
    for _ in range(count):
        step()
    gc.collect()
    py1, rss1 = tracemalloc.get_traced_memory()[0], rss_kib()
    tracemalloc.stop()
    return (f'{mode:14} x{count}: RSS {rss0} -> {rss1} KiB ({(rss1 - rss0) * 1024 / count:+.0f} B '
            f'each), Python heap {(py1 - py0) / count:+.0f} B each')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--count', type=int, default=3000)
    parser.add_argument('modes', nargs='*', default=['getter', 'native', 'connect',
                                                     'getter-resume', 'native-resume'])
    parser.add_argument('--in-process', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process:
        print(run(args.modes[0], args.count), flush=True)
        return
    from node_http_agent import _tls_session
    print(f'native session path: {"on" if _tls_session._lib is not None else "off"}; '
          f'{ssl.OPENSSL_VERSION}', flush=True)
    for mode in args.modes:  # one process per mode: no mode reuses memory another freed
        subprocess.run([sys.executable, __file__, '--in-process', '--count', str(args.count),
                        mode], check=True)


if __name__ == '__main__':
    main()
