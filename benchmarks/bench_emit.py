"""emit() throughput: our EventEmitter vs pyee vs a bare Python floor, in one run.

Scenarios: emit with 1 listener, emit with 3 listeners, and on/off churn.
References measured in the same rounds (alternating, so machine noise hits
all alike): a *minimal emit function* (look up a tuple of listeners in a dict,
call each, return True), the *bare floor* (iterate a tuple of callables and
call each), and pyee 13's EventEmitter. Prints medians and ratios.

    python benchmarks/bench_emit.py            # full run (~20 s)
    python benchmarks/bench_emit.py --quick    # a seconds-long smoke (CI)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import pyee

from node_http_agent.events import EventEmitter


def make_listener() -> Callable[[int], None]:
    sink = [0]

    def listener(x: int) -> None:
        sink[0] += x
    return listener


class MinimalEmitter:
    """The reference: a dict of tuples, call each, return True."""

    def __init__(self) -> None:
        self._events: dict[str, tuple[Callable[..., None], ...]] = {}

    def emit(self, type: str, *args: object) -> bool:
        handlers = self._events.get(type)
        if handlers is None:
            return False
        for handler in handlers:
            handler(*args)
        return True


def bench_emit(kind: str, listeners: int, n: int) -> float:
    fns = [make_listener() for _ in range(listeners)]
    if kind == 'floor':
        handlers = tuple(fns)
        start = time.perf_counter()
        for _ in range(n):
            for handler in handlers:
                handler(1)
        return n / (time.perf_counter() - start)
    if kind == 'minimal':
        emitter: object = MinimalEmitter()
        emitter._events['data'] = tuple(fns)  # type: ignore[attr-defined]
    elif kind == 'ours':
        emitter = EventEmitter()
        for fn in fns:
            emitter.on('data', fn)  # type: ignore[attr-defined]
    else:
        emitter = pyee.EventEmitter()
        for fn in fns:
            emitter.on('data', fn)  # type: ignore[attr-defined]
    emit = emitter.emit  # type: ignore[attr-defined]
    start = time.perf_counter()
    for _ in range(n):
        emit('data', 1)
    return n / (time.perf_counter() - start)


def bench_churn(kind: str, n: int) -> float:
    fn = make_listener()
    if kind == 'floor':
        lst: list[Callable[..., None]] = []
        start = time.perf_counter()
        for _ in range(n):
            lst.append(fn)
            lst.remove(fn)
        return n / (time.perf_counter() - start)
    if kind == 'minimal':
        return float('nan')
    emitter = EventEmitter() if kind == 'ours' else pyee.EventEmitter()
    on = emitter.on
    off = emitter.removeListener if kind == 'ours' else emitter.remove_listener  # type: ignore
    start = time.perf_counter()
    for _ in range(n):
        on('data', fn)
        off('data', fn)
    return n / (time.perf_counter() - start)


KINDS = ('ours', 'minimal', 'floor', 'pyee')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--quick', action='store_true', help='seconds-long smoke run')
    parser.add_argument('--rounds', type=int, default=7)
    args = parser.parse_args()
    n_emit = 20_000 if args.quick else 300_000
    n_churn = 10_000 if args.quick else 100_000
    rounds = 2 if args.quick else args.rounds
    scenarios: dict[str, Callable[[str], float]] = {
        'emit, 1 listener': lambda k: bench_emit(k, 1, n_emit),
        'emit, 3 listeners': lambda k: bench_emit(k, 3, n_emit),
        'on+off churn': lambda k: bench_churn(k, n_churn),
    }
    results: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for name, fn in scenarios.items():
            for kind in KINDS:
                results.setdefault((name, kind), []).append(fn(kind))
    print(f'# emit benchmark (Python {sys.version.split()[0]}, {rounds} rounds, median ops/s)\n')
    print('| scenario | ours | minimal emit | bare floor | pyee | ours/minimal | ours/pyee |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for name in scenarios:
        med = {k: statistics.median(results[(name, k)]) for k in KINDS}
        fmt = {k: ('n/a' if med[k] != med[k] else f'{med[k] / 1e6:.2f} M') for k in KINDS}
        vs_min = 'n/a' if med['minimal'] != med['minimal'] else f'{med["ours"] / med["minimal"]:.2f}x'
        print(f'| {name} | {fmt["ours"]} | {fmt["minimal"]} | {fmt["floor"]} | {fmt["pyee"]} '
              f'| {vs_min} | {med["ours"] / med["pyee"]:.2f}x |')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
