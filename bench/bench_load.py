"""Load benchmarks: batched UNWIND vs one query per row, throughput by size, loader overhead, memory."""

from __future__ import annotations

import resource
import time
from typing import Any

from bench.common import embedded_store, emit, interleave, median, table
from loaders.load import write_plan
from loaders.plan import plan
from loaders.synthetic import generate


def per_row(store: Any, writes: list[Any], limit: int) -> int:
    """The naive way: one statement per row, same MERGE text, each row as its own $rows list."""
    done = 0
    for w in writes:
        for row in w.rows:
            if done >= limit:
                return done
            store.write(w.statement, {"rows": [row]})
            done += 1
    return done


def batched_vs_per_row(rows: int, rounds: int) -> dict[str, Any]:
    ds = generate(rows, seed=1)
    writes = ds.writes
    total = sum(len(w.rows) for w in writes)
    results: dict[str, list[float]] = {"batched": [], "per_row": []}
    with embedded_store("load-a") as a, embedded_store("load-b") as b:
        a.ensure_schema()
        b.ensure_schema()

        def batched() -> None:
            a.clear()
            a.ensure_schema()
            write_plan(a, writes)

        def naive() -> None:
            b.clear()
            b.ensure_schema()
            per_row(b, writes, total)

        results = interleave({"batched": batched, "per_row": naive}, rounds)
    rate = {k: total / median(v) for k, v in results.items()}
    return {"rows": total, "rows_per_s": rate, "ratio": rate["batched"] / rate["per_row"]}


def bare_statement_runner(store: Any) -> Any:
    """Send the same UNWIND ... MERGE statements straight to FalkorDB, skipping the Store and planner."""
    graph = store._graph  # the benchmark measures the loader against the raw client on purpose

    def run(writes: list[Any], batch_size: int = 1000) -> None:
        for w in writes:
            for i in range(0, len(w.rows), batch_size):
                graph.query(w.statement, {"rows": w.rows[i : i + batch_size]})

    return run


def throughput(size: int, rounds: int) -> dict[str, Any]:
    """Relationships/s and nodes/s for the loader, and its overhead against the bare statement."""
    ds = generate(size, seed=2)
    writes = ds.writes
    nodes = sum(len(w.rows) for w in writes if w.is_node)
    rels = sum(len(w.rows) for w in writes if not w.is_node)
    with embedded_store("tp-a") as a, embedded_store("tp-b") as b:
        bare = bare_statement_runner(b)

        def loader() -> None:
            a.clear()
            write_plan(a, plan(ds.records))  # planning + schema + batched writes through the Store

        def raw() -> None:
            b.clear()
            b.ensure_schema()
            bare(writes)

        times = interleave({"loader": loader, "bare": raw}, rounds)
        # Node and relationship phases, timed separately on one more loader run.
        a.clear()
        a.ensure_schema()
        node_writes = [w for w in writes if w.is_node]
        rel_writes = [w for w in writes if not w.is_node]
        t0 = time.perf_counter()
        write_plan(a, node_writes)
        t1 = time.perf_counter()
        write_plan(a, rel_writes)
        t2 = time.perf_counter()
        server_peak = a._db.connection.info("memory").get("used_memory_peak_human")
    return {
        "relationships": rels,
        "nodes": nodes,
        "loader_s": median(times["loader"]),
        "bare_s": median(times["bare"]),
        "overhead_ratio": median(times["loader"]) / median(times["bare"]),
        "nodes_per_s": nodes / (t1 - t0),
        "relationships_per_s": rels / (t2 - t1),
        "server_peak_memory": server_peak,
    }


def main(quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["batched_vs_per_row"] = batched_vs_per_row(2_000 if quick else 10_000, rounds=3)
    r = out["batched_vs_per_row"]
    print(table(
        "Load: batched UNWIND vs one query per row (same rows, interleaved, medians)",
        ["rows", "batched rows/s", "per-row rows/s", "ratio"],
        [[r["rows"], r["rows_per_s"]["batched"], r["rows_per_s"]["per_row"], r["ratio"]]],
    ))  # fmt: skip
    sizes = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    rows = []
    for size in sizes:
        t = throughput(size, rounds=3 if size < 1_000_000 else 2)
        out[f"throughput_{size}"] = t
        rows.append([t["relationships"], t["nodes"], t["relationships_per_s"], t["nodes_per_s"], t["loader_s"],
                     t["bare_s"], t["overhead_ratio"], t["server_peak_memory"]])  # fmt: skip
    print()
    print(table(
        "Load: throughput and loader overhead (loader = plan + Store writes; bare = same statements, raw client)",
        ["rels", "nodes", "rels/s", "nodes/s", "loader s", "bare s", "loader/bare", "server peak mem"],
        rows,
    ))  # fmt: skip
    out["client_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"client peak RSS: {out['client_peak_rss_mb']:.0f} MB")
    emit("load", out)
    return out
