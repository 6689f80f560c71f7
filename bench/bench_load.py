"""Load benchmarks: batched UNWIND vs one query per row, throughput by size, loader overhead, memory."""

from __future__ import annotations

import resource
import time
from typing import Any

from bench.common import embedded_store, emit, interleave, median, table
from bench.synthetic import generate
from nato_graph.batches import DEFAULT_BATCH_SIZE
from nato_graph.loaders.load import write_plan
from nato_graph.loaders.plan import plan


def per_row(store: Any, writes: list[Any]) -> int:
    """The naive way: one statement per row, same MERGE text, each row as its own $rows list."""
    done = 0
    for w in writes:
        for row in w.rows:
            store.write(w.statement, {"rows": [row]})
            done += 1
    return done


def empty(store: Any, schema: bool = True) -> None:
    """An empty graph, with the schema's indexes and constraints unless ``schema`` is false."""
    store.clear()
    if schema:
        store.ensure_schema()


def batched_vs_per_row(writes: list[Any], rounds: int) -> dict[str, Any]:
    total = sum(len(w.rows) for w in writes)
    with embedded_store("load-a") as a, embedded_store("load-b") as b:
        results = interleave(
            {"batched": lambda: write_plan(a, writes), "per_row": lambda: per_row(b, writes)},
            rounds,
            setup={
                "batched": lambda: empty(a),
                "per_row": lambda: empty(b),
            },  # untimed, alike for both
        )
    rate = {k: total / median(v) for k, v in results.items()}
    return {"rows": total, "rows_per_s": rate, "ratio": rate["batched"] / rate["per_row"]}


def raw_writes(store: Any, writes: list[Any], batch_size: int = DEFAULT_BATCH_SIZE) -> float:
    """Send the statements straight to FalkorDB, skipping the Store and the planner.

    Returns the seconds FalkorDB itself reports executing them: its timer is only
    on the raw client's result.
    """
    from nato_graph.stores.falkor_params import params_header

    graph = store._graph
    spent = 0.0
    for w in writes:
        for i in range(0, len(w.rows), batch_size):
            text = (
                params_header({"rows": w.rows[i : i + batch_size]}) + w.statement
            )  # as the store sends it
            spent += graph.query(text).run_time_ms / 1000
    return spent


def where_time_goes(writes: list[Any], wall: dict[str, float]) -> dict[str, Any]:
    """Server execution per row, batched and one by one, beside the wall time per row of each.

    ``wall`` is the rows/s that ``batched_vs_per_row`` measured on the same ``writes``.
    """
    total = sum(len(w.rows) for w in writes)
    server = {}
    with embedded_store("split") as store:
        for mode, size in (("batched", DEFAULT_BATCH_SIZE), ("per_row", 1)):
            empty(store)
            server[mode] = raw_writes(store, writes, size) / total * 1e6
    us = {mode: 1e6 / rate for mode, rate in wall.items()}
    return {
        "wall_us_per_row": us,
        "server_us_per_row": server,
        "ceiling": us["per_row"] / server["batched"],  # the ratio if the client cost nothing at all
    }


def throughput(size: int, rounds: int) -> dict[str, Any]:
    """Relationships/s and nodes/s for the loader, and its overhead against the bare statement."""
    ds = generate(size, seed=2)
    writes = ds.writes
    nodes = sum(len(w.rows) for w in writes if w.is_node)
    rels = sum(len(w.rows) for w in writes if not w.is_node)
    with embedded_store("tp-a") as a, embedded_store("tp-b") as b:
        phases: dict[str, list[float]] = {"nodes": [], "relationships": []}

        def loader() -> None:
            """Planning, schema and batched writes through the Store; the node and relationship phases timed too."""
            planned = plan(ds.records)
            t0 = time.perf_counter()
            write_plan(a, [w for w in planned if w.is_node])
            t1 = time.perf_counter()
            write_plan(a, [w for w in planned if not w.is_node])
            phases["nodes"].append(t1 - t0)
            phases["relationships"].append(time.perf_counter() - t1)

        def raw() -> None:
            b.ensure_schema()
            raw_writes(b, writes)

        times = interleave(
            {"loader": loader, "bare": raw},
            rounds,
            setup={
                "loader": lambda: empty(a, schema=False),
                "bare": lambda: empty(b, schema=False),
            },
        )
        server_peak = a._db.connection.info("memory").get("used_memory_peak_human")
    return {
        "relationships": rels,
        "nodes": nodes,
        "loader_s": median(times["loader"]),
        "bare_s": median(times["bare"]),
        "overhead_ratio": median(times["loader"]) / median(times["bare"]),
        "nodes_per_s": nodes / median(phases["nodes"]),
        "relationships_per_s": rels / median(phases["relationships"]),
        "server_peak_memory": server_peak,
    }


def main(quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    writes = generate(2_000 if quick else 10_000, seed=1).writes
    out["batched_vs_per_row"] = batched_vs_per_row(writes, rounds=3)
    r = out["batched_vs_per_row"]
    print(table(
        "Load: batched UNWIND vs one query per row (same rows, interleaved, medians)",
        ["rows", "batched rows/s", "per-row rows/s", "ratio"],
        [[r["rows"], r["rows_per_s"]["batched"], r["rows_per_s"]["per_row"], r["ratio"]]],
    ))  # fmt: skip
    split = out["where_time_goes"] = where_time_goes(writes, r["rows_per_s"])
    print()
    print(table(
        "Load: microseconds a row, wall clock vs FalkorDB's own execution timer",
        ["mode", "wall us/row", "server us/row"],
        [[m, split["wall_us_per_row"][m], split["server_us_per_row"][m]] for m in ("batched", "per_row")],
    ))  # fmt: skip
    print(f"ceiling for batched/per-row with a client that cost nothing: {split['ceiling']:.0f}x")
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
