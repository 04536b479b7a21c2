"""Memory and fd growth over many connections: RSS and open fds, second-half slope.

    PYTHONPATH=$PWD python benchmarks/leaks.py            # the full run (5,000 / 20,000)
    PYTHONPATH=$PWD python benchmarks/leaks.py --tls 1000 --keepalive 5000

Two workloads, each in a fresh ``process.run``:

- ``tls``: N sequential https requests through an ``https.Agent`` without keepAlive
  against a local https server (certificates from trustme): N new TLS
  connections, each resuming the session the agent cached from its 'session'.
- ``keepalive``: N sequential http requests over one keep-alive socket
  (``http.Agent({keepAlive: true, maxSockets: 1})``).

RSS (``/proc/self/statm``) and the open fd count (``/proc/self/fd``) are sampled
(after ``gc.collect()``) every N/20 requests; the slope over the second half is
a least-squares fit, reported per 1,000 requests. ``tests/test_leaks.py`` runs
smaller counts with a bound. Linux only.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from typing import Any

SAMPLES = 20


def rss_kib() -> int:
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE') // 1024


def fd_count() -> int:
    return len(os.listdir('/proc/self/fd'))


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of (x, y) points, per 1,000 x."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return 1000 * sxy / sxx if sxx else 0.0


def _sample(samples: list[tuple[int, int, int]], i: int) -> None:
    gc.collect()
    samples.append((i, rss_kib(), fd_count()))


def _drive(total: int, request: Any, start: Any, stop: Any, limit: float) -> list[tuple[int, int, int]]:
    """Run ``total`` sequential requests under process.run; the samples."""
    from node_http_agent import process, timers

    samples: list[tuple[int, int, int]] = []
    every = max(1, total // SAMPLES)

    def main() -> None:
        deadline = timers.setTimeout(lambda: stop(), limit * 1000)
        deadline.unref()
        count = [0]

        def one(*_: Any) -> None:
            i = count[0]
            if i % every == 0:
                _sample(samples, i)
            if i == total:
                stop()
                return
            count[0] += 1
            request(one)
        start(one)
    process.run(main)
    return samples


def tls_connections(total: int, limit: float = 600.0) -> list[tuple[int, int, int]]:
    import trustme

    from node_http_agent import https

    ca = trustme.CA()
    cert = ca.issue_cert('localhost')
    key_pem = cert.private_key_pem.bytes()
    cert_pem = b''.join(blob.bytes() for blob in cert.cert_chain_pems)
    ca_pem = ca.cert_pem.bytes()
    state: dict[str, Any] = {}

    def start(one: Any) -> None:
        state['agent'] = https.Agent({'keepAlive': False})
        server = state['server'] = https.createServer({'key': key_pem, 'cert': cert_pem},
                                                      lambda req, res: res.end('ok'))
        server.listen(0, '127.0.0.1', one)

    def request(one: Any) -> None:
        req = https.get({'port': state['server'].address()['port'], 'host': '127.0.0.1',
                         'servername': 'localhost', 'ca': ca_pem, 'agent': state['agent']},
                        lambda res: res.resume())
        req.on('close', one)
        req.on('error', lambda e: None)

    def stop() -> None:
        state['agent'].destroy()
        state['server'].close()
    return _drive(total, request, start, stop, limit)


def keepalive_requests(total: int, limit: float = 600.0) -> list[tuple[int, int, int]]:
    from node_http_agent import http

    state: dict[str, Any] = {}

    def start(one: Any) -> None:
        state['agent'] = http.Agent({'keepAlive': True, 'maxSockets': 1})
        server = state['server'] = http.createServer(lambda req, res: res.end('ok'))
        server.listen(0, '127.0.0.1', one)

    def request(one: Any) -> None:
        req = http.get({'port': state['server'].address()['port'], 'host': '127.0.0.1',
                        'agent': state['agent']}, lambda res: res.resume())
        req.on('close', one)
        req.on('error', lambda e: None)

    def stop() -> None:
        state['agent'].destroy()
        state['server'].close()
    return _drive(total, request, start, stop, limit)


def second_half_slopes(samples: list[tuple[int, int, int]]) -> tuple[float, float]:
    """(RSS KiB, fds) per 1,000 requests over the second half of the samples."""
    half = samples[len(samples) // 2:]
    return (slope([(i, rss) for i, rss, _ in half]), slope([(i, fds) for i, _, fds in half]))


def report(name: str, total: int, samples: list[tuple[int, int, int]],
           seconds: float | None = None) -> str:
    rss, fds = second_half_slopes(samples)
    first, last = samples[0], samples[-1]
    took = '' if seconds is None else f' in {seconds:.1f} s'
    return (f'{name}: {samples[-1][0]}/{total} requests{took}; RSS {first[1]} -> '
            f'{last[1]} KiB, fds {first[2]} -> {last[2]}; second-half slope: '
            f'{rss:+.1f} KiB and {fds:+.2f} fds per 1,000 ({rss * 1024 / 1000:+.0f} B each)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--tls', type=int, default=5000)
    parser.add_argument('--keepalive', type=int, default=20000)
    args = parser.parse_args()
    for name, fn, total in (('tls', tls_connections, args.tls),
                            ('keepalive', keepalive_requests, args.keepalive)):
        if total:
            t0 = time.monotonic()
            samples = fn(total)
            print(report(name, total, samples, time.monotonic() - t0), flush=True)


if __name__ == '__main__':
    main()
