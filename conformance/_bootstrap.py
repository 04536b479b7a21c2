"""Run one case's Python side: ``python -m conformance._bootstrap [--agent M:C] case.py``.

Every case runs through here, so the ordinary path and the ``--agent`` path
cannot drift.  With ``--agent package.module:ClassName`` the name
``node_http_agent.http.Agent`` (and the ``node_http_agent.Agent`` re-export,
and ``node_http_agent.https.Agent`` when the class subclasses it) is bound to
an :class:`AgentStandIn` before the case runs: calling it or subclassing it
reaches the user's class, while everything said about the class itself
(``http.Agent.defaultMaxSockets = 7``, ``isinstance(x, http.Agent)``) still
reaches the library's class, as it does in a program that uses the user's
class beside the library.  ``http.globalAgent`` is left alone.  The case then
runs as ``__main__`` with ``runpy.run_path``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import runpy
import sys
from collections.abc import Sequence
from typing import Any

# The harness names a file here; the stand-in appends a line the first time a
# case constructs or subclasses the user's class, so the report can tell "kept"
# from "not exercised".
USES_ENV = "CONFORMANCE_AGENT_USES"


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


class AgentStandIn:
    """What ``http.Agent`` names during an ``--agent`` run.

    A plain rebinding (``http.Agent = cls``) would make a class-level write
    land on the user's class, where the library (like Node's ``Agent``
    constructor, which reads ``Agent.defaultMaxSockets``) never looks, and
    would make ``isinstance(https.Agent(), http.Agent)`` false; a plain
    subclass then "lost" behaviours it never touched.  The stand-in keeps the
    library's class as the class and the user's class as what gets built.
    """

    def __init__(self, base: type, cls: type) -> None:
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_cls", cls)
        object.__setattr__(self, "_used", False)

    def _mark_used(self) -> None:
        if self._used:
            return
        object.__setattr__(self, "_used", True)
        path = os.environ.get(USES_ENV)
        if path:
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"{self._base.__module__}.{self._base.__qualname__}\n")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self._mark_used()
        return self._cls(*args, **kwargs)

    def __mro_entries__(self, bases: tuple[Any, ...]) -> tuple[type]:
        # ``class SpyAgent(http.Agent)`` in a case builds on the user's class.
        self._mark_used()
        return (self._cls,)

    def __instancecheck__(self, obj: object) -> bool:
        return isinstance(obj, self._base)

    def __subclasscheck__(self, sub: type) -> bool:
        return issubclass(sub, self._base)

    def __getattr__(self, name: str) -> Any:
        # Reads see the user's class (its overrides, else what it inherits).
        return getattr(self._cls, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # Writes go where the library reads them: the library's class.
        setattr(self._base, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._base, name)

    def __repr__(self) -> str:
        return repr(self._cls)


def patch_agent(cls: type) -> list[str]:
    """Put ``cls`` in place of the package's Agent; return the names patched."""
    import node_http_agent
    import node_http_agent.http as http

    original = http.Agent
    stand_in = AgentStandIn(original, cls)
    patched = ["node_http_agent.http.Agent"]
    http.Agent = stand_in  # type: ignore[misc,assignment]
    if getattr(node_http_agent, "Agent", None) is original:
        node_http_agent.Agent = stand_in  # type: ignore[attr-defined]
        patched.append("node_http_agent.Agent")
    try:
        import node_http_agent.https as https
    except ImportError:
        return patched
    if cls is not https.Agent and issubclass(cls, https.Agent):
        https.Agent = AgentStandIn(https.Agent, cls)  # type: ignore[misc,assignment]
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
