"""Differential fault suite, CI-sized: one seeded schedule of faulty responses through
Node and through the port on each parser backend, compared request by request (see
differential.py; the long run is ``python benchmarks/differential.py``)."""

from __future__ import annotations

import pytest
from differential import NODE, compare, run_node, run_port

from node_http_agent._wire import available_backends

SEED = 20240601
COUNT = 60
_node: dict[int, dict] = {}


@pytest.mark.skipif(NODE is None, reason='needs node')
@pytest.mark.parametrize('backend', ['llhttp', 'h11'])
@pytest.mark.timeout(120)
def test_port_matches_node_request_for_request(backend: str) -> None:
    if backend not in available_backends():
        pytest.skip(f'{backend} backend not installed')
    if SEED not in _node:
        _node[SEED] = run_node(SEED, COUNT)
    node = _node[SEED]
    port = run_port(SEED, COUNT, backend)
    assert port['actions'] == node['actions']      # the same faults, in the same order
    bad = compare(node, port)
    print(f'{backend}: {len(bad)}/{COUNT} requests differ')
    assert not bad, '\n'.join(f'#{i} {action}: node {a} port {b}' for i, action, a, b in bad)
