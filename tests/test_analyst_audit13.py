"""The thirteenth analyst's audit (2026-12), on the real embedded store.

- No framework was linked to NATO, so a way to NATO never went through a partnership:
  `connection --param from Japan --param to NATO` went through ISAF and Finland, `connection NATO
  Israel` through Turkey's UN subregion, rated confirmed. Every framework is now NATO's
  (`FRAMEWORK_OF`, from its launch to its end).
- Checking an article wrote the bundled data again, which undid, unsaid, a record of the user's
  files that had replaced a bundled one, and changed the verdicts resting on it. Where the last
  load of data replaced bundled records, articles alone are now checked against the graph as it
  stands, and `load` says so.
- Two-letter codes are said to be codes (tests/test_names.py): "UA" suggested the United States.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests.test_loader import partnership


def test_a_partner_reaches_nato_through_its_partnerships(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask("connection", {"from": "Japan", "to": "NATO"})
    # its four partnerships, and ISAF, an operation NATO led (tests/test_analyst_audit14.py)
    assert [r["route"][1] for r in answer.rows] == ["IP4", "IPCP", "ISAF", "ITPP", "PAG"]
    assert {r["hops"] for r in answer.rows} == {2}
    ipcp = next(r for r in answer.rows if r["route"][1] == "IPCP")
    assert ipcp["inactive_links"] == ["Japan PARTNER_IN IPCP (superseded 2023-07-12)"]


def test_nato_reaches_a_partner_through_its_framework(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask("connection", {"from": "NATO", "to": "Israel"})
    routes = [r["route"] for r in answer.rows]
    assert ["North Atlantic Treaty Organization", "MD", "Israel"] in routes
    assert not any("Western Asia" in route for route in routes)


def test_a_framework_that_ended_is_tied_to_nato_until_its_end(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask(
        "connection", {"from": "NACC", "to": "NATO", "max_hops": 1}
    )
    (row,) = answer.rows
    assert row["inactive_links"] == [
        "NACC FRAMEWORK_OF North Atlantic Treaty Organization (ended 1997-05-30)"
    ]


def test_nato_neighbourhood_holds_its_frameworks(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask(
        "neighbourhood", {"entity": "NATO", "hops": 1, "limit": 1000}
    )
    near = {
        n.properties.get("acronym")
        for r in answer.rows
        for n in r["path"].nodes
        if "Framework" in n.labels
    }
    assert {"PfP", "EAPC", "MD", "ICI", "PAG", "NACC"} <= near


def test_articles_alone_keep_a_correction_of_the_users(store: Store, tmp_path: Path) -> None:
    fix = tmp_path / "fix.partnerships.yaml"
    fix.write_text(partnership("JOR", "md", joined="'1996-01'"), encoding="utf-8")
    claim = tmp_path / "jordan.txt"
    claim.write_text("Jordan joined the Mediterranean Dialogue in 1996.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Israel joined the Mediterranean Dialogue in 1995.\n", encoding="utf-8")
    db = Connection.on(store)
    db.load([fix, claim])

    def jordan() -> tuple[str, str]:
        joined = store.read(
            "MATCH (:Country {iso3: 'JOR'})-[p:PARTNER_IN]->(:Framework {key: 'md'}) "
            "RETURN p.joined AS joined"
        ).rows[0]["joined"]
        verdict = store.read(
            "MATCH (c:Claim) WHERE c.sentence STARTS WITH 'Jordan' RETURN c.verdict AS v"
        ).rows[0]["v"]
        return joined, verdict

    assert jordan() == ("1996-01", "supported")
    report = db.load([other])
    assert report.kept is not None and report.data.rows == 0
    assert report.kept.startswith("records of your files replaced 1 bundled record (fix.")
    assert jordan() == ("1996-01", "supported")  # was 1995-11 and contradicted, unsaid
    db.load()  # the bundled data again, as the README says: the claim follows it
    assert jordan() == ("1995-11", "contradicted")
    # with no record of the user's in the graph, articles alone write the data first (a graph
    # of an older version of it is checked against the current one)
    report = db.load([other])
    assert report.kept is None and report.data.rows > 1000


def test_articles_alone_into_an_empty_graph_load_the_data_first(
    store: Store, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Israel joined the Mediterranean Dialogue in 1995.\n", encoding="utf-8")
    report = Connection.on(store).load([article])
    assert report.kept is None and report.data.rows > 1000
    assert [d.claims.get("supported") for d in report.articles] == [1]


def test_the_cli_says_the_data_was_kept(
    store: Store, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fix = tmp_path / "fix.partnerships.yaml"
    fix.write_text(partnership("JOR", "md", joined="'1996-01'"), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Israel joined the Mediterranean Dialogue in 1995.\n", encoding="utf-8")
    loaded = CliRunner().invoke(cli, ["load", str(fix)], env=cli_env)
    assert loaded.exit_code == 0, loaded.output
    result = CliRunner().invoke(cli, ["load", str(article)], env=cli_env)
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(
        "kept the data in the graph as it stands: records of your files replaced 1 bundled "
        "record (fix.partnerships.yaml, loaded "
    )
    assert first.endswith("; `nato-graph load` writes the bundled data again")


def test_an_unknown_question_suggests_a_near_name_only() -> None:
    """`query run nonexistent` suggested 'known-errors', which shares a few letters only."""
    from nato_graph.queries.catalogue import CatalogueError, get

    for given, suggested in [
        ("timline", "timeline"),
        ("members", "framework-members"),
        ("framework", "frameworks"),
        ("neighborhood", "neighbourhood"),
    ]:
        with pytest.raises(CatalogueError, match=f"did you mean '{suggested}'"):
            get(given)
    with pytest.raises(CatalogueError, match=r"nonexistent'; see `nato-graph query list`$"):
        get("nonexistent")


def test_a_value_of_the_wrong_type_is_said_as_given(curated_store: Store) -> None:
    from nato_graph.queries.catalogue import CatalogueError

    with pytest.raises(CatalogueError, match=r"expects a whole number, e\.g\. 2024, got '1e3'$"):
        Connection.on(curated_store).ask("as-of", year="1e3")


def test_articles_alone_write_the_data_after_a_load_stopped_part_way(
    store: Store, tmp_path: Path
) -> None:
    """A graph a stopped load left part-written is no graph to keep as it stands: the data is
    written again (and the stopped load's warning cleared by it), as before the rule above."""
    import json

    fix = tmp_path / "fix.partnerships.yaml"
    fix.write_text(partnership("JOR", "md", joined="'1996-01'"), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Israel joined the Mediterranean Dialogue in 1995.\n", encoding="utf-8")
    db = Connection.on(store)
    db.load([fix])
    marker = Path(store.settings.home) / "unfinished" / "load.999999999.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(
        json.dumps({"location": store.settings.location, "started": "then", "files": []}),
        encoding="utf-8",
    )
    try:
        assert db.unfinished_loads()  # said before every command
        report = db.load([article])
        assert report.kept is None and report.data.rows > 1000
        assert not db.unfinished_loads()
    finally:
        marker.unlink(missing_ok=True)
