"""Chaos load: many requests through one keep-alive Agent while the servers misbehave.

Pushes ``--requests`` requests (default 100,000) over 5 loopback origins
through one ``http.Agent({'keepAlive': True, 'maxSockets': 10,
'maxTotalSockets': 20})`` under ``node_http_agent.process.run``, with
``--concurrency`` request loops (default 200) keeping that many requests in
flight. A seeded RNG (``--seed``) picks each request's origin (weighted by
``--origin-weights``, default 6,1,1,1,1, so the busy origin reaches maxSockets
while the total reaches maxTotalSockets) and, with probability
``--fault-rate`` (default 0.01), one server fault:

  fin      a normal keep-alive answer, then the server closes the socket (FIN)
           0-5 ms later: the socket is idle in the pool, or already carrying
           the next request (Node's stale keep-alive race, "socket hang up")
  rst      the server resets the connection (RST) instead of answering
  rstbody  headers and 100 of 1,000 body bytes, then RST
  trunc    headers and 100 of 1,000 body bytes, then FIN (truncated body)
  delay    the answer comes 200 ms late; the request has ``timeout: 50`` and a
           ``'timeout'`` listener that destroys it (should the answer win, the
           connection stays usable)
  garbage  a garbage status line, and the connection left open
  close    a normal answer with ``Connection: close``, then FIN

The fault is chosen by the client and sent in the path (``/rst``,
``/fin/3``), so every outcome can be tallied against its fault. The servers
are bare asyncio Protocols in a helper process (this script with
``--serve N``; uvloop when it imports), so the client process's file
descriptors are its own.

Every request is tracked: it must end in exactly one of response ``'end'``
or ``'error'`` (on the request, or on the response once it arrived; Node
reports a connection lost mid-body on both objects, see "errored on req and
res"). Counted as failures: **lost** (no end by the time everything else is
done and nothing moved for ``--stall`` seconds), **double-ended** (two
``'end'``s, two ``'error'``s on one object, or an ``'end'`` and an
``'error'``), **codeless** errors (no ``.code``), requests without exactly one
``'close'``, a socket handed to a request while an unfinished request still
owned it, and leaks: after ``agent.destroy()`` and a settle,
``totalSocketCount`` must be 0, ``sockets``/``freeSockets``/``requests``
empty, and ``/proc/self/fd`` back at its baseline (inside the run and again
after ``process.run`` returned). Exits 1 on any failure.

The summary also gives the most sockets seen, in total and per origin,
against the limits. Node's pool lets ``totalSocketCount`` (which counts idle
sockets too) go above ``maxTotalSockets``: idle sockets are not evicted to
make room, and a socket opened for another origin's queue is added on top
(catalogue 35); the active sockets stay within the limits (catalogue 36).
It also counts samples where ``totalSocketCount`` differs from the sockets in
``sockets`` plus ``freeSockets``: ``addRequest`` shifts a destroyed idle
socket off the head of ``freeSockets`` and the count drops only at its
``'close'`` (Node does the same; the window is short), so a few are normal. The
event loop's longest lag and the cyclic GC's longest generation-2 pause are
given too: a 'delay' request's 50 ms timeout only wins against a 200 ms-late
answer while the loop lags less than that.

    python benchmarks/chaos.py                      # 100,000 requests
    python benchmarks/chaos.py --requests 5000      # the CI size
    python benchmarks/chaos.py --parser h11 --seed 7 --fault-rate 0.05 --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import socket
import struct
import subprocess
import sys
import time
from collections import Counter
from typing import Any

FAULTS = ('fin', 'rst', 'rstbody', 'trunc', 'delay', 'garbage', 'close')
GARBAGE = (
    b'HTTP/1.1 2OO OK\r\n\r\n',          # letters in the status code
    b'SMTP 220 ready\r\n\r\n',            # not HTTP at all
    b'HTTP/1.1 99999 Too Big\r\n\r\n',    # a five-digit status code
)
OK_BODY = b'hello world'
LONG_BODY = 1000      # Content-Length announced by rstbody / trunc
SENT_BODY = 100       # bytes of it actually sent
DELAY_MS = 200        # how late a 'delay' answer comes
TIMEOUT_MS = 50       # the 'delay' request's timeout option
FIN_MAX_MS = 5        # a 'fin' closes 0..FIN_MAX_MS ms after its answer


# -- the misbehaving servers (helper process) ---------------------------------------------

def _answer(body: bytes, close: bool = False, length: int | None = None) -> bytes:
    return (b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: '
            + str(len(body) if length is None else length).encode()
            + (b'\r\nConnection: close\r\n\r\n' if close else b'\r\nConnection: keep-alive\r\n\r\n')
            + body)


OK_KEEP = _answer(OK_BODY)
OK_CLOSE = _answer(OK_BODY, close=True)
PARTIAL = _answer(b'x' * SENT_BODY, length=LONG_BODY)
LINGER_RST = struct.pack('ii', 1, 0)


class ServerStats:
    def __init__(self) -> None:
        self.connections = 0
        self.requests = 0
        self.faults: Counter[str] = Counter()


class ChaosProtocol(asyncio.Protocol):
    """Answers ``GET /<fault>[/<arg>]`` as the fault says; ``/ok`` normally."""

    def __init__(self, stats: ServerStats) -> None:
        self.stats = stats
        self.transport: asyncio.Transport | None = None
        self.buffer = b''
        self.doomed = False   # a fault owns the connection: ignore what comes after

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.stats.connections += 1
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: BaseException | None) -> None:
        self.transport = None

    def data_received(self, data: bytes) -> None:
        if self.doomed:
            return
        buffer = self.buffer + data if self.buffer else data
        while not self.doomed:
            end = buffer.find(b'\r\n\r\n')
            if end < 0:
                break
            line = buffer[:buffer.find(b'\r\n')]
            buffer = buffer[end + 4:]
            parts = line.split(b' ')
            self.answer(parts[1] if len(parts) > 1 else b'/ok')
        self.buffer = buffer

    def write(self, data: bytes) -> None:
        t = self.transport
        if t is not None and not t.is_closing():
            t.write(data)

    def close(self) -> None:
        t = self.transport
        if t is not None and not t.is_closing():
            t.close()

    def reset(self) -> None:
        t = self.transport
        if t is None:
            return
        sock = t.get_extra_info('socket')
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_RST)
        except OSError:
            pass
        t.abort()

    def late_answer(self) -> None:
        # A slow server, not a broken one: a client that kept the socket (its
        # timeout did not fire first) may go on using it.
        self.write(OK_KEEP)
        self.doomed = False

    def answer(self, path: bytes) -> None:
        stats = self.stats
        stats.requests += 1
        parts = path.split(b'/')
        kind = parts[1].decode('latin-1') if len(parts) > 1 else 'ok'
        arg = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
        if kind == 'ok':
            self.write(OK_KEEP)
            return
        stats.faults[kind] += 1
        self.doomed = True
        loop = asyncio.get_running_loop()
        if kind == 'fin':
            self.write(OK_KEEP)
            loop.call_later(arg / 1000, self.close)
        elif kind == 'rst':
            self.reset()
        elif kind == 'rstbody':
            self.write(PARTIAL)
            loop.call_later(0.001, self.reset)
        elif kind == 'trunc':
            self.write(PARTIAL)
            loop.call_later(0.001, self.close)
        elif kind == 'delay':
            loop.call_later(arg / 1000, self.late_answer)
        elif kind == 'garbage':
            self.write(GARBAGE[arg % len(GARBAGE)])
        elif kind == 'close':
            self.write(OK_CLOSE)
            self.close()
        else:
            self.doomed = False
            self.write(OK_KEEP)


async def serve(origins: int) -> None:
    loop = asyncio.get_running_loop()
    stats = ServerStats()
    servers = []
    for _ in range(origins):
        servers.append(await loop.create_server(lambda: ChaosProtocol(stats), '127.0.0.1', 0,
                                                backlog=4096))
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    sys.stdout.write('ports ' + ' '.join(map(str, ports)) + '\n')
    sys.stdout.flush()
    stdin_closed = loop.create_future()

    class StdinWatcher(asyncio.Protocol):
        def connection_lost(self, exc: BaseException | None) -> None:
            if not stdin_closed.done():
                stdin_closed.set_result(None)

    await loop.connect_read_pipe(StdinWatcher, sys.stdin)
    try:
        await asyncio.wait_for(stdin_closed, 3600)
    except asyncio.TimeoutError:
        pass
    for s in servers:
        s.close()
    sys.stdout.write(json.dumps({'connections': stats.connections, 'requests': stats.requests,
                                 'faults': dict(stats.faults)}) + '\n')
    sys.stdout.flush()


def serve_main(origins: int) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(origins))
    else:
        uvloop.run(serve(origins))


class ServerProcess:
    """The helper process: ``with ServerProcess(5) as ports: ...``; ``.stats`` after."""

    def __init__(self, origins: int) -> None:
        self.origins = origins
        self.stats: dict[str, Any] = {}

    def __enter__(self) -> list[int]:
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), '--serve',
                                      str(self.origins)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if not line or line[0] != 'ports':
            self.proc.kill()
            raise RuntimeError(f'the chaos server did not start: {line!r}')
        return [int(p) for p in line[1:]]

    def __exit__(self, *exc: Any) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            out = self.proc.stdout.read()
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return
        finally:
            self.proc.stdout.close()
        try:
            self.stats = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            pass


# -- the client ---------------------------------------------------------------------------

def fd_count() -> int:
    return len(os.listdir('/proc/self/fd'))


def make_plan(n: int, weights: list[float], fault_rate: float,
              seed: int) -> list[tuple[int, str]]:
    """``(origin, path)`` per request, from the seeded RNG."""
    rng = random.Random(seed)
    cumulative = []
    acc = 0.0
    for w in weights:
        acc += w
        cumulative.append(acc)
    plan = []
    for _ in range(n):
        x = rng.random() * acc
        origin = 0
        while cumulative[origin] <= x and origin < len(weights) - 1:
            origin += 1
        if rng.random() < fault_rate:
            fault = rng.choice(FAULTS)
            if fault == 'fin':
                path = f'/fin/{rng.randint(0, FIN_MAX_MS)}'
            elif fault == 'garbage':
                path = f'/garbage/{rng.randrange(len(GARBAGE))}'
            elif fault == 'delay':
                path = f'/delay/{DELAY_MS}'
            else:
                path = '/' + fault
        else:
            path = '/ok'
        plan.append((origin, path))
    return plan


FIRST = ('', 'end', 'req-error', 'res-error', 'raised')   # how a request first ended
END, REQ_ERROR, RES_ERROR, RAISED = 1, 2, 3, 4


class Ledger:
    """Every request's events, in flat arrays indexed by request number.

    Flat arrays, not one object per request: a run must not grow the heap the
    cyclic GC walks (that would lengthen its pauses and the loop's lag).
    """

    COUNTS = ('res_end', 'req_err', 'res_err', 'closes', 'response', 'aborted', 'timeouts')

    def __init__(self, n: int) -> None:
        self.n = n
        self.issued = bytearray(n)
        self.first = bytearray(n)      # index into FIRST; 0 while not ended
        self.late = bytearray(n)       # first ended only after the run phase (counted lost)
        self.res_end = bytearray(n)    # response 'end's
        self.req_err = bytearray(n)    # request 'error's
        self.res_err = bytearray(n)    # response 'error's
        self.closes = bytearray(n)     # request 'close's
        self.response = bytearray(n)   # request 'response's
        self.aborted = bytearray(n)    # response 'aborted's
        self.timeouts = bytearray(n)   # request 'timeout's
        self.errors: dict[int, tuple[Any, str]] = {}   # request -> (code, message)

    def bump(self, counter: bytearray, i: int) -> None:
        if counter[i] < 255:
            counter[i] += 1

    def describe(self, i: int) -> str:
        return (f'first={FIRST[self.first[i]] or None} code={self.errors.get(i, (None,))[0]} '
                + ' '.join(f'{name}={getattr(self, name)[i]}' for name in self.COUNTS))


def run_chaos(args: argparse.Namespace, ports: list[int]) -> dict[str, Any]:
    if args.parser:
        os.environ['NODE_HTTP_AGENT_PARSER'] = args.parser
    from node_http_agent import _wire, http, process

    n = args.requests
    limits = {'keepAlive': True, 'maxSockets': args.max_sockets,
              'maxTotalSockets': args.max_total_sockets}
    plan = make_plan(n, args.weights, args.fault_rate, args.seed)
    led = Ledger(n)
    out: dict[str, Any] = {'requests': n, 'seed': args.seed, 'fault_rate': args.fault_rate,
                           'concurrency': args.concurrency, 'limits': limits,
                           'origins': len(ports), 'weights': args.weights,
                           'parser': _wire.default_backend()}
    fd_before_run = fd_count()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        fd_base = fd_count()
        agent = http.Agent(dict(limits))
        names = [agent.getName({'host': '127.0.0.1', 'port': p}) for p in ports]
        sockets, free_sockets = agent.sockets, agent.freeSockets
        st: dict[str, Any] = {'next': 0, 'ended': 0, 'phase': 'run', 'last': time.monotonic(),
                              'max_total': 0, 'max_active': 0, 'max_free': 0,
                              'inconsistent': 0, 'shared': 0, 'raised': 0}
        max_active_origin = dict.fromkeys(names, 0)
        max_pool_origin = dict.fromkeys(names, 0)

        snapshots: list[str] = []

        def snapshot(where: str) -> str:
            def desc(lst: list[Any]) -> str:
                return '[' + ' '.join(
                    ('D' if s.destroyed else '') + ('' if s.writable else 'w') or '.'
                    for s in lst) + ']'
            return (f'at {where}: totalSocketCount={agent.totalSocketCount} sockets='
                    + ' '.join(f'{k.split(":")[1]}:{desc(v)}' for k, v in sockets.items())
                    + ' free=' + ' '.join(f'{k.split(":")[1]}:{desc(v)}'
                                          for k, v in free_sockets.items())
                    + ' (D destroyed, w not writable, . live)')

        def sample(where: str) -> None:
            total = agent.totalSocketCount
            active = 0
            for name, lst in sockets.items():
                k = len(lst)
                active += k
                if k > max_active_origin.get(name, 0):
                    max_active_origin[name] = k
                pool = k + len(free_sockets.get(name, ()))
                if pool > max_pool_origin.get(name, 0):
                    max_pool_origin[name] = pool
            free = 0
            for lst in free_sockets.values():
                free += len(lst)
            if total > st['max_total']:
                st['max_total'] = total
            if active > st['max_active']:
                st['max_active'] = active
            if free > st['max_free']:
                st['max_free'] = free
            if total != active + free:
                st['inconsistent'] += 1
                if len(snapshots) < 5:
                    snapshots.append(snapshot(where))

        def ended(i: int, kind: int, err: Any = None) -> None:
            if led.first[i]:
                return
            led.first[i] = kind
            if err is not None:
                led.errors[i] = (getattr(err, 'code', None), str(err))
            if st['phase'] != 'run':
                led.late[i] = 1
                return
            st['ended'] += 1
            st['last'] = time.monotonic()
            issue()

        bump = led.bump
        res_end, req_err, res_err, closes = led.res_end, led.req_err, led.res_err, led.closes
        responses, aborts, timeouts = led.response, led.aborted, led.timeouts

        def issue() -> None:
            i = st['next']
            if i >= n or st['phase'] != 'run':
                return
            st['next'] = i + 1
            led.issued[i] = 1
            origin, path = plan[i]
            fault = path.split('/')[1]
            opts: dict[str, Any] = {'agent': agent, 'host': '127.0.0.1', 'port': ports[origin],
                                    'path': path}
            if fault == 'delay':
                opts['timeout'] = TIMEOUT_MS
            try:
                req = http.request(opts)
            except Exception as err:  # Node would not throw here
                st['raised'] += 1
                ended(i, RAISED, err)
                return

            def on_res_end() -> None:
                bump(res_end, i)
                ended(i, END)

            def on_res_error(err: Any) -> None:
                bump(res_err, i)
                ended(i, RES_ERROR, err)

            def on_aborted() -> None:
                bump(aborts, i)

            def on_response(res: Any) -> None:
                bump(responses, i)
                res.on('end', on_res_end)
                res.on('error', on_res_error)
                res.on('aborted', on_aborted)
                res.resume()
                sample("'response'")

            def on_req_error(err: Any) -> None:
                bump(req_err, i)
                ended(i, REQ_ERROR, err)

            def on_close() -> None:
                bump(closes, i)

            def on_socket(sock: Any) -> None:
                # The request a socket was last handed to rides on the socket (no
                # table of sockets here: a run must not keep dead sockets alive).
                prev = getattr(sock, '_chaosOwner', None)
                if prev is not None and prev != i and not led.first[prev]:
                    st['shared'] += 1
                sock._chaosOwner = i

            def on_timeout() -> None:
                bump(timeouts, i)
                req.destroy()

            req.on('response', on_response)
            req.on('error', on_req_error)
            req.on('close', on_close)
            req.on('socket', on_socket)
            if fault == 'delay':
                req.on('timeout', on_timeout)
            req.end()
            sample('request()')

        fd_peak = fd_base
        # Event-loop lag (a 10 ms ticker) and the cyclic GC's pauses, for the summary.
        lag = {'max': 0.0}
        pauses: list[float] = []
        gc_start = [0.0]

        def on_gc(phase: str, info: dict[str, Any]) -> None:
            if phase == 'start':
                gc_start[0] = time.perf_counter()
            elif info['generation'] == 2:
                pauses.append(time.perf_counter() - gc_start[0])

        def ticker(expected: float) -> None:
            now = loop.time()
            lag['max'] = max(lag['max'], now - expected)
            if st['phase'] == 'run':
                loop.call_at(now + 0.01, ticker, now + 0.01)

        gc.callbacks.append(on_gc)
        loop.call_soon(ticker, loop.time())
        started = time.monotonic()
        for _ in range(min(args.concurrency, n)):
            issue()
        stalled = False
        while st['ended'] < n:
            await asyncio.sleep(0.05)
            fd_peak = max(fd_peak, fd_count())
            if time.monotonic() - st['last'] > args.stall:
                stalled = True
                break
        duration = time.monotonic() - started
        st['phase'] = 'settle'
        gc.callbacks.remove(on_gc)
        queued_at_end = {k: len(v) for k, v in agent.requests.items()}

        agent.destroy()
        settle_start = time.monotonic()
        while time.monotonic() - settle_start < args.settle:
            if (agent.totalSocketCount == 0 and not agent.sockets and not agent.freeSockets
                    and fd_count() <= fd_base):
                break
            await asyncio.sleep(0.01)
        for _ in range(5):   # let 'close' events that are due run
            await asyncio.sleep(0)
        settle_s = time.monotonic() - settle_start

        out.update({
            'duration_s': duration, 'stalled': stalled, 'settle_s': settle_s,
            'req_per_s': st['ended'] / duration if duration else 0.0,
            'ended_in_run': st['ended'], 'raised': st['raised'],
            'max_total_socket_count': st['max_total'], 'max_active_sockets': st['max_active'],
            'max_free_sockets': st['max_free'],
            'max_active_per_origin': [max_active_origin.get(k, 0) for k in names],
            'max_pool_per_origin': [max_pool_origin.get(k, 0) for k in names],
            'count_inconsistent_samples': st['inconsistent'],
            'socket_shared_with_unfinished': st['shared'],
            'inconsistent_snapshots': snapshots,
            'queued_when_run_ended': queued_at_end,
            'after_destroy': {
                'totalSocketCount': agent.totalSocketCount,
                'sockets': {k: len(v) for k, v in agent.sockets.items()},
                'freeSockets': {k: len(v) for k, v in agent.freeSockets.items()},
                'requests': {k: len(v) for k, v in agent.requests.items()},
            },
            'fd_base': fd_base, 'fd_peak': fd_peak, 'fd_after': fd_count(),
            'max_loop_lag_ms': lag['max'] * 1000, 'gc_gen2_runs': len(pauses),
            'max_gc_gen2_pause_ms': max(pauses, default=0.0) * 1000,
        })

    process.run(main)
    out['fd_before_run'] = fd_before_run
    out['fd_after_run'] = fd_count()
    summarize(led, plan, out)
    return out


def summarize(led: Ledger, plan: list[tuple[int, str]], out: dict[str, Any]) -> None:
    codes: Counter[str] = Counter()
    matrix: dict[str, Counter[str]] = {}
    lost = double = codeless = close_bad = both = never_issued = late = 0
    examples: dict[str, list[str]] = {}

    def example(what: str, i: int) -> None:
        lst = examples.setdefault(what, [])
        if len(lst) < 5:
            lst.append(f'#{i} {plan[i][1]} ' + (led.describe(i) if led.issued[i]
                                                else 'never issued'))

    ok = errors = 0
    res_end, req_err, res_err = led.res_end, led.req_err, led.res_err
    closes = led.closes
    for i in range(led.n):
        if not led.issued[i]:
            never_issued += 1
            lost += 1
            example('lost', i)
            continue
        first = led.first[i]
        if not first or led.late[i]:
            lost += 1
            late += led.late[i]
            example('lost', i)
        code, message = led.errors.get(i, (None, ''))
        outcome = 'lost' if not first else 'ok' if first == END else f'{code} {message}'
        matrix.setdefault(plan[i][1].split('/')[1], Counter())[outcome] += 1
        if first == END:
            ok += 1
        elif first:
            errors += 1
            if not isinstance(code, str) or not code:
                codeless += 1
                example('codeless', i)
            codes[str(code)] += 1
        if (res_end[i] > 1 or req_err[i] > 1 or res_err[i] > 1
                or (res_end[i] and (req_err[i] or res_err[i]))):
            double += 1
            example('double-ended', i)
        elif req_err[i] and res_err[i]:
            both += 1
        if closes[i] != 1:
            close_bad += 1
            example("'close' count != 1", i)
    out.update({'ok': ok, 'errors': errors, 'codes': dict(codes.most_common()), 'lost': lost,
                'never_issued': never_issued, 'ended_late': late, 'double_ended': double,
                'codeless': codeless, 'close_not_once': close_bad, 'errored_on_req_and_res': both,
                'matrix': {f: dict(c.most_common()) for f, c in sorted(matrix.items())},
                'examples': examples})
    ad = out['after_destroy']
    leaks = []
    if ad['totalSocketCount'] != 0:
        leaks.append(f"totalSocketCount {ad['totalSocketCount']}")
    for key in ('sockets', 'freeSockets', 'requests'):
        if ad[key]:
            leaks.append(f'{key} {ad[key]}')
    if out['fd_after'] > out['fd_base']:
        leaks.append(f"fds in the run {out['fd_base']} -> {out['fd_after']}")
    if out['fd_after_run'] > out['fd_before_run']:
        leaks.append(f"fds around process.run {out['fd_before_run']} -> {out['fd_after_run']}")
    out['leaks'] = leaks
    failures = []
    for key in ('lost', 'double_ended', 'codeless', 'close_not_once',
                'socket_shared_with_unfinished', 'raised'):
        if out[key]:
            failures.append(f'{key}={out[key]}')
    failures += leaks
    out['failures'] = failures


def report(out: dict[str, Any], server: dict[str, Any]) -> str:
    lim = out['limits']
    lines = [
        f"# chaos: {out['requests']:,} requests, {out['origins']} origins, "
        f"(weights {','.join(f'{w:g}' for w in out['weights'])}), {out['concurrency']} in flight, fault rate {out['fault_rate']}, seed {out['seed']}, "
        f"parser {out['parser']}",
        '',
        '| figure | value |',
        '|---|---|',
        f"| requests | {out['requests']:,} |",
        f"| ok (response 'end') | {out['ok']:,} |",
        f"| errors | {out['errors']:,} |",
        f"| lost | {out['lost']} |",
        f"| double-ended | {out['double_ended']} |",
        f"| errors without .code | {out['codeless']} |",
        f"| requests without exactly one 'close' | {out['close_not_once']} |",
        f"| socket handed over while its request was unfinished | "
        f"{out['socket_shared_with_unfinished']} |",
        f"| errored on req and res (Node reports both) | {out['errored_on_req_and_res']} |",
        f"| max totalSocketCount (maxTotalSockets {lim['maxTotalSockets']}; idle sockets "
        f"may exceed it in Node) | {out['max_total_socket_count']} |",
        f"| max active sockets, all origins (limit {lim['maxTotalSockets']}) | "
        f"{out['max_active_sockets']} |",
        f"| max active sockets per origin (maxSockets {lim['maxSockets']}) | "
        f"{', '.join(map(str, out['max_active_per_origin']))} |",
        f"| max active + idle per origin | {', '.join(map(str, out['max_pool_per_origin']))} |",
        f"| max idle sockets | {out['max_free_sockets']} |",
        f"| samples where totalSocketCount != active + idle (a destroyed idle socket "
        f"shifted out of freeSockets counts until its 'close', as in Node) | "
        f"{out['count_inconsistent_samples']} |",
        f"| TCP connections accepted by the servers | {server.get('connections', '?')} |",
        f"| duration | {out['duration_s']:.2f} s |",
        f"| req/s | {out['req_per_s']:,.0f} |",
        f"| max event-loop lag / GC gen-2 runs, longest pause | {out['max_loop_lag_ms']:.0f} ms / "
        f"{out['gc_gen2_runs']}, {out['max_gc_gen2_pause_ms']:.0f} ms |",
        f"| fds: in run baseline / peak / after destroy | {out['fd_base']} / {out['fd_peak']} / "
        f"{out['fd_after']} |",
        f"| fds: before / after process.run | {out['fd_before_run']} / {out['fd_after_run']} |",
        f"| after destroy: totalSocketCount, sockets, freeSockets, requests | "
        f"{out['after_destroy']['totalSocketCount']}, {out['after_destroy']['sockets']}, "
        f"{out['after_destroy']['freeSockets']}, {out['after_destroy']['requests']} |",
        f"| settle after destroy | {out['settle_s'] * 1000:.0f} ms |",
        '',
        '| error code | count |',
        '|---|---|',
    ]
    lines += [f'| {code} | {count:,} |' for code, count in out['codes'].items()]
    lines += ['', '| fault | outcomes |', '|---|---|']
    for fault, outcomes in out['matrix'].items():
        lines.append(f'| {fault} | ' + ', '.join(f'{k}: {v:,}' for k, v in outcomes.items())
                     + ' |')
    if out['stalled']:
        lines += ['', f"stalled: nothing ended for {out['stall_s']} s; "
                      f"queued then: {out['queued_when_run_ended']}"]
    if out['inconsistent_snapshots']:
        lines += ['', 'totalSocketCount != active + idle, first samples:']
        lines += [f'  {snap}' for snap in out['inconsistent_snapshots']]
    for what, exs in out['examples'].items():
        lines += ['', f'{what}, first ones:'] + [f'  {e}' for e in exs]
    lines += ['', 'FAILED: ' + '; '.join(out['failures']) if out['failures'] else 'PASSED']
    return '\n'.join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--requests', type=int, default=100_000)
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--fault-rate', type=float, default=0.01)
    p.add_argument('--concurrency', type=int, default=200)
    p.add_argument('--origin-weights', default='6,1,1,1,1',
                   help='share of the requests per origin, one number per origin (default '
                        '6,1,1,1,1: the first origin reaches maxSockets)')
    p.add_argument('--max-sockets', type=int, default=10)
    p.add_argument('--max-total-sockets', type=int, default=20)
    p.add_argument('--parser', choices=('llhttp', 'h11'), default=None,
                   help='parser backend (default: the package default)')
    p.add_argument('--stall', type=float, default=10.0,
                   help='seconds with nothing ended before the rest count as lost')
    p.add_argument('--settle', type=float, default=5.0,
                   help='at most this long after destroy() for sockets and fds to go')
    p.add_argument('--json', metavar='PATH', help='write every figure as JSON')
    p.add_argument('--serve', type=int, metavar='N', help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.weights = [float(w) for w in args.origin_weights.split(',')]
    args.origins = len(args.weights)
    if args.serve:
        serve_main(args.serve)
        return 0
    server = ServerProcess(args.origins)
    with server as ports:
        out = run_chaos(args, ports)
    out['stall_s'] = args.stall
    out['server'] = server.stats
    print(report(out, server.stats))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(out, f, indent=1)
    return 1 if out['failures'] else 0


if __name__ == '__main__':
    sys.exit(main())
