"""Canned questions about time, evidence and gaps, checked against the independent oracle.

Each question runs on the real embedded store holding the curated data, with
its header's default parameters and with its example parameters, and its
answer is compared with one computed here in plain Python from the YAML files
(``tests.oracle``): no loader code and no Cypher. The regressions below pin
facts an analyst would check by hand.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from nato_graph.queries.catalogue import catalogue, run
from nato_graph.stores import Store
from tests import oracle

Row = dict[str, Any]


# -- the oracle's view of the data ---------------------------------------------


@cache
def rows(kind: str) -> list[dict]:
    """The oracle's rows of a data file, parsed once (read-only here)."""
    return oracle.rows(kind)


def frameworks() -> dict[str, dict]:
    return {r["key"]: r for r in rows("frameworks")}


def countries() -> dict[str, dict]:
    return {r["iso3"]: r for r in rows("countries")}


def member_since() -> dict[str, str]:
    return {r["country"]: r["joined"] for r in rows("nato_members")}


def events(p: dict) -> list[tuple[str, str]]:
    """A partnership's dated status events: its join (active), its history, its current status."""
    found = [(p["joined"], "active")] if p.get("joined") else []
    found += [(h["date"], h["status"]) for h in p.get("history") or []]
    if p.get("status_changed") and (p["status_changed"], p["status"]) not in found[-1:]:
        found.append((p["status_changed"], p["status"]))
    return found


@cache
def framework_key(text: str) -> str | None:
    try:
        return oracle.find_framework(text)
    except KeyError:
        return None


def matches_framework(text: str | None, key: str) -> bool:
    """No filter, or ``text`` names this framework (acronym, key or name)."""
    return text is None or framework_key(text) == key


def round3(x: float) -> float:
    """Round half up to 3 decimals, as Cypher's round() does (Python's round() goes to even)."""
    return math.floor(1000.0 * x + 0.5) / 1000.0


# -- expected answers, one function per question --------------------------------


def expect_timeline(p: Row) -> list[Row]:
    fws, cs, out = frameworks(), countries(), []
    nato = p["framework"] is not None and p["framework"].lower() in (
        "nato",
        "north atlantic treaty organization",
    )
    for row in rows("partnerships"):
        if nato or not matches_framework(p["framework"], row["framework"]):
            continue
        for i, (date, status) in enumerate(events(row)):
            event = status if status != "active" else ("joined" if i == 0 else "resumed")
            out.append(
                {
                    "date": date,
                    "year": oracle.year(date),
                    "event": event,
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "framework": fws[row["framework"]]["acronym"],
                    "sources": row["sources"],
                }
            )
    if p["framework"] is None or nato:
        for row in rows("nato_members"):
            out.append(
                {
                    "date": row["joined"],
                    "year": oracle.year(row["joined"]),
                    "event": "acceded",
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "framework": "NATO",
                    "sources": row["sources"],
                }
            )
    out = [r for r in out if p["from"] <= r["year"] <= p["to"]]
    return sorted(out, key=lambda r: (r["date"], r["country"], r["framework"]))


def active_in(row: dict, year: int) -> bool:
    past = [status for date, status in events(row) if oracle.year(date) <= year]
    return bool(past) and past[-1] == "active"


def expect_as_of(p: Row) -> list[Row]:
    y, cs, out = p["year"], countries(), []
    for key, f in frameworks().items():
        if oracle.year(f["launched"]) > y or (f.get("ended") and oracle.year(f["ended"]) < y):
            continue
        names = sorted(
            cs[r["country"]]["name"]
            for r in rows("partnerships")
            if r["framework"] == key and active_in(r, y)
        )
        if names:
            out.append({"framework": f["acronym"], "partners": names, "count": len(names)})
    return sorted(out, key=lambda r: (-r["count"], r["framework"]))


def expect_partners_turned_allies(p: Row) -> list[Row]:
    fws, cs, members, out = frameworks(), countries(), member_since(), []
    for row in rows("partnerships"):
        if (
            row["status"] == "became_member"
            and row["country"] in members
            and matches_framework(p["framework"], row["framework"])
        ):
            joined = members[row["country"]]
            out.append(
                {
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "partner_since": row["joined"],
                    "framework": fws[row["framework"]]["acronym"],
                    "member_since": joined,
                    "years_as_partner": oracle.year(joined) - oracle.year(row["joined"]),
                }
            )
    return sorted(out, key=lambda r: (r["member_since"], r["country"], r["framework"]))


def expect_suspended(p: Row) -> list[Row]:
    fws, cs = frameworks(), countries()
    wanted = {"suspended", "ended"} if p["include_ended"] else {"suspended"}
    out = [
        {
            "country": cs[r["country"]]["name"],
            "iso3": r["country"],
            "framework": fws[r["framework"]]["acronym"],
            "status": r["status"],
            "since": r.get("status_changed"),
            "joined": r.get("joined"),
            "sources": r["sources"],
        }
        for r in rows("partnerships")
        if r["status"] in wanted
    ]
    return sorted(out, key=lambda r: (r["since"], r["country"], r["framework"]))


def expect_operation_contributors(p: Row) -> list[Row]:
    ops = {r["key"]: r for r in rows("operations")}
    fws, cs, members, out = frameworks(), countries(), member_since(), []
    t = p["operation"].lower() if p["operation"] else None
    for row in rows("contributions"):
        op = ops[row["operation"]]
        names = [op["key"], op.get("acronym") or "", op["name"], *(op.get("aliases") or [])]
        if t is not None and t not in [n.lower() for n in names]:
            continue
        if row["country"] in members and members[row["country"]] <= op["start"]:
            continue  # a member already when the operation began
        out.append(
            {
                "operation": op.get("acronym") or op["name"],
                "partner": cs[row["country"]]["name"],
                "iso3": row["country"],
                "via": fws[row["via"]]["acronym"] if row.get("via") else None,
                "contribution": row.get("contribution"),
                "start": op["start"],
                "end": op.get("end"),
            }
        )
    return sorted(out, key=lambda r: (r["start"], r["operation"], r["partner"]))


def display_name(node: tuple[str, str]) -> str:
    if node[0] == "Organization":
        return {r["key"]: r["name"] for r in rows("organizations")}[node[1]]
    attrs = oracle.graph().nodes[node]
    return attrs.get("name") or attrs.get("key")


def entities(text: str) -> set[tuple[str, str]]:
    """Every node named by ``text``: ISO3 code, key, acronym, name or alias, case-insensitively."""
    t, found = text.lower(), set()
    for node, attrs in oracle.graph().nodes(data=True):
        names = [attrs.get(k) for k in ("iso3", "key", "acronym", "name")] + list(
            attrs.get("aliases") or []
        )
        if node[0] == "Organization":
            names.append(display_name(node))
        if t in {n.lower() for n in names if n}:
            found.add(node)
    return found


def fact_edges() -> list[tuple[tuple[str, str], tuple[str, str], dict]]:
    """Every fact relationship as (start, end, row with its type), straight from the rows.

    Not from ``oracle.graph()``: there an institution's HOSTED_BY and SERVES edges to the same
    country collapse into one, because the row's ``key`` field becomes networkx's edge key.
    """
    label = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}
    found = [
        (("Country", r["country"]), ("Organization", "NATO"), {**r, "type": "MEMBER_OF"})
        for r in rows("nato_members")
    ]
    found += [
        (("Country", r["country"]), ("Framework", r["framework"]), {**r, "type": "PARTNER_IN"})
        for r in rows("partnerships")
    ]
    found += [
        (
            (label[r["subject_type"]], r["subject"]),
            ("Threat", r["threat"]),
            {**r, "type": "ADDRESSES"},
        )
        for r in rows("addresses")
    ]
    found += [
        (("Country", r["country"]), ("Threat", r["threat"]), {**r, "type": "COOPERATES_ON"})
        for r in rows("cooperation")
    ]
    found += [
        (("Country", r["country"]), ("Operation", r["operation"]), {**r, "type": "CONTRIBUTED_TO"})
        for r in rows("contributions")
    ]
    for r in rows("institutions"):
        if r.get("host"):
            found.append(
                (("Institution", r["key"]), ("Country", r["host"]), {**r, "type": "HOSTED_BY"})
            )
        found += [
            (("Institution", r["key"]), ("Country", c), {**r, "type": "SERVES"})
            for c in r.get("serves") or []
        ]
    return found


def expect_evidence(p: Row) -> list[Row]:
    a, b = entities(p["a"]), entities(p["b"])
    sources = {r["key"]: r for r in rows("sources")}
    out = []
    for u, v, d in fact_edges():
        if not ((u in a and v in b) or (u in b and v in a)):
            continue
        for i, key in enumerate(d["sources"]):
            s = sources.get(key, {})
            out.append(
                {
                    "relationship": d["type"],
                    "from": display_name(u),
                    "to": display_name(v),
                    "source_key": key,
                    "title": s.get("title"),
                    "url": s.get("url"),
                    "publisher": s.get("publisher"),
                    "kind": s.get("kind"),
                    "confidence": d["confidence"],
                    "_i": i,
                }
            )
    out.sort(key=lambda r: (r["relationship"], r["from"], r["to"], r.pop("_i")))
    return out


def profile(iso3: str) -> tuple[set[str], set[str]]:
    """A country's frameworks (acronyms, any status) and cooperation areas (threat keys)."""
    fws = frameworks()
    f = {fws[r["framework"]]["acronym"] for r in rows("partnerships") if r["country"] == iso3}
    t = {r["threat"] for r in rows("cooperation") if r["country"] == iso3}
    return f, t


def jaccard(iso3_a: str, iso3_b: str) -> tuple[float, list[str]]:
    (fa, ta), (fb, tb) = profile(iso3_a), profile(iso3_b)
    a, b = fa | ta, fb | tb
    shared = sorted(fa & fb) + sorted(ta & tb)
    return (len(a & b) / len(a | b) if a | b else 0.0), shared


def expect_similar_partners(p: Row) -> list[Row]:
    me, cs, members, out = oracle.find_country(p["country"]), countries(), member_since(), []
    for iso3, c in cs.items():
        if iso3 == me or iso3 in members:
            continue
        score, shared = jaccard(me, iso3)
        if score > 0:
            out.append(
                {"partner": c["name"], "iso3": iso3, "shared": shared, "score": round3(score)}
            )
    return sorted(out, key=lambda r: (-r["score"], r["partner"]))[: p["limit"]]


def expect_coverage_gaps(p: Row) -> list[Row]:
    key, cs = framework_key(p["framework"]), countries()
    threats = {r["key"]: r for r in rows("threats")}
    addressed = {
        r["threat"]
        for r in rows("addresses")
        if r["subject_type"] == "framework" and r["subject"] == key
    }
    cooperates = {(r["country"], r["threat"]) for r in rows("cooperation")}
    out = [
        {
            "framework": frameworks()[key]["acronym"],
            "partner": cs[r["country"]]["name"],
            "iso3": r["country"],
            "threat": threats[t]["name"],
            "key": t,
        }
        for r in rows("partnerships")
        if r["framework"] == key and r["status"] == "active"
        for t in addressed
        if (r["country"], t) not in cooperates
    ]
    return sorted(out, key=lambda r: (r["partner"], r["threat"]))


def mentions(text: str, term: str) -> bool:
    """Whole-word, case-insensitive: "US" is not in "Australia", nor "UK" in "Ukraine"."""
    return re.search(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", text.lower()) is not None


def expect_known_errors(p: Row) -> list[Row]:
    out = []
    terms: list[str] = []
    if p["country"] is not None:
        t = p["country"].lower()
        terms = [p["country"]]
        for c in rows("countries"):
            names = [c["name"], *(c.get("aliases") or [])]
            if t in {c["iso3"].lower(), *(n.lower() for n in names)}:
                terms += names
    for e in rows("known_errors"):
        if p["country"] is None or any(
            mentions(e["claim"] + " " + e["correction"], term) for term in terms
        ):
            out.append(
                {
                    "key": e["key"],
                    "claim": e["claim"],
                    "correction": e["correction"],
                    "sources": e["sources"],
                }
            )
    return sorted(out, key=lambda r: r["key"])


EXPECTED: dict[str, Callable[[Row], list[Row]]] = {
    "timeline": expect_timeline,
    "as-of": expect_as_of,
    "partners-turned-allies": expect_partners_turned_allies,
    "suspended": expect_suspended,
    "operation-contributors": expect_operation_contributors,
    "evidence": expect_evidence,
    "similar-partners": expect_similar_partners,
    "coverage-gaps": expect_coverage_gaps,
    "known-errors": expect_known_errors,
}

CASES = [
    pytest.param(name, case, id=f"{name}-{case}")
    for name in EXPECTED
    for case in ("default", "example")
]


@pytest.mark.parametrize(("name", "case"), CASES)
def test_answer_matches_oracle(curated_store: Store, name: str, case: str) -> None:
    query = catalogue()[name]
    params = query.defaults if case == "default" else query.examples
    result = run(curated_store, name, None if case == "default" else params)
    assert result.columns == list(query.columns)
    expected = EXPECTED[name](params)
    assert expected, (
        f"{name} {case}: the oracle expects no rows; pick parameters that say something"
    )
    assert result.rows == expected


def test_defaults_and_examples_differ() -> None:
    """Each question's second case is a different question, not the default again."""
    for name in EXPECTED:
        query = catalogue()[name]
        assert query.defaults != query.examples, name


# -- regressions an analyst would check by hand -----------------------------------


def test_pfp_partners_turned_allies(curated_store: Store) -> None:
    rows = run(curated_store, "partners-turned-allies").rows
    assert len(rows) == 16
    joined = {r["iso3"]: r["member_since"][:4] for r in rows}
    assert joined["FIN"] == "2023" and joined["SWE"] == "2024" and joined["MKD"] == "2020"
    assert rows[-1]["iso3"] == "SWE" and rows[-1]["years_as_partner"] == 30


@pytest.mark.parametrize(
    ("country", "framework", "year", "active"),
    [
        pytest.param("Malta", "PfP", 2000, False, id="malta-2000-withdrawn"),
        pytest.param("Malta", "PfP", 2010, True, id="malta-2010-back"),
        pytest.param("Finland", "PfP", 2010, True, id="finland-2010-partner"),
        pytest.param("Finland", "PfP", 2024, False, id="finland-2024-member"),
        pytest.param("Russia", "PfP", 2010, True, id="russia-2010-partner"),
        pytest.param("Russia", "PfP", 2015, False, id="russia-2015-suspended"),
    ],
)
def test_as_of(curated_store: Store, country: str, framework: str, year: int, active: bool) -> None:
    rows = {r["framework"]: r["partners"] for r in run(curated_store, "as-of", {"year": year}).rows}
    assert (country in rows.get(framework, [])) is active


def test_as_of_leaves_out_frameworks_not_yet_launched(curated_store: Store) -> None:
    frameworks_2000 = {r["framework"] for r in run(curated_store, "as-of", {"year": 2000}).rows}
    assert "PfP" in frameworks_2000
    assert not frameworks_2000 & {"ICI", "PAG", "IPCP", "ITPP", "DCB"}


def test_timeline_follows_malta_out_and_back(curated_store: Store) -> None:
    rows = run(curated_store, "timeline", {"framework": "PfP", "from": 1990, "to": 2025}).rows
    malta = [(r["year"], r["event"]) for r in rows if r["iso3"] == "MLT"]
    assert malta == [(1995, "joined"), (1996, "ended"), (2008, "resumed")]


def test_timeline_nato_lists_accessions_only(curated_store: Store) -> None:
    rows = run(curated_store, "timeline", {"framework": "NATO", "from": 2017, "to": 2025}).rows
    assert [(r["iso3"], r["event"]) for r in rows] == [
        ("MNE", "acceded"),
        ("MKD", "acceded"),
        ("FIN", "acceded"),
        ("SWE", "acceded"),
    ]


def test_suspended_partnerships(curated_store: Store) -> None:
    rows = run(curated_store, "suspended").rows
    assert {(r["iso3"], r["framework"]) for r in rows} == {
        ("RUS", "PfP"),
        ("RUS", "EAPC"),
        ("BLR", "PfP"),
        ("BLR", "EAPC"),
        ("AFG", "PAG"),
    }


def test_suspended_include_ended_switch(store: Store) -> None:
    """The curated data has no ended partnership: check the switch on a small graph of its own."""
    store.write(
        "CREATE (f:Framework {key: 'pfp', acronym: 'PfP'}),"
        " (:Country {iso3: 'AAA', name: 'Aland'})-[:PARTNER_IN {status: 'ended',"
        " status_changed: '2001', joined: '1995', sources: ['s']}]->(f),"
        " (:Country {iso3: 'BBB', name: 'Borduria'})-[:PARTNER_IN {status: 'suspended',"
        " status_changed: '2002', joined: '1996', sources: ['s']}]->(f)"
    )
    assert [r["iso3"] for r in run(store, "suspended").rows] == ["AAA", "BBB"]
    assert [r["iso3"] for r in run(store, "suspended", {"include_ended": False}).rows] == ["BBB"]


def test_similar_partner_scores_are_jaccard(curated_store: Store) -> None:
    rows = run(curated_store, "similar-partners", {"country": "Jordan", "limit": 50}).rows
    assert len(rows) > 10
    for r in rows:
        score, shared = jaccard("JOR", r["iso3"])
        assert r["score"] == round3(score) and abs(r["score"] - score) <= 0.0005 + 1e-12, r[
            "partner"
        ]
        assert r["shared"] == shared, r["partner"]
    assert "JOR" not in {r["iso3"] for r in rows}
    assert not {r["iso3"] for r in rows} & set(member_since())


def test_operation_contributors_keep_partners_that_joined_later(curated_store: Store) -> None:
    """Sweden sent aircraft to Unified Protector in 2011 as a partner; it joined NATO in 2024."""
    rows = run(curated_store, "operation-contributors", {"operation": "oup"}).rows
    assert {r["iso3"]: r["via"] for r in rows}["SWE"] == "PfP"


def test_evidence_works_in_either_direction(curated_store: Store) -> None:
    forward = run(curated_store, "evidence", {"a": "ISR", "b": "Mediterranean Dialogue"}).rows
    backward = run(curated_store, "evidence", {"a": "md", "b": "State of Israel"}).rows
    assert forward == backward and forward
    assert {r["relationship"] for r in forward} == {"PARTNER_IN"}


@pytest.mark.parametrize(
    ("country", "absent"),
    [
        pytest.param(
            "United States",
            {"err_ip4_in_pfp", "err_russia_belarus_active"},
            id="us-not-in-australia",
        ),
        pytest.param("UK", {"err_partners_are_allies"}, id="uk-not-in-ukraine"),
    ],
)
def test_known_errors_match_whole_words(
    curated_store: Store, country: str, absent: set[str]
) -> None:
    keys = {r["key"] for r in run(curated_store, "known-errors", {"country": country}).rows}
    assert not keys & absent
    assert keys == {r["key"] for r in expect_known_errors({"country": country})}


def test_known_errors_find_a_country_by_alias(curated_store: Store) -> None:
    keys = {r["key"] for r in run(curated_store, "known-errors", {"country": "KOR"}).rows}
    assert (
        "err_ip4_in_pfp" in keys
    )  # the claim says "South Korea", an alias of the Republic of Korea
