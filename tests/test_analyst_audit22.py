"""Analyst audit 22's findings on the article checker's words (/work/analyst22-report.md).

- F3: "Uzbekistan suspended its participation in the PfP in 2005" was contradicted while "NATO
  suspended cooperation with Uzbekistan in 2005" was unverified. Kept, on purpose: a framework's
  history records each change (DESIGN), and no suspension happened (relations cooled after
  Andijan; NATO's page of about 2010 has PfP cooperation going on), so the claim of one framework
  is refuted, its correction now telling how relations cooled; a partner's whole cooperation
  spans what no one record holds (the NRC, programmes), so that claim stays unverified.
- F5: "France left NATO in 1966" is read as France out of NATO since 1966 (contradicted: it never
  left), but the claim was put in words as "France has never been a NATO member", which the
  article did not say. A denial with a start is said with its start.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "claim", "verdict"),
    [
        (
            "France left NATO in 1966.",
            "France has not been a NATO member since 1966",
            "contradicted",
        ),
        (
            "Greece withdrew from NATO in 1974.",
            "Greece has not been a NATO member since 1974",
            "contradicted",
        ),
        # no start: never
        (
            "Brazil has never been a NATO member.",
            "Brazil has never been a NATO member",
            "supported",
        ),
    ],
)
def test_a_membership_denied_from_a_year_is_said_from_that_year(
    curated: Store, text: str, claim: str, verdict: str
) -> None:
    read(curated, text)
    rows = curated.read("MATCH (c:Claim) RETURN c.claim AS claim, c.verdict AS v").rows
    assert [(r["claim"], r["v"]) for r in rows] == [(claim, verdict)]


@pytest.mark.parametrize(
    ("name", "params", "title"),
    [
        ("timeline", {"country": "Malta"}, "Membership timeline (country Malta)"),
        (
            "partners-on-threat",
            {"threat": "cyber"},
            "Partners that cooperate on a threat (threat cyber)",
        ),
        (
            "as-of",
            {"year": 1996},
            "Partners at the end of a given year, and those that stopped during it: 1996",
        ),
        ("most-connected", {"limit": 5}, "Best-connected partners (limit 5)"),
        # analyst audit 23: "(a Israel, b Jordan)"; a pair is named by its two values
        (
            "shared-threats",
            {"a": "Israel", "b": "Jordan"},
            "Threats two partners share (Israel and Jordan)",
        ),
        ("timeline", {"from": 2014, "to": 2020}, "Membership timeline (from 2014 to 2020)"),
    ],
)
def test_a_views_title_names_what_it_was_asked_about(
    curated_store: Store, name: str, params: dict, title: str
) -> None:
    """F8: `view query partners-on-threat --param threat cyber` was titled "Partners that
    cooperate on a threat", so a saved page or a screenshot of it did not say which threat."""
    from nato_graph.views import question

    assert question(curated_store, name, params).title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan suspended its participation in the Partnership for Peace in 2005.",
            {("suspended", "UZB", "pfp", "contradicted")},
        ),
        (
            "Uzbekistan was suspended from the Partnership for Peace in 2005.",
            {("was_suspended", "UZB", "pfp", "contradicted")},
        ),
        (
            "NATO suspended Uzbekistan's participation in the Partnership for Peace in 2005.",
            {("nato_suspended", "UZB", "pfp", "contradicted")},
        ),
        (
            "NATO suspended cooperation with Uzbekistan in 2005.",
            {("nato_suspended_cooperation", "UZB", "NATO", "unverified")},
        ),
        # said to hold now: it takes part now
        (
            "Uzbekistan's participation in the Partnership for Peace has been suspended since 2005.",
            {("was_suspended", "UZB", "pfp", "contradicted")},
        ),
        # a suspension the data records at another date, or by another hand, still refutes it
        (
            "NATO suspended Belarus's participation in the Partnership for Peace in 2019.",
            {("nato_suspended", "BLR", "pfp", "contradicted")},
        ),
        (
            "Malta suspended its participation in the Partnership for Peace in 1998.",
            {("suspended", "MLT", "pfp", "contradicted")},
        ),
        (
            "NATO suspended Malta's participation in the Partnership for Peace in 1996.",
            {("nato_suspended", "MLT", "pfp", "contradicted")},
        ),
        # a departure is no suspension: the data's record of the partnership refutes it
        (
            "Austria left the Partnership for Peace in 2005.",
            {("left", "AUT", "pfp", "contradicted")},
        ),
    ],
)
def test_a_suspension_one_frameworks_history_does_not_record_is_refuted(
    curated: Store, text: str, expected: set
) -> None:
    assert read(curated, text)[0] == expected


def test_the_correction_tells_how_relations_with_uzbekistan_cooled(curated: Store) -> None:
    read(curated, "Uzbekistan suspended its participation in the Partnership for Peace in 2005.")
    correction = curated.read("MATCH (c:Claim) RETURN c.correction").value(0)
    assert "Andijan" in correction and "No suspension of its PfP participation" in correction


@pytest.mark.parametrize("password", ["Neo4j", "bolt", "running", "neo4j"])
def test_a_password_that_is_a_word_of_the_message_does_not_garble_it(
    tmp_path, password: str
) -> None:
    """F6: every whole-word occurrence of the password was masked in the printed message, so a
    password that is also one of its words garbled it and told which word it was ("Error: *** at
    bolt://..." for "Neo4j"). The store takes the password out of the driver's words; its own
    words are shown as they are."""
    import socket

    from click.testing import CliRunner

    from nato_graph.cli import cli

    with socket.socket() as probe:  # a port nothing listens on: a real refused connection
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    env = {"NATO_GRAPH_HOME": str(tmp_path), "NEO4J_URI": uri, "NEO4J_USER": "neo4j"}
    result = CliRunner().invoke(cli, ["status"], env={**env, "NEO4J_PASSWORD": password})
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: cannot reach Neo4j at {uri}: is the server running and the URI right?"
    )


def test_a_load_that_writes_bundled_records_back_over_yours_says_so(tmp_path) -> None:
    """F7: `load mine.partnerships.yaml`, then `load`, put the bundled ISR/md back over the user's
    record and printed only "created 0 nodes, 0 relationships"."""
    from click.testing import CliRunner

    from nato_graph.cli import cli

    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(
        "- country: ISR\n  framework: md\n  joined: '1995-02'\n  status: active\n"
        "  sources:\n  - nato-md-topic\n  confidence: confirmed\n  note: My own note.\n",
        encoding="utf-8",
    )
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    runner = CliRunner()
    try:
        first = runner.invoke(cli, ["load", str(mine)], env=env)
        assert first.exit_code == 0, first.output
        assert "replaces the bundled partnerships record ISR/md" in first.stderr
        again = runner.invoke(cli, ["load"], env=env)
        assert again.exit_code == 0, again.output
        assert (
            "load: note: records of your files had replaced 1 bundled record (mine.partnerships.yaml, "
            "loaded " in again.stderr
        )
        assert "this load, without that file, wrote the bundled records back" in again.stderr
        # and a load that gives the file again restores nothing
        third = runner.invoke(cli, ["load", str(mine)], env=env)
        fourth = runner.invoke(cli, ["load", str(mine)], env=env)
        assert third.exit_code == fourth.exit_code == 0
        assert "wrote the bundled records back" not in fourth.stderr
    finally:
        runner.invoke(cli, ["server", "stop"], env=env)
