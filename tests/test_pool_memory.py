"""What an idle pooled socket keeps: nothing of its last exchange, and little memory.

Node frees the parser and detaches the request when a socket goes back to the
pool (``freeParser``, then the agent's ``'free'``): a pooled socket has no path to
its last ``ClientRequest``, ``IncomingMessage`` or parser, so they are collected.
The size guard keeps what ``benchmarks/bench_pool_scale.py`` measures as RSS from
creeping back: the Python heap one idle pooled socket holds after a burst of
concurrent requests (tracemalloc, a server in its own process).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import tracemalloc
import weakref
from typing import Any

import pytest

from node_http_agent import http, process
from node_http_agent._http_client import _ClientParser

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                'benchmarks'))
from bench_pool_scale import HeldServer  # noqa: E402


@pytest.fixture(scope='module')
def port() -> Any:
    server = HeldServer()
    try:
        yield server.port
    finally:
        server.close()


def _get(agent: http.Agent, port: int, refs: dict[str, Any] | None = None) -> asyncio.Future[int]:
    """One GET through ``agent``; the future has the body's size once 'end' came."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def onResponse(res: Any) -> None:
        if refs is not None:
            refs['res'] = weakref.ref(res)
            refs['wire'] = weakref.ref(res.socket.parser.wire)
        size = [0]
        res.on('data', lambda chunk: size.__setitem__(0, size[0] + len(chunk)))
        res.on('end', lambda: done.done() or done.set_result(size[0]))
    req = http.request({'host': '127.0.0.1', 'port': port, 'path': '/', 'agent': agent},
                       onResponse)
    req.on('error', lambda err: done.done() or done.set_exception(err))
    if refs is not None:
        refs['req'] = weakref.ref(req)
    req.end()
    return done


async def _pooled(agent: http.Agent, name: str, count: int) -> list[Any]:
    """The pool of ``name`` once it holds ``count`` sockets ('free' follows 'end')."""
    for _ in range(500):
        free = agent.freeSockets.get(name, [])
        if len(free) >= count:
            return list(free)
        await asyncio.sleep(0.01)
    raise AssertionError(f'{len(agent.freeSockets.get(name, []))} of {count} sockets pooled')


def _clientParsers() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is _ClientParser)


def test_pooled_socket_keeps_nothing_of_its_last_exchange(port: int) -> None:
    seen: list[dict[str, bool | int]] = []

    async def main() -> None:
        agent = http.Agent({'keepAlive': True})
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        first = None
        gc.collect()
        baseline = _clientParsers()  # another test's leftovers are not this one's
        for _ in range(2):  # a new socket, then the same socket again
            refs: dict[str, Any] = {}
            assert await _get(agent, port, refs) == 11
            (socket,) = await _pooled(agent, name, 1)
            first = first or socket
            assert socket is first
            gc.collect()
            seen.append({**{key: ref() is None for key, ref in refs.items()},
                         'parsers': _clientParsers() - baseline,
                         'httpMessage': socket._httpMessage is None,
                         'parser': socket.parser is None})
        agent.destroy()

    process.run(main)
    collected = {'req': True, 'res': True, 'wire': True, 'parsers': 0, 'httpMessage': True,
                 'parser': True}
    assert seen == [collected, collected]


def _burst(port: int, count: int) -> dict[str, Any]:
    """``count`` requests at once after a warm-up burst, in a fresh process (a class's
    shared key table is filled by the first instances a process builds)."""
    measured: dict[str, Any] = {}

    async def main() -> None:
        warm = http.Agent({'keepAlive': True, 'maxSockets': 10})
        await asyncio.gather(*(_get(warm, port) for _ in range(50)))
        warm.destroy()
        await asyncio.sleep(0.05)
        agent = http.Agent({'keepAlive': True, 'maxSockets': count, 'maxFreeSockets': count})
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            sizes = await asyncio.gather(*(_get(agent, port) for _ in range(count)))
            sockets = await _pooled(agent, name, count)
            gc.collect()
            measured['perSocket'] = (tracemalloc.get_traced_memory()[0] - before) / count
        finally:
            tracemalloc.stop()
        measured['sizes'] = sorted(set(sizes))
        measured['dicts'] = max(sys.getsizeof(s.__dict__) for s in sockets)
        agent.destroy()

    process.run(main)
    return measured


@pytest.mark.skipif(sys.version_info < (3, 11), reason="CPython 3.11's shared-key instance dicts")
def test_idle_pooled_sockets_stay_small_after_a_burst(port: int) -> None:
    package = os.path.dirname(os.path.dirname(os.path.abspath(http.__file__)))
    env = {**os.environ, 'PYTHONPATH': os.pathsep.join(
        [package, *filter(None, [os.environ.get('PYTHONPATH')])])}
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), str(port), '100'],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    measured = json.loads(proc.stdout.strip().splitlines()[-1])
    assert measured['sizes'] == [11], measured
    # Every socket's fields fit its class's shared key table (see _shapes.py): a
    # dict of its own would be 0.8 KiB.
    assert measured['dicts'] < 400, measured
    # 6.5 KiB on asyncio today (8.6 before the stream states' slots, the list
    # buffers and the shared keys); any of them coming back costs 0.5-1.3 KiB.
    assert measured['perSocket'] < 7.5 * 1024, measured


if __name__ == '__main__':
    print(json.dumps(_burst(int(sys.argv[1]), int(sys.argv[2]))))
