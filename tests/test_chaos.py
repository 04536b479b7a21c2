"""Chaos load in CI: benchmarks/chaos.py at 5,000 requests (the full run is 100,000).

One keep-alive Agent (maxSockets 10, maxTotalSockets 20) over 5 loopback
origins with random server faults (FIN on idle sockets, RST, reset mid-body,
truncated body, answers later than the request's timeout, garbage status
lines, Connection: close). Every request must end exactly once ('end' or an
'error' with a Node code), none may be lost, each request emits 'close' once,
and after agent.destroy() the pool is empty and the file descriptors are back
at their baseline. Each run is its own process, so the fd counts are its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from node_http_agent._wire import available_backends

ROOT = Path(__file__).resolve().parent.parent
CHAOS = ROOT / 'benchmarks' / 'chaos.py'
FAULTS = {'fin', 'rst', 'rstbody', 'trunc', 'delay', 'garbage', 'close'}


def chaos(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / 'chaos.json'
    proc = subprocess.run([sys.executable, str(CHAOS), '--requests', '5000', '--json', str(out),
                           *args], capture_output=True, text=True, timeout=110, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def check(r: dict[str, Any]) -> None:
    assert r['requests'] == 5000
    assert r['lost'] == 0, r['examples']
    assert r['double_ended'] == 0, r['examples']
    assert r['codeless'] == 0, r['examples']
    assert r['close_not_once'] == 0, r['examples']
    assert r['socket_shared_with_unfinished'] == 0
    assert r['ok'] + r['errors'] == 5000
    assert r['failures'] == [] and r['leaks'] == []
    after = r['after_destroy']
    assert after == {'totalSocketCount': 0, 'sockets': {}, 'freeSockets': {}, 'requests': {}}
    assert r['fd_after'] <= r['fd_base'] and r['fd_after_run'] <= r['fd_before_run']
    # The limits hold for the sockets in use (idle ones may exceed maxTotalSockets in Node).
    assert r['max_active_sockets'] <= 20
    assert max(r['max_active_per_origin']) <= 10
    # Every error carries one of the codes Node gives for these faults.
    for code in r['codes']:
        assert code == 'ECONNRESET' or code.startswith('HPE_'), code


@pytest.mark.timeout(120)
def test_chaos_5000_requests_one_percent_faults(tmp_path: Path) -> None:
    r = chaos(tmp_path)
    check(r)
    assert r['fault_rate'] == 0.01
    assert set(r['matrix']) == FAULTS | {'ok'}   # the seeded plan has every fault
    assert r['ok'] > 4800


@pytest.mark.timeout(120)
@pytest.mark.parametrize('parser', available_backends())
def test_chaos_5000_requests_five_percent_faults(tmp_path: Path, parser: str) -> None:
    r = chaos(tmp_path, '--fault-rate', '0.05', '--seed', '2', '--parser', parser)
    check(r)
    assert r['parser'] == parser
    assert set(r['matrix']) == FAULTS | {'ok'}
    # The faults that cannot succeed fail with Node's codes.
    assert set(r['matrix']['rst']) <= {'ECONNRESET read ECONNRESET', 'ECONNRESET socket hang up'}
    assert all(k.startswith('ECONNRESET') for k in r['matrix']['trunc'])
    assert all(k.startswith(('HPE_', 'ECONNRESET')) for k in r['matrix']['garbage'])
