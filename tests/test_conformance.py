"""The conformance suite under pytest: one test per case, plus tests of the harness.

Each case's Python side runs in a subprocess (as ``python -m conformance``
runs it) and its stdout must equal the trace recorded from Node. A case
marked as a deviation is skipped with its reason.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
import types
from pathlib import Path

import pytest

from conformance import _bootstrap, harness
from conformance.__main__ import deviations_markdown
from conformance.__main__ import main as cli_main
from node_http_agent._wire import available_backends

CASES = harness.discover()

# Cases that touch the wire run once per parser backend (llhttp when httptools is
# installed, and h11 always); EventEmitter cases do not parse HTTP, so run once.
PARAMS = [
    pytest.param(case, backend, id=case.id if case.id.startswith("events/")
                 else f"{case.id}[{backend}]")
    for case in CASES
    for backend in (["default"] if case.id.startswith("events/") else available_backends())
]


@pytest.mark.parametrize("case, backend", PARAMS)
def test_case(case: harness.Case, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if backend != "default":
        monkeypatch.setenv("NODE_HTTP_AGENT_PARSER", backend)
    if case.deviation is not None:
        pytest.skip(f"deviation: {case.deviation}")
    result = harness.run_case(case)
    if result.status == harness.MATCH:
        return
    if result.status == harness.GAP:
        pytest.xfail(f"known gap: {result.detail}")
    message = f"{result.status}: {result.detail}\n{result.diff()}"
    if result.stderr:
        message += "\nstderr (last lines):\n" + "\n".join(result.stderr.splitlines()[-15:])
    pytest.fail(message, pytrace=False)


def test_there_are_enough_event_cases() -> None:
    events = [c for c in CASES if c.id.startswith("events/")]
    assert len(events) >= 65
    for case in events:
        assert case.title.startswith("catalogue "), case.id
        assert case.expected_path.exists(), f"{case.id} not recorded"


# -- the harness itself -------------------------------------------------------------


def _make_case(root: Path, name: str, py: str, trace: list[str] | None) -> None:
    group = root / "grp"
    group.mkdir(parents=True, exist_ok=True)
    (group / f"{name}.js").write_text("// a node side\n")
    (group / f"{name}.py").write_text(textwrap.dedent(py))
    if trace is not None:
        data = {"node": "v20.20.2", "trace": trace}
        (group / f"{name}.expected.json").write_text(json.dumps(data))


def test_harness_detects_match_mismatch_error(tmp_path: Path) -> None:
    _make_case(tmp_path, "same", "# a case\nprint('a')\nprint('b c')\n", ["a", "b c"])
    _make_case(tmp_path, "differs", "# a case\nprint('a')\nprint('x')\n", ["a", "b c"])
    _make_case(tmp_path, "short", "# a case\nprint('a')\n", ["a", "b c"])
    _make_case(tmp_path, "crash", "# a case\nprint('a')\nraise SystemExit(3)\n", ["a"])
    _make_case(tmp_path, "unrecorded", "# a case\nprint('a')\n", None)
    _make_case(tmp_path, "dev", "# a case\n# conformance: deviation=cannot\nraise SystemExit(1)\n",
               ["a"])
    cases = {c.id: c for c in harness.discover(root=tmp_path)}
    results = {cid: harness.run_case(c) for cid, c in cases.items()}
    assert results["grp/same"].status == harness.MATCH
    assert results["grp/differs"].status == harness.MISMATCH
    assert results["grp/differs"].detail == "line 2: expected 'b c' got 'x'"
    assert "-b c" in results["grp/differs"].diff() and "+x" in results["grp/differs"].diff()
    assert results["grp/short"].status == harness.MISMATCH
    assert results["grp/short"].detail == "line 2: expected 'b c' got '<no line>'"
    assert results["grp/crash"].status == harness.ERROR
    assert results["grp/crash"].detail == "exit status 3"
    assert results["grp/unrecorded"].status == harness.ERROR
    assert results["grp/dev"].status == harness.DEVIATION
    assert results["grp/dev"].detail == "cannot"


def test_harness_metadata_and_patterns(tmp_path: Path) -> None:
    _make_case(tmp_path, "meta", "# catalogue 1 - x.js\n# conformance: agent\n"
               "# conformance: timeout=3\nprint()\n", [""])
    _make_case(tmp_path, "other", "# catalogue 2\nprint()\n", [""])
    (case,) = harness.discover("meta", root=tmp_path)
    assert (case.title, case.agent, case.timeout, case.deviation) == ("catalogue 1 - x.js", True, 3.0,
                                                                      None)
    assert [c.id for c in harness.discover("grp/o*", root=tmp_path)] == ["grp/other"]
    _make_case(tmp_path, "bad", "# conformance: frobnicate\n", [])
    with pytest.raises(ValueError, match="frobnicate"):
        harness.discover("bad", root=tmp_path)


def test_harness_timeout(tmp_path: Path) -> None:
    _make_case(tmp_path, "slow", "# conformance: timeout=1\nimport time\nprint('x', flush=True)\n"
               "time.sleep(30)\n", ["x"])
    (case,) = harness.discover(root=tmp_path)
    result = harness.run_case(case)
    assert result.status == harness.ERROR and "timed out" in result.detail
    assert result.got == ["x"]


def test_deviations_markdown_lists_every_deviation() -> None:
    text = deviations_markdown(CASES)
    deviations = [c for c in CASES if c.deviation is not None]
    assert deviations
    for case in deviations:
        assert f"`{case.id}`" in text


def test_cli_agent_mode_without_agent_cases(capsys: pytest.CaptureFixture[str]) -> None:
    if any(c.agent for c in CASES):
        pytest.skip("agent cases exist; covered by test_bootstrap_runs_case_with_agent")
    assert cli_main(["--agent", "conformance.harness:Case"]) == 0
    assert "no agent cases" in capsys.readouterr().out


# -- the --agent bootstrap ----------------------------------------------------------------


@pytest.fixture
def fake_package(monkeypatch: pytest.MonkeyPatch) -> tuple[types.ModuleType, types.ModuleType]:
    """Stand-ins for node_http_agent.http / .https, so patching is tested in isolation."""
    import node_http_agent

    http = types.ModuleType("node_http_agent.http")
    https = types.ModuleType("node_http_agent.https")

    class Agent:
        pass

    class HttpsAgent(Agent):
        pass

    http.Agent = Agent  # type: ignore[attr-defined]
    https.Agent = HttpsAgent  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "node_http_agent.http", http)
    monkeypatch.setitem(sys.modules, "node_http_agent.https", https)
    monkeypatch.setattr(node_http_agent, "http", http, raising=False)
    monkeypatch.setattr(node_http_agent, "https", https, raising=False)
    return http, https


def test_patch_agent_replaces_http_agent(fake_package: tuple[types.ModuleType, types.ModuleType]
                                         ) -> None:
    http, https = fake_package
    original_http, original_https = http.Agent, https.Agent

    class Trivial(original_http):  # type: ignore[misc, valid-type]
        pass

    assert _bootstrap.patch_agent(Trivial) == ["node_http_agent.http.Agent"]
    assert type(http.Agent()) is Trivial
    assert https.Agent is original_https


def test_agent_stand_in_builds_the_users_class_and_keeps_the_librarys(
        fake_package: tuple[types.ModuleType, types.ModuleType]) -> None:
    """Why a plain subclass used to lose a31/h02: ``http.Agent = cls`` sent
    ``http.Agent.defaultMaxSockets = 7`` to the subclass (the library, like Node's
    constructor, reads ``Agent.defaultMaxSockets``) and made
    ``isinstance(https.Agent(), http.Agent)`` false."""
    http, https = fake_package
    base = http.Agent
    base.defaultMaxSockets = 1

    class Plain(base):  # type: ignore[misc, valid-type]
        own = "mine"

    _bootstrap.patch_agent(Plain)
    http.Agent.defaultMaxSockets = 7
    assert base.defaultMaxSockets == 7 and "defaultMaxSockets" not in vars(Plain)
    assert http.Agent.defaultMaxSockets == 7 and http.Agent.own == "mine"
    assert isinstance(https.Agent(), http.Agent) and issubclass(https.Agent, http.Agent)
    assert not isinstance(object(), http.Agent)
    assert isinstance(http.Agent(), Plain)

    class Spy(http.Agent):  # type: ignore[misc, name-defined]
        pass

    assert Spy.__mro__[1] is Plain


def test_plain_subclass_keeps_a31_and_h02(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end on the real cases that every subclass used to fail."""
    (tmp_path / "plain_agent.py").write_text(
        "from node_http_agent import http\n\n\nclass Plain(http.Agent):\n    pass\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p))
    cases = {c.id: c for c in CASES}
    a31 = harness.run_case(cases["agent/a31_default_max_sockets_at_construction"],
                           agent="plain_agent:Plain")
    h02 = harness.run_case(cases["https/h02_agent_defaults"], agent="plain_agent:Plain")
    assert (a31.status, a31.detail, a31.agent_used) == (harness.MATCH, "", True)
    # h02 builds only https.Agent: it passes without the user's class.
    assert (h02.status, h02.agent_used) == (harness.MATCH, False)


def test_patch_agent_replaces_https_agent_for_its_subclass(
        fake_package: tuple[types.ModuleType, types.ModuleType]) -> None:
    http, https = fake_package

    class TrivialTLS(https.Agent):  # type: ignore[misc, name-defined]
        pass

    patched = _bootstrap.patch_agent(TrivialTLS)
    assert "node_http_agent.https.Agent" in patched
    assert type(http.Agent()) is TrivialTLS and type(https.Agent()) is TrivialTLS


def test_cases_sort_numerically(tmp_path: Path) -> None:
    for name in ("a100_x", "a10_x", "a9_x", "a10b_x"):
        _make_case(tmp_path, name, "# a case\nprint()\n", [""])
    assert [c.id for c in harness.discover(root=tmp_path)] == [
        "grp/a9_x", "grp/a10_x", "grp/a10b_x", "grp/a100_x"]


def test_cli_summary_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    _make_case(tmp_path, "same", "# same\nprint('a')\n", ["a"])
    _make_case(tmp_path, "differs", "# differs\nprint('x')\n", ["a"])
    _make_case(tmp_path, "gap", "# gap\n# conformance: gap=open\nprint('x')\n", ["a"])
    _make_case(tmp_path, "dev", "# dev\n# conformance: deviation=cannot\n", ["a"])
    monkeypatch.setattr(harness, "CASES_DIR", tmp_path)
    monkeypatch.setattr(harness.discover, "__defaults__", (None, tmp_path))
    assert cli_main([]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == ("4 cases: 1 match, 1 deviations (not run), "
                                    "1 known gaps (run, differ as recorded), 1 failing")
    assert cli_main(["--json", "grp/[gs]*"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["agent"] is None
    assert report["summary"] == {"match": 1, "mismatch": 0, "error": 0, "deviation": 0,
                                 "gap": 1, "cases": 2}
    gap = next(c for c in report["cases"] if c["id"] == "grp/gap")
    assert (gap["status"], gap["expected"], gap["got"]) == ("GAP", ["a"], ["x"])


def test_load_agent_class() -> None:
    assert _bootstrap.load_agent_class("conformance.harness:Case") is harness.Case
    with pytest.raises(ValueError):
        _bootstrap.load_agent_class("conformance.harness")
    with pytest.raises(TypeError):
        _bootstrap.load_agent_class("conformance.harness:ROOT")


def test_bootstrap_runs_case_with_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: ``--agent`` puts a trivial subclass in place before the case runs."""
    pytest.importorskip("node_http_agent.http", exc_type=ImportError)
    (tmp_path / "my_agents.py").write_text(textwrap.dedent("""\
        from node_http_agent import http

        class Trivial(http.Agent):
            pass
        """))
    _make_case(tmp_path / "cases", "which", """\
        # conformance: agent
        from node_http_agent import http
        from node_http_agent.http import Agent
        print(http.Agent.__name__, Agent.__name__, http.globalAgent.__class__.__name__)
        """, ["Trivial Trivial Agent"])
    (case,) = harness.discover(root=tmp_path / "cases")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p))
    assert harness.run_case(case, agent="my_agents:Trivial").status == harness.MATCH
    plain = harness.run_case(case)
    assert plain.status == harness.MISMATCH and plain.got == ["Agent Agent Agent"]
