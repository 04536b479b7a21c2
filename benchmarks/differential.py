"""The long differential fault run: seeded schedules through Node and the port, compared.

    PYTHONPATH=$PWD python benchmarks/differential.py [--seeds 5] [--count 400]

Each seed drives ``count`` sequential requests against one misbehaving server (see
tests/faults/differential.py) from Node and from the port on each parser backend;
prints the per-request mismatch rate per backend and the first few mismatches.
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                'tests', 'faults'))
from differential import compare, run_node, run_port  # noqa: E402

from node_http_agent._wire import available_backends  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--seeds', type=int, default=5)
    parser.add_argument('--count', type=int, default=400)
    parser.add_argument('--first-seed', type=int, default=1)
    args = parser.parse_args()
    totals = {b: [0, 0] for b in available_backends()}
    shown = 0
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        node = run_node(seed, args.count)
        for backend in totals:
            port = run_port(seed, args.count, backend)
            bad = compare(node, port)
            totals[backend][0] += len(bad)
            totals[backend][1] += args.count
            print(f'seed {seed} {backend}: {len(bad)}/{args.count} requests differ', flush=True)
            for i, action, a, b in bad[:max(0, 5 - shown)]:
                print(f'  #{i} {action}: node {a}\n  {" " * len(str(i))}  port {b}')
                shown += 1
    for backend, (bad_n, total) in totals.items():
        print(f'{backend}: {bad_n}/{total} requests differ from Node '
              f'({100 * bad_n / total:.2f} % mismatch)')


if __name__ == '__main__':
    main()
