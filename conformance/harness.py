"""Finding, recording and running conformance cases.

A case is ``cases/<group>/<name>.js`` plus its port ``<name>.py``; the Node
trace lives in ``<name>.expected.json`` (written only by :func:`record`).
Metadata sits in the leading comment block of the ``.py`` file, one
directive per line::

    # catalogue 38 - test-event-emitter-once.js        (first line: what it covers)
    # conformance: deviation=<reason>                  (not run; reported as DEVIATION)
    # conformance: gap=<reason>                        (a known discrepancy still open: it
    #                                                    runs; a mismatch is reported as GAP,
    #                                                    a match fails until the marker goes)
    # conformance: agent                               (an http.Agent case, see --agent)
    # conformance: timeout=10                          (seconds, both sides)
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._bootstrap import USES_ENV

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = Path(__file__).resolve().parent / "cases"
NODE = os.environ.get("CONFORMANCE_NODE", "node")
DEFAULT_TIMEOUT = 10.0
PARALLEL = 2

MATCH, MISMATCH, DEVIATION, ERROR, GAP = "MATCH", "MISMATCH", "DEVIATION", "ERROR", "GAP"


@dataclass
class Case:
    """One case: its id (``group/name``), files and metadata."""

    id: str
    js: Path
    py: Path
    title: str = ""
    deviation: str | None = None
    gap: str | None = None
    agent: bool = False
    timeout: float = DEFAULT_TIMEOUT

    @property
    def expected_path(self) -> Path:
        return self.py.with_suffix(".expected.json")

    def expected(self) -> list[str] | None:
        """The recorded Node trace, or None when not recorded yet."""
        if not self.expected_path.exists():
            return None
        data = json.loads(self.expected_path.read_text(encoding="utf-8"))
        return list(data["trace"])


@dataclass
class Result:
    """The outcome of running one case's Python side."""

    case: Case
    status: str
    detail: str = ""
    expected: list[str] = field(default_factory=list)
    got: list[str] = field(default_factory=list)
    stderr: str = ""
    # --agent runs: did the case construct or subclass the user's class?
    agent_used: bool | None = None

    def diff(self) -> str:
        """A unified diff of expected (Node) against got (Python)."""
        lines = difflib.unified_diff(
            self.expected, self.got, "node (expected)", "python (got)", lineterm=""
        )
        return "\n".join(lines)


def parse_meta(case: Case) -> Case:
    """Fill ``case`` from the leading comment block of its ``.py`` file."""
    for i, raw in enumerate(case.py.read_text(encoding="utf-8").splitlines()):
        line = raw.strip()
        if not line.startswith("#"):
            break
        text = line.lstrip("#").strip()
        if i == 0 and not text.startswith("conformance:"):
            case.title = text
        if not text.startswith("conformance:"):
            continue
        directive = text[len("conformance:") :].strip()
        key, _, value = directive.partition("=")
        key, value = key.strip(), value.strip()
        if key == "deviation":
            case.deviation = value or "no reason given"
        elif key == "gap":
            case.gap = value or "no reason given"
        elif key == "agent":
            case.agent = True
        elif key == "timeout":
            case.timeout = float(value)
        else:
            raise ValueError(f"{case.py}: unknown conformance directive {directive!r}")
    return case


def discover(pattern: str | None = None, root: Path = CASES_DIR) -> list[Case]:
    """All cases under ``root`` (sorted by id), optionally filtered.

    ``pattern`` is a glob on the case id when it holds ``*?[``, else a substring.
    """
    cases = []
    for py in sorted(root.glob("*/*.py"), key=_natural_key):
        if py.name.startswith("_"):
            continue
        js = py.with_suffix(".js")
        if not js.exists():
            continue
        case_id = f"{py.parent.name}/{py.stem}"
        if pattern and not _matches(case_id, pattern):
            continue
        cases.append(parse_meta(Case(case_id, js, py)))
    return cases


def _natural_key(path: Path) -> list[object]:
    """Sort ``a9`` before ``a10`` before ``a100`` (numbers compare as numbers)."""
    key: list[object] = [path.parent.name]
    for part in re.split(r"(\d+)", path.stem):
        key.append((0, int(part), part) if part.isdigit() else (1, 0, part))
    return key


def _matches(case_id: str, pattern: str) -> bool:
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(case_id, pattern)
    return pattern in case_id


def _lines(out: str | bytes | None) -> list[str]:
    if out is None:
        return []
    if isinstance(out, bytes):
        out = out.decode("utf-8", "replace")
    return out.replace("\r\n", "\n").splitlines()


def node_version() -> str:
    return subprocess.run([NODE, "--version"], capture_output=True, text=True).stdout.strip()


def record(case: Case, version: str | None = None) -> tuple[bool, str]:
    """Run ``case.js`` with node and write its trace; returns (ok, message)."""
    version = version or node_version()
    try:
        proc = subprocess.run(
            [NODE, case.js.name], cwd=case.js.parent, capture_output=True,
            text=True, timeout=case.timeout,
        )
    except subprocess.TimeoutExpired:
        return False, f"node timed out after {case.timeout:g}s"
    if proc.returncode != 0:
        tail = "\n".join(_lines(proc.stderr)[-5:])
        return False, f"node exited {proc.returncode}\n{tail}"
    trace = _lines(proc.stdout)
    data = {"node": version, "trace": trace}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    case.expected_path.write_text(text, encoding="utf-8")
    return True, f"{len(trace)} lines"


def python_command(case: Case, agent: str | None = None) -> list[str]:
    """The command line that runs the Python side (always via the bootstrap)."""
    cmd = [sys.executable, "-m", "conformance._bootstrap"]
    if agent:
        cmd += ["--agent", agent]
    return cmd + [str(case.py)]


def _is_checkout() -> bool:
    """True when running from the repository rather than an installed wheel."""
    return (ROOT / "setup.cfg").exists() and (ROOT / "node_http_agent").is_dir()


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    parts = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if _is_checkout():
        # From a checkout the repository's package wins; an installed wheel
        # already has ``conformance`` and ``node_http_agent`` on the path.
        parts.insert(0, str(ROOT))
    env["PYTHONPATH"] = os.pathsep.join(parts)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    return env


def run_case(case: Case, agent: str | None = None) -> Result:
    """Run the Python side of ``case`` and compare it with the recorded trace."""
    result = _run_case(case, agent)
    if case.gap is not None:
        if result.status == MATCH:
            return Result(case, MISMATCH, "marked as a known gap but it matches now: "
                          "remove the gap marker", result.expected, result.got, result.stderr,
                          result.agent_used)
        if result.status in (MISMATCH, ERROR):
            return Result(case, GAP, f"{case.gap} [{result.detail}]", result.expected,
                          result.got, result.stderr, result.agent_used)
    return result


def _run_case(case: Case, agent: str | None = None) -> Result:
    if case.deviation is not None:
        return Result(case, DEVIATION, case.deviation)
    expected = case.expected()
    if expected is None:
        return Result(case, ERROR, f"not recorded: python -m conformance record {case.id}")
    env = python_env()
    with tempfile.TemporaryDirectory(prefix="conformance-") as tmp:
        uses = Path(tmp) / "agent-uses"
        env[USES_ENV] = str(uses)
        result = _run_python_side(case, agent, expected, env)
        if agent:
            result.agent_used = uses.exists()
    return result


def _run_python_side(case: Case, agent: str | None, expected: list[str],
                     env: dict[str, str]) -> Result:
    try:
        proc = subprocess.run(
            python_command(case, agent), cwd=case.py.parent, env=env,
            capture_output=True, timeout=case.timeout,
        )
    except subprocess.TimeoutExpired as exc:
        got, stderr = _lines(exc.stdout), "\n".join(_lines(exc.stderr))
        return Result(case, ERROR, f"timed out after {case.timeout:g}s", expected, got, stderr)
    got, stderr = _lines(proc.stdout), "\n".join(_lines(proc.stderr))
    first = first_difference(expected, got)
    if proc.returncode != 0:
        detail = f"exit status {proc.returncode}" + (f"; {first}" if first else "")
        return Result(case, ERROR, detail, expected, got, stderr)
    if first:
        return Result(case, MISMATCH, first, expected, got, stderr)
    return Result(case, MATCH, "", expected, got, stderr)


def first_difference(expected: list[str], got: list[str]) -> str:
    """Describe the first differing line, or return '' when equal."""
    for i in range(max(len(expected), len(got))):
        exp = expected[i] if i < len(expected) else "<no line>"
        act = got[i] if i < len(got) else "<no line>"
        if exp != act:
            return f"line {i + 1}: expected {exp!r} got {act!r}"
    return ""


def run_all(cases: Iterable[Case], agent: str | None = None) -> list[Result]:
    """Run cases ``PARALLEL`` at a time, returning results in case order."""
    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(lambda c: run_case(c, agent), cases))
