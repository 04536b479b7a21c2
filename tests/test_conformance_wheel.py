"""The conformance tool as a user gets it: build the wheel, check it, install it, run it.

``python -m build --wheel`` (no isolation: the test extra brings ``build``, ``twine``
and ``wheel``, so this works offline) from a copy of the source tree, ``twine check``,
then a fresh venv (``--system-site-packages`` to reuse the installed dependencies
offline) gets the wheel, and ``python -m conformance --agent
node_http_agent.http:Agent --json`` runs from a directory outside the checkout with
no ``node`` on ``PATH``: every agent behaviour must be kept.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".tox",
                                ".*_cache", ".venv", "node_modules")


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 60) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.timeout(180)
def test_wheel_ships_a_conformance_tool_that_runs_anywhere(tmp_path: Path) -> None:
    for module in ("build", "twine", "wheel"):
        if importlib.util.find_spec(module) is None:
            pytest.fail(f"{module} is missing: pip install -e '.[test]'")
    # Build from a copy, so a stale build/ of the checkout cannot leak into the wheel.
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=IGNORE)
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(dist), "."], src,
         timeout=120)
    (wheel,) = dist.glob("node_http_agent-*.whl")
    _run([sys.executable, "-m", "twine", "check", "--strict", str(wheel)], tmp_path)

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], tmp_path)
    python = venv / "bin" / "python"
    # No checkout on the path and no node: only the venv's own bin directory.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CONFORMANCE_NODE")}
    env["PATH"] = str(venv / "bin")
    # --ignore-installed: an editable install of the checkout may sit in the system
    # site-packages under the same version.
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
          "--ignore-installed", str(wheel)], tmp_path, env, timeout=120)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = _run([str(python), "-c", "import conformance, node_http_agent; "
                  "print(conformance.__file__); print(node_http_agent.__file__)"], elsewhere, env)
    for line in where.stdout.split():
        assert Path(line).is_relative_to(venv), f"imported from outside the venv: {line}"

    proc = subprocess.run(
        [str(python), "-m", "conformance", "--agent", "node_http_agent.http:Agent", "--json"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=150,
    )
    report = json.loads(proc.stdout)
    failing = [c for c in report["cases"] if c["status"] in ("MISMATCH", "ERROR")]
    assert proc.returncode == 0 and report["ok"], (failing, proc.stderr[-2000:])
    summary = report["summary"]
    assert summary["cases"] >= 100 and summary["match"] >= 100
    assert summary["agent"]["changed"] == 0 and summary["agent"]["kept"] >= 100
    assert {c["id"].split("/")[0] for c in report["cases"]} >= {"agent", "https"}
