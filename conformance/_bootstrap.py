"""Run one case's Python side: ``python -m conformance._bootstrap [--agent M:C] case.py``.

Every case runs through here, so the ordinary path and the ``--agent`` path
cannot drift.  With ``--agent package.module:ClassName`` the class is put in
place of ``node_http_agent.http.Agent`` (and of the ``node_http_agent.Agent``
re-export, and of ``node_http_agent.https.Agent`` when the class subclasses
it) before the case runs.  ``http.globalAgent`` is left alone.  The case then
runs as ``__main__`` with ``runpy.run_path``.
"""

from __future__ import annotations

import argparse
import importlib
import runpy
import sys
from collections.abc import Sequence


def load_agent_class(spec: str) -> type:
    """Import ``package.module:ClassName`` and return the class."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise ValueError(f"--agent wants package.module:ClassName, got {spec!r}")
    obj: object = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    if not isinstance(obj, type):
        raise TypeError(f"{spec} is not a class")
    return obj


def patch_agent(cls: type) -> list[str]:
    """Install ``cls`` as the package's Agent; return the names patched."""
    import node_http_agent
    import node_http_agent.http as http

    original = http.Agent
    patched = ["node_http_agent.http.Agent"]
    http.Agent = cls  # type: ignore[misc]
    if getattr(node_http_agent, "Agent", None) is original:
        node_http_agent.Agent = cls  # type: ignore[attr-defined]
        patched.append("node_http_agent.Agent")
    try:
        import node_http_agent.https as https
    except ImportError:
        return patched
    if cls is not https.Agent and issubclass(cls, https.Agent):
        https.Agent = cls  # type: ignore[misc]
        patched.append("node_http_agent.https.Agent")
    return patched


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m conformance._bootstrap")
    parser.add_argument("--agent", metavar="MODULE:CLASS")
    parser.add_argument("case", help="path of the case's .py file")
    args = parser.parse_args(argv)
    if args.agent:
        patch_agent(load_agent_class(args.agent))
    sys.argv = [args.case]
    runpy.run_path(args.case, run_name="__main__")


if __name__ == "__main__":
    main()
