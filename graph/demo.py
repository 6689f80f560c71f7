"""`nato-graph demo`: the main job end to end on whatever store is configured.

Loads the bundled data, answers every canned question with its default
parameters, and draws the overview plus one view per partnership framework.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.output import cell
from graph.records import Result
from graph.stores import Store


@dataclass
class Answer:
    name: str
    title: str
    rows: int
    seconds: float
    preview: str


def summarize(result: Result, width: int = 70) -> str:
    """A one-line taste of a result: its first column's first values."""
    if not result.rows:
        return "(no rows)"
    # The first column that varies says most (framework-members: the partners, not "MD" seven times).
    varying = [c for c in result.columns if len({cell(r[c]) for r in result.rows}) > 1]
    column = varying[0] if varying else result.columns[0]
    values = []
    for row in result.rows:
        text = cell(row[column])
        if text and text not in values:
            values.append(text)
    preview = ", ".join(values)
    return preview if len(preview) <= width else preview[: width - 1] + "…"


def answer_all(store: Store) -> Iterator[Answer]:
    from queries.catalogue import catalogue, run

    for query in catalogue().values():
        started = time.perf_counter()
        result = run(store, query.name)
        yield Answer(query.name, query.title, len(result), time.perf_counter() - started, summarize(result))


def framework_keys(store: Store) -> list[str]:
    """Frameworks (not programmes) that have partners: one view each."""
    rows = store.read(
        "MATCH (f:Framework)<-[:PARTNER_IN]-(:Country) WHERE f.kind <> 'programme' "
        "RETURN DISTINCT f.acronym AS acronym ORDER BY acronym"
    ).rows
    return [r["acronym"] for r in rows]


def write_views(store: Store, out_dir: Path, progress: Callable[[Path], None] | None = None) -> list[Path]:
    from graph.views import write_named_view

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [write_named_view(store, "overview", [], out_dir / "overview.html")]
    if progress:
        progress(paths[-1])
    for acronym in framework_keys(store):
        paths.append(write_named_view(store, "framework", [acronym], out_dir / f"framework-{acronym.lower()}.html"))
        if progress:
            progress(paths[-1])
    return paths
