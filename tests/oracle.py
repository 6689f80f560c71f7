"""An independent model of the curated data, for checking the canned questions.

Built straight from the YAML files with ``yaml.safe_load`` and networkx: no
loader code and no Cypher. Node ids are ``(label, key)`` tuples; edges carry
their relationship type in ``type`` and the row's fields as attributes.
"""

from __future__ import annotations

from functools import cache

import networkx as nx
import yaml

from tests.conftest import ROOT

DATA = ROOT / "loaders" / "data"


def rows(kind: str) -> list[dict]:
    return yaml.safe_load((DATA / f"{kind}.yaml").read_text(encoding="utf-8")) or []


def year(date: str | None) -> int | None:
    return int(str(date)[:4]) if date else None


@cache
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for r in rows("regions"):
        g.add_node(("Region", r["key"]), **r)
    for r in rows("countries"):
        g.add_node(("Country", r["iso3"]), **r)
        g.add_edge(("Country", r["iso3"]), ("Region", r["region"]), type="IN_REGION")
    for r in rows("organizations"):
        g.add_node(("Organization", r["key"]), **r)
    for r in rows("nato_members"):
        g.add_edge(("Country", r["country"]), ("Organization", "NATO"), type="MEMBER_OF", **r)
    for r in rows("frameworks"):
        g.add_node(("Framework", r["key"]), **r)
    for r in rows("frameworks"):
        if r.get("part_of"):
            g.add_edge(("Framework", r["key"]), ("Framework", r["part_of"]), type="PART_OF")
        if r.get("replaced"):
            g.add_edge(("Framework", r["key"]), ("Framework", r["replaced"]), type="REPLACED")
        # every framework is NATO's, from its launch to its end, on its own sources
        dates = {"since": r["launched"], **({"until": r["ended"]} if r.get("ended") else {})}
        g.add_edge(
            ("Framework", r["key"]), ("Organization", "NATO"), type="FRAMEWORK_OF", **dates,
            sources=r["sources"], confidence=r["confidence"],
        )  # fmt: skip
    for r in rows("partnerships"):
        g.add_edge(("Country", r["country"]), ("Framework", r["framework"]), type="PARTNER_IN", **r)
    for r in rows("threats"):
        g.add_node(("Threat", r["key"]), **r)
    for r in rows("operations"):
        g.add_node(("Operation", r["key"]), **r)
        # conducted in a country from the operation's start to its end, on its sources
        dates = {"since": r["start"], **({"until": r["end"]} if r.get("end") else {})}
        for iso3 in r.get("countries") or []:
            g.add_edge(
                ("Operation", r["key"]), ("Country", iso3), type="CONDUCTED_IN", **dates,
                sources=r["sources"], confidence=r["confidence"],
            )  # fmt: skip
        # led by NATO from its start, or from the day NATO took the lead (ISAF's 2003)
        led = {**dates, "since": r.get("nato_led_from") or r["start"]}
        g.add_edge(
            ("Operation", r["key"]), ("Organization", "NATO"), type="LED_BY", **led,
            sources=r["sources"], confidence=r["confidence"],
        )  # fmt: skip
    for r in rows("institutions"):
        g.add_node(("Institution", r["key"]), **r)
        props = {
            k: v for k, v in r.items() if k != "key"
        }  # `key` would become the networkx edge key
        if r.get("host"):
            g.add_edge(("Institution", r["key"]), ("Country", r["host"]), type="HOSTED_BY", **props)
        for iso3 in r.get("serves") or []:
            g.add_edge(("Institution", r["key"]), ("Country", iso3), type="SERVES", **props)
        if r.get("part_of"):
            g.add_edge(("Institution", r["key"]), ("Framework", r["part_of"]), type="PART_OF")
    label = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}
    for r in rows("addresses"):
        g.add_edge(
            (label[r["subject_type"]], r["subject"]), ("Threat", r["threat"]), type="ADDRESSES", **r
        )
    for r in rows("cooperation"):
        g.add_edge(("Country", r["country"]), ("Threat", r["threat"]), type="COOPERATES_ON", **r)
    for r in rows("contributions"):
        g.add_edge(
            ("Country", r["country"]), ("Operation", r["operation"]), type="CONTRIBUTED_TO", **r
        )
    for r in rows("sources"):
        g.add_node(("Source", r["key"]), **r)
    for r in rows("known_errors"):
        g.add_node(("KnownError", r["key"]), **r)
    return g


def edges(rtype: str) -> list[tuple[tuple[str, str], tuple[str, str], dict]]:
    return [(u, v, d) for u, v, d in graph().edges(data=True) if d["type"] == rtype]


def members() -> set[str]:
    """ISO3 codes of NATO members."""
    return {u[1] for u, _, _ in edges("MEMBER_OF")}


def find_framework(text: str) -> str:
    """A framework key from an acronym, key or name (case-insensitive), as the queries accept."""
    t = text.lower()
    for r in rows("frameworks"):
        if t in (r["key"], r["acronym"].lower(), r["name"].lower()):
            return r["key"]
    raise KeyError(text)


def find_country(text: str) -> str:
    """An ISO3 code from a code, name or alias (case-insensitive)."""
    t = text.lower()
    for r in rows("countries"):
        if t in (
            r["iso3"].lower(),
            r["name"].lower(),
            *(a.lower() for a in r.get("aliases") or []),
        ):
            return r["iso3"]
    raise KeyError(text)


@cache
def notes(rtype: str) -> dict[tuple[tuple[str, str], tuple[str, str]], str | None]:
    """The data's own note on each fact of one relationship type, by the fact's two ends (None
    where its row has none): the caveat every answer showing that fact has to carry."""
    found: dict[tuple[tuple[str, str], tuple[str, str]], str | None] = {}
    for u, v, d in edges(rtype):
        assert (u, v) not in found, f"two {rtype} rows from {u} to {v}"
        found[u, v] = d.get("note")
    return found


def fact(rtype: str, start: tuple[str, str], end: tuple[str, str]) -> dict:
    """The data row behind one fact: the relationship of type ``rtype`` from ``start`` to ``end``."""
    (found,) = [
        d for d in graph().get_edge_data(start, end, default={}).values() if d["type"] == rtype
    ]
    return found


def events(rtype: str, start: tuple[str, str], end: tuple[str, str]) -> list[dict[str, str]]:
    """A partnership's dated events, as the data files give them: its join (if it has one), each
    history entry, then its current status if no entry gave it; each with its date, what happened
    (joined, resumed, or the status it changed to) and its confidence (its own, else the
    fact's)."""
    d = fact(rtype, start, end)
    sure = d.get("confidence", "confirmed")
    found = []
    if d.get("joined"):
        found.append((str(d["joined"]), "active", d.get("joined_confidence") or sure))
    found += [
        (str(e["date"]), e["status"], e.get("confidence") or sure) for e in d.get("history") or []
    ]
    changed = d.get("status_changed")
    if changed and (not found or found[-1][:2] != (str(changed), d["status"])):
        found.append((str(changed), d["status"], sure))
    return [
        {"date": date, "event": status if status != "active" else "resumed" if i else "joined",
         "confidence": confidence}
        for i, (date, status, confidence) in enumerate(found)
    ]  # fmt: skip


def partly_unverified(rtype: str, start: tuple[str, str], end: tuple[str, str]) -> bool:
    """Whether the fact is confirmed but a dated event of it is held only as unverified (Kuwait's
    ICI: its date of joining is disputed; Israel's ICP: when it was superseded)."""
    if fact(rtype, start, end).get("confidence") == "unverified":
        return False
    return any(e["confidence"] == "unverified" for e in events(rtype, start, end))


def marked(rtype: str, start: tuple[str, str], end: tuple[str, str]) -> bool:
    """Whether an answer marks the fact: held only as unverified or partly so, or not holding now
    (a status other than active, an end, or a contribution to an operation that ended)."""
    d = fact(rtype, start, end)
    ended = rtype == "CONTRIBUTED_TO" and graph().nodes[end].get("end") is not None
    return (
        d.get("confidence") == "unverified"
        or partly_unverified(rtype, start, end)
        or d.get("status", "active") != "active"
        or d.get("until") is not None
        or ended
    )


def caption(node: tuple[str, str]) -> str:
    """A node as the questions name a link's ends: its acronym, else its name, else its key."""
    d = graph().nodes[node]
    return d.get("acronym") or d.get("name") or node[1]
