"""The twelfth analyst's audit (2026-12), on the real embedded store.

- `connection --param from "Saudi Arabia" --param to Qatar` printed the path
  `(Country: Saudi Arabia)-[:PARTNER_IN]->(Framework: ICI)<-[:PARTNER_IN]-(Country: Qatar)`: the
  column people copy stated a partnership where the data holds an invitation (only
  `inactive_links` said so). A link that does not hold as an active one now says what it is in
  the path itself ("-[:PARTNER_IN invited 2004-06]->", "-[:COOPERATES_ON until 2014-04-01]->").
- The README says a record given again replaces the one in the graph, and answers say a change
  after the data's date is in them only if data you loaded records it; but a record of the bundled
  data given in the user's files was refused as a duplicate, so no bundled fact could be corrected
  or brought up to date. A record of the user's files now replaces the bundled record of the same
  identity, and `load` says so on stderr.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.loaders.load import load
from nato_graph.loaders.validate import ValidationError
from nato_graph.output import cell
from nato_graph.queries.checks import ParameterError
from nato_graph.stores import Store
from tests.test_loader import bundled_line, partnership


def test_a_path_says_a_link_is_an_invitation(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask(
        "connection", {"from": "Saudi Arabia", "to": "Qatar", "max_hops": 2}
    )
    paths = [cell(r["path"]) for r in answer.rows if r["route"][1] == "ICI"]
    assert paths == [
        "(Country: Saudi Arabia)-[:PARTNER_IN invited 2004-06]->(Framework: ICI)"
        "<-[:PARTNER_IN]-(Country: Qatar)"
    ]


def test_a_path_says_a_link_lapsed(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask(
        "connection", {"from": "Russia", "to": "Japan", "max_hops": 2}
    )
    paths = [
        cell(r["path"]) for r in answer.rows if r["route"][1] == "Terrorism and violent extremism"
    ]
    assert paths == [
        "(Country: Russia)-[:COOPERATES_ON until 2014-04-01]->(Threat: Terrorism and violent "
        "extremism)<-[:COOPERATES_ON]-(Country: Japan)"
    ]


def _israel_md(store: Store) -> dict[str, object]:
    (row,) = store.read(
        "MATCH (:Country {iso3: 'ISR'})-[p:PARTNER_IN]->(:Framework {key: 'md'}) "
        "RETURN p.note AS note, p.sources AS sources, p.joined_sources AS joined_sources"
    ).rows
    return row


def test_a_record_of_the_users_files_replaces_the_bundled_one(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mine.partnerships.yaml"
    path.write_text(partnership("ISR", "md", joined="'1995-02'", note="Corrected."), "utf-8")
    summary = load(store, [path])
    line = bundled_line("partnerships", "- country: ISR", "  framework: md")
    assert summary.replaced == [
        f"{path}:1 replaces the bundled partnerships record ISR/md "
        f"(loaders/data/partnerships.yaml:{line})"
    ]
    assert _israel_md(store) == {
        "note": "Corrected.",
        "sources": ["nato-md-topic"],
        "joined_sources": None,
    }
    # a load without the user's file writes the bundled record back
    assert load(store).replaced == []
    assert _israel_md(store)["note"] != "Corrected."


def test_load_notes_on_stderr_what_it_replaced(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "mine.countries.yaml"
    path.write_text("- iso3: ISR\n  name: Israel\n  region: western_asia\n", "utf-8")
    result = runner.invoke(cli, ["load", str(path)], env=cli_env)
    assert result.exit_code == 0, result.output
    line = bundled_line("countries", "- iso3: ISR")
    assert (
        f"load: note: {path}:1 replaces the bundled countries record ISR "
        f"(loaders/data/countries.yaml:{line})"
    ) in result.stderr


def test_a_replacement_is_checked_as_any_record_is(store: Store, tmp_path: Path) -> None:
    """Nothing is written when the user's record is wrong: the bundled one is not kept instead."""
    path = tmp_path / "mine.partnerships.yaml"
    path.write_text(partnership("ISR", "md", sources="[no-such-source]"), "utf-8")
    with pytest.raises(ValidationError, match="sources: 'no-such-source' is not in sources"):
        load(store, [path])
    assert store.read("MATCH (n) RETURN count(n) AS n").value() == 0


def test_a_cut_entity_view_says_how_to_draw_more(curated_store: Store) -> None:
    """`view neighbourhood NATO --hops 3` said "a larger limit lists them", which its command does
    not take: it names the command that does."""
    view = Connection.on(curated_store).view.neighbourhood("NATO", hops=3)
    (note,) = [n for n in view.notes if n.startswith("limit: ")]
    assert note.endswith(
        "there are more (`nato-graph view query neighbourhood --param entity NATO --param hops 3 "
        "--param limit N` draws up to N)"
    )


def test_a_span_ending_before_any_date_is_refused(curated_store: Store) -> None:
    """`timeline --param to 1500` answered nothing, where `--param from 1700` was refused."""
    with pytest.raises(ParameterError, match="parameter to: 1500 is before 1800"):
        Connection.on(curated_store).ask("timeline", {"to": 1500})


def test_an_empty_home_is_refused(runner: CliRunner) -> None:
    """`--home "" status` used NATO_GRAPH_HOME's store, or the default's, without a word."""
    result = runner.invoke(cli, ["--home", "", "status"], env={"NATO_GRAPH_HOME": "/nonexistent"})
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: home is empty: give the embedded store's directory")


def test_a_views_errors_are_the_documented_ones(curated_store: Store) -> None:
    """`view.country("Jordan", hops=0)` raised a CatalogueError (the README says an argument out
    of range is an ArgumentError), and `view.country("MD")` a ViewError nato_graph did not
    export."""
    import nato_graph

    db = Connection.on(curated_store)
    with pytest.raises(nato_graph.ArgumentError, match="hops must be"):
        db.view.country("Jordan", hops=0)
    with pytest.raises(nato_graph.ViewError, match="names a framework, not a country"):
        db.view.country("MD")
