"""Command line: ``python -m conformance [options] [pattern]``.

    python -m conformance [pattern]           run the Python sides, compare, print a table
    python -m conformance record [pattern]    run the Node sides, write *.expected.json
    python -m conformance --list [pattern]    list the cases and their metadata
    python -m conformance --deviations        print every deviation as markdown
    python -m conformance --agent M:Cls       run the agent cases against another Agent class
    -v                                        full diffs and stderr of failing cases
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import harness
from .harness import DEVIATION, ERROR, GAP, MATCH, MISMATCH, Case, Result


def _table(results: Sequence[Result], verbose: bool) -> None:
    width = max([len(r.case.id) for r in results] + [4])
    print(f"{'case':<{width}}  {'result':<9}  detail")
    for r in results:
        print(f"{r.case.id:<{width}}  {r.status:<9}  {r.detail}".rstrip())
        if r.status in (MISMATCH, ERROR):
            if verbose and (r.expected or r.got):
                print(_indent(r.diff()))
            tail = r.stderr.splitlines()[-(40 if verbose else 6) :]
            if tail:
                print(_indent("stderr:\n" + "\n".join(tail)))


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _cmd_run(cases: list[Case], agent: str | None, verbose: bool) -> int:
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
    _table(results, verbose)
    ran = [r for r in results if r.status not in (DEVIATION, GAP)]
    matched = sum(r.status == MATCH for r in ran)
    deviations = sum(r.status == DEVIATION for r in results)
    gaps = sum(r.status == GAP for r in results)
    print(f"\n{matched}/{len(ran)} cases match ({deviations} deviations, {gaps} known gaps)")
    if agent:
        lost = [r.case.id for r in ran if r.status != MATCH]
        print(f"agent {agent} keeps {matched}/{len(ran)} behaviours")
        for case_id in lost:
            print(f"  not kept: {case_id}")
    return 0 if matched == len(ran) else 1


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
    return _cmd_run(cases, ns.agent, ns.verbose)


if __name__ == "__main__":
    sys.exit(main())
