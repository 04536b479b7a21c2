"""The Python benchmark clients of bench_http.py, one measurement per process.

    python benchmarks/http_clients.py CLIENT MODE PORT PATH EXPECTED_LEN DURATION_S WARMUP_S
                                      [--loop asyncio|uvloop] [--local-address 127.x.y.z]
                                      [--instrument N]

CLIENT:
  ours        node_http_agent.http.request through http.Agent({'keepAlive': True,
              'maxSockets': 10}) (noka: http.Agent()), under process.run; the
              parser backend is NODE_HTTP_AGENT_PARSER's (reported back); on
              uvloop, the loop class process.run itself picks (uvloopFactory)
  aiohttp     ClientSession over TCPConnector(limit=10) (noka: force_close=True)
  httpx       AsyncClient, Limits(max_connections=10) (noka: "Connection: close")
  floor-h11   the bare floor: an asyncio Protocol + h11, no agent, no events
  floor-hand  the barer floor: an asyncio Protocol + a minimal hand parser
MODE: seq (one request at a time), conc (50 concurrent loops; the floors,
having no queue, run one loop per connection over 10 connections: the same
10 requests in flight), noka (one at a time, a new connection per request).

Every response must be 200 with exactly EXPECTED_LEN body bytes, or the
client fails. The warm-up is not timed. ``--local-address`` binds every
connection to that loopback source address (bench_http.py gives each noka
measurement a fresh one, so the TIME_WAIT sockets of earlier measurements
never crowd its ephemeral ports). Prints one JSON line:
``{"requests", "elapsed", "rps", "cpu_us_per_req", "client", "loop"[, "backend"]}``
(CPU: this process's user + system time in the window, per request).

``--instrument N`` (ours only; DURATION_S is ignored): no timed window; after
the warm-up, three untimed passes of N sequential keep-alive requests (one
connection, one request at a time), each counted per request:

  calls       under cProfile: Python function calls (coroutine resumptions
              included, as cProfile counts them), those in node_http_agent/,
              and C calls (builtins and methods)
  turns       loop iterations that ran Python code other than the event loop's
              own (asyncio/, selectors) — counted by a probe callback that
              re-arms itself with call_soon, so it runs first in every
              iteration, and a self-removing sys.setprofile hook that notes
              whether anything else ran before the next probe (idle spins
              are not counted); works on asyncio's loop and on uvloop alike
  run_once    asyncio's loop only, no probe: calls of loop._run_once (the
              cross-check of "turns")

and prints ``{"instrument", "calls_per_req", "lib_calls_per_req",
"c_calls_per_req", "turns_per_req"[, "run_once_per_req"], ...}``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

MAX_REQUESTS = 20_000_000  # hard bound on the count, besides the deadline
CONC_LOOPS = 50
CONC_CONNECTIONS = 10


class BadResponse(Exception):
    pass


def check(status: int, received: int, expected: int) -> None:
    if status != 200 or received != expected:
        raise BadResponse(f'bad response: status {status}, {received} body bytes, '
                          f'expected {expected}')


async def run_for(seconds: float,
                  workers: list[Callable[[], Awaitable[Any]]]) -> tuple[int, float, float]:
    """Run each worker's fetch in a loop until the deadline: (requests, elapsed, CPU seconds)."""
    done = 0
    cpu = time.process_time()
    start = time.perf_counter()
    deadline = start + seconds
    clock = time.perf_counter

    async def loop(fetch: Callable[[], Awaitable[Any]]) -> None:
        nonlocal done
        while done < MAX_REQUESTS and clock() < deadline:
            await fetch()
            done += 1
    await asyncio.gather(*(loop(fetch) for fetch in workers))
    return done, time.perf_counter() - start, time.process_time() - cpu


async def measure(workers: list[Callable[[], Awaitable[Any]]], duration: float,
                  warmup: float) -> dict[str, Any]:
    if warmup > 0:
        await run_for(warmup, workers)
    done, elapsed, cpu = await run_for(duration, workers)
    return {'requests': done, 'elapsed': elapsed, 'rps': done / elapsed,
            'cpu_us_per_req': cpu / max(done, 1) * 1e6}


# -- ours ---------------------------------------------------------------------------------

def run_ours(args: argparse.Namespace, loop_factory: Any) -> dict[str, Any]:
    from node_http_agent import http, process
    from node_http_agent._wire._base import default_backend

    expected = args.expected
    result: dict[str, Any] = {}

    async def main() -> None:
        loop = asyncio.get_running_loop()
        agent = (http.Agent() if args.mode == 'noka'
                 else http.Agent({'keepAlive': True, 'maxSockets': 10}))
        options = {'host': '127.0.0.1', 'port': args.port, 'path': args.path,
                   'method': 'GET', 'agent': agent}
        if args.local_address:
            options['localAddress'] = args.local_address

        # The mechanical port of node_client.js's fetchOnce (a Promise over callbacks).
        def fetch() -> asyncio.Future[None]:
            future: asyncio.Future[None] = loop.create_future()

            def reject(err: BaseException) -> None:
                if not future.done():
                    future.set_exception(err)

            def on_response(res: Any) -> None:
                received = 0

                def on_data(chunk: bytes) -> None:
                    nonlocal received
                    received += len(chunk)

                def on_end() -> None:
                    try:
                        check(res.statusCode, received, expected)
                    except BadResponse as err:
                        reject(err)
                    else:
                        future.set_result(None)
                res.on('data', on_data)
                res.on('end', on_end)
                res.on('error', reject)
            req = http.request(options, on_response)
            req.on('error', reject)
            req.end()
            return future

        if args.instrument:
            if args.warmup > 0:
                await run_for(args.warmup, [fetch])
            result.update(await instrument(loop, fetch, args.instrument))
        else:
            loops = CONC_LOOPS if args.mode == 'conc' else 1
            result.update(await measure([fetch] * loops, args.duration, args.warmup))
        result['loop_class'] = f'{type(loop).__module__}.{type(loop).__qualname__}'
        agent.destroy()

    if args.loop == 'uvloop' and hasattr(process, 'uvloopFactory'):
        loop_factory = process.uvloopFactory()  # the uvloop.Loop subclass process.run picks
    process.run(main, loop_factory=loop_factory)
    result['backend'] = default_backend()
    return result


# -- counting calls and loop turns (--instrument) -----------------------------------------

LOOP_FILES = (os.path.dirname(asyncio.__file__) + os.sep,
              os.path.splitext(__import__('selectors').__file__)[0])
LIBRARY_DIR = os.sep + 'node_http_agent' + os.sep


async def count_calls(fetch: Callable[[], Awaitable[Any]], n: int) -> dict[str, float]:
    """Calls per request under cProfile: Python functions, those of the library, C functions."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(n):
        await fetch()
    profiler.disable()
    python = library = builtin = 0
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, calls, _, _, _) in stats.items():
        if filename == '~':
            builtin += calls
        else:
            python += calls
            library += calls if LIBRARY_DIR in filename else 0
    return {'calls_per_req': python / n, 'lib_calls_per_req': library / n,
            'c_calls_per_req': builtin / n}


async def count_turns(loop: asyncio.AbstractEventLoop, fetch: Callable[[], Awaitable[Any]],
                      n: int) -> float:
    """Loop iterations per request that ran any Python code besides the loop's own.

    The probe re-arms itself with call_soon as the first thing it does, so
    once it has run first in an iteration (it does as soon as the loop is
    idle once) it runs first in every later one: both loops run, per
    iteration, the callbacks that were ready when the iteration began, in
    order. Between two probes lies exactly one iteration's work (on uvloop,
    plus the next iteration's timers, which run before its ready callbacks).
    The profile hook removes itself at the first Python call outside
    asyncio/selectors/the probe, so it costs little once work is seen.
    """
    worked = False
    turns = 0
    active = True
    cache: dict[str, bool] = {}

    def hook(frame: Any, event: str, arg: Any) -> None:
        nonlocal worked
        if event != 'call':
            return
        code = frame.f_code
        if code is probe_code:
            return
        filename = code.co_filename
        ours = cache.get(filename)
        if ours is None:
            ours = cache[filename] = not filename.startswith(LOOP_FILES)
        if ours:
            worked = True
            sys.setprofile(None)

    def probe() -> None:
        nonlocal worked, turns
        if active:
            loop.call_soon(probe)
        if worked:
            turns += 1
            worked = False
        sys.setprofile(hook if active else None)

    probe_code = probe.__code__
    loop.call_soon(probe)
    await asyncio.sleep(0.01)  # idle: the probe runs first from here on
    worked = False
    turns = 0
    for _ in range(n):
        await fetch()
    counted = turns
    active = False
    await asyncio.sleep(0)
    sys.setprofile(None)
    return counted / n


async def count_run_once(loop: Any, fetch: Callable[[], Awaitable[Any]], n: int) -> float:
    """asyncio's loop: loop._run_once calls per request (no probe)."""
    calls = 0
    original = loop._run_once

    def counted() -> None:
        nonlocal calls
        calls += 1
        original()
    loop._run_once = counted  # run_forever looks it up on every iteration
    try:
        for _ in range(n):
            await fetch()
    finally:
        del loop._run_once
    return calls / n


async def instrument(loop: asyncio.AbstractEventLoop, fetch: Callable[[], Awaitable[Any]],
                     n: int) -> dict[str, Any]:
    result: dict[str, Any] = {'instrument': n}
    result['turns_per_req'] = await count_turns(loop, fetch, n)
    if hasattr(loop, '_run_once'):
        result['run_once_per_req'] = await count_run_once(loop, fetch, n)
    result.update(await count_calls(fetch, n))
    return result


# -- aiohttp ------------------------------------------------------------------------------

async def aiohttp_main(args: argparse.Namespace) -> dict[str, Any]:
    import aiohttp

    url = f'http://127.0.0.1:{args.port}{args.path}'
    local = (args.local_address, 0) if args.local_address else None
    connector = aiohttp.TCPConnector(limit=10, force_close=args.mode == 'noka', local_addr=local)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def fetch() -> None:
            async with session.get(url) as resp:
                body = await resp.read()
                check(resp.status, len(body), args.expected)
        loops = CONC_LOOPS if args.mode == 'conc' else 1
        return await measure([fetch] * loops, args.duration, args.warmup)


# -- httpx --------------------------------------------------------------------------------

async def httpx_main(args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    url = f'http://127.0.0.1:{args.port}{args.path}'
    headers = {'Connection': 'close'} if args.mode == 'noka' else None
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
    transport = httpx.AsyncHTTPTransport(limits=limits, local_address=args.local_address)
    async with httpx.AsyncClient(transport=transport) as client:
        async def fetch() -> None:
            resp = await client.get(url, headers=headers)
            check(resp.status_code, len(resp.content), args.expected)
        loops = CONC_LOOPS if args.mode == 'conc' else 1
        return await measure([fetch] * loops, args.duration, args.warmup)


# -- the floors ---------------------------------------------------------------------------

class FloorConnection(asyncio.Protocol):
    """One connection, one request at a time; no agent, no events, no pool."""

    def __init__(self, request: bytes, expected: int) -> None:
        self.request = request
        self.expected = expected
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def fetch(self) -> asyncio.Future[None]:
        waiter = self.waiter = asyncio.get_running_loop().create_future()
        assert self.transport is not None
        self.transport.write(self.request)
        return waiter

    def finish(self, status: int, received: int) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is None or waiter.done():
            return
        if status != 200 or received != self.expected:
            waiter.set_exception(BadResponse(f'bad response: status {status}, {received} '
                                             f'body bytes, expected {self.expected}'))
        else:
            waiter.set_result(None)

    def connection_lost(self, exc: BaseException | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc or ConnectionResetError('connection lost'))


class HandParsed(FloorConnection):
    """A minimal response parser: head up to CRLFCRLF, Content-Length, body bytes."""

    def __init__(self, request: bytes, expected: int) -> None:
        super().__init__(request, expected)
        self.buffer = b''
        self.status = 0
        self.remaining = -1  # body bytes still to come; -1 while reading the head
        self.received = 0

    def data_received(self, data: bytes) -> None:
        if self.remaining < 0:
            buffer = self.buffer + data
            end = buffer.find(b'\r\n\r\n')
            if end < 0:
                self.buffer = buffer
                return
            head = buffer[:end].lower()
            self.status = int(head[9:12])
            at = head.find(b'content-length:')
            length = 0
            if at >= 0:
                eol = head.find(b'\r\n', at)
                length = int(head[at + 15:eol if eol >= 0 else len(head)])
            data = buffer[end + 4:]
            self.buffer = b''
            self.remaining = length
            self.received = 0
        self.received += len(data)
        self.remaining -= len(data)
        if self.remaining <= 0:
            self.remaining = -1
            self.finish(self.status, self.received)


class H11Parsed(FloorConnection):
    """The response parsed by h11 (and the request built by it): the agent-less floor."""

    def __init__(self, request_event: Any, expected: int) -> None:
        import h11
        super().__init__(b'', expected)
        self.request_event = request_event
        self.h11 = h11
        self.conn = h11.Connection(our_role=h11.CLIENT)
        self.status = 0
        self.received = 0

    def fetch(self) -> asyncio.Future[None]:
        h11 = self.h11
        conn = self.conn
        if conn.our_state is h11.DONE:
            conn.start_next_cycle()
        waiter = self.waiter = asyncio.get_running_loop().create_future()
        assert self.transport is not None
        self.transport.write(conn.send(self.request_event) + conn.send(h11.EndOfMessage()))
        self.received = 0
        return waiter

    def data_received(self, data: bytes) -> None:
        h11 = self.h11
        conn = self.conn
        conn.receive_data(data)
        while True:
            event = conn.next_event()
            kind = type(event)
            if kind is h11.Data:
                self.received += len(event.data)
            elif kind is h11.Response:
                self.status = event.status_code
            elif kind is h11.EndOfMessage:
                self.finish(self.status, self.received)
            elif event is h11.NEED_DATA or event is h11.PAUSED:
                return
            elif kind is h11.ConnectionClosed:
                return


async def floor_main(args: argparse.Namespace) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    host = f'127.0.0.1:{args.port}'
    close = args.mode == 'noka'
    if args.client == 'floor-hand':
        request = (f'GET {args.path} HTTP/1.1\r\nHost: {host}\r\n'
                   + ('Connection: close\r\n' if close else '') + '\r\n').encode()

        def make() -> FloorConnection:
            return HandParsed(request, args.expected)
    else:
        import h11
        headers = [('Host', host)] + ([('Connection', 'close')] if close else [])
        request_event = h11.Request(method='GET', target=args.path, headers=headers)

        def make() -> FloorConnection:
            return H11Parsed(request_event, args.expected)

    async def connect() -> FloorConnection:
        local = (args.local_address, 0) if args.local_address else None
        _, protocol = await loop.create_connection(make, '127.0.0.1', args.port, local_addr=local)
        return protocol

    if close:
        async def fetch_new() -> None:
            protocol = await connect()
            try:
                await protocol.fetch()
            finally:
                assert protocol.transport is not None
                protocol.transport.close()
        workers: list[Callable[[], Awaitable[Any]]] = [fetch_new]
    else:
        count = CONC_CONNECTIONS if args.mode == 'conc' else 1
        connections = [await connect() for _ in range(count)]
        workers = [c.fetch for c in connections]
    result = await measure(workers, args.duration, args.warmup)
    if not close:
        for c in connections:
            assert c.transport is not None
            c.transport.close()
    return result


# -- main ---------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('client', choices=['ours', 'aiohttp', 'httpx', 'floor-h11', 'floor-hand'])
    parser.add_argument('mode', choices=['seq', 'conc', 'noka'])
    parser.add_argument('port', type=int)
    parser.add_argument('path')
    parser.add_argument('expected', type=int)
    parser.add_argument('duration', type=float)
    parser.add_argument('warmup', type=float)
    parser.add_argument('--loop', choices=['asyncio', 'uvloop'], default='asyncio')
    parser.add_argument('--local-address', help='loopback source address for every connection')
    parser.add_argument('--instrument', type=int, default=0, metavar='N',
                        help='ours: count calls and loop turns over N sequential requests '
                             'instead of timing')
    args = parser.parse_args()
    if args.instrument and (args.client != 'ours' or args.mode != 'seq'):
        parser.error('--instrument: client ours, mode seq only')
    if args.loop == 'uvloop':
        import uvloop
        loop_factory: Any = uvloop.new_event_loop
    else:
        loop_factory = asyncio.new_event_loop
    if args.client == 'ours':
        result = run_ours(args, loop_factory)
    else:
        coro = {'aiohttp': aiohttp_main, 'httpx': httpx_main}.get(args.client, floor_main)
        loop = loop_factory()
        try:
            result = loop.run_until_complete(coro(args))
        finally:
            loop.close()
    result.update(client=args.client, loop=args.loop)
    sys.stdout.write(json.dumps(result) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
