"""The benchmarks run (a seconds-long smoke, not a timed test)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_emit_benchmark_smoke():
    out = subprocess.run([sys.executable, str(ROOT / 'benchmarks' / 'bench_emit.py'), '--quick'],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    assert '| emit, 1 listener |' in out and 'ours/pyee' in out


def test_tls_sessions_benchmark_smoke():
    out = subprocess.run([sys.executable, str(ROOT / 'benchmarks' / 'tls_sessions.py'), '--count',
                          '100', 'connect', 'native-resume'], capture_output=True, text=True,
                         timeout=120, check=True, env={**os.environ, 'PYTHONPATH': str(ROOT)}).stdout
    assert 'native session path:' in out
    assert 'connect        x100: RSS' in out and 'native-resume  x100: RSS' in out
