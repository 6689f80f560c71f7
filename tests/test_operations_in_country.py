"""NATO's operations are linked to the countries they were conducted in.

A fact-checking audit found Iraq's `country-profile` listing no operation at all: the data said
NTM-I (2004-2011) and NATO Mission Iraq (since 2018) were in Iraq, and ISAF and Resolute Support
in Afghanistan, but only in an operation's free-text `area`, so `evidence` found no fact linking
Iraq to NMI and `connection` went round through shared threats. A reader would take the profile
to say NATO never had a mission there. An operation's `countries` (operations.yaml) now writes a
dated, sourced `(Operation)-[:CONDUCTED_IN]->(Country)` with the operation's start and end as
its `since` and `until`, and the questions and views show it, marked apart from a partner's
contribution. Checked against the data files (tests/oracle.py reads them with no loader code),
on the embedded store, in the views, in a real browser and on Neo4j.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path as FilePath
from typing import Any

import pytest

from nato_graph import projection, schema, views
from nato_graph.loaders.validate import ValidationError
from nato_graph.queries.catalogue import run
from nato_graph.stores import Store
from tests import browser as chromium
from tests import oracle
from tests.expected_facts import node_id

IRAQ_MISSIONS = {"ntmi": ("2004", "2011-12-31"), "nmi": ("2018-10", None)}
AFGHAN_MISSIONS = {"isaf": ("2001-12-20", "2014-12-28"), "rsm": ("2015-01-01", "2021-09")}


@cache
def operations() -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in oracle.rows("operations")}


def conducted_in() -> set[tuple[str, str]]:
    """(operation key, iso3) for every operation and country the data files link."""
    return {(u[1], v[1]) for u, v, _ in oracle.edges("CONDUCTED_IN")}


def sources_of(key: str) -> list[str]:
    return operations()[key]["sources"]


def keys(sources: list[dict[str, Any]]) -> list[str]:
    """The source keys of an answer's `sources` column (each source a map with its key)."""
    return [s["key"] if isinstance(s, dict) else s for s in sources]


# -- the data ----------------------------------------------------------------------------------


def test_each_operation_in_a_country_of_the_data_names_it() -> None:
    """An operation whose `area` names a country of the data lists it in `countries`, and only
    then: a sea (Active Endeavour), or a territory that is no country here (Kosovo), stays in
    `area` only."""
    names = {
        c["iso3"]: re.compile(rf"\b{re.escape(c['name'])}\b") for c in oracle.rows("countries")
    }
    for key, op in operations().items():
        named = {iso3 for iso3, pattern in names.items() if pattern.search(op.get("area") or "")}
        assert set(op.get("countries") or []) == named, key
    assert conducted_in() >= {
        ("isaf", "AFG"), ("rsm", "AFG"), ("ntmi", "IRQ"), ("nmi", "IRQ"), ("oup", "LBY"),
    }  # fmt: skip
    assert not operations()["kfor"].get("countries")  # Kosovo is no country node of the data
    assert "XKX" not in {c["iso3"] for c in oracle.rows("countries")}


def test_each_link_cites_only_sources_about_that_country() -> None:
    """A cited source recorded as about some countries (`about`), or whose title names some, is
    about this one too: "NATO's success in Libya" supports Unified Protector in Libya."""
    sources = {s["key"]: s for s in oracle.rows("sources")}
    names = {
        c["iso3"]: re.compile(rf"\b{re.escape(c['name'])}\b", re.IGNORECASE)
        for c in oracle.rows("countries")
    }
    wrong = []
    for key, iso3 in sorted(conducted_in()):
        for source in sources_of(key):
            s = sources[source]
            named = set(s.get("about") or []) | {
                c for c, pattern in names.items() if pattern.search(s["title"])
            }
            if named and iso3 not in named:
                wrong.append(f"{key} in {iso3}: {source} is about {sorted(named)}")
    assert not wrong, "\n".join(wrong)


def test_an_unknown_country_is_refused(tmp_path: FilePath) -> None:
    from nato_graph.loaders.load import check_files

    user = tmp_path / "mine.operations.yaml"
    user.write_text(
        "- key: op_x\n  name: Operation X\n  start: '2020'\n  countries:\n  - XKX\n"
        "  sources: [nato-iraq-topic]\n  confidence: confirmed\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as info:
        check_files([user])
    assert "mine.operations.yaml:4: countries: 'XKX' is not in countries" in str(info.value)


# -- the store -----------------------------------------------------------------------------------


def test_the_store_holds_each_link_dated_and_sourced(curated_store: Store) -> None:
    rows = curated_store.read(
        "MATCH (o:Operation)-[r:CONDUCTED_IN]->(c:Country) RETURN o.key AS op, c.iso3 AS iso3, "
        "properties(r) AS props"
    ).rows
    got = {(r["op"], r["iso3"]): r["props"] for r in rows}
    assert set(got) == conducted_in()
    for (key, _), props in got.items():
        op = operations()[key]
        want = {
            "since": op["start"], "since_year": int(op["start"][:4]),
            "sources": op["sources"], "confidence": op["confidence"],
        }  # fmt: skip
        if op.get("end"):
            want |= {"until": op["end"], "until_year": int(op["end"][:4])}
        # the operation's note is about the operation, not where it was: not on the link
        assert props == want, key
    assert schema.rel_type("CONDUCTED_IN").properties.split() == [
        "since", "since_year", "until", "until_year", "sources", "confidence",
    ]  # fmt: skip
    assert "CONDUCTED_IN" in schema.FACT_TYPES


# -- the questions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "missions"),
    [pytest.param("Iraq", IRAQ_MISSIONS, id="iraq"),
     pytest.param("Afghanistan", AFGHAN_MISSIONS, id="afghanistan")],
)  # fmt: skip
def test_country_profile_lists_the_operations_in_the_country(
    curated_store: Store, country: str, missions: dict[str, tuple[str, str | None]]
) -> None:
    rows = run(curated_store, "country-profile", {"country": country}).rows
    here = {r["target"]: r for r in rows if r["kind"] == "operation in country"}
    assert set(here) == {operations()[k]["acronym"] for k in missions}
    for key, (start, end) in missions.items():
        op = operations()[key]
        row = here[op["acronym"]]
        assert (row["since"], row["status_changed"]) == (start, end)
        assert row["detail"] == (op["kind"] if end is None else f"{op['kind']}, until {end}")
        assert (row["confidence"], keys(row["sources"]), row["history"], row["note"]) == (
            "confirmed", op["sources"], [], None,
        )  # fmt: skip
    # after the partner's own contributions, before institutions and the region
    kinds = [r["kind"] for r in rows]
    assert kinds.index("operation in country") > max(
        i for i, k in enumerate(kinds) if k in ("partnership", "cooperation")
    )
    assert kinds[-1] == "region"


def test_a_contribution_stays_a_contribution(curated_store: Store) -> None:
    """Japan took part in ISAF; ISAF was not conducted in Japan."""
    rows = run(curated_store, "country-profile", {"country": "Japan"}).rows
    isaf = [r for r in rows if r["target"] == "ISAF"]
    assert [r["kind"] for r in isaf] == ["operation"]


@pytest.mark.parametrize(("a", "b"), [("Iraq", "NMI"), ("NMI", "Iraq")])
def test_evidence_gives_the_fact_and_its_sources(curated_store: Store, a: str, b: str) -> None:
    rows = run(curated_store, "evidence", {"a": a, "b": b}).rows
    assert [r["source_key"] for r in rows] == sources_of("nmi")
    for r in rows:
        assert (r["relationship"], r["from"], r["to"]) == (
            "CONDUCTED_IN", "NATO Mission Iraq", "Iraq",
        )  # fmt: skip
        assert (r["since"], r["status"], r["status_changed"], r["confidence"]) == (
            "2018-10", None, None, "confirmed",
        )  # fmt: skip
        assert r["title"] and r["url"]


def test_evidence_says_an_operation_ended(curated_store: Store) -> None:
    rows = run(curated_store, "evidence", {"a": "Iraq", "b": "NTM-I"}).rows
    assert [r["source_key"] for r in rows] == sources_of("ntmi")
    assert {(r["since"], r["status"], r["status_changed"]) for r in rows} == {
        ("2004", "operation ended", "2011-12-31")
    }


def test_connection_finds_the_one_link(curated_store: Store) -> None:
    (nmi,) = run(curated_store, "connection", {"from": "Iraq", "to": "NMI"}).rows
    assert (nmi["hops"], nmi["route"], nmi["inactive_links"]) == (1, ["Iraq", "NMI"], [])
    assert [r.type for r in nmi["path"].relationships] == ["CONDUCTED_IN"]
    (ntmi,) = run(curated_store, "connection", {"from": "Iraq", "to": "NTM-I"}).rows
    assert ntmi["inactive_links"] == ["NTM-I CONDUCTED_IN Iraq (operation ended 2011-12-31)"]
    assert ntmi["link_notes"] == []  # the operation's own note is not the link's


def test_neighbourhood_marks_the_ended_operation(curated_store: Store) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": "Afghanistan"}).rows
    marks = {
        node_id(r["path"].nodes[-1])[1]: r["inactive_links"]
        for r in rows
        if r["path"].relationships[0].type == "CONDUCTED_IN"
    }
    assert marks == {
        "isaf": ["ISAF CONDUCTED_IN Afghanistan (operation ended 2014-12-28)"],
        "rsm": ["RSM CONDUCTED_IN Afghanistan (operation ended 2021-09)"],
    }


def test_the_projection_holds_the_links(curated_store: Store) -> None:
    """What analyses and exports read."""
    g = projection.project(curated_store)
    assert g.edges["Operation:nmi", "Country:IRQ", "CONDUCTED_IN"]["since"] == "2018-10"
    assert g.edges["Operation:ntmi", "Country:IRQ", "CONDUCTED_IN"]["until"] == "2011-12-31"


# -- the views -----------------------------------------------------------------------------------


def drawn_edges(view: views.View) -> dict[tuple[str, str], dict[str, Any]]:
    graph = views.collect(view.drawn)
    net = views.build_network(graph)
    code = {nid: n.properties.get("iso3") or n.properties["key"] for nid, n in graph.nodes.items()}
    return {(code[e["from"]], code[e["to"]]): e for e in net.edges}


def test_the_view_draws_dates_and_ends(curated_store: Store) -> None:
    view = views.neighbourhood(curated_store, "Iraq")
    edges = drawn_edges(view)
    ntmi, nmi = edges["ntmi", "IRQ"], edges["nmi", "IRQ"]
    assert (ntmi["label"], ntmi.get("dashes"), ntmi["span"]) == (
        "conducted in (operation ended)", True, [[2004, 1], [2011, 0]],
    )  # fmt: skip
    assert (nmi["label"], nmi.get("dashes"), nmi["span"]) == ("conducted in", None, [[2018, 1]])
    assert all(e["kind"] == "CONDUCTED_IN" for e in (ntmi, nmi))
    legend = {t["type"]: t for t in views._legend(views.collect(view.drawn))["types"]}
    conducted = legend["CONDUCTED_IN"]
    assert conducted["description"] == schema.rel_type("CONDUCTED_IN").description
    assert conducted["note"].startswith("dashed: an operation that has ended")
    assert '"until"' in ntmi["tip"] and "2011-12-31" in ntmi["tip"]
    assert "nato-ntmi-archived" in ntmi["tip"]


def test_the_page_shows_them(browser: Any, curated_store: Store, tmp_path: FilePath) -> None:
    page_file = views.neighbourhood(curated_store, "Iraq").save(tmp_path / "iraq.html")
    with chromium.open_view(browser, page_file) as (page, report):
        edges = page.evaluate("() => natoGraph.edges.get()")
        labels = {e.get("label") for e in edges if e.get("kind") == "CONDUCTED_IN"}
        assert labels == {"conducted in", "conducted in (operation ended)"}
        legend = page.evaluate("() => natoGraph.legend.types.map(t => t.type)")
        assert "CONDUCTED_IN" in legend
        assert report.console_errors == [] and report.page_errors == []


# -- Neo4j ---------------------------------------------------------------------------------------

ASKED = [
    ("country-profile", {"country": "Iraq"}),
    ("country-profile", {"country": "Afghanistan"}),
    ("evidence", {"a": "Iraq", "b": "NMI"}),
    ("evidence", {"a": "Iraq", "b": "NTM-I"}),
    ("connection", {"from": "Iraq", "to": "NTM-I"}),
]


@pytest.mark.neo4j
def test_neo4j_gives_the_same_answers(neo4j_curated: Store, curated_store: Store) -> None:
    def plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "path"} for r in rows]

    for name, params in ASKED:
        on_neo4j = run(neo4j_curated, name, params).rows
        embedded = run(curated_store, name, params).rows
        assert on_neo4j and plain(on_neo4j) == plain(embedded), (name, params)
    count = neo4j_curated.read(
        "MATCH (:Operation)-[r:CONDUCTED_IN]->(:Country) RETURN count(r) AS n"
    ).value()
    assert count == len(conducted_in())
