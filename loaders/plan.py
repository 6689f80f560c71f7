"""Turning validated records into batched writes: one ``UNWIND $rows`` statement per label or type.

What a record writes is its kind's ``writes`` (``nato_graph.loaders.model``); this
module turns each into a statement and each record into that statement's rows.
Node statements ``MERGE`` on the schema's key; relationship statements
``MATCH`` both ends by key and ``MERGE`` the relationship, so loading twice
creates nothing the second time. The statements come from ``nato_graph.statements``; the
prunes (``PRUNES``), which remove the relationships a node's record no longer gives when it is
loaded again, are built here.

``rows_of`` turns one record into its rows, so a record can be planned as it is
read (the streaming loader in ``nato_graph.loaders.load``); ``plan`` does the same
for records already in memory. ``STATEMENTS`` lists every statement in the order
they are run: all nodes first, so every relationship finds its ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from nato_graph import schema
from nato_graph.loaders.files import Record
from nato_graph.loaders.model import KINDS, End, Field, Kind, Node, Rel
from nato_graph.loaders.validate import year_of
from nato_graph.statements import merge_nodes, merge_relationships

Key = tuple[str, str, str]  # ("node", label, "") or (type, start label, end label)
Row = dict[str, Any]


@dataclass(frozen=True)
class Statement:
    """One write statement and the kind of data file whose records give its rows."""

    key: Key
    kind: str

    @property
    def is_node(self) -> bool:
        return self.key[0] == "node"

    @property
    def what(self) -> str:
        """A label or a relationship type, for the summary."""
        return self.key[1] if self.is_node else self.key[0]

    @cached_property
    def text(self) -> str:
        removable = tuple(  # a node's properties a row may leave out
            dict.fromkeys(p for w in _WRITERS[self.kind] if w.key == self.key for p in w.removable)
        )
        if self.is_node:
            return merge_nodes(self.key[1], removable=removable)
        return merge_relationships(*self.key, replace=True)


def _history(v: dict[str, Any]) -> dict[str, list[Any] | None]:
    """The status events of a partnership, joined first: the basis of as-of queries.

    ``history_sources`` holds, per event, the keys of the sources behind it, space-separated
    (a property cannot hold a list of lists): a change's own sources where the data gives them,
    else the partnership's; the join cites ``joined_sources`` where the data gives them, else the
    partnership's. ``history_confidence`` holds each event's confidence: its own where the data
    marks it unverified (``joined_confidence``, a change's ``confidence``), else the partnership's.
    ``history_by`` says whose decision each event was (``nato``, ``partner``, ``""`` when the data
    does not say); it is null when no event says, as in most partnerships. ``history_earliest``
    holds, per event, the earliest date the sources allow an uncertain date (``joined_earliest``
    for the join, a change's ``earliest``; ``""`` where the data gives none); null when no event
    has one. ``history_notes`` holds, per event, the data's own note on that change (a history
    entry's ``note``; ``""`` for the join, whose caveats are the partnership's ``note``, and where
    an entry has none); null when no event has one, as in most partnerships.
    """
    fact, sure = " ".join(v["sources"]), v["confidence"]
    events: list[_Event] = []
    if v.get("joined"):
        events.append(_Event(v["joined"], "active", " ".join(v.get("joined_sources") or []) or fact,
                             v.get("joined_confidence") or sure,
                             earliest=v.get("joined_earliest") or ""))  # fmt: skip
    events += [_Event(e["date"], e["status"], " ".join(e.get("sources") or []) or fact,
                      e.get("confidence") or sure, e.get("by") or "", e.get("earliest") or "",
                      _said(e.get("note")))
               for e in v.get("history", [])]  # fmt: skip
    if v.get("status_changed") and (
        not events or (events[-1].date, events[-1].status) != (v["status_changed"], v["status"])
    ):
        events.append(_Event(v["status_changed"], v["status"], fact, sure))
    out: dict[str, list[Any] | None] = {
        "history_dates": [e.date for e in events],
        "history_years": [year_of(e.date) for e in events],
        "history_statuses": [e.status for e in events],
        "history_sources": [e.sources for e in events],
        "history_confidence": [e.confidence for e in events],
    }
    # null when no event has one, as in most partnerships
    for prop, values in zip(
        _SPARSE_HISTORY, ([e.by for e in events], [e.earliest for e in events],
                          [e.note for e in events]), strict=True
    ):  # fmt: skip
        out[prop] = values if any(values) else None
    return out


class _Event(NamedTuple):
    """One event of a partnership's history, as the history properties hold it."""

    date: str
    status: str
    sources: str
    confidence: str
    by: str = ""
    earliest: str = ""
    note: str = ""


# The history properties held only when some event has a value, and removed otherwise.
_SPARSE_HISTORY = ("history_by", "history_earliest", "history_notes")


def _said(note: str | None) -> str:
    """A history entry's note, or ``""``: a note of only whitespace says nothing, as an optional
    text anywhere in the data (the validator keeps an entry's note as given)."""
    return note if note and not note.isspace() else ""


class _Writer:
    """One of a kind's writes, ready to turn records into rows of its statement.

    Planning runs over every record of a load, so what can be worked out once is.
    """

    __slots__ = (
        "fallbacks", "fixes", "history", "key", "lists", "names", "one_row", "props", "removable", "write",
        "years",
    )  # fmt: skip

    def __init__(self, kind: Kind, write: Node | Rel) -> None:
        self.write = write
        fields = {f.name: f for f in kind.fields}
        # A property no field gives (the note of a kind without one) is written as null.
        spec = {name: fields.get(name, Field(name)) for name in write.props}
        self.history = any(f.type == "history" for f in spec.values())
        if self.history and spec[write.props[-1]].type != "history":  # its lists are set last
            raise ValueError(f"{kind.name}: history must be the last property written")
        # (field, property): each field and the property it is written as, most often its name
        self.props = tuple(
            (n, write.property_of(n)) for n, f in spec.items() if f.type != "history"
        )
        self.fallbacks = tuple(
            (write.property_of(f), other)
            for f, other in (write.fallbacks if isinstance(write, Rel) else ())
        )
        self.lists = tuple(p for n, p in self.props if spec[n].type in ("texts", "refs"))
        self.names = tuple(p for n, p in self.props if spec[n].as_name)
        self.years = tuple((p, f"{p}_year") for n, p in self.props if spec[n].type == "date")
        # what a row may leave out (no value given): removed from an entity that has it, so that a
        # reload that drops a field drops it from the graph (see statements.removals)
        optional = [p for n, p in self.props if not spec[n].required and p not in self.lists]
        self.removable = tuple(
            [*optional, *(y for d, y in self.years if d in optional)]
            + (list(_SPARSE_HISTORY) if self.history else [])
        )
        self.fixes = bool(self.lists or self.names or self.history)
        if isinstance(write, Node):
            self.key: Key = ("node", write.label, "")
            self.one_row = True
        else:
            self.key = (write.type, write.start.label, write.end.label)
            self.one_row = write.when is None and all(  # one row for every valid record
                e.key
                or (fields[e.field].required and fields[e.field].type not in ("texts", "refs"))
                for e in (write.start, write.end)
                if e.field
            )

    def props_of(self, v: dict[str, Any], regions: dict[str, str]) -> Row:
        get = v.get
        props = {}
        for name, prop in self.props:  # a loop, not a comprehension: no frame per record on 3.11
            props[prop] = get(name)
        for prop, other in self.fallbacks:
            if props[prop] is None:
                props[prop] = get(other)
        if self.fixes:
            for name in self.lists:
                if props[name] is None:
                    props[name] = []
            for name in self.names:
                ref = props[name]
                props[name] = regions.get(ref, ref) if ref is not None else None
            if self.history:
                props.update(_history(v))
        for date, year in self.years:
            if d := props[date]:
                props[year] = year_of(d)
        # no nulls: what a row leaves out is removed one property at a time (statements.removals)
        return {k: v for k, v in props.items() if v is not None}

    def rows(self, v: dict[str, Any], regions: dict[str, str]) -> list[Row]:
        w = self.write
        if isinstance(w, Node):
            return [{"key": v[w.key], "props": self.props_of(v, regions)}]
        if self.one_row:  # the common case: both ends given, one key each
            start, end = w.start, w.end
            return [
                {
                    "start": start.key or v[start.field],  # type: ignore[index]
                    "end": end.key or v[end.field],  # type: ignore[index]
                    "props": self.props_of(v, regions),
                }
            ]
        if w.when and v.get(w.when[0]) != w.when[1]:
            return []
        return [
            {"start": start, "end": end, "props": self.props_of(v, regions)}
            for start in _keys(v, w.start)
            for end in _keys(v, w.end)
        ]

    def count(self, v: dict[str, Any]) -> int:
        w = self.write
        if self.one_row or not isinstance(w, Rel):
            return 1
        if w.when and v.get(w.when[0]) != w.when[1]:
            return 0
        return len(_keys(v, w.start)) * len(_keys(v, w.end))


def _keys(v: dict[str, Any], end: End) -> list[Any]:
    """The keys of the nodes at a relationship's end: the fixed one, or the field's value(s)."""
    if end.key is not None:
        return [end.key]
    value = v.get(end.field) if end.field else None
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


_WRITERS: dict[str, tuple[_Writer, ...]] = {
    k.name: tuple(_Writer(k, w) for w in k.writes) for k in KINDS
}
_ROWS: dict[str, int] = {  # rows per record, for kinds that give the same number for every record
    name: len(writers) for name, writers in _WRITERS.items() if all(w.one_row for w in writers)
}
STATEMENTS: tuple[Statement, ...] = tuple(
    [Statement(w.key, k.name) for k in KINDS for w in _WRITERS[k.name] if isinstance(w.write, Node)]
    + [
        Statement(w.key, k.name)
        for k in KINDS
        for w in _WRITERS[k.name]
        if isinstance(w.write, Rel)
    ]
)


def _prune_text(rel: Rel) -> str:
    """The statement that removes, from each row's node, the relationships of ``rel``'s type to
    any node not among the row's ``ends``: what a field of the record derived once and derives
    no longer (a country's region before it was corrected, a framework's ``part_of`` since left
    out). Labels, type and keys come from the schema's fixed lists, never from data.

    >>> _prune_text(KINDS[2].writes[1])  # doctest: +NORMALIZE_WHITESPACE
    'UNWIND $rows AS row MATCH (a:Country {iso3: row.key})-[r:IN_REGION]->(b:Region)
     WHERE NOT b.key IN row.ends DELETE r'
    """
    start, end = schema.checked_label(rel.start.label), schema.checked_label(rel.end.label)
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{start} {{{schema.key_of(start)}: row.key}})-[r:{schema.checked_type(rel.type)}]"
        f"->(b:{end}) WHERE NOT b.{schema.key_of(end)} IN row.ends DELETE r"
    )


@dataclass(frozen=True)
class Prune:
    """The relationships a node's record derives from one of its fields (a country's
    ``IN_REGION`` from ``region``, an operation's ``CONDUCTED_IN`` from ``countries``): the
    record defines them all, so a reload removes those its fields no longer give, as it
    removes the properties it no longer gives. ``key`` is the statement that writes them."""

    kind: str
    key: Key
    text: str
    node_key: str  # the field that keys the record's node
    end: End

    def row(self, v: dict[str, Any]) -> Row:
        """The node a validated record writes and the ends its field gives now."""
        return {"key": v[self.node_key], "ends": _keys(v, self.end)}


# Per relationship statement, the prune that runs before it (kinds whose record is a node).
PRUNES: dict[Key, Prune] = {
    w.key: Prune(k.name, w.key, _prune_text(w.write), k.writes[0].key, w.write.end)
    for k in KINDS
    if isinstance(k.writes[0], Node)
    for w in _WRITERS[k.name]
    if isinstance(w.write, Rel)
    and w.write.start.field == k.writes[0].key
    and w.write.end.field is not None
}


@dataclass
class Write:
    """One statement and the rows it is run with, batch by batch."""

    what: str  # a label or a relationship type, for the summary
    statement: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    is_node: bool = True


def rows_of(kind: str, v: dict[str, Any], regions: dict[str, str]) -> Iterator[tuple[Key, Row]]:
    """The rows one validated record of ``kind`` writes, each with its statement's key.

    ``regions`` maps region keys to names (a country's ``region`` property is the name).
    """
    for writer in _WRITERS[kind]:
        for row in writer.rows(v, regions):
            yield writer.key, row


def row_count(kind: str, v: dict[str, Any]) -> int:
    """How many rows ``rows_of`` gives for a validated record, without building them."""
    return _ROWS.get(kind) or sum(w.count(v) for w in _WRITERS[kind])


def plan(records: Iterable[Record], region_names: dict[str, str] | None = None) -> list[Write]:
    """The writes for validated records held in memory, in ``STATEMENTS`` order.

    ``region_names`` maps region keys already known.
    """
    records = list(records)
    regions = dict(region_names or {})
    for rec in records:
        if rec.kind.name == "regions":
            regions[rec.values["key"]] = rec.values["name"]
    writes = {st.key: Write(st.what, st.text, [], st.is_node) for st in STATEMENTS}
    order = {k.name: i for i, k in enumerate(KINDS)}
    for rec in sorted(records, key=lambda r: order[r.kind.name]):
        for key, row in rows_of(rec.kind.name, rec.values, regions):
            writes[key].rows.append(row)
    return [w for w in writes.values() if w.rows]
