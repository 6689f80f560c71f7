"""An analyst's audit (the ninth): answers that left things out without saying so.

`timeline` started at 1990 unless told otherwise, and dropped NATO's accessions of 1949-1982 with
no word (`--param country Turkey` gave no rows); `ask` from Python answered for a default year or
country with no note, where the command line names it; Israel's 1995 join of the Mediterranean
Dialogue cited two reports on Turkey's veto of 2012 and 2016; `as-of` said that Sweden stopped
taking part in the EAPC when it joined NATO, where it sits on as an Ally, and answers on the
EAPC's partners did not say that the Allies sit in it too. Each is checked against the data
files (tests/oracle.py), not the loader.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests import oracle


def test_timeline_left_to_its_defaults_reaches_back_to_the_first_accessions(
    curated_store: Store,
) -> None:
    db = Connection.on(curated_store)
    turkey = db.ask("timeline", country="Turkey").rows
    assert [(r["date"], r["event"]) for r in turkey] == [("1952-02-18", "acceded")]
    accessions = db.ask("timeline", framework="NATO").rows
    held = oracle.rows("nato_members")
    assert len(accessions) == len(held)
    assert accessions[0]["year"] == min(int(str(m["joined"])[:4]) for m in held) == 1949
    # a given `from` still bounds it
    assert all(
        r["year"] >= 1999 for r in db.ask("timeline", {"framework": "NATO", "from": 1999}).rows
    )


def test_ask_names_a_default_it_answered_for(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    assert db.ask("as-of").notes[0] == "no year given: the answer is for 2010, its default"
    assert db.ask("country-profile").notes[0] == (
        "no country given: the answer is for Israel, its default"
    )
    assert not any("default" in n for n in db.ask("as-of", year=2010).notes)
    # a span's defaults are its whole reach, not a pick: no note
    assert not any("default" in n for n in db.ask("timeline").notes)


def test_the_command_line_names_a_default_once_in_its_own_words(
    runner: CliRunner, cli_env: dict[str, str], curated_store: Store
) -> None:
    env = {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}
    result = runner.invoke(cli, ["query", "run", "as-of", "--format", "csv"], env=env)
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "default" in line]
    assert said == ["as-of: note: no --param year given: the answer is for 2010, its default"]


def test_israels_join_of_the_dialogue_cites_what_reports_it(curated_store: Store) -> None:
    (row,) = [
        r
        for r in Connection.on(curated_store).ask("timeline", country="Israel", framework="MD").rows
        if r["event"] == "joined"
    ]
    fact = oracle.fact("PARTNER_IN", ("Country", "ISR"), ("Framework", "md"))
    assert [s["key"] for s in row["sources"]] == fact["joined_sources"]
    assert not {"hurriyet-veto-2012", "europalforum-2016"} & set(fact["joined_sources"])
    # the veto reports stay cited for the partnership, whose note tells of the veto
    assert {"hurriyet-veto-2012", "europalforum-2016"} <= set(fact["sources"])


def test_a_new_ally_sits_on_in_the_eapc(curated_store: Store) -> None:
    rows = {r["framework"]: r for r in Connection.on(curated_store).ask("as-of", year=2024).rows}
    assert rows["EAPC"]["stopped_during_year"] == [
        "Sweden (became a NATO member 2024-03-07, sits on as an Ally)"
    ]
    # a partnership of partners only ends there
    assert rows["PfP"]["stopped_during_year"] == ["Sweden (became a NATO member 2024-03-07)"]
    eapc = oracle.graph().nodes[("Framework", "eapc")]
    assert eapc["participants"] == "allies and partners"


def test_the_eapcs_partners_say_the_allies_sit_in_it_too(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    (note,) = [n for n in db.ask("framework-members", framework="EAPC").notes if "Allies" in n]
    assert note == (
        "framework: the EAPC (Euro-Atlantic Partnership Council, since 1997-05-30) is a forum of "
        "Allies and partners: the answer lists its partners; the NATO members take part as "
        "Allies (a partner that joined NATO sits on as one) and are not in this answer"
    )
    # a framework of partners only has no such note; nor the NACC, whose partners the data does
    # not hold (its own note says so)
    assert not any("Allies" in n for n in db.ask("framework-members", framework="MD").notes)
    assert not any("forum of Allies" in n for n in db.ask("timeline", framework="NACC").notes)


def test_a_framework_given_for_a_country_or_text_is_said_to_be_one(curated_store: Store) -> None:
    """`known-errors --param country MD` offered North Macedonia and Moldova, where every other
    question says that 'MD' names the framework MD; text a known error holds is still read.
    (Audit 10: it now answers for the framework, by its names, and says it read one.)"""
    db = Connection.on(curated_store)
    answer = db.ask("known-errors", country="MD")
    assert answer.notes == [
        "country: 'MD' names the framework MD, not a country; the answer is the known errors that "
        "mention it by acronym, name or alias"
    ]
    assert answer.rows
    assert db.ask("known-errors", country="Mediterranean Dialogue").rows


def test_every_error_a_question_raises_is_exported_by_name(curated_store: Store) -> None:
    """`ask` raised ParameterError, CatalogueError and SameEntityError, none of them exported:
    from Python they could be caught only as NatoGraphError."""
    import nato_graph

    db = Connection.on(curated_store)
    asked: list[tuple[str, dict[str, object], type[Exception]]] = [
        ("as-of", {"year": 2030}, nato_graph.ParameterError),
        ("as-of", {"year": "abc"}, nato_graph.CatalogueError),
        ("connection", {"from": "Japan", "to": "JPN"}, nato_graph.SameEntityError),
        ("country-profile", {"country": "Atlantis"}, nato_graph.UnknownValueError),
    ]
    for name, params, error in asked:
        with pytest.raises(error):
            db.ask(name, params)
        assert error.__name__ in nato_graph.__all__
