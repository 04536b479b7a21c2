"""bench_http.py and bench_pool_scale.py run and print their tables (a smoke, nothing timed)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / 'benchmarks'


def run(*args: str) -> str:
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=110,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_bench_http_quick_prints_its_table():
    # Node's client and server are used when node is on PATH; without it the
    # node rows are skipped with a note and the bare asyncio server stands in.
    out = run(str(BENCH / 'bench_http.py'), '--quick', '--quiet')
    assert ('| client | mode | body | median req/s | min–max | ×Node | ×h11 floor | CPU µs/req '
            '| conns |') in out
    for mode in ('seq', 'conc', 'noka'):
        assert f'| floor-h11 | {mode} | 11B |' in out
        assert '| ours-h11 | ' + mode in out
    assert 'FAILED' not in out


def test_bench_http_quick_without_node_uses_the_python_server():
    out = run(str(BENCH / 'bench_http.py'), '--quick', '--quiet', '--server', 'python',
              '--only', 'ours-h11,floor-h11', '--modes', 'seq')
    assert 'bare asyncio (py_server.py)' in out
    assert '| ours-h11 | seq | 11B |' in out and 'FAILED' not in out


def test_bench_pool_scale_quick_prints_its_tables():
    out = run(str(BENCH / 'bench_pool_scale.py'), '--quick')
    assert '| operation | origins | queued requests | µs/op | × smallest |' in out
    assert '| hand-off from the queue |' in out
    assert '| what | count | RSS growth | per item | notes |' in out
    assert 'idle pooled sockets' in out and 'FAILED' not in out
