"""Run the benchmarks: `python bench/run.py [--quick] [--only load,queries,views,cli,neo4j]`.

Prints a table per benchmark and a machine-readable `JSON <section> {...}` line
for each; `--json PATH` also writes everything to one file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    bench_articles,
    bench_cli,
    bench_hostile,
    bench_load,
    bench_neo4j,
    bench_queries,
    bench_views,
)
from bench.common import emit, machine, to_json

SECTIONS = {
    "load": bench_load.main,
    "queries": bench_queries.main,
    "views": bench_views.main,
    "cli": bench_cli.main,
    "articles": bench_articles.main,
    "hostile": bench_hostile.main,  # issue 18's 5,000-country graph under the time limit
    "neo4j": bench_neo4j.main,  # starts its own Neo4j 5.26 (JDK 17 and Maven, like `make test`)
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes, fewer rounds (under 2 minutes)"
    )
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--json", type=Path, help="also write all results to this file")
    args = parser.parse_args()
    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    emit("machine", info)
    results: dict[str, object] = {"machine": info, "quick": args.quick}
    started = time.perf_counter()
    for name in args.only.split(","):
        print(f"\n== {name} ==")
        t = time.perf_counter()
        results[name] = SECTIONS[name](args.quick)
        print(f"({name}: {time.perf_counter() - t:.0f} s)")
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(to_json(results, indent=2))


if __name__ == "__main__":
    main()
