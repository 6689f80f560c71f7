"""Neo4j beside the embedded store, measured in one run.

Starts its own Neo4j 5.26 (tests/neo4j: Maven Central's jars, JDK 17) on free loopback
ports, with a fresh data directory, and stops it at the end. Measures:

* start-up: from launching the JVM to Bolt answering with the password set;
* batched UNWIND vs one statement per row, over Bolt and on the embedded store, the four
  runs taking turns on the same rows;
* load throughput (relationships/s) at 100k relationships (and 1M in the full run), Neo4j
  and the embedded store taking turns;
* every canned question's p50 on the curated data, the two stores taking turns.
"""

from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from bench.bench_load import empty, per_row
from bench.bench_queries import time_side_by_side
from bench.common import embedded_store, emit, interleave, median, table
from bench.synthetic import generate
from nato_graph.connection import Connection
from nato_graph.loaders.load import load, write_plan
from nato_graph.queries.catalogue import catalogue
from tests.neo4j import neo4jctl


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def neo4j_store(starts: list[float]) -> Iterator[Any]:
    """The store of a connection to a fresh Neo4j of our own; each start-up's seconds go to ``starts``."""
    import nato_graph

    neo4jctl.classpath()  # build first (untimed): the start-up figure is the server's alone
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-") as run_dir:
        server = neo4jctl.Server(Path(run_dir), _free_port(), _free_port())
        t = time.perf_counter()
        neo4jctl.start(server)
        starts.append(time.perf_counter() - t)
        try:
            with nato_graph.connect(
                server.uri, username="neo4j", password=server.password, env={}
            ) as db:
                yield db.store
        finally:
            neo4jctl.stop(server)


def startup(rounds: int) -> list[float]:
    """Seconds from launch to ready, a fresh data directory each time."""
    starts: list[float] = []
    for _ in range(rounds):
        with neo4j_store(starts):
            pass
    return starts


def batched_vs_per_row(neo: Any, embedded: Any, writes: list[Any], rounds: int) -> dict[str, Any]:
    total = sum(len(w.rows) for w in writes)
    stores = {"neo4j": neo, "embedded": embedded}
    fns: dict[str, Callable[[], Any]] = {}
    setup: dict[str, Callable[[], Any]] = {}
    for name, store in stores.items():
        fns[f"{name} batched"] = partial(write_plan, store, writes)
        fns[f"{name} per_row"] = partial(per_row, store, writes)
        setup[f"{name} batched"] = setup[f"{name} per_row"] = partial(empty, store)
    times = interleave(fns, rounds, setup=setup)
    rate = {k: total / median(v) for k, v in times.items()}
    return {
        "rows": total,
        "rows_per_s": rate,
        "ratio": {name: rate[f"{name} batched"] / rate[f"{name} per_row"] for name in stores},
    }


def throughput(neo: Any, embedded: Any, size: int, rounds: int) -> dict[str, Any]:
    writes = generate(size, seed=2).writes
    rels = sum(len(w.rows) for w in writes if not w.is_node)
    stores = {"neo4j": neo, "embedded": embedded}
    times = interleave(
        {name: partial(write_plan, store, writes) for name, store in stores.items()},
        rounds,
        setup={name: partial(empty, store) for name, store in stores.items()},
    )
    return {"relationships": rels, "seconds": {k: median(v) for k, v in times.items()},
            "relationships_per_s": {k: rels / median(v) for k, v in times.items()}}  # fmt: skip


def main(quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    starts: list[float] = []
    with neo4j_store(starts) as neo, embedded_store("neo4j-side") as embedded:
        writes = generate(2_000 if quick else 10_000, seed=1).writes
        r = out["batched_vs_per_row"] = batched_vs_per_row(neo, embedded, writes, rounds=3)
        print(table(
            "Neo4j: batched UNWIND vs one statement per row, beside the embedded store (same rows, interleaved)",
            ["store", "rows", "batched rows/s", "per-row rows/s", "ratio"],
            [[s, r["rows"], r["rows_per_s"][f"{s} batched"], r["rows_per_s"][f"{s} per_row"], r["ratio"][s]]
             for s in ("neo4j", "embedded")],
        ))  # fmt: skip
        rows = []
        for size in [100_000] if quick else [100_000, 1_000_000]:
            t = out[f"throughput_{size}"] = throughput(
                neo, embedded, size, rounds=1 if quick or size > 100_000 else 2
            )
            rows.append([t["relationships"], t["relationships_per_s"]["neo4j"], t["relationships_per_s"]["embedded"],
                         t["seconds"]["neo4j"], t["seconds"]["embedded"]])  # fmt: skip
        print()
        print(table(
            "Neo4j: load throughput beside the embedded store (loader's batched writes, medians)",
            ["rels", "neo4j rels/s", "embedded rels/s", "neo4j s", "embedded s"],
            rows,
        ))  # fmt: skip
        for store in (neo, embedded):
            empty(store)
            load(store)
        repeats = 10 if quick else 30
        both = {"neo4j": Connection.on(neo), "embedded": Connection.on(embedded)}
        latency = {name: time_side_by_side(both, name, repeats) for name in catalogue()}
        out["latency"] = latency
        print()
        print(table(
            "Neo4j: every question's latency on the curated data beside the embedded store (taking turns)",
            ["question", "neo4j p50 ms", "embedded p50 ms", "neo4j p95 ms", "embedded p95 ms", "rows"],
            [[n, v["neo4j"]["p50_ms"], v["embedded"]["p50_ms"], v["neo4j"]["p95_ms"], v["embedded"]["p95_ms"],
              v["neo4j"]["rows"]] for n, v in latency.items()],
        ))  # fmt: skip
    starts += startup(1 if quick else 2)
    out["startup_s"] = starts
    print(
        f"\nNeo4j start-up (launch to Bolt ready, fresh data): {', '.join(f'{s:.1f} s' for s in starts)}"
    )
    emit("neo4j", out)
    return out
