"""Turning validated records into batched writes: one ``UNWIND $rows`` statement per label or type.

Node statements ``MERGE`` on the schema's key; relationship statements
``MATCH`` both ends by key and ``MERGE`` the relationship, so loading twice
creates nothing the second time. The statements come from ``nato_graph.statements``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nato_graph.loaders.files import Record
from nato_graph.loaders.validate import year_of
from nato_graph.statements import merge_nodes, merge_relationships

NATO_KEY = "NATO"
SUBJECT_LABEL = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}


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


class Planner:
    """Collects node and relationship rows per statement."""

    def __init__(self) -> None:
        self._writes: dict[tuple[str, str, str], Write] = {}
        self.region_names: dict[str, str] = {}

    def node(self, label: str, key: Any, props: dict[str, Any]) -> None:
        w = self._writes.get(("node", label, ""))
        if w is None:
            w = self._writes[("node", label, "")] = Write(label, merge_nodes(label))
        w.rows.append({"key": key, "props": props})

    def rel(
        self, rtype: str, start: str, start_key: Any, end: str, end_key: Any, props: dict[str, Any]
    ) -> None:
        ident = (rtype, start, end)
        w = self._writes.get(ident)
        if w is None:
            w = self._writes[ident] = Write(
                rtype, merge_relationships(rtype, start, end), is_node=False
            )
        w.rows.append({"start": start_key, "end": end_key, "props": props})

    def writes(self) -> list[Write]:
        """Nodes first, then relationships, so every relationship finds its ends."""
        return sorted(self._writes.values(), key=lambda w: not w.is_node)


def plan(records: Iterable[Record], region_names: dict[str, str] | None = None) -> list[Write]:
    """The writes for validated records; ``region_names`` maps region keys already known."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_kind[rec.kind.name].append(rec.values)
    p = Planner()
    regions = dict(region_names or {})

    for v in by_kind["sources"]:
        p.node(
            "Source",
            v["key"],
            {k: v.get(k) for k in ("title", "url", "publisher", "kind", "dated")},
        )
    for v in by_kind["regions"]:
        regions[v["key"]] = v["name"]
        p.node("Region", v["key"], {"name": v["name"]})
    for v in by_kind["countries"]:
        p.node(
            "Country",
            v["iso3"],
            {
                "name": v["name"],
                "aliases": v.get("aliases", []),
                "region": regions.get(v["region"], v["region"]),
            },
        )
        p.rel("IN_REGION", "Country", v["iso3"], "Region", v["region"], {})
    for v in by_kind["organizations"]:
        p.node(
            "Organization",
            v["key"],
            _dated({"name": v["name"], "founded": v.get("founded"), **_fact(v)}, "founded"),
        )
    for v in by_kind["nato_members"]:
        props = _dated(
            {
                "joined": v["joined"],
                "round": v.get("round"),
                "joined_day_confidence": v.get("joined_day_confidence"),
                **_fact(v),
            },
            "joined",
        )
        p.rel("MEMBER_OF", "Country", v["country"], "Organization", NATO_KEY, props)
    for v in by_kind["frameworks"]:
        props = {
            k: v.get(k)
            for k in (
                "acronym",
                "name",
                "kind",
                "launched",
                "ended",
                "launched_where",
                "purpose",
                "regional_focus",
            )
        }
        props.update(aliases=v.get("aliases", []), **_fact(v))
        p.node("Framework", v["key"], _dated(props, "launched", "ended"))
        if v.get("part_of"):
            p.rel("PART_OF", "Framework", v["key"], "Framework", v["part_of"], {})
        if v.get("replaced"):
            p.rel("REPLACED", "Framework", v["key"], "Framework", v["replaced"], {})
    for v in by_kind["partnerships"]:
        props = _dated(
            {
                "joined": v.get("joined"),
                "status": v["status"],
                "status_changed": v.get("status_changed"),
                "joined_day_confidence": v.get("joined_day_confidence"),
                **_fact(v),
                **_history(v),
            },
            "joined",
            "status_changed",
        )
        p.rel("PARTNER_IN", "Country", v["country"], "Framework", v["framework"], props)
    for v in by_kind["threats"]:
        p.node(
            "Threat",
            v["key"],
            {
                "name": v["name"],
                "kind": v["kind"],
                "aliases": v.get("aliases", []),
                "description": v["description"],
                **_fact(v),
            },
        )
    for v in by_kind["operations"]:
        props = {
            k: v.get(k) for k in ("acronym", "name", "kind", "start", "end", "area", "summary")
        }
        p.node(
            "Operation",
            v["key"],
            _dated({**props, "aliases": v.get("aliases", []), **_fact(v)}, "start", "end"),
        )
    for v in by_kind["institutions"]:
        props = {k: v.get(k) for k in ("name", "kind", "location", "opened", "summary")}
        p.node(
            "Institution",
            v["key"],
            _dated({**props, "aliases": v.get("aliases", []), **_fact(v)}, "opened"),
        )
        if v.get("host"):
            p.rel("HOSTED_BY", "Institution", v["key"], "Country", v["host"], _fact(v))
        for iso3 in v.get("serves", []):
            p.rel("SERVES", "Institution", v["key"], "Country", iso3, _fact(v))
        if v.get("part_of"):
            p.rel("PART_OF", "Institution", v["key"], "Framework", v["part_of"], {})
    for v in by_kind["addresses"]:
        p.rel(
            "ADDRESSES",
            SUBJECT_LABEL[v["subject_type"]],
            v["subject"],
            "Threat",
            v["threat"],
            _fact(v),
        )
    for v in by_kind["cooperation"]:
        p.rel(
            "COOPERATES_ON",
            "Country",
            v["country"],
            "Threat",
            v["threat"],
            _dated({"since": v.get("since"), **_fact(v)}, "since"),
        )
    for v in by_kind["contributions"]:
        p.rel(
            "CONTRIBUTED_TO",
            "Country",
            v["country"],
            "Operation",
            v["operation"],
            {"via": v.get("via"), "contribution": v.get("contribution"), **_fact(v)},
        )
    for v in by_kind["known_errors"]:
        p.node(
            "KnownError", v["key"], {"claim": v["claim"], "correction": v["correction"], **_fact(v)}
        )
    return p.writes()
