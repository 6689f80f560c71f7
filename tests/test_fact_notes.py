"""Every answer that shows a fact with its sources or confidence carries the data's own note on it.

`partners-on-threat --param threat cyber` listed Israel as unverified and `shared-threats --param
a Israel --param b Jordan` showed Israel's cyber cooperation as unverified, both without the note
that says why (none of the stored sources lists cyber as an agreed Israel-NATO area);
`framework-threats`, `partners-turned-allies` and `timeline` dropped their facts' notes too. Each
note column is checked here, row by row, against the note of the data row behind the fact
(tests/oracle.py reads the YAML files: no loader code, no Cypher).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import UNVERIFIED, UNVERIFIED_NOTE
from nato_graph.queries.catalogue import catalogue
from nato_graph.stores import Store
from tests import oracle

Ends = tuple[tuple[str, str], tuple[str, str]]

# question -> its note columns, each beside the sources of the fact it is the note on
NOTE_COLUMNS: dict[str, tuple[str, ...]] = {
    "evidence": ("note",),
    "country-profile": ("note",),
    "framework-members": ("note",),
    "suspended": ("note",),
    "operation-contributors": ("note", "operation_note"),
    "framework-threats": ("note",),
    "partners-on-threat": ("note",),
    "shared-threats": ("a_note", "b_note"),
    "partners-turned-allies": ("note", "member_note"),
    "timeline": ("note",),
}

# Sources of something other than a fact relationship: an article's claim, a known error.
NOT_FACT_SOURCES = {"claim-evidence", "contradictions", "known-errors"}


def framework(acronym: str) -> tuple[str, str]:
    return ("Framework", oracle.find_framework(acronym))


def country(iso3: str) -> tuple[str, str]:
    return ("Country", iso3)


def israel_cyber_note() -> str:
    note = oracle.notes("COOPERATES_ON")[country("ISR"), ("Threat", "cyber")]
    assert note and "none of the stored sources lists cyber" in note
    return note


def ask(db: Store, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return Connection.on(db).ask(name, params).rows


# -- each question says what its note columns hold ------------------------------------------


@pytest.mark.parametrize("name", list(NOTE_COLUMNS))
def test_each_question_gives_and_documents_its_note_columns(name: str) -> None:
    query = catalogue()[name]
    columns = NOTE_COLUMNS[name]
    assert query.columns[-len(columns) :] == columns, name
    for column in columns:
        assert f"`{column}`" in query.description, (name, column)
    assert "own caveat" in query.description or "own note" in query.description, name


def test_every_sources_column_of_a_fact_has_its_note_beside_it() -> None:
    """`sources` comes with `note`, `a_sources` with `a_note`, `member_sources` with
    `member_note`: a question that cites a fact gives the data's caveat on it too."""
    for name, query in catalogue().items():
        if name in NOT_FACT_SOURCES:
            continue
        for column in query.columns:
            if column == "sources" or column.endswith("_sources"):
                note = column.removesuffix("sources") + "note"
                assert note in query.columns, (name, column)
        if "sources" in query.columns or "source_key" in query.columns:
            assert name in NOTE_COLUMNS, name


def test_every_question_that_marks_links_gives_their_notes() -> None:
    """`unverified_links` and `inactive_links` come with `link_notes`: a question that names the
    links a row rests on as unverified or not active gives the data's note on each too
    (connection, neighbourhood and coverage-gaps; tests/test_path_notes.py checks them)."""
    marking = [
        name
        for name, query in catalogue().items()
        if {"unverified_links", "inactive_links"} & set(query.columns)
    ]
    assert {"connection", "coverage-gaps", "neighbourhood"} <= set(marking)
    for name in marking:
        assert "link_notes" in catalogue()[name].columns, name


# -- each note is the note of the data row behind the fact ----------------------------------


def test_framework_threats_carries_each_links_note(curated_store: Store) -> None:
    held = oracle.notes("ADDRESSES")
    seen: dict[Ends, str | None] = {}
    for row in oracle.rows("frameworks"):
        for got in ask(curated_store, "framework-threats", {"framework": row["acronym"]}):
            ends = (framework(got["framework"]), ("Threat", got["key"]))
            assert got["note"] == held[ends], got
            seen[ends] = got["note"]
    from_frameworks = {e: n for e, n in held.items() if e[0][0] == "Framework"}
    assert seen == from_frameworks  # every framework's every link, each note once
    assert seen[framework("SPS"), ("Threat", "civil_emergency")] == (
        "Includes a Western Balkans project on emergency response."
    )
    assert {n is None for n in seen.values()} == {True, False}


def test_partners_on_threat_carries_each_cooperations_note(curated_store: Store) -> None:
    held = oracle.notes("COOPERATES_ON")
    seen: dict[Ends, str | None] = {}
    for threat in oracle.rows("threats"):
        for got in ask(curated_store, "partners-on-threat", {"threat": threat["key"]}):
            ends = (country(got["iso3"]), ("Threat", threat["key"]))
            assert got["note"] == held[ends], got
            seen[ends] = got["note"]
    partners = {e: n for e, n in held.items() if e[0][1] not in oracle.members()}
    assert seen == partners
    assert {n is None for n in seen.values()} == {True, False}


def test_partners_on_cyber_say_why_israel_is_unverified(curated_store: Store) -> None:
    rows = ask(curated_store, "partners-on-threat", {"threat": "cyber"})
    (israel,) = [r for r in rows if r["iso3"] == "ISR"]
    assert (israel["confidence"], israel["note"]) == ("unverified", israel_cyber_note())
    (jordan,) = [r for r in rows if r["iso3"] == "JOR"]
    assert (jordan["confidence"], jordan["note"]) == ("confirmed", None)


def shared_cases() -> list[Any]:
    """Each partner that cooperates on something now, against the next partner that shares a
    threat with it, and a few against a framework (whose side's note is an ADDRESSES one)."""
    now: dict[str, set[str]] = {}
    for u, v, d in oracle.edges("COOPERATES_ON"):
        if u[1] not in oracle.members() and d.get("until") is None:
            now.setdefault(u[1], set()).add(v[1])
    partners = sorted(now)
    pairs = []
    for i, a in enumerate(partners):
        others = partners[i + 1 :] + partners[:i]
        pairs += [(a, b) for b in others if now[a] & now[b]][:1]
    pairs += [("ISR", "MD"), ("GEO", "PfP"), ("JOR", "DCB"), ("ISR", "PAG"), ("KWT", "ICI")]
    return [pytest.param(a, b, id=f"{a}-{b}") for a, b in pairs]


@pytest.mark.parametrize(("a", "b"), shared_cases())
def test_shared_threats_carries_each_sides_note(curated_store: Store, a: str, b: str) -> None:
    cooperation, addresses = oracle.notes("COOPERATES_ON"), oracle.notes("ADDRESSES")
    try:
        other, held_b = country(oracle.find_country(b)), cooperation
    except KeyError:
        other, held_b = framework(b), addresses
    rows = ask(curated_store, "shared-threats", {"a": a, "b": b})
    assert rows, "pick two that share a threat"
    for got in rows:
        threat = ("Threat", got["key"])
        assert got["a_note"] == cooperation[country(a), threat], got
        assert got["b_note"] == held_b[other, threat], got


def test_shared_threats_with_notes_on_one_side_on_the_other_and_on_neither(
    curated_store: Store,
) -> None:
    """The cases above are worth having: the notes fall on either side, or on neither."""
    notes: set[tuple[bool, bool]] = set()
    for case in shared_cases():
        a, b = case.values
        for got in ask(curated_store, "shared-threats", {"a": a, "b": b}):
            notes.add((got["a_note"] is not None, got["b_note"] is not None))
    assert notes == {(True, True), (True, False), (False, True), (False, False)}


def test_shared_threats_say_why_israels_cyber_side_is_unverified(curated_store: Store) -> None:
    rows = ask(curated_store, "shared-threats", {"a": "Israel", "b": "Jordan"})
    (cyber,) = [r for r in rows if r["key"] == "cyber"]
    assert (cyber["a_confidence"], cyber["a_note"]) == ("unverified", israel_cyber_note())
    assert (cyber["b_confidence"], cyber["b_note"]) == ("confirmed", None)
    back = ask(curated_store, "shared-threats", {"a": "Jordan", "b": "Israel"})
    (cyber,) = [r for r in back if r["key"] == "cyber"]
    assert (cyber["b_confidence"], cyber["b_note"]) == ("unverified", israel_cyber_note())


def test_partners_turned_allies_carries_the_partnerships_and_the_accessions_note(
    curated_store: Store,
) -> None:
    partnerships, accessions = oracle.notes("PARTNER_IN"), oracle.notes("MEMBER_OF")
    rows = ask(curated_store, "partners-turned-allies", {"framework": None})
    assert rows
    for got in rows:
        assert got["note"] == partnerships[country(got["iso3"]), framework(got["framework"])]
        assert got["member_note"] == accessions[country(got["iso3"]), ("Organization", "NATO")]
    (mkd,) = [r for r in rows if (r["iso3"], r["framework"]) == ("MKD", "PfP")]
    assert mkd["member_note"] and "30 March 2020" in mkd["member_note"]
    for column in ("note", "member_note"):
        assert {r[column] is None for r in rows} == {True, False}, column


def test_timeline_carries_the_note_of_each_events_fact(curated_store: Store) -> None:
    partnerships, accessions = oracle.notes("PARTNER_IN"), oracle.notes("MEMBER_OF")
    rows = ask(curated_store, "timeline", {"from": 1949, "to": 2025, "framework": None})
    held = 0
    for got in rows:
        if got["framework"] == "NATO":
            assert got["event"] == "acceded"
            expected = accessions[country(got["iso3"]), ("Organization", "NATO")]
        else:
            expected = partnerships[country(got["iso3"]), framework(got["framework"])]
        assert got["note"] == expected, got
        held += expected is not None
    assert 0 < held < len(rows)
    (sweden,) = [r for r in rows if (r["iso3"], r["event"]) == ("SWE", "acceded")]
    assert sweden["note"] and "11 March 2024" in sweden["note"]
    malta = [r for r in rows if (r["iso3"], r["framework"]) == ("MLT", "PfP")]
    assert [r["event"] for r in malta] == ["joined", "suspended", "resumed"]
    assert len({r["note"] for r in malta}) == 1  # each event of a partnership: its one note


# -- the note reaches the table, JSON, CSV and pandas ---------------------------------------

CASES = [
    pytest.param("framework-threats", ["framework", "SPS"], id="framework-threats"),
    pytest.param("partners-on-threat", ["threat", "cyber"], id="partners-on-threat"),
    pytest.param("shared-threats", ["a", "Israel", "b", "Jordan"], id="shared-threats"),
    pytest.param("partners-turned-allies", ["framework", "PfP"], id="partners-turned-allies"),
    pytest.param("timeline", ["from", "2024", "to", "2024"], id="timeline"),
]


def cli_args(name: str, params: list[str]) -> list[str]:
    args = ["query", "run", name]
    for key, value in zip(params[::2], params[1::2], strict=True):
        args += ["--param", key, value]
    return args


def python_params(params: list[str]) -> dict[str, Any]:
    pairs = zip(params[::2], params[1::2], strict=True)
    return {k: int(v) if v.isdigit() else v for k, v in pairs}


@pytest.mark.parametrize(("name", "params"), CASES)
def test_json_and_csv_carry_the_notes(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], name: str, params: list[str]
) -> None:
    expected = ask(loaded, name, python_params(params))
    columns = NOTE_COLUMNS[name]
    notes = [tuple(r[c] for c in columns) for r in expected]
    assert any(n is not None for row in notes for n in row), "pick parameters with a note"
    as_json = runner.invoke(cli, [*cli_args(name, params), "--format", "json"], env=cli_env)
    assert as_json.exit_code == 0, (as_json.output, as_json.stderr)
    assert [tuple(r[c] for c in columns) for r in json.loads(as_json.stdout)] == notes
    as_csv = runner.invoke(cli, [*cli_args(name, params), "--format", "csv"], env=cli_env)
    assert as_csv.exit_code == 0, (as_csv.output, as_csv.stderr)
    lines = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert list(lines[0]) == list(catalogue()[name].columns)
    assert [tuple(line[c] or None for c in columns) for line in lines] == notes


def test_the_table_shows_israels_note_beside_its_unverified_mark(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    args = [*cli_args("partners-on-threat", ["threat", "cyber"]), "--format", "table"]
    result = runner.invoke(cli, [*args, "--width", "0"], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    lines = result.stdout.splitlines()
    assert lines[0].split()[-2:] == ["unverified", "note"]
    (israel,) = [line for line in lines if line.startswith("Israel ")]
    assert UNVERIFIED in israel and israel.endswith(f"  {israel_cyber_note()}")
    assert UNVERIFIED_NOTE in lines


def test_a_dataframe_has_the_note_columns(curated_store: Store) -> None:
    frame = Connection.on(curated_store).ask("shared-threats", a="Israel", b="Jordan").to_df()
    assert list(frame.columns[-2:]) == ["a_note", "b_note"]
    assert israel_cyber_note() in set(frame["a_note"])
