"""`nato-graph demo`: the main job end to end on whatever store is configured.

Answers every canned question with its default parameters, and draws the
overview plus one view per partnership framework.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nato_graph.output import cell
from nato_graph.records import Result
from nato_graph.text import clip

if TYPE_CHECKING:
    from nato_graph.connection import Connection


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
    return clip(", ".join(values), width)


def answer_all(db: Connection) -> Iterator[Answer]:
    from nato_graph.connection import questions

    for query in questions():
        started = time.perf_counter()
        result = db.ask(query.name)
        yield Answer(
            query.name, query.title, len(result), time.perf_counter() - started, summarize(result)
        )


def framework_acronyms(db: Connection) -> list[str]:
    """Frameworks (not programmes) that have partners: one view each."""
    from nato_graph.queries import internal

    return [r["acronym"] for r in db.cypher(internal("framework-views")).rows]


def write_views(
    db: Connection,
    out_dir: Path,
    progress: Callable[[Path], None] | None = None,
    *,
    overwrite: bool = False,
) -> list[Path]:
    """The overview and one view per framework, written into ``out_dir``: each file there that is
    not an earlier view is refused first, before any is written, unless ``overwrite``."""
    from nato_graph.outfiles import VIEW, check_file, directory

    out_dir = directory(out_dir)  # an OutputError naming what is in the way, not an OSError
    names = ["overview.html"] + [f"framework-{a.lower()}.html" for a in framework_acronyms(db)]
    for name in names:
        check_file(out_dir / name, VIEW, overwrite=overwrite)
    paths = [db.view.overview().save(out_dir / "overview.html", overwrite=overwrite)]
    if progress:
        progress(paths[-1])
    for acronym in framework_acronyms(db):
        view = db.view.framework(acronym)
        paths.append(view.save(out_dir / f"framework-{acronym.lower()}.html", overwrite=overwrite))
        if progress:
            progress(paths[-1])
    return paths
