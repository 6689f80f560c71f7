"""Time, evidence and gaps: regressions an analyst would check by hand, on the real embedded store.

Every question's answer is compared with the independent one in tests/test_answers.py.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.queries.catalogue import run
from nato_graph.stores import Store
from tests.expected_history import (
    expect_known_errors,
    jaccard,
    member_since,
    round3,
)

# -- regressions an analyst would check by hand -----------------------------------


def test_pfp_partners_turned_allies(curated_store: Store) -> None:
    rows = run(curated_store, "partners-turned-allies").rows
    assert len(rows) == 16
    joined = {r["iso3"]: r["member_since"][:4] for r in rows}
    assert joined["FIN"] == "2023" and joined["SWE"] == "2024" and joined["MKD"] == "2020"
    # whole years and months from the real dates, not a subtraction of calendar years
    assert rows[-1]["iso3"] == "SWE"
    assert (rows[-1]["years_as_partner"], rows[-1]["months_as_partner"]) == (29, 9)
    mkd = next(r for r in rows if r["iso3"] == "MKD")
    assert (mkd["years_as_partner"], mkd["months_as_partner"]) == (24, 4)


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


@pytest.mark.parametrize("year", [2008, 2010])
def test_as_of_lists_the_contact_countries_among_global_partners(
    curated_store: Store, year: int
) -> None:
    """Australia, Japan, Korea and New Zealand were NATO's 'contact countries' around 2006-2008
    (the reference, err_ip4_in_pfp); NATO dates its dialogue and cooperation with New Zealand
    from 2001: its IPCP (2012) formalised a partnership already there, so it is not left out of
    the partners across the globe of 2008 or 2010. No stored source dates when Australia, Japan
    or New Zealand came in, but NATO named them among its contact countries by April 2009: listed
    as unverified in 2008, sure in 2010 (Korea's sources date its partner status from 2006).
    Mongolia's contacts with NATO date from 2005 too, but NATO held its first high-level talks
    with it in May 2011, on Mongolia's proposals for a partnership, formalised by its IPCP in
    March 2012: it is listed, as unverified."""
    rows = {r["framework"]: r for r in run(curated_store, "as-of", {"year": year}).rows}
    partners = set(rows["PAG"]["partners"])
    assert {"Australia", "Japan", "Republic of Korea", "New Zealand", "Mongolia"} <= partners
    unsure = set(rows["PAG"]["unverified"])
    assert ({"New Zealand", "Australia", "Japan"} <= unsure) is (year < 2009)
    assert not {"New Zealand", "Australia", "Japan"} & unsure or year < 2009
    assert "Republic of Korea" not in unsure
    assert "Mongolia" in unsure


def test_as_of_leaves_out_frameworks_not_yet_launched(curated_store: Store) -> None:
    frameworks_2000 = {r["framework"] for r in run(curated_store, "as-of", {"year": 2000}).rows}
    assert "PfP" in frameworks_2000
    assert not frameworks_2000 & {"ICI", "PAG", "IPCP", "ITPP", "DCB"}


def test_timeline_follows_malta_out_and_back(curated_store: Store) -> None:
    rows = run(curated_store, "timeline", {"framework": "PfP", "from": 1990, "to": 2025}).rows
    malta = [(r["year"], r["event"]) for r in rows if r["iso3"] == "MLT"]
    assert malta == [(1995, "joined"), (1996, "suspended"), (2008, "resumed")]


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


def test_unverified_links_are_named_where_the_curated_data_has_none(store: Store) -> None:
    """The curated data holds no unverified membership, no partner resting only on unverified
    partnerships and no unverified link of a framework to a threat; a user's data may: a small
    graph of its own has each, and every question counting or listing them names them."""
    store.write(
        "CREATE (g:Region {key: 'atl', name: 'Atlantis'}), (n:Organization {key: 'NATO'}),"
        " (pfp:Framework {key: 'pfp', acronym: 'PfP', name: 'Partnership for Peace'}),"
        " (md:Framework {key: 'md', acronym: 'MD', name: 'Mediterranean Dialogue'}),"
        " (t:Threat {key: 'cyber', name: 'Cyber'}),"
        " (pfp)-[:ADDRESSES {confidence: 'unverified'}]->(t),"
        " (md)-[:ADDRESSES {confidence: 'confirmed'}]->(t),"
        " (a:Country {iso3: 'AAA', name: 'Aland'})-[:IN_REGION]->(g),"
        " (a)-[:MEMBER_OF {confidence: 'unverified'}]->(n),"
        " (b:Country {iso3: 'BBB', name: 'Borduria'})-[:IN_REGION]->(g),"
        " (b)-[:PARTNER_IN {status: 'active', confidence: 'unverified'}]->(pfp),"
        " (c:Country {iso3: 'CCC', name: 'Carpania'})-[:IN_REGION]->(g),"
        " (c)-[:PARTNER_IN {status: 'active', confidence: 'unverified'}]->(pfp),"
        " (c)-[:PARTNER_IN {status: 'active', confidence: 'confirmed'}]->(md)"
    )
    (region,) = run(store, "partners-by-region").rows
    assert (region["partners"], region["unverified"]) == (["Borduria", "Carpania"], ["Borduria"])
    (coverage,) = run(store, "region-coverage").rows
    assert (coverage["members"], coverage["partners"], coverage["frameworks"]) == (
        1,
        2,
        ["MD", "PfP"],
    )
    assert coverage["unverified"] == ["Aland", "Borduria", "PfP"]
    gaps = run(store, "coverage-gaps", {"framework": "PfP"}).rows
    assert [(r["partner"], r["links_confidence"], r["unverified_links"]) for r in gaps] == [
        ("Borduria", "unverified", ["Borduria PARTNER_IN PfP", "PfP ADDRESSES Cyber"]),
        ("Carpania", "unverified", ["Carpania PARTNER_IN PfP", "PfP ADDRESSES Cyber"]),
    ]
    (overlap,) = run(store, "framework-overlap").rows
    assert (overlap["partners"], overlap["shared_threats"]) == (["Carpania"], ["Cyber"])
    assert overlap["unverified"] == ["Carpania", "Cyber"]


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


# -- a graph nobody loaded ---------------------------------------------------------


@pytest.mark.parametrize("name", ["suspended", "frameworks", "timeline", "most-connected"])
def test_an_empty_graph_is_not_an_empty_answer(
    store: Store, runner: CliRunner, cli_env: dict[str, str], name: str
) -> None:
    """Questions without a name to check answered "(0 rows)" before anything was loaded, which
    reads as "no suspended partnerships": the command says the graph is empty instead."""
    result = runner.invoke(cli, ["query", "run", name, "--format", "table"], env=cli_env)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {name}: the graph is empty; load the data first (`nato-graph load`)\n"
    )


def test_a_loaded_graph_may_still_answer_with_no_rows(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    """An empty answer from loaded data is an answer: no framework had active partners in 1980
    (stderr says what the empty answer means, and that the SPS ran with participants the data
    does not hold)."""
    args = ["query", "run", "as-of", "--param", "year", "1980", "--format", "json"]
    result = runner.invoke(cli, args, env=cli_env)
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    assert result.stderr == (
        "as-of: note: year: the SPS (Science for Peace and Security Programme, since 1958) was "
        "running in 1980, but the data holds none of its participants: they are not in this "
        "answer\n"
        "as-of: no rows: the data records no active partner of any framework running that year\n"
    )


def test_a_gap_is_not_called_a_confirmed_fact() -> None:
    """coverage-gaps marks a row's links 'confirmed' when the facts it rests on are: an absence in the
    data is confirmed by no source, so the question's text and the README say what the column
    describes (it read as if the gap itself were confirmed)."""
    from pathlib import Path

    from nato_graph.queries.catalogue import catalogue

    text = " ".join(catalogue()["coverage-gaps"].description.split())
    assert "A gap is an absence in the data, which no source confirms" in text
    assert "`links_confidence` is that of the links the row rests on, not of the gap" in text
    assert "links_confidence" in catalogue()["coverage-gaps"].columns
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    assert "A row of `coverage-gaps` is an absence" in readme
    assert "its `links_confidence` is that of the facts the row rests on" in readme
