"""Run responses through ``http.get`` (and through Node's, for comparison).

``py_outcomes(server, cases)`` and ``node_outcomes(cases)`` give the same trace
per case: ``'response <status>'``, ``'end complete=<bool>'``, ``'aborted'``,
``'req error <code> <message>'``, ``'res error <code> <message>'`` in the
order they happened, then ``'body <bytes>'``. A case is ``(response_bytes,
options)``; the server writes the response once the request head is in, then
ends the connection (FIN), as ``node_outcome.js`` does with ``socket.end()``.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from typing import Any

from _rawserver import RawServer

HERE = os.path.dirname(os.path.abspath(__file__))
NODE = shutil.which('node')


def terminal(trace: list[str]) -> tuple[bool, list[str]]:
    """(ended complete, error codes) of a trace."""
    complete = 'end complete=true' in trace
    codes = [line.split(' ')[2] for line in trace if line.startswith(('req error', 'res error'))]
    return complete, codes


def py_outcomes(server: RawServer, cases: list[tuple[bytes, dict[str, Any]]],
                pieces: list[list[bytes]] | None = None, gap: float = 0.0,
                limit: float = 30.0) -> list[list[str]]:
    """Each case through ``http.get`` with ``agent: False``, one after another."""
    from node_http_agent import http, process, timers

    out: list[list[str]] = []

    def main() -> None:
        def expire() -> None:
            raise AssertionError(f'still running after {limit} s at case {len(out)}: '
                                 f'{cases[len(out)][0][:200]!r}')
        timers.setTimeout(expire, limit * 1000).unref()

        def runCase(i: int) -> None:
            if i >= len(cases):
                return
            response, options = cases[i]
            server.push(pieces[i] if pieces is not None else [response], gap)
            trace: list[str] = []
            state: dict[str, Any] = {'body': 0, 'done': False, 'reqClosed': False,
                                     'res': None, 'resClosed': False}

            def finish() -> None:
                trace.append(f"body {state['body']}")
                out.append(trace)
                timers.setImmediate(runCase, i + 1)

            def maybeFinish() -> None:
                if state['done'] or not state['reqClosed'] or (
                        state['res'] is not None and not state['resClosed']):
                    return
                state['done'] = True
                timers.setTimeout(finish, 5)

            def onresponse(res: Any) -> None:
                state['res'] = res
                trace.append(f'response {res.statusCode}')

                def ondata(d: bytes) -> None:
                    state['body'] += len(d)

                def onclose() -> None:
                    state['resClosed'] = True
                    maybeFinish()
                res.on('data', ondata)
                res.on('end', lambda: trace.append(f'end complete={str(res.complete).lower()}'))
                res.on('aborted', lambda: trace.append('aborted'))
                res.on('error', lambda e: trace.append(f'res error {e.code} {e}'))
                res.on('close', onclose)

            def onclose() -> None:
                state['reqClosed'] = True
                maybeFinish()
            req = http.get({'host': '127.0.0.1', 'port': server.port, 'agent': False, **options},
                           onresponse)
            req.on('error', lambda e: trace.append(f'req error {e.code} {e}'))
            req.on('close', onclose)
        runCase(0)
    process.run(main)
    return out


def node_outcomes(cases: list[tuple[bytes, dict[str, Any]]]) -> list[list[str]]:
    """The same cases through Node's ``http.get`` (``node_outcome.js``)."""
    assert NODE is not None
    data = {'cases': [{'response': base64.b64encode(r).decode(), 'options': o}
                      for r, o in cases]}
    proc = subprocess.run([NODE, os.path.join(HERE, 'node_outcome.js')], input=json.dumps(data),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result: list[list[str]] = json.loads(proc.stdout)
    return result
