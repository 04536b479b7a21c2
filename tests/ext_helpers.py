"""Shared by tests/test_ext_*.py: the fault server of tests/faults and its pool checks."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'faults'))

from misbehaving_server import MisbehavingServer  # noqa: E402
from pool_checks import check_ended_once, clean, snapshot, track  # noqa: E402

from node_http_agent import http, timers  # noqa: E402

__all__ = ['HOST', 'MisbehavingServer', 'check_ended_once', 'clean', 'snapshot', 'track',
           'get', 'afterClose', 'Scripted']

HOST = '127.0.0.1'


def get(agent: Any, port: int, path: str = '/', **extra: Any) -> tuple[Any, dict[str, Any]]:
    """``http.get`` through ``agent``, its events recorded (``track``) plus 'retry'."""
    req = http.get({'host': HOST, 'port': port, 'agent': agent, 'path': path, **extra})
    rec = track(req)
    rec['retries'] = []
    req.on('retry', lambda err, n: (rec['events'].append('retry'),
                                    rec['retries'].append((getattr(err, 'code', None), n))))
    return req, rec


def afterClose(reqs: list[Any], fn: Callable[[], Any], delay: float = 20) -> None:
    """Call ``fn`` ``delay`` ms after every request of ``reqs`` closed."""
    left = [len(reqs)]

    def onclose(*_: Any) -> None:
        left[0] -= 1
        if left[0] == 0:
            timers.setTimeout(fn, delay)
    for req in reqs:
        req.on('close', onclose)


def Scripted(*actions: str) -> Callable[[int, int], str]:
    """A server script: the n-th request overall gets ``actions[n]`` (then 'ok')."""
    count = [0]

    def script(conn: int, index: int) -> str:
        n = count[0]
        count[0] += 1
        return actions[n] if n < len(actions) else 'ok'
    return script
