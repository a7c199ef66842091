"""Time each stage of `kg build` over a corpus and print each stage's share.

Usage: python benchmarks/stages.py [INPUT...] [--repeat N]
Default input: the seed articles. Every figure comes from one run of this script.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.documents import read_documents
from kg.nlp import load_model
from kg.output import graph_prefixes, serialise
from kg.pipeline import STAGES, BuildOptions, build

DEFAULT = [str(p) for p in (Path(__file__).parents[1] / "../shared/corpus/seeds", Path(__file__).parents[1] / "tests/data/seeds")
           if p.exists()][:1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    load_model()  # not charged to any stage
    totals = dict.fromkeys(STAGES + ("serialise",), 0.0)
    started = time.perf_counter()
    for _ in range(args.repeat):
        result = build(read_documents(args.inputs), BuildOptions())
        for stage, seconds in result.seconds.items():
            totals[stage] += seconds
        t = time.perf_counter()
        serialise(result.quads, "turtle", graph_prefixes(BuildOptions().base))
        totals["serialise"] += time.perf_counter() - t
    wall = time.perf_counter() - started
    print(f"{len(result.articles)} articles x {args.repeat} runs, {wall:.2f} s wall")
    print(f"{'stage':<10} {'seconds':>8} {'share':>7}")
    for stage, seconds in totals.items():
        print(f"{stage:<10} {seconds:8.3f} {seconds / wall:7.1%}")
    without_events = wall - totals["events"]
    print(f"events add {totals['events'] / without_events:.1%} to the rest of the build")


if __name__ == "__main__":
    main()
