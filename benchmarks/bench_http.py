"""HTTP/1.1 client throughput: ours vs Node's http.Agent vs aiohttp vs httpx vs bare floors.

One command, one run. A reference server runs in its own process (Node's
``http.createServer`` from node_server.js when ``node`` is on PATH, else the
bare asyncio server py_server.py), pinned to core 0 with ``taskset`` when it
exists; every measurement is a fresh client process pinned to core 1 that
warms up, then counts requests in a timed window. Rounds alternate the
clients (rotating their order) so machine noise hits all alike, and ratios
are taken between clients measured in the same round. Then, outside any
timed window, one short instrumented run per variant of ours counts the
Python calls and loop turns of a sequential keep-alive request.

Clients (``--only``):
  ours-llhttp, ours-h11  node_http_agent.http + http.Agent({'keepAlive': True,
                         'maxSockets': 10}) under process.run, per parser backend
  node                   Node's http.Agent (node_client.js), same options
  aiohttp                ClientSession, TCPConnector(limit=10)
  httpx                  AsyncClient, Limits(max_connections=10)
  floor-h11              asyncio Protocol + h11, no agent (the floor we compare to)
  floor-hand             asyncio Protocol + a minimal hand parser
Modes (``--modes``): seq (one request at a time, one connection), conc (50
concurrent loops over <= 10 connections), noka (keep-alive off: ours with
``http.Agent()``, Node with keepAlive false, a new connection per request).
Bodies (``--bodies``): 11B ("hello world") and 16KiB. Every client checks
each response's status and body length.

Loops (``--loop``): asyncio (default), uvloop (ours, aiohttp and the floors
run on uvloop: rows ``ours-llhttp+uvloop``, ``aiohttp+uvloop``,
``floor-h11+uvloop``, ...), or both (each of those on both loops). ×aiohttp
and the ×floor columns compare a client with aiohttp / the floor on the same
loop, measured in the same round (Node's and httpx's rows: the asyncio ones).

Instrumented runs (``--instrument N``, default 2,000; 0 skips them): per
variant of ours, N sequential keep-alive requests (11B) after the warm-up,
counted, not timed (see http_clients.py --instrument): Python calls per
request under cProfile (all, and those in node_http_agent/), C calls, and
loop turns (iterations that ran anything besides the loop's own code),
with asyncio's ``_run_once`` count as a cross-check on asyncio's loop.

    python benchmarks/bench_http.py                 # full run (~6 min on 2 cores)
    python benchmarks/bench_http.py --quick         # seconds-long smoke (CI)
    python benchmarks/bench_http.py --only ours-llhttp,node --modes seq --rounds 5
    python benchmarks/bench_http.py --loop both     # asyncio and uvloop rows side by side
    python benchmarks/bench_http.py --profile ours-llhttp:seq   # cProfile, top 25
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CLIENTS = ('ours-llhttp', 'ours-h11', 'node', 'aiohttp', 'httpx', 'floor-h11', 'floor-hand')
ON_LOOPS = ('ours-llhttp', 'ours-h11', 'aiohttp', 'floor-h11', 'floor-hand')  # get +uvloop rows
MODES = ('seq', 'conc', 'noka')
BODIES = {'11B': ('/', 11), '16KiB': ('/big', 16384)}
QUICK_CLIENTS = ('ours-llhttp', 'ours-h11', 'node', 'floor-h11')
QUICK_BODIES = ('11B',)


# -- environment --------------------------------------------------------------------------

def has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def pinning() -> tuple[list[str], list[str], str]:
    """taskset prefixes for the server (core 0) and the clients (core 1), and a note."""
    taskset = shutil.which('taskset')
    try:
        cores = sorted(os.sched_getaffinity(0))
    except AttributeError:
        cores = []
    if taskset and len(cores) >= 2:
        server_core, client_core = cores[0], cores[1]
        return ([taskset, '-c', str(server_core)], [taskset, '-c', str(client_core)],
                f'server on core {server_core}, clients on core {client_core} (taskset)')
    return [], [], 'not pinned (no taskset or fewer than 2 cores)'


def unavailable(client: str) -> str | None:
    """Why ``client`` cannot run here, or None."""
    base = client.split('+')[0]
    if base == 'node' and not shutil.which('node'):
        return 'node is not on PATH'
    if base in ('aiohttp', 'httpx') and not has_module(base):
        return f'{base} is not installed (pip install {base})'
    if base == 'ours-llhttp' and not has_module('httptools'):
        return "httptools is not installed (pip install -e '.[fast]')"
    if base == 'floor-h11' and not has_module('h11'):
        return 'h11 is not installed'
    if client.endswith('+uvloop') and not has_module('uvloop'):
        return 'uvloop is not installed'
    return None


# -- the server ---------------------------------------------------------------------------

class ReferenceServer:
    def __init__(self, kind: str, prefix: list[str]) -> None:
        if kind == 'node':
            cmd = ['node', str(HERE / 'node_server.js'), '0', '16384']
        else:
            cmd = [sys.executable, str(HERE / 'py_server.py'), '--port', '0', '--big', '16384']
        self.kind = kind
        self.proc = subprocess.Popen(prefix + cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != 'listening':
            self.close()
            raise RuntimeError(f'the {kind} server did not start: {line!r}')
        self.port = int(line[1])

    def connections(self) -> int:
        """GET /__conns (on a connection of its own, which the count includes)."""
        with socket.create_connection(('127.0.0.1', self.port), timeout=10) as s:
            s.sendall(b'GET /__conns HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
            data = b''
            while chunk := s.recv(65536):
                data += chunk
        return int(data.split(b'\r\n\r\n', 1)[1])

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()  # the server exits when its stdin closes
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                self.proc.wait(5)


# -- one measurement ----------------------------------------------------------------------

@dataclass
class Settings:
    duration: float
    warmup: float
    node_warmup: float
    client_prefix: list[str]


def client_command(client: str, mode: str, port: int, body: str, s: Settings,
                   local_address: str | None = None) -> tuple[list[str], dict[str, str]]:
    path, expected = BODIES[body]
    env = dict(os.environ)
    base, _, variant = client.partition('+')
    if base == 'node':
        cmd = ['node', str(HERE / 'node_client.js'), mode, str(port), path, str(expected),
               str(s.duration), str(s.node_warmup)] + ([local_address] if local_address else [])
        return s.client_prefix + cmd, env
    name = base
    if base.startswith('ours-'):
        name = 'ours'
        env['NODE_HTTP_AGENT_PARSER'] = base[len('ours-'):]
    cmd = [sys.executable, str(HERE / 'http_clients.py'), name, mode, str(port), path,
           str(expected), str(s.duration), str(s.warmup)]
    if variant == 'uvloop':
        cmd += ['--loop', 'uvloop']
    if local_address:
        cmd += ['--local-address', local_address]
    return s.client_prefix + cmd, env


_source_addresses = (f'127.{a}.{b}.{c}' for a in range(1, 255) for b in range(256)
                     for c in range(1, 255))


def fresh_source_address() -> str:
    """A loopback source address no earlier measurement of this run has used.

    A noka measurement opens thousands of connections; their TIME_WAIT
    entries (60 s on Linux) hold ephemeral ports of that address pair, and
    on a shared pair the later clients' connect() slows down as the port
    range fills. A fresh 127.x.y.z source per measurement gives each one a
    clean port range, so clients measured later in a round are not penalised.
    """
    return next(_source_addresses)


def warm_server(server: ReferenceServer, s: Settings, seconds: float) -> None:
    """Drive the server through every mode before measuring (Node's server needs JIT warm-up too)."""
    client = 'node' if shutil.which('node') else 'floor-hand'
    warm = Settings(seconds, 0, 0, s.client_prefix)
    for mode in MODES:
        for body in BODIES:
            local = fresh_source_address() if mode == 'noka' else None
            cmd, env = client_command(client, mode, server.port, body, warm, local)
            subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT, timeout=seconds + 60)


def measure(client: str, mode: str, body: str, server: ReferenceServer,
            s: Settings) -> dict[str, Any]:
    local = fresh_source_address() if mode == 'noka' else None
    cmd, env = client_command(client, mode, server.port, body, s, local)
    before = server.connections()
    timeout = s.duration + max(s.warmup, s.node_warmup) + 60
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout,
                              cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {'error': f'timed out after {timeout:.0f} s'}
    after = server.connections()
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ['(no output)'])[-1]
        return {'error': f'exit {proc.returncode}: {tail}'}
    try:
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {'error': f'no result: {proc.stdout[-200:]!r}'}
    result['conns'] = after - before - 1  # TCP connections accepted during warm-up + window
    expected_backend = client.split('+')[0].partition('ours-')[2]
    if expected_backend and result.get('backend') != expected_backend:
        return {'error': f"ran on backend {result.get('backend')!r}, not {expected_backend!r}"}
    return result


# -- the run ------------------------------------------------------------------------------

@dataclass
class Cell:
    rps: list[float] = field(default_factory=list)
    vs_node: list[float] = field(default_factory=list)
    vs_floor: list[float] = field(default_factory=list)       # floor-h11, same loop
    vs_hand: list[float] = field(default_factory=list)        # floor-hand, same loop
    vs_aiohttp: list[float] = field(default_factory=list)     # aiohttp, same loop
    conns: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def run(clients: list[str], modes: list[str], bodies: list[str], rounds: int,
        server: ReferenceServer, s: Settings, log: Any) -> dict[tuple[str, str, str], Cell]:
    cells: dict[tuple[str, str, str], Cell] = {}
    for r in range(rounds):
        for mode in modes:
            for body in bodies:
                shift = r % len(clients)
                order = clients[shift:] + clients[:shift]
                this_round: dict[str, float] = {}
                for client in order:
                    result = measure(client, mode, body, server, s)
                    cell = cells.setdefault((client, mode, body), Cell())
                    if 'error' in result:
                        cell.errors.append(result['error'])
                        log(f'  round {r + 1} {mode:4} {body:5} {client:18} FAILED {result["error"]}')
                        continue
                    cell.rps.append(result['rps'])
                    cell.conns.append(result['conns'])
                    cell.cpu.append(result['cpu_us_per_req'])
                    this_round[client] = result['rps']
                    log(f'  round {r + 1} {mode:4} {body:5} {client:18} {result["rps"]:9.0f} req/s'
                        f' {result["cpu_us_per_req"]:6.0f} CPU µs/req  ({result["conns"]} conns)')
                for client, rps in this_round.items():
                    cell = cells[(client, mode, body)]
                    loop = loop_suffix(client)
                    for peer, ratios in (('node', cell.vs_node),
                                         ('aiohttp' + loop, cell.vs_aiohttp),
                                         ('floor-h11' + loop, cell.vs_floor),
                                         ('floor-hand' + loop, cell.vs_hand)):
                        if peer in this_round:
                            ratios.append(rps / this_round[peer])
    return cells


def loop_suffix(client: str) -> str:
    """'+uvloop' for a client measured on uvloop, else '' (its peers on the same loop)."""
    return '+uvloop' if client.endswith('+uvloop') else ''


def with_loops(clients: list[str], loop: str) -> list[str]:
    """The clients to run for ``--loop``: each of ON_LOOPS on asyncio, uvloop or both."""
    if loop == 'asyncio':
        return clients
    out: list[str] = []
    for client in clients:
        if client not in ON_LOOPS:
            out.append(client)
        elif loop == 'uvloop':
            out.append(f'{client}+uvloop')
        else:
            out += [client, f'{client}+uvloop']
    return out


def fmt_ratio(values: list[float]) -> str:
    return f'{statistics.median(values):.2f}' if values else '–'


def table(clients: list[str], modes: list[str], bodies: list[str],
          cells: dict[tuple[str, str, str], Cell]) -> list[str]:
    lines = ['| client | mode | body | median req/s | min–max | ×Node | ×h11 floor '
             '| CPU µs/req | conns | ×aiohttp | ×hand floor |',
             '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|']
    for mode in modes:
        for body in bodies:
            for client in clients:
                cell = cells.get((client, mode, body))
                if cell is None:
                    continue
                if not cell.rps:
                    lines.append(f'| {client} | {mode} | {body} | FAILED | | | | | | | |')
                    continue
                conns = int(statistics.median(cell.conns))
                lines.append(
                    f'| {client} | {mode} | {body} | {statistics.median(cell.rps):,.0f} | '
                    f'{min(cell.rps):,.0f}–{max(cell.rps):,.0f} | {fmt_ratio(cell.vs_node)} | '
                    f'{fmt_ratio(cell.vs_floor)} | {statistics.median(cell.cpu):.0f} | {conns} | '
                    f'{fmt_ratio(cell.vs_aiohttp)} | {fmt_ratio(cell.vs_hand)} |')
    return lines


def instrument(client: str, n: int, server: ReferenceServer, s: Settings) -> dict[str, Any]:
    """One untimed run of ``client`` (a variant of ours): calls and loop turns per request."""
    cmd, env = client_command(client, 'seq', server.port, '11B', s)
    cmd += ['--instrument', str(n)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=s.warmup + n * 0.01 + 60)
    except subprocess.TimeoutExpired:
        return {'error': 'timed out'}
    if proc.returncode != 0:
        return {'error': (proc.stderr.strip().splitlines() or ['(no output)'])[-1]}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
    except (ValueError, IndexError):
        return {'error': f'no result: {proc.stdout[-200:]!r}'}


def work_table(counts: dict[str, dict[str, Any]]) -> list[str]:
    lines = ['| client | Python calls/req | in node_http_agent | C calls/req | loop turns/req '
             '| asyncio _run_once/req |',
             '|---|---:|---:|---:|---:|---:|']
    for client, r in counts.items():
        if 'error' in r:
            lines.append(f'| {client} | FAILED | | | | |')
            continue
        run_once = r.get('run_once_per_req')
        lines.append(f'| {client} | {r["calls_per_req"]:.0f} | {r["lib_calls_per_req"]:.0f} | '
                     f'{r["c_calls_per_req"]:.0f} | {r["turns_per_req"]:.2f} | '
                     f'{"–" if run_once is None else f"{run_once:.2f}"} |')
    return lines


def profile(target: str, server: ReferenceServer, s: Settings, top: int = 25) -> None:
    """Run one Python client under cProfile (sorted by cumtime) and print the top lines."""
    client, _, mode = target.partition(':')
    mode = mode or 'seq'
    cmd, env = client_command(client, mode, server.port, '11B', s)
    script = cmd.index(str(HERE / 'http_clients.py'))
    cmd = cmd[:script] + ['-m', 'cProfile', '-s', 'cumtime'] + cmd[script:]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=s.duration + s.warmup + 120).stdout.splitlines()
    start = next((i for i, line in enumerate(out) if line.strip().startswith('ncalls')), 0)
    print(f'# cProfile of {client} {mode} 11B ({s.warmup} s warm-up + {s.duration} s), '
          f'top {top} by cumtime\n')
    print('```')
    print('\n'.join(out[:1] + out[start - 2 if start >= 2 else 0:start + 1 + top]))
    print('```')


def load_average() -> str:
    try:
        return f'{os.getloadavg()[0]:.1f}'
    except OSError:
        return '?'


def busy(*loads: str) -> bool:
    """More load than our own server + client can make on its own."""
    return any(load != '?' and float(load) > 2.5 for load in loads)


def parse_list(value: str | None, allowed: tuple[str, ...], what: str) -> list[str] | None:
    if value is None:
        return None
    items = [v.strip() for v in value.split(',') if v.strip()]
    for item in items:
        if item.split('+')[0] not in allowed:
            raise SystemExit(f'unknown {what} {item!r}; choose from {", ".join(allowed)}')
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split('\n', 2)[2])
    parser.add_argument('--quick', action='store_true',
                        help='seconds-long smoke: tiny durations, one round, a subset')
    parser.add_argument('--rounds', type=int, default=5)
    parser.add_argument('--duration', type=float, default=1.0, help='timed window, seconds')
    parser.add_argument('--warmup', type=float, default=0.3, help='Python clients warm-up, s')
    parser.add_argument('--node-warmup', type=float, default=2.5,
                        help='Node client warm-up, s (V8 needs 2-3 s)')
    parser.add_argument('--server-warmup', type=float, default=1.0,
                        help='seconds of traffic per mode and body before measuring')
    parser.add_argument('--only', help='comma-separated clients: ' + ','.join(CLIENTS))
    parser.add_argument('--modes', help='comma-separated modes: ' + ','.join(MODES))
    parser.add_argument('--bodies', help='comma-separated bodies: ' + ','.join(BODIES))
    parser.add_argument('--loop', choices=['asyncio', 'uvloop', 'both'], default='asyncio',
                        help='event loop of ours, aiohttp and the floors (both: extra +uvloop '
                             'rows)')
    parser.add_argument('--instrument', type=int, default=2000, metavar='N',
                        help='per variant of ours, count calls and loop turns over N '
                             'sequential requests after the rounds (0: skip)')
    parser.add_argument('--server', choices=['auto', 'node', 'python'], default='auto')
    parser.add_argument('--json', metavar='OUT', help='write every measurement to OUT')
    parser.add_argument('--profile', metavar='CLIENT[:MODE]',
                        help='instead of the table: cProfile one Python client, top 25 lines')
    parser.add_argument('-q', '--quiet', action='store_true', help='no per-measurement log')
    args = parser.parse_args()

    if args.quick:
        args.rounds = 1
        args.duration = min(args.duration, 0.3)
        args.warmup = min(args.warmup, 0.1)
        args.node_warmup = min(args.node_warmup, 0.3)
    clients = parse_list(args.only, CLIENTS, 'client') or list(
        QUICK_CLIENTS if args.quick else CLIENTS)
    modes = parse_list(args.modes, MODES, 'mode') or list(MODES)
    bodies = parse_list(args.bodies, tuple(BODIES), 'body') or list(
        QUICK_BODIES if args.quick else BODIES)
    clients = with_loops(clients, args.loop)
    if args.quick:
        args.instrument = min(args.instrument, 200)

    notes = []
    runnable = []
    for client in clients:
        why = unavailable(client)
        if why:
            notes.append(f'{client} skipped: {why}')
        else:
            runnable.append(client)
    server_kind = args.server
    if server_kind == 'auto':
        server_kind = 'node' if shutil.which('node') else 'python'
    elif server_kind == 'node' and not shutil.which('node'):
        raise SystemExit('--server node: node is not on PATH')

    server_prefix, client_prefix, pin_note = pinning()
    settings = Settings(args.duration, args.warmup, args.node_warmup, client_prefix)
    log = (lambda _: None) if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    server = ReferenceServer(server_kind, server_prefix)
    try:
        if args.profile:
            profile(args.profile, server, settings)
            return 0
        started = time.monotonic()
        load_before = load_average()
        warm_server(server, settings, 0.2 if args.quick else args.server_warmup)
        cells = run(runnable, modes, bodies, args.rounds, server, settings, log)
        counts: dict[str, dict[str, Any]] = {}
        for client in runnable if args.instrument > 0 else []:
            if client.startswith('ours-'):
                counts[client] = instrument(client, args.instrument, server, settings)
                log(f'  instrumented {client}: {counts[client]}')
        took = time.monotonic() - started
        load_after = load_average()
    finally:
        server.close()

    node_v = (subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()
              if shutil.which('node') else 'absent')
    print(f'# HTTP/1.1 client throughput ({"quick smoke" if args.quick else "full run"})\n')
    print(f'Python {platform.python_version()}, Node {node_v}; server: '
          f'{"Node http.createServer" if server_kind == "node" else "bare asyncio (py_server.py)"}'
          f'; {pin_note}.')
    print(f'{args.rounds} round(s) of {args.duration} s windows after {args.warmup} s warm-up '
          f'(Node: {args.node_warmup} s), {took:.0f} s in all. Median of rounds; ×Node, '
          f'×h11 floor, ×aiohttp and ×hand floor are medians of per-round ratios (same round, '
          f'same mode and body; aiohttp and the floors on the same loop as the row\'s client, '
          f'asyncio for node and httpx). The floors are agent-less asyncio Protocols: h11 '
          f'parsing (the pure install\'s floor: compare ours-h11) and a hand parser (the '
          f'barest: compare ours-llhttp). '
          f'CPU µs/req: the client process\'s user + system CPU time per request in the '
          f'window (less sensitive to a busy machine than req/s). '
          f'conns: TCP connections the server accepted during one measurement. '
          f'Load average (1 min) before/after: {load_before}/{load_after}'
          f'{" — other work was running, figures are noisy" if busy(load_before, load_after) else ""}.\n')
    for line in table(runnable, modes, bodies, cells):
        print(line)
    if counts:
        print(f'\nWork per sequential keep-alive request (11B), ours: {args.instrument:,} '
              f'requests after the warm-up, counted in a separate untimed run per variant. '
              f'Python calls/req: Python function calls and coroutine resumptions under '
              f'cProfile, the benchmark\'s own callbacks included; in node_http_agent: those '
              f'in the package; C calls: builtins and methods. Loop turns/req: loop iterations '
              f'that ran any code besides the loop\'s own (idle spins not counted); asyncio '
              f'_run_once/req counts asyncio\'s iterations directly (no probe), a cross-check '
              f'on asyncio\'s loop. uvloop polls for I/O after running the ready callbacks in '
              f'the same iteration, asyncio before them, so the same work can take one turn '
              f'fewer on uvloop.\n')
        for line in work_table(counts):
            print(line)
    failures = [f'{c} {m} {b}: {e}' for (c, m, b), cell in cells.items() for e in cell.errors]
    failures += [f'{c} instrumented: {r["error"]}' for c, r in counts.items() if 'error' in r]
    if notes or failures:
        print()
        for note in notes + failures:
            print(f'- {note}')
    if args.json:
        Path(args.json).write_text(json.dumps({
            'python': platform.python_version(), 'node': node_v, 'server': server_kind,
            'pinning': pin_note, 'rounds': args.rounds, 'duration': args.duration,
            'warmup': args.warmup, 'node_warmup': args.node_warmup, 'notes': notes,
            'results': [{'client': c, 'mode': m, 'body': b, 'rps': cell.rps,
                         'vs_node': cell.vs_node, 'vs_floor_h11': cell.vs_floor,
                         'vs_floor_hand': cell.vs_hand, 'vs_aiohttp': cell.vs_aiohttp,
                         'conns': cell.conns, 'cpu_us_per_req': cell.cpu,
                         'errors': cell.errors}
                        for (c, m, b), cell in cells.items()],
            'instrumented': counts, 'instrument_requests': args.instrument,
        }, indent=1) + '\n')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
