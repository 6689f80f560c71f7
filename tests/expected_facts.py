"""Expected answers to the questions about the world (partners, frameworks, threats, connections),
worked out from the YAML files alone (tests/oracle.py: networkx and plain Python, no Cypher).

For each question an ``expect_*`` function (bound parameters -> expected answer) and a ``got_*``
function (the store's Result -> the same shape); only the meaningful columns are compared:
names, codes, counts, dates, status histories, sources and notes. tests/test_answers.py holds the table that uses them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from math import prod
from typing import Any

import networkx as nx

from nato_graph import schema
from nato_graph.records import Node, Path, Result
from tests import oracle
from tests.expected_history import dated_confidence, history

Id = tuple[str, str]  # (label, key), as the oracle names nodes
NOT_JOINED = ("invited", "requested")  # a PARTNER_IN that was never taken up
KIND_ORDER = (
    "membership", "partnership", "cooperation", "operation", "operation in country", "institution",
    "region",
)  # fmt: skip

# -- the oracle's view of the data ---------------------------------------------------------------


@cache
def facts(rtype: str) -> tuple[tuple[Id, Id, dict], ...]:
    """Edges of one relationship type.

    HOSTED_BY and SERVES come straight from institutions.yaml: oracle.graph() passes the
    institution row (which has a ``key`` field) to ``add_edge``, so the row's key becomes the
    networkx edge key and an institution that both hosts and serves a country (the ICI Regional
    Centre in Kuwait) keeps only one of the two edges.
    """
    if rtype not in ("HOSTED_BY", "SERVES"):
        return tuple(oracle.edges(rtype))
    found = []
    for r in oracle.rows("institutions"):
        ends = (
            ([r["host"]] if r.get("host") else [])
            if rtype == "HOSTED_BY"
            else r.get("serves") or []
        )
        found += [(("Institution", r["key"]), ("Country", iso3), r) for iso3 in ends]
    return tuple(found)


@cache
def fact_edges() -> tuple[tuple[Id, Id, str], ...]:
    """Every relationship of the curated graph as (start, end, type)."""
    return tuple((u, v, t) for t in schema.REL_TYPE_NAMES for u, v, _ in facts(t))


def attrs(node: Id) -> dict:
    return oracle.graph().nodes[node]


def name(node: Id) -> str:
    return attrs(node).get("name") or node[1]


def acronym(node: Id) -> str:
    return attrs(node)["acronym"]


def partners() -> set[str]:
    """ISO3 codes of partners: not members, with at least one partnership they joined."""
    joined = {u[1] for u, _, d in facts("PARTNER_IN") if d["status"] not in NOT_JOINED}
    return joined - oracle.members()


def find_threat(text: str) -> str:
    t = text.lower()
    for r in oracle.rows("threats"):
        if t in (r["key"], r["name"].lower(), *(a.lower() for a in r.get("aliases") or [])):
            return r["key"]
    raise KeyError(text)


ENTITY_LABELS = (
    "Country",
    "Framework",
    "Threat",
    "Operation",
    "Region",
    "Institution",
    "Organization",
)


def find_entities(text: str) -> set[Id]:
    """Entities matching ``text``: a code, key or acronym beats a name, a name beats an alias."""
    t = text.lower()
    ranked: dict[int, set[Id]] = {}
    for node, d in oracle.graph().nodes(data=True):
        if node[0] not in ENTITY_LABELS:
            continue
        if t in (node[1].lower(), str(d.get("acronym", "")).lower()):
            ranked.setdefault(1, set()).add(node)
        elif t == str(d.get("name", "")).lower():
            ranked.setdefault(2, set()).add(node)
        elif t in (a.lower() for a in d.get("aliases") or []):
            ranked.setdefault(3, set()).add(node)
    return ranked[min(ranked)] if ranked else set()


@cache
def undirected() -> nx.MultiGraph:
    """The curated graph without direction, sources or known errors: one edge per relationship."""
    g = nx.MultiGraph()
    g.add_nodes_from(n for n in oracle.graph() if n[0] not in ("Source", "KnownError"))
    for u, v, t in fact_edges():
        g.add_edge(u, v, type=t)
    return g


def frozen(events: list[dict]) -> tuple:
    """A status history (a list of event maps, the ``history`` column) as a hashable value, to
    count in a Counter: each event's keys and values, its sources as a tuple."""
    return tuple(
        tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(e.items()))
        for e in events
    )


def node_id(n: Node) -> Id:
    return (n.label, n.properties[schema.key_of(n.label)])


def path_ids(p: Path) -> tuple[Id, ...]:
    return tuple(node_id(n) for n in p.nodes)


# -- expected answers, one function per question --------------------------------------------------


def expect_framework_members(p: dict) -> Counter:
    key = oracle.find_framework(p["framework"])
    return Counter(
        (
            acronym(v),
            name(u),
            u[1],
            d.get("joined"),
            d["status"],
            d.get("status_changed"),
            frozen(history(d)),
            dated_confidence(d),
            tuple(d["sources"]),
            d.get("note"),
        )
        for u, v, d in facts("PARTNER_IN")
        if v[1] == key and (p["status"] is None or d["status"] == p["status"])
    )


def got_framework_members(r: Result) -> Counter:
    cols = ("framework", "partner", "iso3", "joined", "status", "status_changed")
    return Counter(
        (*(row[c] for c in cols), frozen(row["history"]), row["confidence"],
         tuple(row["sources"]), row["note"])
        for row in r
    )  # fmt: skip


def expect_country_profile(p: dict) -> Counter:
    c = ("Country", oracle.find_country(p["country"]))
    rows = []
    for t, kind in (
        ("MEMBER_OF", "membership"),
        ("PARTNER_IN", "partnership"),
        ("COOPERATES_ON", "cooperation"),
        ("CONTRIBUTED_TO", "operation"),
        ("IN_REGION", "region"),
    ):
        for u, v, d in facts(t):
            if u != c:
                continue
            target = "NATO" if kind == "membership" else attrs(v).get("acronym") or name(v)
            detail = {
                "MEMBER_OF": d.get("round"),
                "PARTNER_IN": d.get("status"),
                "COOPERATES_ON": attrs(v).get("kind"),
                "CONTRIBUTED_TO": d.get("contribution"),
            }.get(t)
            since = {
                "MEMBER_OF": d.get("joined"),
                "PARTNER_IN": d.get("joined"),
                "COOPERATES_ON": d.get("since"),
                "CONTRIBUTED_TO": d.get("since"),
            }.get(t)
            events = frozen(history(d)) if t == "PARTNER_IN" else ()
            note = d.get("note")
            end = attrs(v).get("end") if t == "CONTRIBUTED_TO" and d.get("until") is None else None
            if end is not None:  # dated by its operation's end, which its own row says
                note = (f"{note} " if note else "") + (
                    f"No end of its own part is recorded: {end} is when the operation ended, by "
                    "when its part had ended."
                )
            rows.append((kind, target, detail, since, events, tuple(d.get("sources") or ()), note))
    for u, v, d in facts("CONDUCTED_IN"):  # a NATO-led operation in the country
        if v == c:
            what = attrs(u).get("kind")  # the operation's kind, and its end where it has one
            detail = (
                what
                if d.get("until") is None
                else ", ".join([*([what] if what else []), f"until {d['until']}"])
            )
            rows.append(
                ("operation in country", attrs(u).get("acronym") or name(u), detail, d["since"],
                 (), tuple(d["sources"]), None)
            )  # fmt: skip
    for t, detail in (("HOSTED_BY", "hosts"), ("SERVES", "served by")):
        for u, v, d in facts(t):
            if v == c:
                since = attrs(u).get("opened")  # when the institution opened, either way
                rows.append(
                    ("institution", name(u), detail, since, (), tuple(d["sources"]), d.get("note"))
                )
    return Counter(rows)


def got_country_profile(r: Result) -> Counter:
    return Counter(
        (
            row["kind"],
            row["target"],
            row["detail"],
            row["since"],
            frozen(row["history"]),
            tuple(row["sources"]),
            row["note"],
        )
        for row in r
    )


def expect_shared_threats(p: dict) -> set:
    a = ("Country", oracle.find_country(p["a"]))
    mine = {v: d for u, v, d in facts("COOPERATES_ON") if u == a}
    theirs: dict[Id, dict] = {}
    try:
        b = ("Country", oracle.find_country(p["b"]))
        theirs.update({v: d for u, v, d in facts("COOPERATES_ON") if u == b and b != a})
    except KeyError:
        b = ("Framework", oracle.find_framework(p["b"]))
        theirs.update({v: d for u, v, d in facts("ADDRESSES") if u == b})
    return {
        (
            name(t),
            t[1],
            tuple(mine[t]["sources"]),
            tuple(theirs[t]["sources"]),
            mine[t].get("note"),
            theirs[t].get("note"),
        )
        for t in set(mine) & set(theirs)
    }


def got_shared_threats(r: Result) -> set:
    return {
        (
            row["threat"],
            row["key"],
            tuple(row["a_sources"]),
            tuple(row["b_sources"]),
            row["a_note"],
            row["b_note"],
        )
        for row in r
    }


def expect_partners_on_threat(p: dict) -> dict:
    t = ("Threat", find_threat(p["threat"]))
    addressing = {u: d["confidence"] for u, v, d in facts("ADDRESSES") if v == t}
    found = {}
    for u, v, co in facts("COOPERATES_ON"):
        if v == t and u[1] not in oracle.members():
            active = {
                f: d["confidence"]
                for c, f, d in facts("PARTNER_IN")
                if c == u and d["status"] == "active"
            }
            found[u[1]] = (
                name(u),
                {acronym(f) for f in active},
                {acronym(f) for f in active.keys() & addressing.keys()},
                sorted(
                    acronym(f)
                    for f, confidence in active.items()
                    if "unverified" in (confidence, addressing.get(f))
                ),
                co.get("note"),
            )
    return found


def got_partners_on_threat(r: Result) -> dict:
    return {
        row["iso3"]: (
            row["partner"],
            set(row["frameworks"]),
            set(row["via_frameworks_addressing"]),
            row["unverified"],
            row["note"],
        )
        for row in r
    }


def expect_framework_threats(p: dict) -> set:
    f = ("Framework", oracle.find_framework(p["framework"]))
    return {
        (acronym(f), name(t), t[1], attrs(t)["kind"], tuple(d["sources"]), d.get("note"))
        for u, t, d in facts("ADDRESSES")
        if u == f
    }


def got_framework_threats(r: Result) -> set:
    return {
        (
            row["framework"],
            row["threat"],
            row["key"],
            row["kind"],
            tuple(row["sources"]),
            row["note"],
        )
        for row in r
    }


def expect_framework_overlap(p: dict) -> set:
    joined: dict[Id, dict[Id, str]] = {}  # framework -> partner -> confidence
    active: dict[Id, set[Id]] = {}  # framework -> partners active in it now
    for u, v, d in facts("PARTNER_IN"):
        if d["status"] not in NOT_JOINED:
            joined.setdefault(v, {})[u] = d["confidence"]
        if d["status"] == "active":
            active.setdefault(v, set()).add(u)
    threats: dict[Id, dict[Id, str]] = {}
    for u, v, d in facts("ADDRESSES"):
        threats.setdefault(u, {})[v] = d["confidence"]
    found = set()
    for fa in joined:
        for fb in joined:
            shared = joined[fa].keys() & joined[fb].keys()
            if fa[1] < fb[1] and shared and len(shared) >= p["min_shared"]:
                ta, tb = threats.get(fa, {}), threats.get(fb, {})
                both = ta.keys() & tb.keys()
                unsure = sorted(
                    name(c) for c in shared if "unverified" in (joined[fa][c], joined[fb][c])
                ) + sorted(name(t) for t in both if "unverified" in (ta[t], tb[t]))
                found.add(
                    (
                        acronym(fa),
                        acronym(fb),
                        len(shared),
                        len(shared & active.get(fa, set()) & active.get(fb, set())),
                        tuple(sorted(name(c) for c in shared)),
                        tuple(sorted(name(t) for t in both)),
                        tuple(unsure),
                    )
                )
    return found


def got_framework_overlap(r: Result) -> set:
    return {
        (
            row["framework_a"],
            row["framework_b"],
            row["shared_partners"],
            row["active_in_both"],
            tuple(sorted(row["partners"])),
            tuple(sorted(row["shared_threats"])),
            tuple(row["unverified"]),
        )
        for row in r
    }


def expect_connection(p: dict) -> Counter:
    """Every shortest route, once per choice of relationship along it, as Cypher returns paths."""
    g = undirected()
    simple = nx.Graph(g)
    found: Counter = Counter()
    for a in find_entities(p["from"]):
        for b in find_entities(p["to"]):
            if a == b or not nx.has_path(simple, a, b):
                continue
            for route in nx.all_shortest_paths(simple, a, b):
                if len(route) - 1 <= min(p["max_hops"], 6):
                    found[tuple(route)] += prod(g.number_of_edges(x, y) for x, y in pairwise(route))
    return found


def got_connection(r: Result) -> Counter:
    for row in r:
        assert row["hops"] == len(row["path"].relationships)
        assert len(row["route"]) == row["hops"] + 1
    return Counter(path_ids(row["path"]) for row in r)


def trails(start: Id, hops: int) -> Counter:
    """Every path of 1..hops relationships from ``start``, no relationship twice (Cypher's rule)."""
    adjacent: dict[Id, list[tuple[Id, int, str]]] = {}
    for i, (u, v, t) in enumerate(fact_edges()):
        adjacent.setdefault(u, []).append((v, i, t))
        adjacent.setdefault(v, []).append((u, i, t))
    found: Counter = Counter()

    def walk(
        node: Id, used: tuple[int, ...], nodes: tuple[Id, ...], types: tuple[str, ...]
    ) -> None:
        if used:
            found[(nodes, types)] += 1
        if len(used) < hops:
            for nxt, i, t in adjacent.get(node, []):
                if i not in used:
                    walk(nxt, (*used, i), (*nodes, nxt), (*types, t))

    walk(start, (), (start,), ())
    return found


def expect_neighbourhood(p: dict) -> Counter:
    found: Counter = Counter()
    for start in find_entities(p["entity"]):
        found += trails(start, min(p["hops"], 3))
    return found


def got_neighbourhood(r: Result) -> Counter:
    return Counter(
        (path_ids(row["path"]), tuple(x.type for x in row["path"].relationships)) for row in r
    )


def partner_scores() -> list[tuple]:
    scored = []
    for iso3 in partners():
        c = ("Country", iso3)
        links = [
            (v, d) for u, v, d in facts("PARTNER_IN") if u == c and d["status"] not in NOT_JOINED
        ]
        links += [
            (v, d) for t in ("COOPERATES_ON", "CONTRIBUTED_TO") for u, v, d in facts(t) if u == c
        ]
        fws = len({v for v, _ in links if v[0] == "Framework"})
        areas = len({v for v, _ in links if v[0] == "Threat"})
        ops = len({v for v, _ in links if v[0] == "Operation"})
        unsure = len({v for v, d in links if d["confidence"] == "unverified"})
        scored.append((name(c), iso3, fws, areas, ops, fws + areas + ops, unsure, active_now(iso3)))
    return sorted(scored, key=lambda s: (-s[5], s[0]))


def expect_most_connected(p: dict) -> list:
    return partner_scores()[: p["limit"]]


def got_most_connected(r: Result) -> list:
    return [
        tuple(
            row[c]
            for c in (
                "partner",
                "iso3",
                "frameworks",
                "areas",
                "operations",
                "score",
                "unverified",
                "active_now",
            )
        )
        for row in r
    ]


def active_now(iso3: str) -> int:
    """How many of a country's partnerships are active now."""
    return sum(1 for u, _, d in facts("PARTNER_IN") if u[1] == iso3 and d["status"] == "active")


def region_of() -> dict[str, Id]:
    return {u[1]: v for u, v, _ in facts("IN_REGION")}


def unsure_partners() -> set[str]:
    """ISO3 codes of partners whose every partnership they joined is held only as unverified."""
    return {
        iso3
        for iso3 in partners()
        if all(
            d["confidence"] == "unverified"
            for u, _, d in facts("PARTNER_IN")
            if u[1] == iso3 and d["status"] not in NOT_JOINED
        )
    }


def expect_partners_by_region(p: dict) -> dict:
    wanted = p["region"]
    found: dict[str, list[str]] = {}
    for iso3 in partners():
        region = region_of()[iso3]
        if wanted is None or wanted.lower() in (region[1], name(region).lower()):
            found.setdefault(name(region), []).append(iso3)
    return {
        region: (
            sorted(name(("Country", c)) for c in codes),
            len(codes),
            sorted(name(("Country", c)) for c in set(codes) & unsure_partners()),
            sorted(name(("Country", c)) for c in codes if active_now(c) == 0),
        )
        for region, codes in found.items()
    }


def expect_countries(p: dict) -> list[dict]:
    """Every country in the data files, members with their accession date."""
    wanted = p["region"]
    joined = {u[1]: d["joined"] for u, _, d in facts("MEMBER_OF")}
    out = []
    for row in oracle.rows("countries"):
        region = region_of().get(row["iso3"])
        if wanted is not None and (
            region is None or wanted.lower() not in (region[1], name(region).lower())
        ):
            continue
        out.append({
            "country": row["name"], "iso3": row["iso3"], "region": name(region) if region else None,
            "aliases": row.get("aliases") or [], "nato_member_since": joined.get(row["iso3"]),
        })  # fmt: skip
    return sorted(out, key=lambda r: (r["country"], r["iso3"]))


def got_partners_by_region(r: Result) -> dict:
    return {
        row["region"]: (sorted(row["partners"]), row["count"], row["unverified"], row["inactive"])
        for row in r
    }


def expect_region_coverage(p: dict) -> dict:
    found = {}
    for region, _ in oracle.graph().nodes(data=True):
        if region[0] != "Region":
            continue
        here = {iso3 for iso3, g in region_of().items() if g == region}
        active: dict[str, list[str]] = {}
        for u, v, d in facts("PARTNER_IN"):
            if u[1] in here and d["status"] == "active":
                active.setdefault(acronym(v), []).append(d["confidence"])
        unsure_members = {
            u[1]
            for u, _, d in facts("MEMBER_OF")
            if u[1] in here and d["confidence"] == "unverified"
        }
        found[name(region)] = (
            len(here),
            len(here & oracle.members()),
            len(here & partners()),
            sorted(active),
            sorted(name(("Country", c)) for c in unsure_members)
            + sorted(name(("Country", c)) for c in here & unsure_partners())
            + sorted(f for f, held in active.items() if set(held) == {"unverified"}),
            sorted(name(("Country", c)) for c in here & partners() if active_now(c) == 0),
        )
    return found


def got_region_coverage(r: Result) -> dict:
    return {
        row["region"]: (
            row["countries"],
            row["members"],
            row["partners"],
            sorted(row["frameworks"]),
            row["unverified"],
            row["inactive"],
        )
        for row in r
    }


def expect_frameworks(p: dict) -> dict:
    found = {}
    for r in oracle.rows("frameworks"):
        links = [(u, d) for u, v, d in facts("PARTNER_IN") if v == ("Framework", r["key"])]
        statuses = Counter(d["status"] for _, d in links)
        main = statuses["active"], statuses["suspended"], statuses["became_member"]
        counts = (*main, statuses.total() - sum(main)) if links else (None,) * 4
        found[r["acronym"]] = (
            r["name"],
            r["kind"],
            r["launched"],
            *counts,
            sorted(
                name(u) + ("" if dated_confidence(d) == "unverified" else " (partly unverified)")
                for u, d in links
                if dated_confidence(d) != "confirmed"
            ),
            # the data's own word on how many of its partners it lists (`listed: some`)
            ("some recorded" if r.get("listed") == "some" else None) if links else "not recorded",
        )
    return found


def got_frameworks(r: Result) -> dict:
    cols = ("name", "kind", "launched", "active", "suspended", "became_member", "other")
    return {
        row["acronym"]: (
            *(row[c] for c in cols),
            row["unverified"],
            row["participants"] and row["participants"].split(":")[0],
        )
        for row in r
    }


CHECKS: dict[str, tuple[Callable[[dict], Any], Callable[[Result], Any]]] = {
    "framework-members": (expect_framework_members, got_framework_members),
    "country-profile": (expect_country_profile, got_country_profile),
    "shared-threats": (expect_shared_threats, got_shared_threats),
    "partners-on-threat": (expect_partners_on_threat, got_partners_on_threat),
    "framework-threats": (expect_framework_threats, got_framework_threats),
    "framework-overlap": (expect_framework_overlap, got_framework_overlap),
    "connection": (expect_connection, got_connection),
    "most-connected": (expect_most_connected, got_most_connected),
    "partners-by-region": (expect_partners_by_region, got_partners_by_region),
    "region-coverage": (expect_region_coverage, got_region_coverage),
    "neighbourhood": (expect_neighbourhood, got_neighbourhood),
    "frameworks": (expect_frameworks, got_frameworks),
}


# -- how sure a path is: its weakest link's (connection, neighbourhood) --------------------------


def link_confidence(link: tuple[str, Id, Id]) -> str:
    """How sure the data is of one fact, as `framework-members` rates a partnership: unverified
    when the fact is; partly unverified when it is confirmed but the date of joining or a dated
    change of its history is held only as unverified; else confirmed."""
    if oracle.fact(*link).get("confidence") == "unverified":
        return "unverified"
    return "partly unverified" if oracle.partly_unverified(*link) else "confirmed"


def weakest(confidences: list[str]) -> str:
    for level in ("unverified", "partly unverified"):
        if level in confidences:
            return level
    return "confirmed"


def links(path: Path) -> list[tuple[str, Id, Id]]:
    """Each relationship of a path as (type, start, end), in path order, ends as the oracle's."""
    ids = {n.id: node_id(n) for n in path.nodes}
    return [(r.type, ids[r.start], ids[r.end]) for r in path.relationships]


def expected_confidence(path: Path) -> str:
    return weakest([link_confidence(link) for link in links(path)])
