"""Chaos load in CI: benchmarks/chaos.py at 5,000 requests (the full run is 100,000).

One keep-alive Agent (maxSockets 10, maxTotalSockets 20) over 5 loopback
origins with random server faults (FIN on idle sockets, RST, reset mid-body,
truncated body, answers later than the request's timeout, garbage status
lines, Connection: close). Every request must end exactly once ('end' or an
'error' with a Node code), none may be lost, each request emits 'close' once,
and after agent.destroy() the pool is empty and the file descriptors are back
at their baseline. Each run is its own process, so the fd counts are its own.

chaos.py counts every fd over its baselines as a leak. The event loop may keep
some of its own: uvloop's libuv opens a spare fd (``/dev/null``, for EMFILE) at
a loop's first stream and closes it with the loop, and a signal lock pipe at
the first loop of a process that stays open for good. So the fds are checked
against what one connection leaves on the same loop (``loop_fds``, measured
the same way in a process of its own; nothing on asyncio's loop).
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


# One connection under process.run, with chaos.py's fd counts around it.
PROBE = """
import asyncio, json, os, socket
from node_http_agent import net, process

def fd_count():
    return len(os.listdir('/proc/self/fd'))

listener = socket.create_server(('127.0.0.1', 0))
out = {'fd_before_run': fd_count()}

async def main():
    out['fd_base'] = fd_count()
    closed = asyncio.get_running_loop().create_future()
    sock = net.connect(listener.getsockname()[1], '127.0.0.1')
    sock.on('connect', lambda: sock.destroy())
    sock.on('close', lambda *a: closed.set_result(None))
    await closed
    await asyncio.sleep(0.1)
    out['fd_after'] = fd_count()

process.run(main)
out['fd_after_run'] = fd_count()
print(json.dumps(out))
"""


@pytest.fixture(scope='module')
def loop_fds() -> dict[str, int]:
    """The fds the event loop itself keeps: after destroy (in the run), and after the run."""
    proc = subprocess.run([sys.executable, '-c', PROBE], capture_output=True, text=True,
                          timeout=30, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    r = json.loads(proc.stdout)
    return {'in_run': r['fd_after'] - r['fd_base'],
            'around_run': r['fd_after_run'] - r['fd_before_run']}


def chaos(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / 'chaos.json'
    proc = subprocess.run([sys.executable, str(CHAOS), '--requests', '5000', '--json', str(out),
                           *args], capture_output=True, text=True, timeout=110, cwd=ROOT)
    # Exit status 1 is any failure, fd counts over the baselines included (checked below).
    assert proc.returncode in (0, 1) and out.exists(), proc.stdout + proc.stderr
    result: dict[str, Any] = json.loads(out.read_text())
    assert proc.returncode == (1 if result['failures'] else 0), proc.stdout + proc.stderr
    result['report'] = proc.stdout
    return result


def check(r: dict[str, Any], loop_fds: dict[str, int]) -> None:
    assert r['requests'] == 5000
    assert r['lost'] == 0, r['examples']
    assert r['double_ended'] == 0, r['examples']
    assert r['codeless'] == 0, r['examples']
    assert r['close_not_once'] == 0, r['examples']
    assert r['socket_shared_with_unfinished'] == 0
    assert r['ok'] + r['errors'] == 5000
    after = r['after_destroy']
    assert after == {'totalSocketCount': 0, 'sockets': {}, 'freeSockets': {}, 'requests': {}}
    assert r['fd_after'] - r['fd_base'] <= loop_fds['in_run'], r['report']
    assert r['fd_after_run'] - r['fd_before_run'] <= loop_fds['around_run'], r['report']
    # Nothing else failed: the only failures are fd counts the loop explains.
    fd_leaks = [leak for leak in r['leaks'] if leak.startswith('fds ')]
    assert r['failures'] == r['leaks'] == fd_leaks, r['report']
    # The limits hold for the sockets in use (idle ones may exceed maxTotalSockets in Node).
    assert r['max_active_sockets'] <= 20
    assert max(r['max_active_per_origin']) <= 10
    # Every error carries one of the codes Node gives for these faults.
    for code in r['codes']:
        assert code == 'ECONNRESET' or code.startswith('HPE_'), code


@pytest.mark.timeout(120)
def test_chaos_5000_requests_one_percent_faults(tmp_path: Path,
                                                loop_fds: dict[str, int]) -> None:
    r = chaos(tmp_path)
    check(r, loop_fds)
    assert r['fault_rate'] == 0.01
    assert set(r['matrix']) == FAULTS | {'ok'}   # the seeded plan has every fault
    assert r['ok'] > 4800


@pytest.mark.timeout(120)
@pytest.mark.parametrize('parser', available_backends())
def test_chaos_5000_requests_five_percent_faults(tmp_path: Path, parser: str,
                                                 loop_fds: dict[str, int]) -> None:
    r = chaos(tmp_path, '--fault-rate', '0.05', '--seed', '2', '--parser', parser)
    check(r, loop_fds)
    assert r['parser'] == parser
    assert set(r['matrix']) == FAULTS | {'ok'}
    # The faults that cannot succeed fail with Node's codes.
    assert set(r['matrix']['rst']) <= {'ECONNRESET read ECONNRESET', 'ECONNRESET socket hang up'}
    assert all(k.startswith('ECONNRESET') for k in r['matrix']['trunc'])
    assert all(k.startswith(('HPE_', 'ECONNRESET')) for k in r['matrix']['garbage'])
