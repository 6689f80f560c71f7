"""Loading data files into a store, as a stream: a validating pass, then a writing pass.

Design (issue 19). A load reads its files twice and never holds them (but small input, below):

1. **Validating pass.** Each file is read record by record (``stream_file``) and each
   record checked as it comes (``Validator``). The pass keeps only what checks
   *across* records need: the keys of each kind, a 64-bit hash per record identity
   (duplicates), region names, and the few references that point forward. Files are
   taken in the order of ``KINDS`` (sources, regions, countries, ...), so nearly
   every reference meets its key already seen. If anything is wrong, the load stops
   here with every problem listed, and nothing has been written (nor a database
   started: ``store`` may be a function that opens it).
   Once the files are valid, the store is opened and what earlier loads left in it that a
   check across records needs is read (``read_held``: its Allies, the partnerships of this
   load's Allies, names this load gives...), and the records are checked against it
   (``Validator.against``): a contradiction with the graph is refused as one within the load
   is, still before anything is written. What the load gives again replaces what the graph
   holds, so it is not held against it.
2. **Writing pass.** For each statement of ``STATEMENTS`` (nodes first), the files
   of its kind are read again and each record re-checked and planned into rows,
   which stream into ``Store.write_rows`` batch by batch. The store sends a batch
   and prepares the next while the server runs it, so reading, checking and
   planning in this pass overlap the server's work instead of adding to it. Before a
   relationship statement of a kind whose record is a node (a country's ``IN_REGION``), the
   relationships of that type its records' fields no longer give are removed (``plan.PRUNES``):
   a record given again replaces its relationships as it replaces its properties.

Why read twice rather than keep the validated rows (in memory, as before, or spilled
to a temporary file)? Memory stays flat as input grows (the old path held every
record and then every planned row: 1.3-2.1 GB at 1M relationships); the second read
costs little because it runs while the server writes; and a spill file would write
as much to disk as the input holds for no gain. What the writing pass reads is
checked again record by record against the keys of the first pass, and each file
must still have the size and modification time it had then, so a file changed in
between cannot put an unchecked row into the graph: the load stops with an error.

Small input is the exception: the validating pass keeps the records of input that holds
at most ``KEEP_RECORDS`` of them (the bundled data has about 800), and the writing pass,
and the check for duplicates, take them from memory rather than reading each file once per
statement of its kind (22 reads of YAML for the bundled data, about half of a plain
`load`). Past that number the kept records are dropped and the files are read again as
above, so memory is still bounded: by ``KEEP_RECORDS`` records, not by the input.

The garbage collector is paused for both passes: they make millions of short-lived
dicts and no reference cycles, and its full collections, rescanning every live
object, were about 70% of the old planning time.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nato_graph import schema
from nato_graph.batches import DEFAULT_BATCH_SIZE, chunks
from nato_graph.errors import IncompleteLoadError, NatoGraphError
from nato_graph.loaders import DATA_DIR, overrides
from nato_graph.loaders.files import Problem, Record, kind_of, stream_file
from nato_graph.loaders.model import KINDS
from nato_graph.loaders.plan import PRUNES, STATEMENTS, Prune, Statement, Write, row_count, rows_of
from nato_graph.loaders.plan import plan as plan  # re-exported: callers import it from here
from nato_graph.loaders.validate import Held, ValidationError, Validator
from nato_graph.queries import internal
from nato_graph.stores import Store
from nato_graph.values import collector_paused

_KIND_ORDER = {k.name: i for i, k in enumerate(KINDS)}

# Input of up to this many records (all files together) is read once and written from memory.
KEEP_RECORDS = 5_000


@dataclass
class LoadSummary:
    nodes_created: Counter[str] = field(default_factory=Counter)
    relationships_created: Counter[str] = field(default_factory=Counter)
    # what a record's fields derived once and no longer do (a country's region since corrected)
    relationships_deleted: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    seconds: float = 0.0
    # each bundled record a record of the user's files replaced, in words (``Checked.replaced``)
    replaced: list[str] = field(default_factory=list)
    # the user's records an earlier load had put in place of bundled ones, which this load, given
    # without their files, wrote the bundled records back over (``overrides.said``), or None
    restored: str | None = None
    # how many records of each of the user's files hold what the bundled data does not (a country,
    # a partnership of its own): by file name (``Checked.added``)
    added: dict[str, int] = field(default_factory=dict)

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


DATA_SUFFIXES = (".yaml", ".yml", ".json", ".csv")  # what a data file's name ends in


def data_files_in(folder: Path) -> list[Path]:
    """The data files in ``folder`` and below it (named after a kind, ``*.KIND.yaml``), sorted.

    ``load`` reads only articles from a folder; these are what it would leave unread."""
    return sorted(
        p
        for p in Path(folder).rglob("*")
        if p.suffix.lower() in DATA_SUFFIXES and kind_of(p) is not None and p.is_file()
    )


def folder_note(folder: Path) -> str | None:
    """The line to say of a folder given to ``load`` that holds data files, which are not read
    from a folder (only articles are), and how to give them; None when it holds none."""
    found = data_files_in(folder)
    if not found:
        return None
    names = [str(p.relative_to(folder)) for p in found]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return (
        f"{folder}: holds data files ({shown}), which are not read from a folder: give each "
        f"by name (nato-graph load {found[0]}{' ...' if len(found) > 1 else ''})"
    )


@dataclass(frozen=True)
class DataFile:
    path: Path
    name: str  # as problems name it
    kind: str | None


def data_files(paths: Iterable[Path], *, include_bundled: bool = True) -> list[DataFile]:
    """The bundled files (unless left out) and ``paths``, each once, in ``KINDS`` order.

    Within a kind the order given is kept, the user's files before the bundled ones: a record
    of theirs replaces the bundled record of the same identity (``check_files``), so it must be
    seen first.
    """
    files = (bundled_files() if include_bundled else []) + [Path(p) for p in paths]
    out: list[DataFile] = []
    seen: set[Path] = set()
    for path in files:
        try:
            real = path.resolve()
        except (RuntimeError, OSError):  # a symlink loop: reading it says so, as a problem
            real = path.absolute()
        if real in seen:
            continue
        seen.add(real)
        name = _display(path) if include_bundled and path.parent == DATA_DIR else str(path)
        kind = kind_of(path)
        out.append(DataFile(path, name, kind.name if kind else None))
    return sorted(out, key=lambda f: (_KIND_ORDER.get(f.kind or "", -1), _bundled(f)))


def _bundled(f: DataFile) -> bool:
    return f.path.parent == DATA_DIR and f.path.name == f"{f.kind}.yaml"


Identity = tuple[str, tuple[Any, ...]]  # a record's kind and the values of its identity fields


def _identity(rec: Record) -> Identity:
    return rec.kind.name, tuple(rec.values.get(n) for n in rec.kind.identity)


def _bundled_records(files: list[DataFile], names: set[tuple[str, str]]) -> dict[Identity, str]:
    """Where each record of the bundled files is ("loaders/data/partnerships.yaml:507"), by its
    identity, and (into ``names``) the names its entities go by: read only when the user gives
    files of a kind the bundled data has (a few hundred records)."""
    given = {f.kind for f in files if not _bundled(f)}
    quiet = Validator()
    out: dict[Identity, str] = {}
    for f in files:
        if not _bundled(f) or f.kind not in given:
            continue
        for item in stream_file(f.path, f.name):
            if isinstance(item, Record):
                names.update(quiet.names_of(item))
                out[_identity(item)] = f"{item.file}:{item.line}"
    return out


@dataclass
class Checked:
    """What the validating pass learnt: enough to plan and re-check the writing pass."""

    files: list[DataFile]
    validator: Validator
    rows: Counter[str]  # rows to write per kind of data
    stats: dict[Path, tuple[int, int]]  # size and mtime of each file as validated
    kept: dict[Path, list[Record]] | None = None  # each file's records, when there are few
    # the bundled records a record of the user's files gives again, by identity: the user's
    # replaces it (a correction, or a change after the bundled data's date), in words
    replaced: dict[Identity, str] = field(default_factory=dict)
    # how many records of each of the user's files give what no bundled record does, by file name
    added: Counter[str] = field(default_factory=Counter)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def _via_pairs(files: list[DataFile]) -> set[tuple[str, str]]:
    """The (country, framework) pairs this load's contributions go through (``via``): a read of
    the contributions files alone, before the validating pass, so that it keeps the start of
    those partnerships only, not of every one (a set of pairs, not a dict of every partnership:
    memory that does not grow with the partnerships given)."""
    pairs: set[tuple[str, str]] = set()
    quiet = Validator()  # each record's fields as the pass will read them (normalised in place)
    for f in files:
        if f.kind != "contributions":
            continue
        for item in stream_file(f.path, f.name):
            if isinstance(item, Record):
                quiet.fields(item)
                country, via = item.values.get("country"), item.values.get("via")
                if isinstance(country, str) and isinstance(via, str):
                    pairs.add((country, via))
    return pairs


def check_files(paths: Iterable[Path], *, include_bundled: bool = True) -> Checked:
    """The validating pass: read and check every file; raise ValidationError listing every problem."""
    files = data_files(paths, include_bundled=include_bundled)
    stats = {f.path: _stat(f.path) for f in files}  # before any read: a change after is seen
    validator = Validator(vias=_via_pairs(files))
    rows: Counter[str] = Counter()
    kept: dict[Path, list[Record]] | None = {f.path: [] for f in files}
    count = 0
    # empty unless the user's files share a kind with the bundled data
    bundled = _bundled_records(files, validator.bundled_names)
    validator.bundled = {f.name for f in files if _bundled(f)}
    replaced: dict[Identity, str] = {}
    added: Counter[str] = Counter()
    quiet = Validator()
    with collector_paused():
        for f in files:
            # decided once a file, not once a record: 1M records' paths cost seconds
            of_bundled = _bundled(f)
            mine = include_bundled and not of_bundled
            for item in stream_file(f.path, f.name):
                if isinstance(item, Problem):
                    validator.report(item)
                    continue
                if of_bundled and _left_out(item, replaced, quiet):
                    continue  # the user's record of it stands instead
                validator.check(item)
                if mine:
                    given = _identity(item)  # once a record: this is the hot path of a big load
                    where = bundled.get(given)
                    if where:
                        kind, identity = given
                        replaced[given] = (
                            f"{item.file}:{item.line} replaces the bundled {kind} record "
                            f"{'/'.join(map(str, identity))} ({where})"
                        )
                    else:
                        added[f.name] += 1
                rows[item.kind.name] += row_count(item.kind.name, item.values)
                if kept is not None:
                    kept[f.path].append(item)
                    count += 1
                    if count > KEEP_RECORDS:
                        kept = None  # too many to hold: the writing pass reads them again

        def again() -> Iterator[Record]:  # only when two records may be duplicates
            for f in files:
                if kept is not None:
                    yield from kept[f.path]
                else:
                    of_bundled = _bundled(f)
                    for r in stream_file(f.path, f.name):
                        if isinstance(r, Record) and not (
                            of_bundled and _left_out(r, replaced, quiet)
                        ):
                            yield r

        problems = validator.finish(again)
    if problems or validator.more:
        raise ValidationError(problems, validator.more)
    return Checked(files, validator, rows, stats, kept, replaced, added)


def _left_out(rec: Record, replaced: dict[Identity, str], quiet: Validator) -> bool:
    """Whether a record of the bundled files is one the user's files replaced (its fields read
    by ``quiet``, as the checks read them, to find its identity)."""
    if not replaced:
        return False
    quiet.fields(rec)
    return _identity(rec) in replaced


def read_records(paths: Iterable[Path], *, include_bundled: bool = True) -> list[Record]:
    """Every record of the bundled data plus ``paths``, checked, in memory (small data, tests).

    Raises ValidationError listing every problem. ``load`` streams instead.
    """
    checked = check_files(paths, include_bundled=include_bundled)
    return list(_records(checked, [f for f in checked.files if f.kind]))


class ChangedError(NatoGraphError):
    """A data file changed between the validating pass and the writing pass."""


def _records(checked: Checked, files: Sequence[DataFile]) -> Iterator[Record]:
    """The records of ``files``: those the validating pass kept, else read again, each
    re-checked against the first pass's keys."""
    if checked.kept is not None:
        for f in files:
            yield from checked.kept[f.path]
        return
    quiet = Validator()
    for f in files:
        if _stat(f.path) != checked.stats[f.path]:
            raise ChangedError(f"{f.name} changed while it was being loaded; load it again")
        of_bundled = _bundled(f)  # once a file, not once a record
        for item in stream_file(f.path, f.name):
            if isinstance(item, Record):
                if of_bundled and _left_out(item, checked.replaced, quiet):
                    continue
                quiet.fields(item)
                if not quiet.problems and not checked.validator.broken_references(item):
                    yield item
                    continue
            raise ChangedError(f"{f.name} changed while it was being loaded; load it again")


def _rows(checked: Checked, st: Statement) -> Iterator[dict[str, Any]]:
    regions = checked.validator.region_names
    for rec in _records(checked, [f for f in checked.files if f.kind == st.kind]):
        for key, row in rows_of(st.kind, rec.values, regions):
            if key == st.key:
                yield row


def _prune_rows(checked: Checked, prune: Prune) -> Iterator[dict[str, Any]]:
    for rec in _records(checked, [f for f in checked.files if f.kind == prune.kind]):
        yield prune.row(rec.values)


# -- what the store already holds -------------------------------------------------------------
#
# Read once the files are valid, before anything is written: the facts of earlier loads that a
# check across records needs (``validate.Held``). Each read is bounded by what this load gives
# (its Allies, frameworks, operations, names) or by what few the store holds (Allies,
# contributions made through a framework), and returns only what may conflict. The statements
# are queries/internal/held-*.cypher (linted, and run on both stores); the reads of names are
# built here from the schema's labels.

_READ_CHUNK = 5_000  # items per read of a list of them


def _held_names(label: str, every: bool) -> str:
    """The names of the nodes of ``label`` (every one, or those going by one of ``$items``)."""
    label = schema.checked_label(label)
    key = schema.key_of(label)
    if every:
        return f"MATCH (n:{label}) RETURN n.{key} AS key, n.{schema.NAMES_PROPERTY} AS names"
    return (
        f"UNWIND $items AS w MATCH (n:{label}) WHERE w IN n.{schema.NAMES_PROPERTY} "
        f"RETURN n.{key} AS key, [w] AS names"
    )


def _read(store: Store, query: str, items: list[Any] | None = None) -> list[dict[str, Any]]:
    """The rows of a read; with ``items``, of one read per chunk of them (none when empty)."""
    if items is None:
        return list(store.read(query).rows)
    return [
        row
        for part in chunks(items, _READ_CHUNK)
        for row in store.read(query, {"items": part}).rows
    ]


def read_held(store: Store, checked: Checked) -> Held:
    """What ``store`` holds from earlier loads that this load's checks need (``validate.Held``)."""
    v = checked.validator
    held = Held()
    held.members = {
        r["country"]: r["joined"] for r in _read(store, internal("held-members")) if r["country"]
    }
    held.partnerships = _read(store, internal("held-partnerships"), v.allies)
    held.early_joins = _read(store, internal("held-early-joins"), v.launches)
    held.outside = _read(store, internal("held-outside"), v.spans)
    held.via = _read(store, internal("held-via"))
    pairs = sorted(
        {
            (rec.values["country"], rec.values["via"])
            for rec in _records(checked, [f for f in checked.files if f.kind == "contributions"])
            if rec.values.get("via")
        }
    )
    held.partnered = _read(
        store, internal("held-partnered"), [{"iso3": c, "key": f} for c, f in pairs]
    )
    stored = store.counts().labels
    for label in schema.NAMED_LABELS:
        names = v.names_given(label)
        if not names or not stored.get(label):
            continue
        # the fewer: every node of the label, or a look-up of each name this load gives
        every = stored[label] <= len(names)
        rows = _read(store, _held_names(label, every), None if every else names)
        held.names[label] = [(r["key"], r["names"] or []) for r in rows]
    return held


def check_store(store: Store, checked: Checked) -> None:
    """Refuse a load whose records contradict what the store holds from earlier loads (an Ally
    loaded before, now given an active partnership; a partnership loaded before, of a country
    now given as an Ally): ValidationError listing every problem, before anything is written.
    A load checks itself in full (``check_files``); this adds the facts it does not give again."""
    problems = checked.validator.against(
        read_held(store, checked),
        lambda kind: _records(checked, [f for f in checked.files if f.kind == kind]),
    )
    if problems or checked.validator.more:
        raise ValidationError(problems, checked.validator.more)


def write_checked(
    store: Store,
    checked: Checked,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """The writing pass: each statement's rows streamed into the store from the records kept,
    or from the files read again."""
    kinds = {f.kind for f in checked.files}
    summary = _write(
        store,
        (
            (
                st.text,
                st.is_node,
                st.what,
                _rows(checked, st),
                (PRUNES[st.key].text, _prune_rows(checked, PRUNES[st.key]))
                if st.key in PRUNES
                else None,
            )
            for st in STATEMENTS
            if st.kind in kinds and checked.rows[st.kind]
        ),
        batch_size=batch_size,
        progress=progress,
    )
    summary.replaced = sorted(checked.replaced.values())
    summary.added = dict(checked.added)
    return summary


def write_plan(
    store: Store,
    writes: Sequence[Write],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Write rows already planned in memory (generated data: the benchmarks, tests)."""
    return _write(
        store,
        ((w.statement, w.is_node, w.what, iter(w.rows), None) for w in writes),
        batch_size=batch_size,
        progress=progress,
    )


Rows = Iterator[dict[str, Any]]


def _write(
    store: Store,
    statements: Iterable[tuple[str, bool, str, Rows, tuple[str, Rows] | None]],
    *,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> LoadSummary:
    """Each statement's rows (text, node or not, label or type, rows, and the prune to run
    before it) written in batches, then what was sent compared with what the graph holds
    (:func:`check_counts`). A prune (``plan.PRUNES``) removes the relationships of the
    statement's type that the records' fields no longer give; its rows are no rows of the load
    (not counted, nor reported to ``progress``)."""
    summary = LoadSummary()
    started = time.perf_counter()
    store.ensure_schema()
    node_keys: dict[str, set[Any]] = {}  # the distinct keys sent per label
    rel_rows: Counter[str] = Counter()  # relationship rows sent per type (each a distinct pair)
    with collector_paused():
        for text, is_node, what, rows, prune in statements:
            if prune is not None:
                gone = store.write_rows(prune[0], prune[1], batch_size=batch_size)
                if gone.relationships_deleted:
                    summary.relationships_deleted[what] += gone.relationships_deleted
            sent = 0
            keys = node_keys.setdefault(what, set()) if is_node else None

            def counted(
                rows: Iterator[dict[str, Any]], keys: set[Any] | None = keys
            ) -> Iterator[dict[str, Any]]:
                nonlocal sent
                for row in rows:
                    sent += 1
                    if keys is not None:
                        keys.add(row["key"])
                    yield row

            counters = store.write_rows(
                text, counted(rows), batch_size=batch_size, progress=progress
            )
            if is_node:
                summary.nodes_created[what] += counters.nodes_created
            else:
                summary.relationships_created[what] += counters.relationships_created
                rel_rows[what] += sent
            summary.rows += sent
    check_counts(store, {label: len(k) for label, k in node_keys.items()}, rel_rows)
    summary.seconds = time.perf_counter() - started
    return summary


def check_counts(store: Store, nodes: Mapping[str, int], relationships: Mapping[str, int]) -> None:
    """Rows sent against rows in the graph: IncompleteLoadError when some are not there.

    ``nodes`` holds the distinct keys sent per label, ``relationships`` the rows sent per type;
    every relationship row of a statement is a distinct pair of ends (the validator refuses a
    repeated identity). So once the load is done the graph must hold at least that many nodes
    per label and relationships per type (two reads). Fewer means rows were lost: another
    process deleted them meanwhile (a concurrent ``load --reset``), and a relationship whose
    end was gone was never made.
    """
    counts = store.counts()
    short = [
        f"{sent:,} {name} nodes sent, {counts.labels.get(name, 0):,} in the graph"
        for name, sent in sorted(nodes.items())
        if counts.labels.get(name, 0) < sent
    ] + [
        f"{sent:,} {name} relationships sent, {counts.types.get(name, 0):,} in the graph"
        for name, sent in sorted(relationships.items())
        if counts.types.get(name, 0) < sent
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
    are valid, so bad input is reported without starting a database. The records are then
    checked against what earlier loads left in the store (``check_store``) before the first
    write.
    ``before_write`` runs then, before the first write (the Connection reads
    articles and clears the graph there); ``on_planned`` hears how many rows
    will be written, ``progress`` how many each batch wrote.
    """
    paths = list(paths)
    checked = check_files(paths)
    if before_write:
        before_write()
    target = store if isinstance(store, Store) else store()
    check_store(target, checked)  # what earlier loads wrote: read before anything is written
    before = overrides.entry(target.settings)
    # a graph that holds nothing now holds none of what the user's files added before (a clear by
    # any means): what they add is counted afresh; one a clear stopped part-way holds some of it
    fresh = not target.read(internal("any-node")).rows
    if on_planned:
        on_planned(checked.total_rows)
    summary = write_checked(target, checked, batch_size=batch_size, progress=progress)
    # whether the graph now holds records of the user's that replaced bundled ones: a load of
    # articles alone then keeps its data (nato_graph.loaders.overrides)
    overrides.remember(target.settings, paths, summary.replaced)
    # and records of the user's that add to the bundled data: a later load of the bundled data
    # alone leaves them in the graph, so they are kept in mind until the graph is cleared
    overrides.remember_added(target.settings, summary.added, fresh=fresh)
    theirs = [str(f) for f in (before or {}).get("files") or []]
    if before is not None and set(theirs) - {str(p) for p in paths}:
        # a load without the files whose records replaced bundled ones writes the bundled
        # records back over them: said, not done in silence ("created 0 nodes")
        summary.restored = (
            f"{overrides.said(before, 'had replaced')}; this load, without "
            f"{'that file' if len(theirs) == 1 else 'those files'}, wrote the "
            "bundled records back where none of its files replaces them"
        )
    return summary
