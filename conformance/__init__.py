"""Conformance suite: Node.js programs and their mechanical Python ports.

Each case is a pair ``cases/<group>/<name>.js`` / ``<name>.py`` that prints a
deterministic trace.  The Node trace is recorded from a real ``node`` into
``<name>.expected.json``; the Python side must print the same lines.  Run
``python -m conformance --help`` (see ``README.md``).
"""
