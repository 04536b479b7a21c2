"""Fault matrix (issue 6, item 2): each server fault x keepAlive on/off x first/reused socket.

A cell runs three requests through one agent against a MisbehavingServer:

- keepAlive on, first:   the *subject* request meets the fault on a fresh socket;
- keepAlive on, reused:  a warm-up request completes, its socket is pooled, and
  the subject (10 ms later) reuses it and meets the fault (``reusedSocket`` true);
- keepAlive off, first:  as "on, first" with a default agent (``Connection: close``);
- keepAlive off, reused: ``maxSockets: 1``; the subject waits behind the warm-up and
  is handed its socket on 'free' (Node reuses it without ``reusedSocket``).

50 ms after the subject's 'close' a *follow-up* request checks the pool (a dead
socket is never handed out), then the agent is destroyed and the server closed.

What Node 20 does in every cell was printed by ``node/fault_matrix.js`` (the
same flow, against ``node/misbehaving_server.js``) into
``node/fault_matrix.out.jsonl``; each cell here must print the same: the
outcome ('end' = 'response' then res 'end', 'error' with Node's code and
message, 'aborted' = a response cut short), the order of the events, the body,
``reusedSocket``, the agent's counts at three points, the connections the
server accepted and what it served. On top of Node's output, the Python side
checks the pool maps' consistency at each point, that every request closes
exactly once with at most one 'error', and that file descriptors return to
the baseline after ``agent.destroy()``. Every cell runs with each parser
backend that is installed (llhttp through httptools, and h11).

Re-record the Node side (if the JS flow changes) with:
    node tests/faults/node/fault_matrix.js > tests/faults/node/fault_matrix.out.jsonl
"""

from __future__ import annotations

from typing import Any

import pytest
from misbehaving_server import FAULTS, MisbehavingServer
from pool_checks import (
    check_ended_once,
    clean,
    differences,
    fd_count,
    load_node,
    snapshot,
    track,
)

from node_http_agent import http, timers
from node_http_agent._wire import available_backends

NODE = {(r['fault'], r['keepAlive'], r['reused']): r for r in load_node('fault_matrix.out.jsonl')}
CELLS = [(fault, keepAlive, reused)
         for fault in FAULTS for keepAlive in (True, False) for reused in (False, True)]

# Package bugs found by this matrix (reported to the lead; remove the entry once fixed:
# strict xfail turns the fix into a failure that says so).
_PARSER_FREED_MID_CHUNK = (
    '_http_client._ClientParser.dispatch frees the parser at the first MessageEnd and '
    'drops the rest of the chunk; Node frees only after parser.execute() of the whole '
    'chunk (socketOnData), so a second response destroys the socket '
    '(parserOnIncomingClient "double response") and trailing garbage emits HPE_* on req')
KNOWN_BUGS: dict[tuple[str, bool, bool], str] = {}  # none open


def _params() -> list[Any]:
    params = []
    for backend in available_backends():
        for fault, keepAlive, reused in CELLS:
            bug = KNOWN_BUGS.get((fault, keepAlive, reused))
            marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
            params.append(pytest.param(
                fault, keepAlive, reused, backend, marks=marks,
                id=f'{fault}-{"ka" if keepAlive else "noka"}-{"reused" if reused else "first"}'
                   f'[{backend}]'))
    return params

# Fields compared with Node's output, as printed by fault_matrix.js.
COMPARED = ('subject', 'followup', 'warm', 'snapshots', 'connections', 'served')


def run_cell(run: Any, fault: str, keepAlive: bool, reused: bool) -> dict[str, Any]:
    """The Python twin of ``runCell`` in node/fault_matrix.js."""
    result: dict[str, Any] = {'fault': fault, 'keepAlive': keepAlive, 'reused': reused,
                              'snapshots': {}}

    def main() -> None:
        fdBase = fd_count()
        subjectIndex = 1 if reused else 0
        server = MisbehavingServer(
            lambda conn, index: fault if conn == 0 and index == subjectIndex else 'ok').listen()
        options = ({'keepAlive': True, 'maxSockets': 1} if keepAlive
                   else ({'maxSockets': 1} if reused else {}))
        agent = http.Agent(options)
        opts = {'host': '127.0.0.1', 'port': server.port, 'agent': agent, 'path': '/'}
        warm: dict[str, Any] | None = None

        def startSubject() -> dict[str, Any]:
            req = http.get(opts)
            req.setTimeout(150)
            rec = track(req)
            req.on('close', lambda *a: timers.setTimeout(lambda: startFollowup(rec), 50))
            return rec

        def startFollowup(subjectRec: dict[str, Any]) -> None:
            result['snapshots']['beforeFollowup'] = snapshot(agent)
            req = http.get(opts)
            req.setTimeout(500)
            rec = track(req)

            def closed(*_: Any) -> None:
                def later() -> None:
                    result['snapshots']['afterFollowup'] = snapshot(agent)
                    result['warm'] = warm and clean(warm)
                    result['subject'] = clean(subjectRec)
                    result['followup'] = clean(rec)
                    result['followup']['sameSocketAsSubject'] = rec['socket'] is subjectRec['socket']
                    result['records'] = [r for r in (warm, subjectRec, rec) if r is not None]
                    agent.destroy()

                    def destroyed() -> None:
                        result['snapshots']['afterDestroy'] = snapshot(agent)
                        result['connections'] = server.connections
                        result['served'] = [list(s) for s in server.served]
                        server.close()

                        def settled() -> None:
                            result['fds'] = (fdBase, fd_count())
                        timers.setTimeout(settled, 20)
                    timers.setTimeout(destroyed, 20)
                timers.setTimeout(later, 20)
            req.on('close', closed)

        if not reused:
            startSubject()
        elif keepAlive:
            req = http.get(opts)
            warm = track(req)
            req.on('close', lambda *a: timers.setTimeout(startSubject, 10))
        else:
            req = http.get(opts)
            warm = track(req)
            startSubject()  # queued behind the warm-up (maxSockets 1)

    outer = fd_count()
    run(main, timeout=5)
    result['outerFds'] = (outer, fd_count())
    return result



def test_matrix_covers_every_cell() -> None:
    assert set(NODE) == set(CELLS), 'node/fault_matrix.out.jsonl is out of date: re-record it'


@pytest.mark.parametrize(('fault', 'keepAlive', 'reused', 'backend'), _params())
def test_fault_matrix(run: Any, monkeypatch: pytest.MonkeyPatch, fault: str, keepAlive: bool,
                      reused: bool, backend: str) -> None:
    monkeypatch.setenv('NODE_HTTP_AGENT_PARSER', backend)
    expected = NODE[(fault, keepAlive, reused)]
    got = run_cell(run, fault, keepAlive, reused)

    # Our own invariants first (they hold in every cell, whatever Node printed).
    names = ('warm', 'subject', 'followup')[-len(got['records']):]
    for rec, what in zip(got['records'], names, strict=True):
        check_ended_once(rec, what)
    assert got['fds'][1] == got['fds'][0], f'fds leaked after agent.destroy(): {got["fds"]}'
    assert got['outerFds'][1] == got['outerFds'][0], f'fds leaked after run(): {got["outerFds"]}'
    assert got['snapshots']['afterDestroy'] == {
        'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}

    # Then event for event, field for field, what Node printed.
    problems = differences(expected, got, COMPARED)
    assert not problems, 'differs from Node 20:\n  ' + '\n  '.join(problems)
