"""Leak tests that fail on growth: RSS and open fds over many TLS connections and
keep-alive requests (the full counts: ``python benchmarks/leaks.py``).

CI-sized: 2,000 new TLS connections through an ``https.Agent`` without keepAlive
(~15 s), each resuming the session the agent cached from the one before, and 8,000
requests over one keep-alive socket (~12 s); each fails if the second half's
least-squares slope passes its bound. Measured: +15 B per TLS connection (5,000
connections; before ``_tls_session`` took sessions from libssl, each connection kept
the ~6.6 KiB copy that CPython 3.10-3.12.6's ``SSLObject.session`` getter leaks), so
the bound, 2 KiB per connection (noise in a 2,000 run: up to ~0.3 KiB), fails on that
leak and on anything like it. fds must not grow at all.
"""

from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                'benchmarks'))
import leaks  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith('linux'), reason='reads /proc')


@pytest.mark.timeout(120)
def test_new_tls_connections_keep_rss_and_fds_flat() -> None:
    pytest.importorskip('trustme')
    total = 2000
    samples = leaks.tls_connections(total, limit=100)
    print(leaks.report('tls', total, samples))
    assert samples[-1][0] == total, 'did not finish'
    rss, fds = leaks.second_half_slopes(samples)
    assert rss < 2048, f'RSS grows {rss:.0f} KiB per 1,000 TLS connections'
    half = samples[len(samples) // 2:]
    assert max(f for _, _, f in half) - half[0][2] <= 2, f'fds grow: {half}'


@pytest.mark.timeout(120)
def test_keepalive_requests_keep_rss_and_fds_flat() -> None:
    total = 8000
    samples = leaks.keepalive_requests(total, limit=100)
    print(leaks.report('keepalive', total, samples))
    assert samples[-1][0] == total, 'did not finish'
    rss, fds = leaks.second_half_slopes(samples)
    assert rss < 256, f'RSS grows {rss:.0f} KiB per 1,000 keep-alive requests'
    half = samples[len(samples) // 2:]
    assert max(f for _, _, f in half) - half[0][2] <= 2, f'fds grow: {half}'
