"""The agent's pool scales flat: per-operation cost vs origins and queue depth, and memory.

Part 1 (no network): drives ``Agent.addRequest`` and the ``'free'`` path with
light fake requests and sockets that provide exactly what ``_http_agent.py``
touches (a socket is a real EventEmitter, so the agent's listeners, ``once``
and ``removeListener`` calls are real). Three operations, each timed per
operation over a few thousand repetitions, best of 3:

  reuse          addRequest takes the idle socket of its origin, then the
                 socket's 'free' puts it back in the pool; every other origin
                 has an idle pooled socket too
  reuse, queues  the same, while every other origin is busy (maxSockets 1)
                 with a queued request (Node's removeSocket looks at other
                 origins' queues whenever a socket goes back to the pool)
  hand-off       'free' hands the socket to the head of its origin's queue,
                 then a new addRequest joins the tail (the queue keeps its depth)

Part 2 (loopback, a server in its own process): RSS (VmRSS of
/proc/self/status, each figure in a fresh process) of 1,000 idle pooled
sockets (a keep-alive agent with a high maxSockets) and of 10,000 requests
queued behind maxSockets 1 against a server that holds its answers until
released; then the queue is released and drained, and timed. For comparison,
in the same run and on the same loop: RSS of 1,000 idle keep-alive
connections in aiohttp's pool (TCPConnector without a limit, 1,000 concurrent
GETs, their connections then idle in the connector), when aiohttp is installed.
The loop is process.run's own pick (uvloop when importable) unless ``--loop``.

    python benchmarks/bench_pool_scale.py            # full run (~30 s)
    python benchmarks/bench_pool_scale.py --quick    # seconds-long smoke (CI)
    python benchmarks/bench_pool_scale.py --loop asyncio
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from node_http_agent.events import EventEmitter
from node_http_agent.http import Agent

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# -- part 1: the fakes --------------------------------------------------------------------

class FakeSocket(EventEmitter):
    """What the agent touches on a socket; events are real."""

    def __init__(self) -> None:
        super().__init__()
        self.destroyed = False
        self.writable = True
        self._httpMessage: Any = None
        self.timeout = 0

    def setKeepAlive(self, enable: bool = False, initialDelay: float = 0) -> FakeSocket:
        return self

    def setTimeout(self, timeout: float, callback: Any = None) -> FakeSocket:
        self.timeout = timeout
        return self

    def ref(self) -> FakeSocket:
        return self

    def unref(self) -> FakeSocket:
        return self

    def destroy(self, error: BaseException | None = None) -> FakeSocket:
        # Never expected while measuring: measure() checks that no socket died.
        self.destroyed = True
        self.writable = False
        FakeSocket.destroyed_count += 1
        return self

    destroyed_count = 0


class FakeRequest:
    """What the agent touches on a ClientRequest (onSocket attaches at once)."""

    __slots__ = ('socket', 'reusedSocket', 'timeout', 'shouldKeepAlive', 'res',
                 '_agentRequestOptions')

    def __init__(self) -> None:
        self.socket: FakeSocket | None = None
        self.reusedSocket = False
        self.timeout = None
        self.shouldKeepAlive = True
        self.res = None
        self._agentRequestOptions: Any = None

    def getHeader(self, name: str) -> None:
        return None

    def onSocket(self, socket: FakeSocket, err: BaseException | None = None) -> None:
        self.socket = socket
        socket._httpMessage = self


def fake_agent(**options: Any) -> Agent:
    agent = Agent({'keepAlive': True, **options})
    agent.createConnection = lambda options, cb=None: FakeSocket()  # type: ignore[method-assign]
    return agent


def origin(i: int) -> dict[str, Any]:
    return {'host': f'origin{i}.test', 'port': 80}


def best_of(repeats: int, n: int, setup: Callable[[], Callable[[int], None]]) -> float:
    """µs per operation: the best of ``repeats`` runs of ``n`` operations, each on a fresh setup."""
    times = []
    for _ in range(repeats):
        op = setup()
        destroyed = FakeSocket.destroyed_count
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            op(n)
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        if FakeSocket.destroyed_count != destroyed:
            raise RuntimeError('a socket was destroyed while measuring: the fake is wrong')
        times.append(elapsed / n * 1e6)
    return min(times)


def setup_reuse(origins: int, queues: bool) -> Callable[[], Callable[[int], None]]:
    def setup() -> Callable[[int], None]:
        agent = fake_agent(maxSockets=1) if queues else fake_agent()
        for i in range(1, origins):
            busy = FakeRequest()
            agent.addRequest(busy, origin(i))
            if queues:
                agent.addRequest(FakeRequest(), origin(i))  # waits: the origin is at maxSockets
            else:
                assert busy.socket is not None
                busy.socket.emit('free')
        hot = origin(0)
        first = FakeRequest()
        agent.addRequest(first, hot)
        assert first.socket is not None
        first.socket.emit('free')  # pooled: the hot origin has one idle socket
        name = agent.getName(hot)
        assert len(agent.freeSockets[name]) == 1

        def op(n: int) -> None:
            add = agent.addRequest
            for req in [FakeRequest() for _ in range(n)]:
                add(req, hot)
                req.socket.emit('free')  # type: ignore[union-attr]
            assert len(agent.freeSockets[name]) == 1 and name not in agent.requests
        return op
    return setup


def setup_handoff(origins: int, queued: int) -> Callable[[], Callable[[int], None]]:
    def setup() -> Callable[[int], None]:
        agent = fake_agent(maxSockets=1)
        for i in range(1, origins):
            idle = FakeRequest()
            agent.addRequest(idle, origin(i))
            idle.socket.emit('free')  # type: ignore[union-attr]
        hot = origin(0)
        first = FakeRequest()
        agent.addRequest(first, hot)
        socket = first.socket
        assert socket is not None
        for _ in range(queued):
            agent.addRequest(FakeRequest(), hot)
        name = agent.getName(hot)
        assert len(agent.requests[name]) == queued

        def op(n: int) -> None:
            add = agent.addRequest
            emit = socket.emit
            for req in [FakeRequest() for _ in range(n)]:
                emit('free')     # the head of the queue takes the socket
                add(req, hot)    # and a new request joins the tail
            assert len(agent.requests[name]) == queued
        return op
    return setup


def part1(quick: bool) -> list[str]:
    n = 2_000 if quick else 20_000
    repeats = 1 if quick else 3
    origin_counts = (1, 100) if quick else (1, 100, 1000)
    queue_depths = (1, 100, 1000) if quick else (1, 10, 100, 1000, 10_000)
    rows: list[tuple[str, int, int, float]] = []
    for count in origin_counts:
        rows.append(('reuse (add → free → pool)', count, 0,
                     best_of(repeats, n, setup_reuse(count, queues=False))))
    for count in origin_counts:
        rows.append(('reuse, other origins queued', count, count - 1,
                     best_of(repeats, n, setup_reuse(count, queues=True))))
    for count in (origin_counts[0], origin_counts[-1]):
        for depth in queue_depths:
            rows.append(('hand-off from the queue', count, depth,
                         best_of(repeats, n, setup_handoff(count, depth))))
    lines = ['| operation | origins | queued requests | µs/op | × smallest |',
             '|---|---:|---:|---:|---:|']
    base: dict[str, float] = {}
    for name, count, depth, us in rows:
        base.setdefault(name, us)
        lines.append(f'| {name} | {count:,} | {depth:,} | {us:.2f} | {us / base[name]:.2f} |')
    return lines


# -- part 2: memory -----------------------------------------------------------------------

def rss_kib() -> int | None:
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class HeldServer:
    """py_server.py in its own process (its sockets never count in our RSS)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / 'py_server.py'), '--port', '0'],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        words = self.proc.stdout.readline().split()
        if len(words) != 2:
            self.close()
            raise RuntimeError(f'py_server.py did not start: {words!r}')
        self.port = int(words[1])

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                self.proc.wait(5)


def control(port: int, path: str) -> int:
    """One GET on a connection of its own (the agent's sockets stay untouched); the body as int."""
    with socket.create_connection(('127.0.0.1', port), timeout=10) as s:
        s.sendall(f'GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'.encode())
        data = b''
        while chunk := s.recv(65536):
            data += chunk
    body = data.split(b'\r\n\r\n', 1)[1]
    return int(body) if body.isdigit() else 0


def child(kind: str, port: int, count: int, timeout: float) -> dict[str, Any]:
    """Runs in a fresh process: build ``count`` idle sockets or queued requests, report RSS."""
    from node_http_agent import http, process

    result: dict[str, Any] = {}

    async def main() -> None:
        loop = asyncio.get_running_loop()
        result['loop'] = ' '.join(c.__module__ for c in type(loop).__mro__)

        def fetch(agent: Any) -> asyncio.Future[int]:
            done: asyncio.Future[int] = loop.create_future()

            def on_response(res: Any) -> None:
                size = [0]
                res.on('data', lambda chunk: size.__setitem__(0, size[0] + len(chunk)))
                res.on('end', lambda: done.done() or done.set_result(size[0]))
            req = http.request({'host': '127.0.0.1', 'port': port, 'path': '/', 'agent': agent},
                               on_response)
            req.on('error', lambda err: done.done() or done.set_exception(err))
            req.end()
            return done

        # Warm the code paths (and the allocator) with the same kind of work, then baseline.
        warm = http.Agent({'keepAlive': True, 'maxSockets': 10})
        await asyncio.gather(*(fetch(warm) for _ in range(50)))
        warm.destroy()
        await asyncio.sleep(0.05)
        gc.collect()
        before = rss_kib()
        if kind == 'idle':
            # maxFreeSockets too: Node's default (256) would close all but 256 of them.
            agent = http.Agent({'keepAlive': True, 'maxSockets': count * 2,
                                'maxFreeSockets': count * 2})
            bodies = await asyncio.wait_for(asyncio.gather(*(fetch(agent) for _ in range(count))),
                                            timeout)
            assert all(size == 11 for size in bodies)
            name = agent.getName({'host': '127.0.0.1', 'port': port})
            settle = time.perf_counter() + 5.0
            while len(agent.freeSockets.get(name, [])) < count:
                if time.perf_counter() > settle:
                    raise TimeoutError(f'only {len(agent.freeSockets.get(name, []))} of {count} '
                                       f'sockets went back to the pool')
                await asyncio.sleep(0.01)
            gc.collect()
            after = rss_kib()
            result['pooled'] = len(agent.freeSockets[name])
            agent.destroy()
        else:
            control(port, '/__hold')
            agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
            pending = [fetch(agent) for _ in range(count + 1)]  # one on the socket, count queued
            await asyncio.sleep(0.1)  # the first request is written and held by the server
            name = agent.getName({'host': '127.0.0.1', 'port': port})
            result['queued'] = len(agent.requests.get(name, []))
            gc.collect()
            after = rss_kib()
            control(port, '/__release')
            drain_start = time.perf_counter()
            bodies = await asyncio.wait_for(asyncio.gather(*pending), timeout)
            drained = time.perf_counter() - drain_start
            assert all(size == 11 for size in bodies)
            result['drain_s'] = drained
            result['drain_rps'] = len(bodies) / drained
            agent.destroy()
        if before is not None and after is not None:
            result['rss_before_kib'] = before
            result['rss_delta_kib'] = after - before

    process.run(main)
    loop = result.get('loop', '')
    result['loop'] = 'uvloop' if 'uvloop' in loop else 'asyncio'
    return result


def aiohttp_child(port: int, count: int, timeout: float, loop_kind: str) -> dict[str, Any]:
    """Runs in a fresh process: ``count`` idle keep-alive connections in aiohttp's pool, RSS."""
    import aiohttp

    result: dict[str, Any] = {'loop': loop_kind}
    url = f'http://127.0.0.1:{port}/'

    async def fetch(session: aiohttp.ClientSession) -> int:
        async with session.get(url) as resp:
            return len(await resp.read())

    async def main() -> None:
        # The same warm-up as ours: 50 requests through a pool of 10, then closed.
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=10)) as warm:
            await asyncio.gather(*(fetch(warm) for _ in range(50)))
        await asyncio.sleep(0.05)
        gc.collect()
        before = rss_kib()
        connector = aiohttp.TCPConnector(limit=0, limit_per_host=0, keepalive_timeout=300)
        async with aiohttp.ClientSession(connector=connector) as session:
            bodies = await asyncio.wait_for(
                asyncio.gather(*(fetch(session) for _ in range(count))), timeout)
            assert all(size == 11 for size in bodies)
            await asyncio.sleep(0.01)
            # aiohttp keeps idle connections in TCPConnector._conns: key -> [(protocol, t)]
            result['pooled'] = sum(len(idle) for idle in connector._conns.values())
            gc.collect()
            after = rss_kib()
        if before is not None and after is not None:
            result['rss_before_kib'] = before
            result['rss_delta_kib'] = after - before

    if loop_kind == 'uvloop':
        import uvloop
        loop = uvloop.new_event_loop()
    else:
        loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()
    return result


def part2(quick: bool, loop_kind: str | None) -> list[str]:
    idle = 100 if quick else 1_000
    queued = 1_000 if quick else 10_000
    timeout = 60.0
    server = HeldServer()
    env = dict(os.environ)
    if loop_kind:
        env['NODE_HTTP_AGENT_LOOP'] = loop_kind
    rows = []
    kinds = [('idle', idle), ('queued', queued)]
    try:
        for kind, count in kinds:
            if kind == 'aiohttp-idle':
                assert rows and 'loop' in rows[0][2]
                env['NODE_HTTP_AGENT_LOOP'] = rows[0][2]['loop']  # aiohttp on ours' loop
            proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), '--child', kind,
                                   '--port', str(server.port), '--count', str(count)],
                                  capture_output=True, text=True, timeout=timeout + 30, cwd=ROOT,
                                  env=env)
            if proc.returncode != 0:
                tail = (proc.stderr.strip().splitlines() or ['(no output)'])[-1]
                rows.append((kind, count, {'error': tail}))
            else:
                rows.append((kind, count, json.loads(proc.stdout.strip().splitlines()[-1])))
            if kind == 'idle' and 'error' not in rows[-1][2] and has_aiohttp():
                kinds.append(('aiohttp-idle', count))
    finally:
        server.close()
    lines = ['| what | count | RSS growth | per item | notes |', '|---|---:|---:|---:|---|']
    per_idle: dict[str, float] = {}
    for kind, count, r in rows:
        what = {'idle': 'idle pooled sockets (keep-alive)',
                'queued': 'requests queued behind maxSockets 1',
                'aiohttp-idle': 'aiohttp: idle pooled connections (keep-alive)'}[kind]
        if 'error' in r:
            lines.append(f'| {what} | {count:,} | FAILED | | {r["error"]} |')
            continue
        delta = r.get('rss_delta_kib')
        grown = f'{delta / 1024:.1f} MiB' if delta is not None else 'n/a (no /proc)'
        per = f'{delta / count:.1f} KiB' if delta is not None else 'n/a'
        if delta is not None and kind != 'queued':
            per_idle[kind] = delta / count
        if kind == 'idle':
            note = f'{r["pooled"]:,} in agent.freeSockets; {r["loop"]}'
        elif kind == 'aiohttp-idle':
            note = f'{r["pooled"]:,} in TCPConnector\'s pool; {r["loop"]}'
            if 'idle' in per_idle and per_idle.get('aiohttp-idle'):
                note += (f'; ours per idle socket ×{per_idle["idle"] / per_idle["aiohttp-idle"]:.2f}'
                         f' aiohttp\'s')
        else:
            note = (f'{r["queued"]:,} in agent.requests; released and drained '
                    f'{count + 1:,} in {r["drain_s"]:.2f} s ({r["drain_rps"]:,.0f} req/s)')
        base = r.get('rss_before_kib')
        if base is not None:
            note += f'; RSS before {base / 1024:.1f} MiB'
        lines.append(f'| {what} | {count:,} | {grown} | {per} | {note} |')
    return lines


def has_aiohttp() -> bool:
    return importlib.util.find_spec('aiohttp') is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--quick', action='store_true', help='seconds-long smoke run')
    parser.add_argument('--loop', choices=['asyncio', 'uvloop'],
                        help='the loop for part 2 (default: what process.run picks)')
    parser.add_argument('--child', choices=['idle', 'queued', 'aiohttp-idle'],
                        help=argparse.SUPPRESS)
    parser.add_argument('--port', type=int, help=argparse.SUPPRESS)
    parser.add_argument('--count', type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == 'aiohttp-idle':
        loop_kind = os.environ.get('NODE_HTTP_AGENT_LOOP', 'asyncio')
        print(json.dumps(aiohttp_child(args.port, args.count, 60.0, loop_kind)))
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.port, args.count, 60.0)))
        return 0
    started = time.monotonic()
    print(f'# Agent pool scaling ({"quick smoke" if args.quick else "full run"}, '
          f'Python {sys.version.split()[0]})\n')
    print('## Per-operation cost (fake requests and sockets, no network; best of runs)\n')
    for line in part1(args.quick):
        print(line)
    print('\n## Memory (loopback, server in its own process)\n')
    for line in part2(args.quick, args.loop):
        print(line)
    print(f'\n{time.monotonic() - started:.0f} s in all.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
