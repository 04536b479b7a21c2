"""The long fuzz run of the wire layer: ``python tests/fuzz/run_long.py [--inputs N] [--seed S]``.

For each parser backend available here, N generated/mutated/arbitrary
responses and N requests (10,000 each by default) go through every property
of ``_wirefuzz.check`` (fed whole and split into random ``feed()`` calls). It
prints, per backend and kind, how many inputs ran, how many complete messages
were checked, the parse errors by code, and the inputs that tripped a bug
already reported (``known_issue``). The exit status is 1 if any input broke a
property for another reason; each such input is printed, reproducible with the
same ``--seed``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _wirefuzz import RandSource, Stats, check_known, draw_input  # noqa: E402

from node_http_agent._wire import available_backends  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--inputs', type=int, default=10_000, help='inputs per backend and kind')
    ap.add_argument('--seed', type=int, default=20240601)
    ap.add_argument('--backend', choices=available_backends(), action='append')
    ap.add_argument('--max-failures', type=int, default=5)
    args = ap.parse_args()
    backends = args.backend or available_backends()
    failures = 0
    grand = 0
    started = time.perf_counter()
    print(f'seed {args.seed}, {args.inputs} inputs per backend and kind, backends {backends}')
    for backend in backends:
        total = 0
        for kind in ('response', 'request'):
            rng = random.Random(f'{args.seed}-{kind}')
            stats = Stats()
            t0 = time.perf_counter()
            for n in range(args.inputs):
                inp = draw_input(RandSource(rng), kind)
                try:
                    check_known(inp, backend, stats)
                except Exception as exc:  # a property broke: show it, go on
                    failures += 1
                    stats.inputs += 1
                    print(f'\nFAIL {backend} {kind} #{n}: {type(exc).__name__}: {exc}'[:2000])
                    print(f'  data={inp.data[:600]!r}{"..." if len(inp.data) > 600 else ""}')
                    print(f'  methods={inp.methods} max_header_size={inp.max_header_size} '
                          f'insecure={inp.insecure} eof={inp.eof} mutated={inp.mutated} '
                          f'feeds={len(inp.chunks())}')
                    traceback.print_exc(limit=3)
                    if failures >= args.max_failures:
                        print('too many failures, stopping')
                        return 1
            elapsed = time.perf_counter() - t0
            total += stats.inputs
            errors = ', '.join(f'{code} {count}' for code, count in sorted(stats.errors.items()))
            print(f'{backend:6} {kind:8} inputs {stats.inputs:6}  {elapsed:6.1f} s  '
                  f'complete messages {stats.complete}  split runs {stats.split_runs}  '
                  f'upgrades {stats.upgrades}  chunk-dependent {stats.chunk_dependent}')
            print(f'{"":16}parse errors: {errors}')
            known = ', '.join(f'{k} {v}' for k, v in sorted(stats.known.items())) or 'none'
            print(f'{"":16}inputs on reported bugs (tolerated): {known}')
        print(f'{backend:6} total inputs {total}')
        grand += total
    print(f'all backends: {grand} inputs in {time.perf_counter() - started:.1f} s, '
          f'{failures} failing')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
