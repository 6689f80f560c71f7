"""The hostile graph of issue 18: every canned question under its time limit, or refused.

5,000 countries each a partner in all of 10 frameworks (50,000 PARTNER_IN
relationships) on top of the bundled data. Every canned question runs once
with its example parameters, then the cases the issue found endless
(``neighbourhood`` of ``fw0``, the framework view of ``fw0``, centrality), all
with the default time limit (30 s; ``--timeout``/``NATO_GRAPH_TIMEOUT``). Each
prints: answered in X s (rows), or the one-line message it stopped with.

Run: ``python bench/run.py --only hostile`` (``--quick``: 1,000 countries).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

from bench.common import connected, emit, table
from bench.synthetic import _record
from nato_graph.errors import NatoGraphError
from nato_graph.loaders.load import write_plan
from nato_graph.loaders.plan import plan

FRAMEWORKS = 10
FACT = {"sources": ["hostile-source"], "confidence": "unverified"}


def hostile_records(countries: int) -> list[Any]:
    """``countries`` countries, each a partner in all ``FRAMEWORKS`` frameworks."""
    recs = [
        _record("sources", key="hostile-source", title="Hostile test data", kind="reference"),
        _record("regions", key="hostile-region", name="Hostile region"),
    ]
    recs += [
        _record("frameworks", key=f"fw{i}", acronym=f"FW{i}", name=f"Framework {i}",
                kind="framework", launched="2000-01-01", purpose="Hostile.", **FACT)
        for i in range(FRAMEWORKS)
    ]  # fmt: skip
    for c in range(countries):
        iso3 = f"H{c:05d}"
        recs.append(_record("countries", iso3=iso3, name=f"Hostile {c}", region="hostile-region"))
        recs += [
            _record("partnerships", country=iso3, framework=f"fw{i}", joined="2001-01-01",
                    status="active", **FACT)
            for i in range(FRAMEWORKS)
        ]  # fmt: skip
    return recs


def _attempt(work: Callable[[], Any]) -> tuple[str, float, str]:
    started = time.perf_counter()
    try:
        out = work()
    except NatoGraphError as exc:
        return "stopped", time.perf_counter() - started, str(exc)
    seconds = time.perf_counter() - started
    if isinstance(out, str):  # a view's page
        return "answered", seconds, f"{len(out.encode()) / 1e6:.1f} MB page"
    rows = len(out) if hasattr(out, "__len__") else ""
    return "answered", seconds, f"{rows} rows" if rows != "" else ""


def main(quick: bool = False) -> dict[str, Any]:
    from nato_graph.queries.catalogue import catalogue

    countries = 1_000 if quick else 5_000
    results: dict[str, Any] = {"countries": countries, "frameworks": FRAMEWORKS}
    with connected("hostile") as db:
        started = time.perf_counter()
        db.load()
        summary = write_plan(db.store, plan(hostile_records(countries)))
        results["load_s"] = time.perf_counter() - started
        counts = db.counts()
        print(
            f"hostile graph: {counts.nodes} nodes, {counts.relationships} relationships "
            f"({summary.relationships_created.get('PARTNER_IN', 0)} hostile partnerships), "
            f"loaded in {results['load_s']:.1f} s; limit {db.settings.timeout:g} s per query"
        )
        cases: list[tuple[str, Callable[[], Any]]] = [
            (f"query {q.name} (example)", functools.partial(db.ask, q.name, q.examples))
            for q in catalogue().values()
        ]
        cases += [
            ("query neighbourhood fw0 hops 1",
             lambda: db.ask("neighbourhood", entity="fw0", hops=1)),
            ("query neighbourhood fw0 hops 3",
             lambda: db.ask("neighbourhood", entity="fw0", hops=3)),
            ("query framework-members fw0", lambda: db.ask("framework-members", framework="fw0")),
            ("view framework fw0", lambda: db.view.framework("fw0").html),
            ("analyze centrality", lambda: db.analyze("centrality")),
            ("analyze communities", lambda: db.analyze("communities")),
            ("analyze similarity", lambda: db.analyze("similarity")),
            ("analyze bridges", lambda: db.analyze("bridges")),
        ]  # fmt: skip
        rows = []
        for name, work in cases:
            outcome, seconds, detail = _attempt(work)
            rows.append([name, outcome, round(seconds, 2), detail[:150]])
            results[name] = {"outcome": outcome, "seconds": seconds, "detail": detail}
            print(f"  {name}: {outcome} in {seconds:.2f} s  {detail[:150]}", flush=True)
    print(table("hostile graph: every question", ["case", "outcome", "s", "detail"], rows))
    emit("hostile", results)
    return results
