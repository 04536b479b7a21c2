"""What the fault tests record and check: request traces, pool snapshots, open fds.

``track``/``outcome``/``clean``/``snapshot`` are line-by-line twins of the
functions of the same names in ``node/helpers.js``, so a Python result
compares field by field with what the Node scripts printed (``snapshot``
also checks the pool maps' consistency, which the JS side does not).
"""

from __future__ import annotations

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def fd_count() -> int:
    """Open file descriptors of this process (``/proc/self/fd``).

    ``/dev/null`` is not counted: libuv (uvloop) opens it once per loop, at the
    first listen, as its spare fd for EMFILE, and closes it with the loop.
    """
    count = 0
    for name in os.listdir('/proc/self/fd'):
        try:
            if os.readlink(f'/proc/self/fd/{name}') == '/dev/null':
                continue
        except OSError:  # the fd listdir itself used, closed by now
            pass
        count += 1
    return count


def load_node(name: str) -> list[dict[str, Any]]:
    """The JSON lines a script under ``node/`` printed (recorded next to it)."""
    with open(os.path.join(HERE, 'node', name), encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def _error(on: str, e: BaseException) -> dict[str, Any]:
    return {'on': on, 'code': getattr(e, 'code', None), 'name': getattr(e, 'name', None),
            'message': str(e)}


def track(req: Any) -> dict[str, Any]:
    """Record the events of ``req`` and its response, as ``track()`` in the JS scripts."""
    rec: dict[str, Any] = {'events': [], 'errors': [], 'body': '', 'statusCode': None,
                           'reusedSocket': None, 'socket': None}

    def onsocket(s: Any) -> None:
        rec['events'].append('socket')
        rec['socket'] = s

    def onresponse(res: Any) -> None:
        rec['events'].append('response')
        rec['statusCode'] = res.statusCode
        res.setEncoding('latin1')

        def ondata(d: str) -> None:
            rec['body'] += d

        def onerror(e: BaseException) -> None:
            rec['events'].append('res.error')
            rec['errors'].append(_error('res', e))
        res.on('data', ondata)
        res.on('end', lambda *a: rec['events'].append('res.end'))
        res.on('aborted', lambda *a: rec['events'].append('res.aborted'))
        res.on('error', onerror)
        res.on('close', lambda *a: rec['events'].append('res.close'))

    def ontimeout(*_: Any) -> None:
        rec['events'].append('timeout')
        req.destroy()

    def onerror(e: BaseException) -> None:
        rec['events'].append('error')
        rec['errors'].append(_error('req', e))

    def onclose(*_: Any) -> None:
        rec['events'].append('close')
        rec['reusedSocket'] = req.reusedSocket

    req.on('socket', onsocket)
    req.on('response', onresponse)
    req.on('timeout', ontimeout)
    req.on('error', onerror)
    req.on('close', onclose)
    return rec


def outcome(rec: dict[str, Any]) -> str:
    ev = rec['events']
    if 'response' in ev:
        if 'res.end' in ev:
            return 'end'
        if 'res.aborted' in ev:
            return 'aborted'
        return 'response-only'
    if 'error' in ev:
        return 'error'
    return 'none'


def clean(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        'outcome': outcome(rec),
        'events': rec['events'],
        'errors': rec['errors'],
        'body': rec['body'],
        'statusCode': rec['statusCode'],
        'reusedSocket': rec['reusedSocket'],
    }


def check_ended_once(rec: dict[str, Any], what: str) -> None:
    """Exactly one 'close'; at most one 'error'; 'response' before 'res.end'; some end.

    Not checked: "a complete response *or* an error". Node 20 gives both when
    bytes after a complete response fail to parse (``trailing_garbage``: req
    'error' HPE_INVALID_CONSTANT after 'response', before res 'end'), and a
    req 'error' plus a res 'error' when a body is cut by RST (``rst_mid_body``);
    the comparison with Node's output covers those.
    """
    ev = rec['events']
    assert ev.count('close') == 1, f'{what}: close x{ev.count("close")}: {ev}'
    assert ev.count('error') <= 1, f'{what}: error x{ev.count("error")}: {ev}'
    assert ev.count('response') <= 1, f'{what}: response x{ev.count("response")}: {ev}'
    assert ev.count('res.end') <= 1, f'{what}: res.end x{ev.count("res.end")}: {ev}'
    if 'res.end' in ev:
        assert ev.index('response') < ev.index('res.end'), f'{what}: {ev}'
        assert 'res.aborted' not in ev, f'{what}: ended and aborted: {ev}'
    assert 'response' in ev or 'error' in ev, f'{what}: neither a response nor an error: {ev}'


def snapshot(agent: Any) -> dict[str, int]:
    """Counts of the agent's maps, after checking they are consistent with each other.

    - every socket is listed once, in ``sockets`` or in ``freeSockets``;
    - at rest, ``totalSocketCount`` equals the sockets listed (Node decrements it
      on 'close', which also removes the socket from the lists);
    - no free socket is destroyed (a dead idle socket must not be handed out);
    - a request waits in ``requests`` at most once.
    """
    def count(table: dict[str, list[Any]]) -> int:
        return sum(len(items) for items in table.values())

    for table in (agent.sockets, agent.freeSockets, agent.requests):
        assert isinstance(table, dict)
        assert all(isinstance(items, list) for items in table.values())
    listed = [s for items in agent.sockets.values() for s in items]
    free = [s for items in agent.freeSockets.values() for s in items]
    ids = [id(s) for s in listed + free]
    assert len(ids) == len(set(ids)), 'a socket is listed twice in sockets/freeSockets'
    destroyed = [s for s in free if s.destroyed]
    assert not destroyed, f'destroyed sockets in freeSockets: {destroyed}'
    queued = [id(r) for items in agent.requests.values() for r in items]
    assert len(queued) == len(set(queued)), 'a request is queued twice'
    snap = {
        'sockets': count(agent.sockets),
        'freeSockets': count(agent.freeSockets),
        'requests': count(agent.requests),
        'totalSocketCount': agent.totalSocketCount,
    }
    assert snap['totalSocketCount'] == snap['sockets'] + snap['freeSockets'], \
        f'totalSocketCount does not match the maps: {snap}'
    return snap


def differences(expected: dict[str, Any], got: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    """``field.path: Node X, got Y`` for every leaf where ``got`` differs from Node's output."""
    out: list[str] = []
    for field in fields:
        _diff(field, expected.get(field, '<missing>'), got.get(field, '<missing>'), out)
    return out


def _diff(path: str, expected: Any, got: Any, out: list[str]) -> None:
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in sorted(set(expected) | set(got)):
            _diff(f'{path}.{key}', expected.get(key, '<missing>'), got.get(key, '<missing>'), out)
    elif isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got) \
            and any(isinstance(e, dict) for e in expected):
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            _diff(f'{path}[{i}]', e, g, out)
    elif expected != got:
        out.append(f'{path}: Node {expected!r}, got {got!r}')
