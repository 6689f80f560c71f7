"""Query benchmarks: p50/p95 of every canned question on the curated data and on 10x and 100x graphs.

The three graphs sit in three embedded stores side by side, and each question
runs on them in turn (curated, 10x, 100x, curated, ...), so machine noise
falls on all three sizes alike and the growth ratios compare like with like.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from typing import Any

from bench.common import connected, emit, percentile, table
from bench.synthetic import generate
from nato_graph import questions
from nato_graph.loaders.load import write_plan

FACTORS = (10, 100)


def grow(db: Any, factor: int, base: int) -> int:
    """Add synthetic partners to the curated frameworks and threats until the graph is ``factor`` times bigger."""
    fws = [r["key"] for r in db.cypher("MATCH (f:Framework) RETURN f.key AS key").rows]
    ths = [r["key"] for r in db.cypher("MATCH (t:Threat) RETURN t.key AS key").rows]
    extra = base * factor - db.counts().relationships
    write_plan(db.store, generate(extra, seed=factor, framework_keys=fws, threat_keys=ths).writes)
    return db.counts().relationships


def time_side_by_side(
    stores: dict[str, Any], name: str, repeats: int
) -> dict[str, dict[str, float]]:
    """p50/p95 of one question on every store (a connection each), the stores taking turns."""
    times: dict[str, list[float]] = {label: [] for label in stores}
    rows: dict[str, int] = {}
    for label, db in stores.items():
        rows[label] = len(db.ask(name).rows)  # warms the plan cache
    for _ in range(repeats):
        for label, db in stores.items():
            t = time.perf_counter()
            db.ask(name)
            times[label].append(time.perf_counter() - t)
    return {
        label: {
            "p50_ms": percentile(ts, 0.5) * 1000,
            "p95_ms": percentile(ts, 0.95) * 1000,
            "rows": rows[label],
        }
        for label, ts in times.items()
    }


def main(quick: bool) -> dict[str, Any]:
    repeats = 10 if quick else 30
    with ExitStack() as stack:
        stores = {"curated": stack.enter_context(connected("queries-1x"))}
        stores.update({f"{f}x": stack.enter_context(connected(f"queries-{f}x")) for f in FACTORS})
        for db in stores.values():
            db.load()
        base = stores["curated"].counts().relationships
        sizes = {"curated": base} | {f"{f}x": grow(stores[f"{f}x"], f, base) for f in FACTORS}
        names = [q.name for q in questions()]
        by_question = {name: time_side_by_side(stores, name, repeats) for name in names}
    labels = list(sizes)
    results = {label: {name: by_question[name][label] for name in by_question} for label in labels}
    header = (
        ["question"]
        + [f"{k} {p}" for k in labels for p in ("p50 ms", "p95 ms")]
        + ["rows 1x", "rows 100x"]
    )
    rows = [
        [name]
        + [results[k][name][p] for k in labels for p in ("p50_ms", "p95_ms")]
        + [results["curated"][name]["rows"], results["100x"][name]["rows"]]
        for name in names
    ]
    print(
        table(
            f"Queries: latency on the embedded store, sizes side by side (relationships: {sizes})",
            header,
            rows,
        )
    )
    growth = {
        n: results["100x"][n]["p50_ms"] / max(results["curated"][n]["p50_ms"], 1e-6) for n in names
    }
    worst = max(growth, key=lambda n: growth[n])
    print(f"growth 1x -> 100x (p50): median {sorted(growth.values())[len(growth) // 2]:.1f}x, "
          f"worst {worst} {growth[worst]:.1f}x")  # fmt: skip
    over = {
        k: [n for n in names if results[k][n]["p50_ms"] > lim]
        for k, lim in (("curated", 50), ("100x", 1000))
    }
    print(
        f"over target (curated p50 > 50 ms): {over['curated'] or 'none'}; (100x p50 > 1 s): {over['100x'] or 'none'}"
    )
    out = {"sizes": sizes, "latency": results, "growth_100x": growth, "over_target": over}
    emit("queries", out)
    return out
