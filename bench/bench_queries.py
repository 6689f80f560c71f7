"""Query benchmarks: p50/p95 of every canned question on the curated data and on 10x and 100x graphs."""

from __future__ import annotations

import time
from typing import Any

from bench.common import embedded_store, emit, percentile, table
from loaders.load import load, write_plan
from loaders.synthetic import generate
from queries.catalogue import catalogue, run


def time_queries(store: Any, repeats: int) -> dict[str, dict[str, float]]:
    out = {}
    for name in catalogue():
        run(store, name)  # warm the plan cache
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            run(store, name)
            times.append(time.perf_counter() - t)
        out[name] = {"p50_ms": percentile(times, 0.5) * 1000, "p95_ms": percentile(times, 0.95) * 1000}
    return out


def main(quick: bool) -> dict[str, Any]:
    repeats = 20 if quick else 50
    results: dict[str, dict[str, dict[str, float]]] = {}
    sizes: dict[str, int] = {}
    with embedded_store("queries") as store:
        load(store)
        base = store.counts().relationships
        results["curated"] = time_queries(store, repeats)
        sizes["curated"] = base
        fws = [r["key"] for r in store.read("MATCH (f:Framework) RETURN f.key AS key").rows]
        ths = [r["key"] for r in store.read("MATCH (t:Threat) RETURN t.key AS key").rows]
        for factor in (10, 100):
            extra = base * factor - store.counts().relationships
            write_plan(store, generate(extra, seed=factor, framework_keys=fws, threat_keys=ths).writes)
            label = f"{factor}x"
            sizes[label] = store.counts().relationships
            results[label] = time_queries(store, max(5, repeats // (factor // 10 + 1)))
    rows = []
    for name in catalogue():
        rows.append([name] + [results[k][name][p] for k in results for p in ("p50_ms", "p95_ms")])
    header = ["question"] + [f"{k} {p}" for k in results for p in ("p50 ms", "p95 ms")]
    print(table(f"Queries: latency on the embedded store (relationships: {sizes})", header, rows))
    growth = {n: results["100x"][n]["p50_ms"] / max(results["curated"][n]["p50_ms"], 1e-6) for n in catalogue()}
    worst = max(growth, key=lambda n: growth[n])
    print(f"growth 1x -> 100x (p50): median {sorted(growth.values())[len(growth) // 2]:.1f}x, "
          f"worst {worst} {growth[worst]:.1f}x")  # fmt: skip
    over = {k: [n for n in catalogue() if results[k][n]["p50_ms"] > lim] for k, lim in (("curated", 50), ("100x", 1000))}
    print(f"over target (curated p50 > 50 ms): {over['curated'] or 'none'}; (100x p50 > 1 s): {over['100x'] or 'none'}")
    out = {"sizes": sizes, "latency": results, "growth_100x": growth, "over_target": over}
    emit("queries", out)
    return out
