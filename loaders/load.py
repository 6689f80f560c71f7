"""Loading data files into a store: read all, validate all, then write in batches."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nato_graph.batches import DEFAULT_BATCH_SIZE
from nato_graph.errors import IncompleteLoadError
from nato_graph.loaders import DATA_DIR
from nato_graph.loaders.files import Problem, Record, read_file
from nato_graph.loaders.model import KINDS
from nato_graph.loaders.plan import Write, plan
from nato_graph.loaders.validate import ValidationError, validate
from nato_graph.stores import Store


@dataclass
class LoadSummary:
    nodes_created: Counter[str] = field(default_factory=Counter)
    relationships_created: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    seconds: float = 0.0

    @property
    def created(self) -> int:
        return sum(self.nodes_created.values()) + sum(self.relationships_created.values())


def bundled_files() -> list[Path]:
    """The curated data files, in dependency order."""
    return [DATA_DIR / f"{k.name}.yaml" for k in KINDS if (DATA_DIR / f"{k.name}.yaml").exists()]


def _display(path: Path) -> str:
    """Bundled files are named relative to the project, user files as given."""
    try:
        return str(path.relative_to(DATA_DIR.parent.parent))
    except ValueError:
        return str(path)


def read_records(paths: Iterable[Path], *, include_bundled: bool = True) -> list[Record]:
    """Read and validate the bundled data plus ``paths``; raise ValidationError listing every problem."""
    files = (bundled_files() if include_bundled else []) + [Path(p) for p in paths]
    records: list[Record] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in files:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        recs, probs = read_file(
            path, _display(path) if include_bundled and path.parent == DATA_DIR else str(path)
        )
        records += recs
        problems += probs
    problems += validate(records)
    if problems:
        # the reader's problems and validation's, in one file-and-line order
        raise ValidationError(sorted(problems, key=lambda p: (p.file, p.line)))
    return records


def write_plan(
    store: Store,
    writes: Sequence[Write],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    summary = LoadSummary()
    started = time.perf_counter()
    store.ensure_schema()
    for w in writes:
        counters = store.write_rows(w.statement, w.rows, batch_size=batch_size, progress=progress)
        if w.is_node:
            summary.nodes_created[w.what] += counters.nodes_created
        else:
            summary.relationships_created[w.what] += counters.relationships_created
        summary.rows += len(w.rows)
    check_written(store, writes)
    summary.seconds = time.perf_counter() - started
    return summary


def check_written(store: Store, writes: Sequence[Write]) -> None:
    """Rows sent against rows in the graph: IncompleteLoadError when some are not there.

    Every node row is a distinct key and every relationship row a distinct pair
    of ends, so the graph must hold at least that many nodes per label and
    relationships per type once the load is done (two reads). Fewer means
    rows were lost: another process deleted them meanwhile (a concurrent
    ``load --reset``), and a relationship whose end was gone was never made.
    """
    sent_labels: dict[str, set[object]] = {}
    sent_types: dict[str, set[tuple[int, object, object]]] = {}
    for i, w in enumerate(writes):
        if w.is_node:
            sent_labels.setdefault(w.what, set()).update(r["key"] for r in w.rows)
        else:
            sent_types.setdefault(w.what, set()).update(
                (i, repr(r["start"]), repr(r["end"])) for r in w.rows
            )
    counts = store.counts()
    short = [
        f"{len(keys):,} {name} nodes sent, {counts.labels.get(name, 0):,} in the graph"
        for name, keys in sorted(sent_labels.items())
        if counts.labels.get(name, 0) < len(keys)
    ] + [
        f"{len(pairs):,} {name} relationships sent, {counts.types.get(name, 0):,} in the graph"
        for name, pairs in sorted(sent_types.items())
        if counts.types.get(name, 0) < len(pairs)
    ]
    if short:
        more = f" (and {len(short) - 2} more)" if len(short) > 2 else ""
        raise IncompleteLoadError(
            f"the load lost rows: {'; '.join(short[:2])}{more}; another process changed the "
            "graph while it ran (a concurrent `load --reset`?): load again"
        )


def load(
    store: Store | Callable[[], Store],
    paths: Iterable[Path] = (),
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    on_planned: Callable[[int], None] | None = None,
    before_write: Callable[[], None] | None = None,
) -> LoadSummary:
    """Load the bundled data and any user files; nothing is written unless all of it is valid.

    ``store`` may be a function that opens it: it is called only once the files
    are valid, so bad input is reported without starting a database.
    ``before_write`` runs then, before the first write (the Connection reads
    articles and clears the graph there); ``on_planned`` hears how many rows
    will be written, ``progress`` how many each batch wrote.
    """
    writes = plan(read_records(paths))
    if before_write:
        before_write()
    if on_planned:
        on_planned(sum(len(w.rows) for w in writes))
    target = store if isinstance(store, Store) else store()
    return write_plan(target, writes, batch_size=batch_size, progress=progress)
