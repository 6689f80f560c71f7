"""An answer says what it is: an empty one why (and never a reason that is false), a cut one that
it was cut and how to get the rest, and what the data says of it (an operation's own note)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.queries.catalogue import CatalogueError, catalogue, parse, run
from nato_graph.stores import Store
from tests.oracle import rows as oracle_rows

# -- an empty answer says why --------------------------------------------------------------------


def test_every_question_says_why_its_answer_may_be_empty() -> None:
    """framework-overlap with min_shared 40 printed "(0 rows)" and nothing else; seven other
    questions had no `// empty:` line either."""
    assert [name for name, q in catalogue().items() if not q.empty] == []


def test_an_empty_overlap_says_why(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    assert db.ask("framework-overlap", min_shared=40).empty_reason == (
        "in the data, no two frameworks share min_shared partners or more (a partnership only "
        "invited or requested does not count); a smaller min_shared lists the pairs that share fewer"
    )


UNHELD = "the data lists no participants of the NACC (North Atlantic Cooperation Council, "


@pytest.mark.parametrize(
    ("name", "params"),
    [
        pytest.param("partners-turned-allies", {"framework": "NACC"}, id="turned-allies"),
        pytest.param("timeline", {"framework": "NACC"}, id="timeline"),
        pytest.param("framework-members", {"framework": "NACC"}, id="members"),
        pytest.param(
            "framework-members", {"framework": "nacc", "status": "became_member"}, id="status"
        ),
        pytest.param(
            "coverage-gaps", {"framework": "North Atlantic Cooperation Council"}, id="gaps"
        ),
        pytest.param("evidence", {"a": "Poland", "b": "NACC"}, id="evidence-country"),
        # a chain of one link: Poland would be a participant itself
        pytest.param(
            "connection", {"from": "Poland", "to": "NACC", "max_hops": 1}, id="connection-country"
        ),
        # a chain of two links reaches anything through a participant: its cooperation, a
        # framework it also takes part in, NATO by its membership
        pytest.param(
            "connection", {"from": "cyber", "to": "NACC", "max_hops": 2}, id="connection-threat"
        ),
        # (NATO is a link away from every framework, whose it is: FRAMEWORK_OF)
        pytest.param(
            "connection", {"from": "NACC", "to": "Japan", "max_hops": 2}, id="connection-framework"
        ),
    ],
)
def test_an_empty_answer_about_a_framework_without_partners_says_the_data_lists_none(
    curated_store: Store, name: str, params: dict[str, str]
) -> None:
    """The NACC's partners are not in the data, and many became Allies: "no partner of that
    framework became a NATO member" and "no membership event ... falls within those years" were
    false. Each question whose answer rests on a framework's partners says the data lists none."""
    result = Connection.on(curated_store).ask(name, params)
    assert result.rows == []
    assert result.empty_reason is not None
    assert result.empty_reason.startswith(UNHELD), result.empty_reason
    assert "who took part is not recorded" in result.empty_reason


def test_the_reason_holds_for_any_framework_without_partners(curated_store: Store) -> None:
    """Not the NACC alone: the data holds the Science for Peace and Security Programme without
    its partners too."""
    reason = (
        Connection.on(curated_store).ask("partners-turned-allies", framework="SPS").empty_reason
    )
    assert reason is not None
    assert reason.startswith(
        "the data lists no participants of the SPS (Science for Peace and Security Programme, "
        "since 1958)"
    )


@pytest.mark.parametrize(
    ("name", "params"),
    [
        # the partners are held: the question's own reason
        pytest.param("framework-members", {"framework": "MD", "status": "suspended"}, id="held"),
        # a framework and a threat: the answer does not rest on its partners
        pytest.param("evidence", {"a": "cyber", "b": "NACC"}, id="evidence-threat"),
        # two frameworks: no fact links them directly, participants or not
        pytest.param("evidence", {"a": "NACC", "b": "SPS"}, id="evidence-frameworks"),
        # one link: a threat or a framework is not a participant, and a framework's participants
        # are a link away from it, not from the threat (connection's reason is its own)
        pytest.param(
            "connection", {"from": "cyber", "to": "NACC", "max_hops": 1}, id="connection-threat"
        ),
        pytest.param(
            "connection", {"from": "NACC", "to": "SPS", "max_hops": 1}, id="connection-frameworks"
        ),
        # the MD's partners are held, and Poland is not one
        pytest.param(
            "connection", {"from": "Poland", "to": "MD", "max_hops": 1}, id="connection-held"
        ),
    ],
)
def test_a_framework_with_partners_or_no_country_keeps_the_questions_reason(
    curated_store: Store, name: str, params: dict[str, str]
) -> None:
    result = Connection.on(curated_store).ask(name, params)
    assert result.rows == [] and result.empty_reason == catalogue()[name].empty


def test_a_connection_too_short_to_reach_the_chains_the_data_holds_says_a_longer_one_may(
    curated_store: Store,
) -> None:
    """`connection --param from Poland --param to NACC --param max_hops 1` said only that no chain
    of facts links the two within one link. The NACC's participants are not in the data; a chain
    of two links through the EAPC, which replaced it, is, and one through NATO, whose framework
    it was."""
    db = Connection.on(curated_store)
    params = {"from": "Poland", "to": "NACC"}
    assert db.ask("connection", params, max_hops=1).empty_reason == (
        f"{UNHELD}1991-12-20 to 1997-05-30): who took part is not recorded, so this empty answer "
        "says nothing about them; a larger max_hops (up to 6) may find a chain through the facts "
        "the data holds"
    )
    assert [r["route"] for r in db.ask("connection", params, max_hops=2)] == [
        ["Poland", "EAPC", "NACC"],
        ["Poland", "North Atlantic Treaty Organization", "NACC"],
    ]


def test_partners_of_must_name_a_parameter_checked_as_a_framework(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "bad.cypher"
    path.write_text(
        "// name: bad\n// title: t\n// description: d\n"
        "// param: year integer = 2000 (example 2001) -- a year\n"
        "// columns: x\n// partners-of: year\nRETURN 1 AS x\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="partners-of: year` names no parameter checked"):
        parse(path)


def test_a_view_of_an_empty_answer_gives_the_questions_reason(curated_store: Store) -> None:
    """`view query evidence` said only "evidence returned no rows", not that `connection` finds
    the chains, as `query run evidence` does."""
    from nato_graph.views import ViewError

    with pytest.raises(ViewError) as error:
        Connection.on(curated_store).view.query("evidence", a="Japan", b="Israel")
    assert str(error.value) == (
        "nothing to draw: evidence returned no rows for these parameters: no fact relationship "
        "links the two directly; `connection` finds the chains of facts between them"
    )


# -- a cut answer says so ------------------------------------------------------------------------


def test_no_question_cuts_its_answer_at_a_number_of_its_own() -> None:
    """neighbourhood stopped at LIMIT 2000 and said nothing: every limit is the `limit` parameter,
    which the catalogue checks for an answer that had more."""
    for name, query in catalogue().items():
        limits = re.findall(r"\bLIMIT\s+(\S+)", query.text)
        assert all(limit == "$limit" for limit in limits), (name, limits)
        if limits:
            assert "limit" in {p.name for p in query.params}, name


def test_a_neighbourhood_cut_at_its_limit_says_so(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    whole = db.ask("neighbourhood", entity="NATO", hops=3, limit=100000)
    assert len(whole) > 1000 and whole.notes == []
    cut = db.ask("neighbourhood", entity="NATO", hops=3, limit=500)
    assert len(cut) == 500
    assert cut.notes == [
        "limit: the answer is cut at 500 rows; there are more (a larger limit lists them)"
    ]
    exact = db.ask("neighbourhood", entity="NATO", hops=3, limit=len(whole))
    assert len(exact) == len(whole) and exact.notes == []


@pytest.mark.parametrize(
    ("name", "params"),
    [
        pytest.param("most-connected", {}, id="most-connected"),
        pytest.param("similar-partners", {"country": "Jordan"}, id="similar-partners"),
    ],
)
def test_a_ranking_cut_at_its_limit_says_so_and_keeps_its_first_rows(
    curated_store: Store, name: str, params: dict[str, str]
) -> None:
    db = Connection.on(curated_store)
    whole = db.ask(name, params, limit=1000)
    cut = db.ask(name, params, limit=3)
    assert cut.rows == whole.rows[:3]
    assert cut.notes == [
        "limit: the answer is cut at 3 rows; there are more (a larger limit lists them)"
    ]
    assert whole.notes == []


@pytest.mark.parametrize(
    ("name", "params"),
    [
        pytest.param("most-connected", {}, id="most-connected"),
        pytest.param("similar-partners", {"country": "Jordan"}, id="similar-partners"),
        pytest.param("similar-partners", {"country": "Japan"}, id="similar-partners-japan"),
    ],
)
def test_a_ranking_cut_through_a_tie_says_so(
    curated_store: Store, name: str, params: dict[str, str]
) -> None:
    """`similar-partners --param limit 1` for Jordan listed Iraq alone and said only "there are
    more": Israel scores the same 0.438, and the cut between them is only alphabetical."""
    db = Connection.on(curated_store)
    scores = [row["score"] for row in db.ask(name, params, limit=1000).rows]
    ties = [n for n in range(1, len(scores)) if scores[n - 1] == scores[n]]
    assert ties, "the data holds no tied scores to cut through"
    for limit in range(1, len(scores)):
        (note,) = db.ask(name, params, limit=limit).notes
        tied = f"through a tie: the next ranks level with the last one listed (score {scores[limit - 1]})"
        assert (tied in note) == (limit in ties), (limit, note)


def test_a_view_of_a_cut_answer_says_so(
    curated_store: Store, runner: CliRunner, tmp_path: object
) -> None:
    view = Connection.on(curated_store).view.query("neighbourhood", entity="NATO", hops=2, limit=20)
    note = "limit: the answer is cut at 20 rows; there are more (a larger limit lists them)"
    assert view.notes == [note]
    assert json.dumps(note) in view.html  # at the head of the page's legend


def test_the_command_line_prints_a_views_notes(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], tmp_path: object
) -> None:
    out = f"{tmp_path}/n.html"
    args = ["view", "query", "neighbourhood", "--param", "entity", "NATO", "--param", "limit", "5"]
    result = runner.invoke(cli, [*args, "-o", out], env=cli_env)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "neighbourhood: note: limit: the answer is cut at 5 rows; there are more (a larger "
        "limit lists them)\nneighbourhood: drew 6 entities, 5 links\n"
    )


def test_the_command_line_says_what_a_view_drew(
    curated_store: Store, runner: CliRunner, curated_env: dict[str, str], tmp_path: object
) -> None:
    """`view` printed only the page's path: on a terminal, nothing said what it drew, nor that
    most of Russia's links no longer hold. Its count is the questions': one link per fact of the
    country's profile, and those `neighbourhood` names in `inactive_links`, not holding now;
    the path alone on stdout."""
    db = Connection.on(curated_store)
    facts = db.ask("country-profile", country="Russia").rows
    ended = sum(
        bool(row["inactive_links"]) for row in db.ask("neighbourhood", entity="Russia").rows
    )
    assert 0 < ended < len(facts)
    out = f"{tmp_path}/r.html"
    result = runner.invoke(cli, ["view", "country", "Russia", "-o", out], env=curated_env)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"view country: drew {len(facts) + 1} entities, {len(facts)} links ({ended} not holding now)\n"
    )
    assert result.stdout.strip().endswith("r.html")


# -- what the data says of an operation ----------------------------------------------------------


def test_an_operations_contributors_carry_its_note(curated_store: Store) -> None:
    """Resolute Support gave 3 rows and never said that its note says further partners' troops
    are widely reported but not itemised; the description said "most Resolute Support
    contributions are unverified", when one of the three is."""
    (rsm,) = [r for r in oracle_rows("operations") if r["key"] == "rsm"]
    rows = Connection.on(curated_store).ask("operation-contributors", operation="Resolute Support")
    assert rows.rows and {r["operation_note"] for r in rows} == {rsm["note"]}
    assert "not itemised" in rsm["note"]
    unverified = [r for r in rows if r["confidence"] == "unverified"]
    description = catalogue()["operation-contributors"].description
    assert "most Resolute Support" not in description
    assert len(unverified) * 2 < len(rows.rows)  # as the description no longer says otherwise


def test_a_contribution_carries_its_own_note(curated_store: Store) -> None:
    (sgp,) = [
        r
        for r in run(curated_store, "operation-contributors", {"operation": "ISAF"}).rows
        if r["iso3"] == "SGP"
    ]
    assert (
        sgp["note"] == "Singapore is not a NATO partner; it contributed as a non-partner country."
    )


@pytest.mark.parametrize(
    ("question", "params"),
    [
        ("partners-turned-allies", {"framework": "IPCP"}),
        ("as-of", {"year": 1991}),
        ("shared-threats", {"a": "Turkmenistan", "b": "Mauritania"}),
    ],
)
def test_an_empty_answer_says_what_the_data_records_not_what_happened(
    curated_store: Store, question: str, params: dict[str, Any]
) -> None:
    """Analyst audit 23, H2: `partners-turned-allies --param framework IPCP` said "no partner of
    that framework became a NATO member" under its own note that the data lists only some of the
    IPCP's participants (Finland and Sweden had IPCPs, NATO's pages say, and are Allies now); an
    empty answer speaks of what the data records, never of the world."""
    answer = Connection.on(curated_store).ask(question, **params)
    assert answer.rows == []
    assert answer.empty_reason is not None
    assert answer.empty_reason.startswith(("the data records no ", "the data holds no "))
