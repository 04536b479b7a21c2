"""A differential fault run: the same seeded schedule through Node and through the port.

One misbehaving server (``misbehaving_server.py`` here, its JS twin for Node) answers
the k-th request it reads with the k-th draw of a seeded generator (mulberry32,
identical in both languages) over :data:`ACTIONS`. The client makes ``count``
sequential requests through ``http.Agent({keepAlive: true, maxSockets: 1})``, 40 ms
apart plus one poll phase (``setImmediate``: bytes that reached the idle socket are read,
and dropped, before the next request takes it, even after a stall that made the
server's ``unsolicited`` timer and the client's due in the same timers phase; without
it, whichever of Node or the port stalled handed the unsolicited response to the next
request, see conformance ``agent/a103``), each with a 1 s timeout, and records per
request: which socket it got, the response, 'end' (complete, bytes), 'aborted', errors
by code, the closes, in order. ``node/differential.js`` is the Node side; ``run_port`` below is its
mechanical translation. ``compare`` counts per-request mismatches.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

from misbehaving_server import MisbehavingServer

HERE = os.path.dirname(os.path.abspath(__file__))
NODE = shutil.which('node')

ACTIONS = ['ok', 'ok', 'ok', 'fin_after', 'close_after', 'rst_after', 'fin_on_request',
           'rst_on_request', 'rst_mid_body', 'truncated', 'trickle', 'conn_close', 'http10',
           'eof_body', 'garbage_status', 'long_headers', 'cl_te', 'dup_cl', 'unsolicited',
           'double_response', 'trailing_garbage', 'never']


def _imul(a: int, b: int) -> int:
    return (a * b) & 0xFFFFFFFF


def mulberry32(seed: int) -> Any:
    state = [seed & 0xFFFFFFFF]

    def draw() -> int:
        state[0] = (state[0] + 0x6D2B79F5) & 0xFFFFFFFF
        t = state[0]
        t = _imul(t ^ (t >> 15), t | 1)
        t ^= (t + _imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) % len(ACTIONS)
    return draw


def run_node(seed: int, count: int) -> dict[str, Any]:
    assert NODE is not None
    proc = subprocess.run([NODE, os.path.join(HERE, 'node', 'differential.js'), str(seed),
                           str(count)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def run_port(seed: int, count: int, backend: str) -> dict[str, Any]:
    """The same schedule through the port, parser ``backend``."""
    from node_http_agent import http, process, timers
    from node_http_agent._wire import ENV_VAR

    out: dict[str, Any] = {}
    saved = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = backend
    try:
        def main() -> None:
            draw = mulberry32(seed)
            server = MisbehavingServer(lambda conn, index: ACTIONS[draw()]).listen()
            agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
            traces: list[list[str]] = []

            def one(i: int) -> None:
                if i == count:
                    agent.destroy()
                    server.close()
                    out['actions'] = [r[2] for r in server.served]
                    out['traces'] = traces
                    return
                trace: list[str] = []
                traces.append(trace)
                state = {'bytes': 0}

                def onresponse(res: Any) -> None:
                    trace.append(f'response {res.statusCode}')

                    def ondata(d: bytes) -> None:
                        state['bytes'] += len(d)
                    res.on('data', ondata)
                    res.on('end', lambda: trace.append(
                        f"end {str(res.complete).lower()} {state['bytes']}"))
                    res.on('aborted', lambda: trace.append('aborted'))
                    res.on('error', lambda e: trace.append(f'res error {e.code}'))
                    res.on('close', lambda: trace.append('res close'))
                req = http.get({'host': '127.0.0.1', 'port': server.port, 'path': f'/r{i}',
                                'agent': agent}, onresponse)

                def ontimeout() -> None:
                    trace.append('timeout')
                    req.destroy()
                req.setTimeout(1000, ontimeout)
                req.on('socket', lambda s: trace.append(
                    'socket ' + ('new' if s.connecting else 'reused')))
                req.on('error', lambda e: trace.append(f'req error {e.code}'))
                req.on('close', lambda: (trace.append('close'), timers.setTimeout(
                    lambda: timers.setImmediate(one, i + 1), 40)))
            one(0)
        process.run(main)
    finally:
        if saved is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = saved
    return out


def compare(node: dict[str, Any], port: dict[str, Any]) -> list[tuple[int, str, list[str], list[str]]]:
    """Per-request mismatches: (index, server action, Node's trace, the port's)."""
    bad = []
    actions = node['actions']
    for i, (a, b) in enumerate(zip(node['traces'], port['traces'], strict=False)):
        if a != b:
            bad.append((i, actions[i] if i < len(actions) else '?', a, b))
    extra = abs(len(node['traces']) - len(port['traces']))
    bad.extend((len(node['traces']) + k, '?', [], ['missing']) for k in range(extra))
    return bad
