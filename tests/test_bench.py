"""The benchmarks' instruments measure what they say they measure (no timings are asserted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import nato_graph
from bench.bench_load import empty, per_row, raw_writes
from bench.bench_queries import FLOOR_PAIRS, FLOORS, NX, floors, readers, same_answer
from bench.bench_views import pyvis_page, synthetic_graph, time_to_idle
from bench.common import interleave, percentile, to_json
from bench.synthetic import generate
from nato_graph.loaders.load import write_plan
from nato_graph.records import Node, Relationship
from nato_graph.stores import Store
from nato_graph.views import render_html


def _shape(store: Store) -> tuple[dict[str, int], dict[str, int], list[dict[str, Any]]]:
    counts = store.counts()
    sample = store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) RETURN c.iso3 AS c, f.key AS f, r.status AS status, "
        "r.history_years AS years ORDER BY c, f LIMIT 25"
    ).rows
    return counts.labels, counts.types, sample


def test_per_row_baseline_writes_the_same_graph_as_the_loader(store: Store) -> None:
    """The one-query-per-row side of the ratio does the loader's work, row for row."""
    writes = generate(600, seed=5).writes
    total = sum(len(w.rows) for w in writes)
    empty(store)
    write_plan(store, writes)
    batched = _shape(store)
    empty(store)
    assert per_row(store, writes) == total
    assert _shape(store) == batched
    assert batched[1]["PARTNER_IN"] > 0


def test_server_timer_covers_the_same_writes(store: Store) -> None:
    writes = generate(300, seed=6).writes
    empty(store)
    write_plan(store, writes)
    expected = _shape(store)
    for batch_size in (1000, 1):
        empty(store)
        assert raw_writes(store, writes, batch_size) > 0
        assert _shape(store) == expected


def test_interleave_alternates_and_leaves_setup_untimed() -> None:
    calls: list[str] = []
    times = interleave(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")},
        3,
        setup={"b": lambda: calls.append("setup b")},
    )
    assert calls == ["a", "setup b", "b"] * 3
    assert {k: len(v) for k, v in times.items()} == {"a": 3, "b": 3}


def test_percentile_interpolates() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 0.5) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.95) == pytest.approx(4.8)


@pytest.mark.parametrize("n", [120, 500, 2000])
def test_view_graph_has_exactly_the_stated_nodes(n: int) -> None:
    values = synthetic_graph(n)
    nodes = [v for v in values if isinstance(v, Node)]
    rels = [v for v in values if isinstance(v, Relationship)]
    ids = {v.id for v in nodes}
    assert len(nodes) == len(ids) == n
    assert all(r.start in ids and r.end in ids for r in rels)
    labels = {v.label for v in nodes}
    assert {"Country", "Framework", "Threat", "Region"} <= labels
    assert len(rels) > n  # a partnership graph, not a tree


def test_idle_probe_times_our_page_and_pyvis_page(browser: Any, tmp_path: Path) -> None:
    """Both probes fire on small pages; our page is drawn and idle at once, pyvis's idles after drawing."""
    values = synthetic_graph(40)
    ours, stock = tmp_path / "ours.html", tmp_path / "pyvis.html"
    ours.write_text(render_html(values, "40 nodes"))
    stock.write_text(pyvis_page(values))
    drawn, idle = time_to_idle(browser, ours, True, 30)
    assert 0 < drawn == idle < 30
    drawn, idle = time_to_idle(browser, stock, False, 30)
    assert 0 < drawn <= idle < 30


def test_idle_probe_reports_a_page_that_never_settles(browser: Any, tmp_path: Path) -> None:
    """A page whose network never appears is past the limit, not an error."""
    page = tmp_path / "blank.html"
    page.write_text("<!doctype html><title>nothing</title><p>no network here</p>")
    assert time_to_idle(browser, page, False, 1) == (float("inf"), float("inf"))
    assert time_to_idle(browser, page, True, 1) == (float("inf"), float("inf"))


def test_json_summary_is_strict_json() -> None:
    """A time past its limit is null in the machine-readable summary, never `Infinity`."""
    summary = to_json({"idle": {"ours_s": 1.5, "pyvis_s": float("inf")}, "rows": [float("nan"), 2]})
    assert json.loads(summary, parse_constant=lambda c: pytest.fail(f"{c} in the JSON")) == {
        "idle": {"ours_s": 1.5, "pyvis_s": None},
        "rows": [None, 2],
    }


def test_the_networkx_yardstick_gives_db_asks_very_answer(curated_store: Store) -> None:
    """The in-memory side of the row-heavy ratios answers the same question, citations
    included; and both readers of a reply give the same rows (``readers`` checks)."""
    with nato_graph.connect(home=curated_store.settings.home, env={}) as db:
        graph = db.to_networkx()
        for name, yardstick in NX.items():
            ours, theirs = db.ask(name).rows, yardstick(graph)
            assert ours and same_answer(ours, theirs), name
        assert not same_answer(ours, theirs[1:])
        assert [row[0] for row in readers(db, ["timeline", "framework-members"])] == [
            "timeline",
            "framework-members",
        ]


def test_each_pair_of_floors_counts_the_same_rows(store: Store) -> None:
    """The bare statements set side by side (grouping against DISTINCT, a pattern, a sort) do
    the same amount of work: each pair counts the same rows, on the curated data and on a
    synthetic graph, and each is timed by the server."""
    from nato_graph.loaders.load import load

    load(store)
    with nato_graph.connect(home=store.settings.home, env={}) as db:
        counted = floors({"curated": db}, repeats=1)
        write_plan(db.store, generate(2_000, seed=3).writes)
        grown = floors({"grown": db}, repeats=1)
    assert set(counted) == set(FLOORS)
    for result, label in ((counted, "curated"), (grown, "grown")):
        for a, b in FLOOR_PAIRS:
            assert result[a][label]["n"] == result[b][label]["n"] > 0, (a, b, label)
        assert all(result[name][label]["server_ms"]["min"] > 0 for name in FLOORS)
    assert grown[FLOOR_PAIRS[0][0]]["grown"]["n"] > counted[FLOOR_PAIRS[0][0]]["curated"]["n"]
