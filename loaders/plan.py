"""Turning validated records into batched writes: one ``UNWIND $rows`` statement per label or type.

Node statements ``MERGE`` on the schema's key; relationship statements
``MATCH`` both ends by key and ``MERGE`` the relationship, so loading twice
creates nothing the second time. The statements come from ``nato_graph.statements``.

``rows_of`` turns one record into its rows, so a record can be planned as it is
read (the streaming loader in ``nato_graph.loaders.load``); ``plan`` does the same
for records already in memory. ``STATEMENTS`` lists every statement in the order
they are run: all nodes first, so every relationship finds its ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from nato_graph.loaders.files import Record
from nato_graph.loaders.validate import year_of
from nato_graph.statements import merge_nodes, merge_relationships

NATO_KEY = "NATO"
SUBJECT_LABEL = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}

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
        if self.is_node:
            return merge_nodes(self.key[1])
        return merge_relationships(*self.key)


_NODES = (
    ("Source", "sources"), ("Region", "regions"), ("Country", "countries"),
    ("Organization", "organizations"), ("Framework", "frameworks"), ("Threat", "threats"),
    ("Operation", "operations"), ("Institution", "institutions"), ("KnownError", "known_errors"),
)  # fmt: skip
_RELATIONSHIPS = (
    (("IN_REGION", "Country", "Region"), "countries"),
    (("MEMBER_OF", "Country", "Organization"), "nato_members"),
    (("PART_OF", "Framework", "Framework"), "frameworks"),
    (("REPLACED", "Framework", "Framework"), "frameworks"),
    (("PARTNER_IN", "Country", "Framework"), "partnerships"),
    (("HOSTED_BY", "Institution", "Country"), "institutions"),
    (("SERVES", "Institution", "Country"), "institutions"),
    (("PART_OF", "Institution", "Framework"), "institutions"),
    *((("ADDRESSES", label, "Threat"), "addresses") for label in SUBJECT_LABEL.values()),
    (("COOPERATES_ON", "Country", "Threat"), "cooperation"),
    (("CONTRIBUTED_TO", "Country", "Operation"), "contributions"),
)
STATEMENTS: tuple[Statement, ...] = tuple(
    [Statement(("node", label, ""), kind) for label, kind in _NODES]
    + [Statement(key, kind) for key, kind in _RELATIONSHIPS]
)
NODE_LABEL = {kind: label for label, kind in _NODES}


@dataclass
class Write:
    """One statement and the rows it is run with, batch by batch."""

    what: str  # a label or a relationship type, for the summary
    statement: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    is_node: bool = True


def _dated(props: dict[str, Any], *names: str) -> dict[str, Any]:
    """Add an integer ``NAME_year`` beside each ISO date property."""
    for name in names:
        if props.get(name):
            props[f"{name}_year"] = year_of(props[name])
    return props


def _fact(v: dict[str, Any]) -> dict[str, Any]:
    return {"sources": v["sources"], "confidence": v["confidence"], "note": v.get("note")}


def _history(v: dict[str, Any]) -> dict[str, list[Any]]:
    """The status events of a partnership, joined first: the basis of as-of queries.

    ``history_sources`` holds, per event, the keys of the sources behind it, space-separated
    (a property cannot hold a list of lists): a change's own sources where the data gives them,
    else the partnership's (the join always cites the partnership's).
    """
    fact = " ".join(v["sources"])
    events: list[tuple[str, str, str]] = []
    if v.get("joined"):
        events.append((v["joined"], "active", fact))
    events += [(e["date"], e["status"], " ".join(e.get("sources") or []) or fact)
               for e in v.get("history", [])]  # fmt: skip
    if v.get("status_changed") and (
        not events or events[-1][:2] != (v["status_changed"], v["status"])
    ):
        events.append((v["status_changed"], v["status"], fact))
    return {
        "history_dates": [d for d, _, _ in events],
        "history_years": [year_of(d) for d, _, _ in events],
        "history_statuses": [s for _, s, _ in events],
        "history_sources": [k for _, _, k in events],
    }


def _node(label: str, key: Any, props: Row) -> tuple[Key, Row]:
    return ("node", label, ""), {"key": key, "props": props}


def _rel(
    rtype: str, start: str, start_key: Any, end: str, end_key: Any, props: Row
) -> tuple[Key, Row]:
    return (rtype, start, end), {"start": start_key, "end": end_key, "props": props}


def rows_of(kind: str, v: dict[str, Any], regions: dict[str, str]) -> Iterator[tuple[Key, Row]]:
    """The rows one validated record of ``kind`` writes, each with its statement's key.

    ``regions`` maps region keys to names (a country's ``region`` property is the name).
    """
    if kind == "sources":
        yield _node(
            "Source",
            v["key"],
            {k: v.get(k) for k in ("title", "url", "publisher", "kind", "dated")},
        )
    elif kind == "regions":
        yield _node("Region", v["key"], {"name": v["name"]})
    elif kind == "countries":
        props = {
            "name": v["name"],
            "aliases": v.get("aliases", []),
            "region": regions.get(v["region"], v["region"]),
        }
        yield _node("Country", v["iso3"], props)
        yield _rel("IN_REGION", "Country", v["iso3"], "Region", v["region"], {})
    elif kind == "organizations":
        props = _dated({"name": v["name"], "founded": v.get("founded"), **_fact(v)}, "founded")
        yield _node("Organization", v["key"], props)
    elif kind == "nato_members":
        props = {
            "joined": v["joined"],
            "round": v.get("round"),
            "joined_day_confidence": v.get("joined_day_confidence"),
            **_fact(v),
        }
        yield _rel(
            "MEMBER_OF", "Country", v["country"], "Organization", NATO_KEY, _dated(props, "joined")
        )
    elif kind == "frameworks":
        names = (
            "acronym",
            "name",
            "kind",
            "launched",
            "ended",
            "launched_where",
            "purpose",
            "regional_focus",
        )
        props = {k: v.get(k) for k in names}
        props.update(aliases=v.get("aliases", []), **_fact(v))
        yield _node("Framework", v["key"], _dated(props, "launched", "ended"))
        if v.get("part_of"):
            yield _rel("PART_OF", "Framework", v["key"], "Framework", v["part_of"], {})
        if v.get("replaced"):
            yield _rel("REPLACED", "Framework", v["key"], "Framework", v["replaced"], {})
    elif kind == "partnerships":
        props = {
            "joined": v.get("joined"),
            "status": v["status"],
            "status_changed": v.get("status_changed"),
            "joined_day_confidence": v.get("joined_day_confidence"),
            **_fact(v),
            **_history(v),
        }
        props = _dated(props, "joined", "status_changed")
        yield _rel("PARTNER_IN", "Country", v["country"], "Framework", v["framework"], props)
    elif kind == "threats":
        props = {
            "name": v["name"],
            "kind": v["kind"],
            "aliases": v.get("aliases", []),
            "description": v["description"],
            **_fact(v),
        }
        yield _node("Threat", v["key"], props)
    elif kind == "operations":
        props = {
            k: v.get(k) for k in ("acronym", "name", "kind", "start", "end", "area", "summary")
        }
        props = _dated({**props, "aliases": v.get("aliases", []), **_fact(v)}, "start", "end")
        yield _node("Operation", v["key"], props)
    elif kind == "institutions":
        props = {k: v.get(k) for k in ("name", "kind", "location", "opened", "summary")}
        yield _node(
            "Institution",
            v["key"],
            _dated({**props, "aliases": v.get("aliases", []), **_fact(v)}, "opened"),
        )
        if v.get("host"):
            yield _rel("HOSTED_BY", "Institution", v["key"], "Country", v["host"], _fact(v))
        for iso3 in v.get("serves", []):
            yield _rel("SERVES", "Institution", v["key"], "Country", iso3, _fact(v))
        if v.get("part_of"):
            yield _rel("PART_OF", "Institution", v["key"], "Framework", v["part_of"], {})
    elif kind == "addresses":
        label = SUBJECT_LABEL[v["subject_type"]]
        yield _rel("ADDRESSES", label, v["subject"], "Threat", v["threat"], _fact(v))
    elif kind == "cooperation":
        props = _dated({"since": v.get("since"), **_fact(v)}, "since")
        yield _rel("COOPERATES_ON", "Country", v["country"], "Threat", v["threat"], props)
    elif kind == "contributions":
        props = {"via": v.get("via"), "contribution": v.get("contribution"), **_fact(v)}
        yield _rel("CONTRIBUTED_TO", "Country", v["country"], "Operation", v["operation"], props)
    elif kind == "known_errors":
        props = {"claim": v["claim"], "correction": v["correction"], **_fact(v)}
        yield _node("KnownError", v["key"], props)
    else:  # pragma: no cover - every kind of the model is planned above
        raise AssertionError(f"no plan for {kind}")


def row_count(kind: str, v: dict[str, Any]) -> int:
    """How many rows ``rows_of`` gives for a validated record, without building them."""
    if kind == "countries":
        return 2
    if kind == "frameworks":
        return 1 + bool(v.get("part_of")) + bool(v.get("replaced"))
    if kind == "institutions":
        return 1 + bool(v.get("host")) + len(v.get("serves", [])) + bool(v.get("part_of"))
    return 1


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
    order = {k.name: i for i, k in enumerate(_kinds())}
    for rec in sorted(records, key=lambda r: order[r.kind.name]):
        for key, row in rows_of(rec.kind.name, rec.values, regions):
            writes[key].rows.append(row)
    return [w for w in writes.values() if w.rows]


def _kinds() -> tuple[Any, ...]:
    from nato_graph.loaders.model import KINDS

    return KINDS
