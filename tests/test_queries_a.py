"""Facts about the world an analyst would check by hand, on the real embedded store.

Every question's answer is compared with the independent one in tests/test_answers.py; these pin
the cases that matter most and the behaviour at the edges.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from nato_graph.queries.catalogue import catalogue, run
from nato_graph.records import Path, Result
from nato_graph.stores import Store
from tests import oracle
from tests.expected_facts import (
    KIND_ORDER,
    expect_connection,
    expect_country_profile,
    expect_shared_threats,
    got_connection,
    got_country_profile,
    got_most_connected,
    got_neighbourhood,
    got_shared_threats,
    node_id,
    partner_scores,
    path_ids,
    trails,
    undirected,
)

# -- concrete facts that would catch a regression -------------------------------------------------


def test_md_has_seven_partners_and_algeria_joined_in_2000(curated_store: Store) -> None:
    rows = run(curated_store, "framework-members", {"framework": "Mediterranean Dialogue"}).rows
    assert len(rows) == 7
    assert {r["iso3"]: r["joined"] for r in rows}["DZA"] == "2000-03"
    assert [r["joined"] for r in rows] == sorted(r["joined"] for r in rows)


def test_connection_japan_israel_is_as_short_as_networkx_says(curated_store: Store) -> None:
    rows = run(curated_store, "connection", {}).rows
    simple = nx.Graph(undirected())
    shortest = nx.shortest_path_length(simple, ("Country", "JPN"), ("Country", "ISR"))
    assert rows
    assert {r["hops"] for r in rows} == {shortest}
    assert all(r["route"][0] == "Japan" and r["route"][-1] == "Israel" for r in rows)
    assert ["Japan", "IPCP", "Israel"] in [r["route"] for r in rows]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(
            {"from": "Japan", "to": "Israel", "max_hops": 1}, id="shortest-beyond-max-hops"
        ),
        pytest.param(
            {"from": "Central Asia", "to": "South-eastern Asia", "max_hops": 5},
            id="six-hops-apart",
        ),
    ],
)
def test_connection_without_answer(curated_store: Store, params: dict) -> None:
    assert run(curated_store, "connection", params).rows == []


def test_connection_of_an_entity_no_fact_links_is_no_answer(curated: Store, tmp_path) -> None:
    """Every curated entity is linked to every other (each framework to NATO, whose it is): a
    threat of the user's own that no fact names stands alone, and no chain reaches it."""
    from nato_graph.loaders.load import load

    (tmp_path / "threats.yaml").write_text(
        "- key: lone_threat\n  name: A threat of the user's own\n  kind: threat\n"
        "  description: Named by no partnership, cooperation or framework.\n"
        "  sources: [nato-members-2012]\n  confidence: unverified\n",
        encoding="utf-8",
    )
    load(curated, [tmp_path / "threats.yaml"])
    params = {"from": "Japan", "to": "lone_threat", "max_hops": 6}
    assert run(curated, "connection", params).rows == []


def test_connection_of_an_entity_to_itself_is_an_error_not_no_answer(
    curated_store: Store,
) -> None:
    """Was no rows, with advice to raise max_hops (tests/test_param_checks.py: every question of
    two entities)."""
    from nato_graph.queries.checks import SameEntityError

    with pytest.raises(SameEntityError, match="from and to both name Israel"):
        run(curated_store, "connection", {"from": "Israel", "to": "ISR"})


@pytest.mark.parametrize(
    ("params", "expected_hops"),
    [
        pytest.param(
            {"from": "NATO", "to": "Kosovo Force"}, 1, id="organization-to-operation-by-name"
        ),
        pytest.param({"from": "Belgium", "to": "Jordan"}, 3, id="member-to-partner"),
        pytest.param(
            {"from": "CCASCOE", "to": "counter-terrorism", "max_hops": 6},
            4,
            id="institution-to-threat-alias",
        ),
        pytest.param({"from": "BI", "to": "building integrity"}, 1, id="acronym-and-alias-tie"),
        # the two longest ways round the curated graph: by the search for five and six links
        pytest.param({"from": "NRC", "to": "South-eastern Asia", "max_hops": 6}, 5, id="five"),
        pytest.param(
            {"from": "Central Asia", "to": "South-eastern Asia", "max_hops": 6}, 6, id="six"
        ),
    ],
)
def test_connection_matches_networkx(
    curated_store: Store, params: dict, expected_hops: int
) -> None:
    bound = catalogue()["connection"].bind(params)
    result = run(curated_store, "connection", params)
    assert got_connection(result) == expect_connection(bound)
    assert {r["hops"] for r in result} == {expected_hops}


def test_entity_resolution_prefers_codes_over_aliases(curated_store: Store) -> None:
    """'BI' is the Building Integrity programme's acronym; 'building integrity' is an alias of both
    the programme and the threat, so both are starting points."""
    starts = {
        node_id(r["path"].nodes[0]) for r in run(curated_store, "neighbourhood", {"entity": "bi"})
    }
    assert starts == {("Framework", "bi")}
    starts = {
        node_id(r["path"].nodes[0])
        for r in run(curated_store, "neighbourhood", {"entity": "Building integrity"})
    }
    assert starts == {("Framework", "bi"), ("Threat", "building_integrity")}


def test_neighbourhood_is_capped_shortest_first(curated_store: Store) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": "JOR", "hops": 3}).rows
    expected = trails(("Country", "JOR"), 3)
    assert expected.total() > 2000 and len(rows) == 2000
    lengths = [len(r["path"]) for r in rows]
    assert lengths == sorted(lengths)
    got = got_neighbourhood(Result(["path"], rows))
    assert not got - expected
    short = Counter({k: n for k, n in expected.items() if len(k[1]) <= 2})
    assert not short - got, "every path of one or two hops comes before any of three"


def test_neighbourhood_holds_paths_for_the_views(curated_store: Store) -> None:
    rows = run(curated_store, "neighbourhood", {}).rows
    assert rows and all(isinstance(r["path"], Path) for r in rows)
    assert {node_id(r["path"].nodes[0]) for r in rows} == {("Country", "JOR")}
    assert ("Organization", "NATO") not in {
        n for r in rows for n in path_ids(r["path"])
    }  # Jordan is a partner


@pytest.mark.parametrize("spelling", ["ISR", "isr", "Israel", "ISRAEL", "State of Israel"])
def test_country_profile_spellings(curated_store: Store, spelling: str) -> None:
    got = got_country_profile(run(curated_store, "country-profile", {"country": spelling}))
    assert got == expect_country_profile({"country": "ISR"})


def test_country_profile_membership_and_order(curated_store: Store) -> None:
    rows = run(curated_store, "country-profile", {"country": "Finland"}).rows
    assert rows[0]["kind"] == "membership"
    assert (rows[0]["target"], rows[0]["since"]) == ("NATO", "2023-04-04")
    assert {r["target"]: r["detail"] for r in rows if r["kind"] == "partnership"}[
        "PfP"
    ] == "became_member"
    kinds = [KIND_ORDER.index(r["kind"]) for r in rows]
    assert kinds == sorted(kinds)


def test_kuwait_hosts_and_is_served_by_the_ici_centre(curated_store: Store) -> None:
    rows = run(curated_store, "country-profile", {"country": "Kuwait"}).rows
    details = {
        r["detail"]
        for r in rows
        if r["target"] == "NATO-Istanbul Cooperation Initiative Regional Centre"
    }
    assert details == {"hosts", "served by"}


def test_shared_threats_with_a_framework_by_name(curated_store: Store) -> None:
    params = {"a": "Israel", "b": "mediterranean dialogue"}
    got = got_shared_threats(run(curated_store, "shared-threats", params))
    assert got == expect_shared_threats(params)
    assert "terrorism" in {row[1] for row in got}


def test_most_connected_scores_add_up(curated_store: Store) -> None:
    rows = run(curated_store, "most-connected", {"limit": 100}).rows
    assert got_most_connected(Result([], rows)) == partner_scores()
    assert all(r["score"] == r["frameworks"] + r["areas"] + r["operations"] for r in rows)
    assert not {r["iso3"] for r in rows} & oracle.members()
    assert not {"OMN", "SAU", "LBY"} & {r["iso3"] for r in rows}, (
        "invited or requested is not a partnership"
    )


def test_region_coverage_agrees_with_partners_by_region(curated_store: Store) -> None:
    coverage = run(curated_store, "region-coverage", {}).rows
    by_region = {r["region"]: r["count"] for r in run(curated_store, "partners-by-region", {})}
    assert {r["region"]: r["partners"] for r in coverage if r["partners"]} == by_region
    assert sum(r["countries"] for r in coverage) == len(oracle.rows("countries"))
    assert sum(r["members"] for r in coverage) == len(oracle.members())


def test_framework_overlap_lists_each_pair_once(curated_store: Store) -> None:
    rows = run(curated_store, "framework-overlap", {}).rows
    pairs = [frozenset((r["framework_a"], r["framework_b"])) for r in rows]
    assert len(pairs) == len(set(pairs))
    assert [r["shared_partners"] for r in rows] == sorted(
        (r["shared_partners"] for r in rows), reverse=True
    )
    pfp_eapc = next(r for r in rows if {r["framework_a"], r["framework_b"]} == {"PfP", "EAPC"})
    assert "Finland" in pfp_eapc["partners"], "members that joined through a framework still count"


def test_connection_follows_facts_not_articles(store: Store) -> None:
    """An article that mentions two countries is not a connection between them, nor part of
    their neighbourhood (a loaded article's documents and claims are no curated facts)."""
    store.write(
        "CREATE (a:Country {iso3: 'AAA', name: 'Aland'}),"
        " (b:Country {iso3: 'BBB', name: 'Borduria'}),"
        " (t:Threat {key: 'piracy', name: 'Piracy'}),"
        " (f:Framework {key: 'xf', acronym: 'XF', name: 'X'}),"
        " (d:Document {key: 'doc1', title: 'Aland and Borduria'}),"
        " (a)-[:COOPERATES_ON]->(t), (f)-[:ADDRESSES]->(t), (b)-[:PARTNER_IN]->(f),"
        " (d)-[:MENTIONS]->(a), (d)-[:MENTIONS]->(b)"
    )
    rows = run(store, "connection", {"from": "aland", "to": "BBB"}).rows
    assert [(r["hops"], r["route"]) for r in rows] == [(3, ["Aland", "Piracy", "XF", "Borduria"])]
    near = run(store, "neighbourhood", {"entity": "AAA"}).rows
    assert {n.label for r in near for n in r["path"].nodes} == {"Country", "Threat"}


# -- an unknown name with nothing close says where the known ones are -----------------------------


@pytest.mark.parametrize(
    ("name", "param", "kind", "data"),
    [
        pytest.param("partners-on-threat", "threat", "threat", "threats", id="threat"),
        pytest.param("operation-contributors", "operation", "operation", "operations", id="op"),
    ],
)
def test_nothing_close_names_every_known_key(
    curated_store: Store, name: str, param: str, kind: str, data: str
) -> None:
    """The hint used to point at `neighbourhood --param entity NATO`, which lists the Allies, not
    threats or operations: the few threats and operations are named in the message instead."""
    from nato_graph.queries.checks import UnknownValueError

    with pytest.raises(UnknownValueError) as caught:
        run(curated_store, name, {param: "qqqqqq"})
    listed = str(caught.value).split("nothing close (known: ", 1)[1].rstrip(")").split(", ")
    assert listed == sorted(r["key"] for r in oracle.rows(data))
    assert run(curated_store, name, {param: listed[0]}).columns  # each one is a valid value


def test_nothing_close_points_at_a_question_that_exists(curated_store: Store) -> None:
    import re

    from nato_graph.queries.checks import UnknownValueError

    for name, param in (("framework-members", "framework"), ("partners-by-region", "region"),
                        ("country-profile", "country"), ("shared-threats", "b"),
                        ("timeline", "framework")):  # fmt: skip
        with pytest.raises(UnknownValueError) as caught:
            run(curated_store, name, {param: "qqqqqq"})
        named = re.findall(r"`nato-graph query run ([\w-]+)`", str(caught.value))
        assert named and all(n in catalogue() for n in named), str(caught.value)
