"""Cancellation safety (issue 6, item 6): a request destroyed or aborted at any phase.

Three requests R0, R1, R2 go out together through an agent with ``maxSockets: 1``
(keepAlive on and off), so two of them wait in ``agent.requests``. One, the
victim, is cancelled by ``req.destroy()`` or by aborting its ``signal``:

- ``sync``: right after ``http.request()`` returned (its socket is being made);
- ``connecting``: in its ``'socket'`` event (``socket.connecting`` is true);
- ``queued``: R1, 10 ms in, while it waits behind R0 (answered after 40 ms);
- ``writing``: a POST whose first body chunk was flushed (the body never ends);
- ``blocked``: a POST writing 8 MiB to a server that does not read;
- ``reading``: on the first ``'data'`` of a response that never completes;
- ``preaborted`` (signal only): the signal was aborted before ``http.request()``.

The other two requests must complete; each request emits 'close' exactly once
and at most one 'error'; the slot is released (the pool maps and
``totalSocketCount`` match Node's at three points); file descriptors return
to the baseline after ``agent.destroy()``. What Node 20 does in every cell was
printed by ``node/cancellation.js`` into ``node/cancellation.out.jsonl``.

Re-record the Node side (if the JS flow changes) with:
    node tests/faults/node/cancellation.js > tests/faults/node/cancellation.out.jsonl
"""

from __future__ import annotations

from typing import Any

import pytest
from misbehaving_server import MisbehavingServer
from pool_checks import (
    check_ended_once,
    clean,
    differences,
    fd_count,
    load_node,
    snapshot,
    track,
)

from node_http_agent import AbortController, http, timers

NODE = {(r['phase'], r['method'], r['keepAlive']): r for r in load_node('cancellation.out.jsonl')}
PHASES = ['sync', 'connecting', 'queued', 'writing', 'blocked', 'reading', 'preaborted']
CELLS = [(phase, method, keepAlive)
         for phase in PHASES for method in ('destroy', 'signal')
         if not (phase == 'preaborted' and method == 'destroy')
         for keepAlive in (True, False)]

COMPARED = ('at', 'requests', 'snapshots', 'connections', 'served', 'writeReturned')


def run_cell(run: Any, phase: str, method: str, keepAlive: bool) -> dict[str, Any]:
    """The Python twin of ``runCell`` in node/cancellation.js."""
    result: dict[str, Any] = {'phase': phase, 'method': method, 'keepAlive': keepAlive,
                              'snapshots': {}, 'at': {}}

    def main() -> None:
        fdBase = fd_count()
        victim = 1 if phase == 'queued' else 0

        def script(conn: int, index: int) -> str:
            if conn == 0 and index == 0 and phase == 'queued':
                return 'slow'
            if conn == 0 and index == 0 and phase == 'reading':
                return 'partial_hold'
            return 'ok'
        server = MisbehavingServer(script, stall=lambda conn: phase == 'blocked' and conn == 0)
        server.listen()
        agent = http.Agent({'keepAlive': keepAlive, 'maxSockets': 1})
        controller = AbortController()
        if phase == 'preaborted':
            controller.abort()
        recs: list[dict[str, Any]] = []
        closed = [0]

        def cancel(req: Any) -> None:
            result['at'] = {
                'hasSocket': bool(req.socket),
                'connecting': req.socket.connecting if req.socket else None,
                'queued': any(any(r is req for r in items) for items in agent.requests.values()),
            }
            if method == 'destroy':
                req.destroy()
            else:
                controller.abort()
            result['snapshots']['afterCancel'] = snapshot(agent)

        def finish() -> None:
            result['snapshots']['afterAll'] = snapshot(agent)
            result['requests'] = [clean(rec) for rec in recs]
            result['records'] = recs
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

        def onclose(*_: Any) -> None:
            closed[0] += 1
            if closed[0] == 3:
                timers.setTimeout(finish, 20)

        for i in range(3):
            isVictim = i == victim
            opts: dict[str, Any] = {'host': '127.0.0.1', 'port': server.port, 'agent': agent,
                                    'path': f'/{i}'}
            if isVictim and method == 'signal':
                opts['signal'] = controller.signal
            if isVictim and phase in ('writing', 'blocked'):
                opts['method'] = 'POST'
            req = http.request(opts)
            rec = track(req)
            recs.append(rec)
            req.on('close', onclose)
            if not isVictim:
                req.end()
                continue
            if phase == 'sync':
                req.end()
                cancel(req)
            elif phase == 'connecting':
                req.end()
                req.on('socket', lambda *a, req=req: cancel(req))
            elif phase == 'queued':
                req.end()
                timers.setTimeout(cancel, 10, req)
            elif phase == 'writing':
                req.write('x' * 1000, lambda *a, req=req: cancel(req))
            elif phase == 'blocked':
                result['writeReturned'] = req.write(b'x' * (8 * 1024 * 1024))
                timers.setTimeout(cancel, 30, req)
            elif phase == 'reading':
                req.end()
                req.on('response', lambda res, req=req: res.once('data', lambda *a: cancel(req)))
            elif phase == 'preaborted':
                req.end()

    outer = fd_count()
    run(main, timeout=5)
    result['outerFds'] = (outer, fd_count())
    return result



def test_cancellation_covers_every_cell() -> None:
    assert set(NODE) == set(CELLS), 'node/cancellation.out.jsonl is out of date: re-record it'


@pytest.mark.parametrize(
    ('phase', 'method', 'keepAlive'), CELLS,
    ids=[f'{p}-{m}-{"ka" if k else "noka"}' for p, m, k in CELLS])
def test_cancellation(run: Any, phase: str, method: str, keepAlive: bool) -> None:
    expected = NODE[(phase, method, keepAlive)]
    expected.setdefault('writeReturned', None)
    got = run_cell(run, phase, method, keepAlive)
    got.setdefault('writeReturned', None)

    victim = 1 if phase == 'queued' else 0
    for i, rec in enumerate(got['records']):
        check_ended_once(rec, f'R{i}' + (' (victim)' if i == victim else ''))
        if i != victim:
            assert clean(rec)['outcome'] == 'end', f'R{i} behind the victim did not complete'
    assert got['snapshots']['afterAll']['requests'] == 0, 'a request is still queued'
    assert got['snapshots']['afterAll']['sockets'] == 0, 'a slot is still taken'
    assert got['fds'][1] == got['fds'][0], f'fds leaked after agent.destroy(): {got["fds"]}'
    assert got['outerFds'][1] == got['outerFds'][0], f'fds leaked after run(): {got["outerFds"]}'

    problems = differences(expected, got, COMPARED)
    assert not problems, 'differs from Node 20:\n  ' + '\n  '.join(problems)
