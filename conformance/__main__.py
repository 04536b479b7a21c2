"""Command line: ``python -m conformance [options] [pattern]``.

    python -m conformance [pattern]           run the Python sides, compare, print a table
    python -m conformance record [pattern]    run the Node sides, write *.expected.json
    python -m conformance --list [pattern]    list the cases and their metadata
    python -m conformance --deviations        print every deviation as markdown
    python -m conformance --agent M:Cls       run the agent cases against another Agent class
    --json                                    the run's report as one JSON object, for CI
    -v                                        full diffs and stderr of failing cases
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from . import harness
from .harness import DEVIATION, ERROR, GAP, MATCH, MISMATCH, Case, Result

# What an --agent run says about each case, from the user's class's side.
KEPT, CHANGED, NOT_USED, FAILS = "kept", "CHANGED", "not used", "FAILS"


def agent_verdict(r: Result) -> str:
    """Per behaviour: did the user's class keep it, change it, or not take part?"""
    if r.status in (DEVIATION, GAP):
        return r.status.lower()
    if r.status == MATCH:
        return KEPT if r.agent_used else NOT_USED
    # A failure in a case that never built the user's class is not the class's doing.
    return CHANGED if r.agent_used else FAILS


def summary(results: Sequence[Result]) -> dict[str, int]:
    counts = {s.lower(): 0 for s in (MATCH, MISMATCH, ERROR, DEVIATION, GAP)}
    for r in results:
        counts[r.status.lower()] += 1
    counts["cases"] = len(results)
    return counts


def summary_line(results: Sequence[Result]) -> str:
    """``N cases: M match, D deviations (not run), G known gaps, F failing``."""
    c = summary(results)
    failing = c["mismatch"] + c["error"]
    return (f"{c['cases']} cases: {c['match']} match, {c['deviation']} deviations (not run), "
            f"{c['gap']} known gaps (run, differ as recorded), {failing} failing")


def _table(results: Sequence[Result], verbose: bool, agent: str | None) -> None:
    width = max([len(r.case.id) for r in results] + [4])
    if agent:
        print(f"{'case':<{width}}  {'your class':<10}  behaviour / what changed")
    else:
        print(f"{'case':<{width}}  {'result':<9}  detail")
    for r in results:
        if agent:
            verdict = agent_verdict(r)
            text = r.detail if verdict in (CHANGED, FAILS) else _clip(r.case.title, 90)
            print(f"{r.case.id:<{width}}  {verdict:<10}  {text}".rstrip())
        else:
            print(f"{r.case.id:<{width}}  {r.status:<9}  {r.detail}".rstrip())
        if r.status in (MISMATCH, ERROR):
            if verbose and (r.expected or r.got):
                print(_indent(r.diff()))
            tail = r.stderr.splitlines()[-(40 if verbose else 6) :]
            if tail:
                print(_indent("stderr:\n" + "\n".join(tail)))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def report_json(results: Sequence[Result], agent: str | None) -> dict[str, Any]:
    """The machine-readable report of ``--json`` (one object, stable keys)."""
    counts = summary(results)
    out: dict[str, Any] = {
        "agent": agent,
        "ok": counts["mismatch"] + counts["error"] == 0,
        "summary": counts,
        "cases": [],
    }
    if agent:
        verdicts = [agent_verdict(r) for r in results]
        out["summary"]["agent"] = {_key(v): verdicts.count(v)
                                   for v in (KEPT, CHANGED, NOT_USED, FAILS)}
    for r in results:
        entry: dict[str, Any] = {"id": r.case.id, "covers": r.case.title, "status": r.status,
                                 "detail": r.detail}
        if agent:
            entry["agent"] = _key(agent_verdict(r))
        if r.status in (MISMATCH, ERROR, GAP) and (r.expected or r.got):
            entry["expected"], entry["got"] = r.expected, r.got
        out["cases"].append(entry)
    return out


def _key(verdict: str) -> str:
    """A verdict as a JSON key: ``kept``, ``changed``, ``not_used``, ``fails``, ..."""
    return verdict.lower().replace(" ", "_")


def _cmd_run(cases: list[Case], agent: str | None, verbose: bool, as_json: bool) -> int:
    if agent:
        from ._bootstrap import load_agent_class

        load_agent_class(agent)  # fail early with a clear message
        cases = [c for c in cases if c.agent]
        if not cases:
            print("no agent cases (mark them with '# conformance: agent')")
            return 0
    if not cases:
        print("no cases")
        return 1
    results = harness.run_all(cases, agent)
    ok = all(r.status not in (MISMATCH, ERROR) for r in results)
    if as_json:
        print(json.dumps(report_json(results, agent), indent=2, ensure_ascii=False))
        return 0 if ok else 1
    _table(results, verbose, agent)
    print(f"\n{summary_line(results)}")
    if agent:
        verdicts = [agent_verdict(r) for r in results]
        print(f"agent {agent}: {verdicts.count(KEPT)} behaviours kept, "
              f"{verdicts.count(CHANGED)} changed, {verdicts.count(NOT_USED)} passed without "
              f"using the class, {verdicts.count(FAILS)} failing without it")
    return 0 if ok else 1


def _cmd_record(cases: list[Case]) -> int:
    version = harness.node_version()
    failed = 0
    for case in cases:
        ok, message = harness.record(case, version)
        failed += not ok
        print(f"{case.id:<50} {'recorded' if ok else 'FAILED'}  {message}")
    print(f"\nrecorded {len(cases) - failed}/{len(cases)} with node {version}")
    return 1 if failed else 0


def _cmd_list(cases: list[Case]) -> int:
    for c in cases:
        flags = [f for f, on in (("agent", c.agent), ("deviation", c.deviation)) if on]
        if c.expected() is None:
            flags.append("NOT RECORDED")
        extra = f"  [{', '.join(flags)}]" if flags else ""
        print(f"{c.id}{extra}  {c.title}")
    print(f"\n{len(cases)} cases")
    return 0


def deviations_markdown(cases: Sequence[Case]) -> str:
    """Every deviation with its reason, as a markdown list."""
    lines = ["| case | covers | why Python differs |", "|---|---|---|"]
    for c in cases:
        if c.deviation is not None:
            reason = c.deviation.replace("|", "\\|")
            lines.append(f"| `{c.id}` | {c.title.replace('|', '/')} | {reason} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m conformance", description="Node/Python conformance cases."
    )
    parser.add_argument("args", nargs="*", metavar="[record] [pattern]",
                        help="'record' to record Node traces; pattern: substring or glob on case ids")
    parser.add_argument("--list", action="store_true", help="list cases")
    parser.add_argument("--deviations", action="store_true", help="print deviations as markdown")
    parser.add_argument("--agent", metavar="MODULE:CLASS",
                        help="run only agent cases, with this class as http.Agent")
    parser.add_argument("--json", action="store_true",
                        help="print the report as one JSON object (for CI) instead of a table")
    parser.add_argument("-v", "--verbose", action="store_true", help="full diffs")
    ns = parser.parse_args(argv)
    words = list(ns.args)
    recording = bool(words) and words[0] == "record"
    if recording:
        words.pop(0)
    if len(words) > 1:
        parser.error("at most one pattern")
    cases = harness.discover(words[0] if words else None)
    if ns.deviations:
        print(deviations_markdown(cases))
        return 0
    if ns.list:
        return _cmd_list(cases)
    if recording:
        return _cmd_record(cases)
    return _cmd_run(cases, ns.agent, ns.verbose, ns.json)


if __name__ == "__main__":
    sys.exit(main())
