"""Each change in a partnership's status history carries the data's own note on it, to the reader.

A history entry in partnerships.yaml may have a `note` (Malta's suspension of 27 October 1996:
NATO calls the 1996-2008 break a suspension, not an end); the loader wrote every other field of
an event into the store and dropped the note, so no answer could show it. It is stored as
`history_notes` (one entry per event, "" where an event has none, null where none has one), and
every answer that lists a history gives it: each event map of `suspended`, `evidence`,
`country-profile` and `framework-members` has a `note` (null where none), `timeline` an
`event_note` beside the partnership's `note`. Expected notes come from the YAML files
(tests/oracle.py, tests/expected_history.py: no loader code, no Cypher).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph import schema
from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.loaders.load import load
from nato_graph.loaders.model import HISTORY_PROPERTIES
from nato_graph.output import html_table, table
from nato_graph.queries.catalogue import catalogue, run
from nato_graph.stores import Store
from tests import oracle
from tests.expected_history import event_notes, events

Partnership = tuple[str, str]  # (iso3, framework key)

MALTA_OUT = "NATO calls the 1996-2008 break a suspension, not an end."
MALTA_BACK = "following a Maltese cabinet decision of 20 March 2008."
RUSSIA_OUT = "NATO halted every form of practical civil and military cooperation"


def partnerships() -> dict[Partnership, dict]:
    return {(r["country"], r["framework"]): r for r in oracle.rows("partnerships")}


def notes_of(p: Partnership) -> list[str | None]:
    return event_notes(partnerships()[p])


def with_notes() -> set[Partnership]:
    return {p for p in partnerships() if any(notes_of(p))}


def test_the_data_has_notes_on_some_events_and_not_on_others() -> None:
    """The cases below are worth having: Malta's two changes in PfP, Russia's suspensions, and the
    end of two IPAPs (Georgia's, replaced by an Annual National Programme; Montenegro's, undated)."""
    assert with_notes() == {
        ("MLT", "pfp"),
        ("RUS", "pfp"),
        ("RUS", "eapc"),
        ("GEO", "ipap"),
        ("MNE", "ipap"),
    }
    malta = notes_of(("MLT", "pfp"))
    assert malta[0] is None  # the join: its caveats are the partnership's note
    assert malta[1] and malta[1].endswith(MALTA_OUT)
    assert malta[2] and malta[2].endswith(MALTA_BACK)
    assert [(n or "").startswith(RUSSIA_OUT) for n in notes_of(("RUS", "pfp"))] == [False, True]


# -- the store ------------------------------------------------------------------------------


def test_the_store_holds_each_events_note(curated_store: Store) -> None:
    rows = curated_store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) "
        "RETURN c.iso3 AS c, f.key AS f, r.history_notes AS notes, r.history_dates AS dates"
    ).rows
    assert len(rows) == len(partnerships())
    for row in rows:
        expected = notes_of((row["c"], row["f"]))
        if any(expected):
            assert row["notes"] == [n or "" for n in expected], row
            assert len(row["notes"]) == len(row["dates"])
        else:
            assert row["notes"] is None, row  # as history_by and history_earliest


def test_the_schema_and_the_lint_know_the_property() -> None:
    assert "history_notes" in HISTORY_PROPERTIES
    assert "history_notes" in schema.rel_type("PARTNER_IN").properties.split()
    assert "history_notes" in schema.lint_schema()["propertyKeys"]
    assert schema.checked_property("history_notes") == "history_notes"


def test_a_note_of_only_whitespace_says_nothing_and_a_reload_drops_a_note(
    store: Store, tmp_path: Path
) -> None:
    load(store)
    path = tmp_path / "mine.partnerships.yaml"

    def written(note: str | None) -> Any:
        entry = "{date: '2010', status: suspended" + (f", note: {note}" if note else "") + "}"
        path.write_text(
            "- country: ISR\n  framework: ici\n  joined: '2005'\n  status: suspended\n"
            f"  status_changed: '2010'\n  history:\n  - {entry}\n"
            "  sources: [nato-md-topic]\n  confidence: confirmed\n",
            encoding="utf-8",
        )
        load(store, [path])
        return store.read(
            "MATCH (:Country {iso3: 'ISR'})-[r:PARTNER_IN]->(:Framework {key: 'ici'}) "
            "RETURN r.history_notes AS notes"
        ).value()

    assert written("'an example'") == ["", "an example"]
    assert written(None) is None  # the reload left the note out: it is gone
    assert written("'   '") is None
    assert written("'Talks; then, a pause'") == ["", "Talks; then, a pause"]


# -- the answers ----------------------------------------------------------------------------


def partnership_of(name: str, params: dict[str, Any], row: dict[str, Any]) -> Partnership | None:
    """The partnership a row's history belongs to, or None for a row with none."""
    if name == "country-profile":
        if row["kind"] != "partnership":
            return None
        return oracle.find_country(params["country"]), oracle.find_framework(row["target"])
    if name == "evidence":
        if row["relationship"] != "PARTNER_IN":
            return None
        return oracle.find_country(row["from"]), oracle.find_framework(row["to"])
    return row["iso3"], oracle.find_framework(row["framework"])


HISTORY_CASES = [
    pytest.param("suspended", {}, {("RUS", "pfp"), ("RUS", "eapc")}, id="suspended"),
    pytest.param(
        "framework-members",
        {"framework": "PfP"},
        {("MLT", "pfp"), ("RUS", "pfp")},
        id="framework-members-pfp",
    ),
    pytest.param(
        "framework-members", {"framework": "EAPC"}, {("RUS", "eapc")}, id="framework-members-eapc"
    ),
    pytest.param("country-profile", {"country": "Malta"}, {("MLT", "pfp")}, id="profile-malta"),
    pytest.param(
        "country-profile",
        {"country": "RUS"},
        {("RUS", "pfp"), ("RUS", "eapc")},
        id="profile-russia",
    ),
    pytest.param("evidence", {"a": "Malta", "b": "PfP"}, {("MLT", "pfp")}, id="evidence-malta"),
    pytest.param("evidence", {"a": "EAPC", "b": "Russia"}, {("RUS", "eapc")}, id="evidence-russia"),
]


@pytest.mark.parametrize(("name", "params", "noted"), HISTORY_CASES)
def test_every_history_gives_each_events_note(
    curated_store: Store, name: str, params: dict[str, Any], noted: set[Partnership]
) -> None:
    rows = Connection.on(curated_store).ask(name, params).rows
    seen: set[Partnership] = set()
    for row in rows:
        p = partnership_of(name, params, row)
        if p is None:
            assert row["history"] == [], row
            continue
        assert all("note" in e for e in row["history"]), row  # null where an event has none
        assert [e["note"] for e in row["history"]] == notes_of(p), (p, row["history"])
        if any(notes_of(p)):
            seen.add(p)
    assert seen == noted


def test_the_partnerships_note_stays_beside_its_events_notes(curated_store: Store) -> None:
    """An event's note is not the partnership's: Russia's row keeps the caveat that NATO has not
    counted it as a partner since 2022, its 2014 suspension says what was halted."""
    (row,) = [
        r for r in Connection.on(curated_store).ask("suspended").rows
        if (r["iso3"], r["framework"]) == ("RUS", "PfP")
    ]  # fmt: skip
    assert "2022" in row["note"] and RUSSIA_OUT not in row["note"]
    assert row["history"][-1]["note"].startswith(RUSSIA_OUT)
    assert row["history"][-1]["date"] == "2014-04-01"


def test_timeline_gives_each_events_note_beside_its_partnerships(curated_store: Store) -> None:
    query = catalogue()["timeline"]
    assert query.columns[-2:] == ("event_note", "note")
    assert "`event_note`" in query.description
    rows = Connection.on(curated_store).ask("timeline", {"from": 1949, "to": 2025}).rows
    got: dict[Partnership, list[tuple[str, str | None]]] = {}
    for row in rows:
        if row["framework"] == "NATO":
            assert row["event_note"] is None, row  # an accession's note is the fact's own
            continue
        p = (row["iso3"], oracle.find_framework(row["framework"]))
        assert row["note"] == partnerships()[p].get("note"), row  # never replaced by the event's
        got.setdefault(p, []).append((row["date"], row["event_note"]))
    for p, found in got.items():
        dated = [d for d, _ in events(partnerships()[p])]
        assert found == list(zip(dated, notes_of(p), strict=True)), p
    assert {p for p, found in got.items() if any(n for _, n in found)} == with_notes()


def test_timeline_over_the_years_of_malta_s_return(curated_store: Store) -> None:
    rows = (
        Connection.on(curated_store)
        .ask("timeline", {"from": 2008, "to": 2008, "framework": "PfP"})
        .rows
    )
    (malta,) = [r for r in rows if r["iso3"] == "MLT"]
    assert malta["event"] == "resumed" and malta["event_note"].endswith(MALTA_BACK)
    assert malta["note"] == partnerships()["MLT", "pfp"]["note"]


# -- tables, JSON, CSV and HTML -------------------------------------------------------------


def test_a_table_gives_each_events_note_after_its_sources(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("framework-members", framework="PfP")
    out = table(result.columns, result.rows, max_width=None)
    (line,) = [x for x in out.splitlines() if x.startswith("PfP        Malta")]
    assert re.search(r"1995-04-26 joined (\[\d+\] ?)+, 1996-10-27 suspended by Malta", line)
    assert re.search(
        r"1996-10-27 suspended by Malta (\[\d+\] )+\(note: A newly elected Labour government "
        r"[^)]*" + re.escape(MALTA_OUT) + r"\), 2008-04-03 resumed by Malta",
        line,
    ), line
    assert re.search(r"2008-04-03 resumed by Malta (\[\d+\] )+\(note: Allies [^)]*\)", line)
    (austria,) = [x for x in out.splitlines() if x.startswith("PfP        Austria")]
    assert "(note:" not in austria  # an event without a note reads as before


def test_a_wrapped_table_keeps_its_columns_and_the_note(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("suspended")
    out = table(result.columns, result.rows)
    lines = out.splitlines()
    rule = [m.span() for m in re.finditer(r"-+", lines[1])]  # each column's place and width
    body = lines[2 : lines.index(f"({len(result.rows)} rows)")]
    assert all(len(x) <= len(lines[1]) for x in body)
    start, end = rule[result.columns.index("history")]
    assert end - start == 60
    history = " ".join(x[start:end].strip() for x in body)
    assert "(note: NATO halted every form of practical civil and military cooperation" in history


def test_html_gives_each_events_note(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("country-profile", country="Malta")
    page = html_table(result)
    assert "(note: A newly elected Labour government suspended Malta&#x27;s participation" in page


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_the_cli_gives_each_events_note(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], fmt: str
) -> None:
    result = runner.invoke(
        cli, ["query", "run", "suspended", "--format", fmt], env=cli_env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "(note: NATO halted every form of practical" in " ".join(result.output.split())
        return
    if fmt == "json":
        rows = json.loads(result.stdout)  # the question's caveat is on stderr
        history = {(r["iso3"], r["framework"]): r["history"] for r in rows}
    else:
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        history = {(r["iso3"], r["framework"]): json.loads(r["history"]) for r in rows}
    assert [e["note"] for e in history["RUS", "PfP"]] == notes_of(("RUS", "pfp"))
    assert [e["note"] for e in history["BLR", "PfP"]] == [None, None]


# -- both stores ----------------------------------------------------------------------------


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "params", "noted"), HISTORY_CASES)
def test_neo4j_gives_the_same_notes(
    neo4j_curated: Store, curated_store: Store, name: str, params: dict[str, Any], noted: Any
) -> None:
    on_neo4j, embedded = (
        run(neo4j_curated, name, params).rows,
        run(curated_store, name, params).rows,
    )
    assert on_neo4j == embedded
    assert any(e["note"] for r in on_neo4j for e in r["history"])


@pytest.mark.neo4j
def test_neo4j_holds_the_same_history_notes(neo4j_curated: Store, curated_store: Store) -> None:
    query = (
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) "
        "RETURN c.iso3 AS c, f.key AS f, r.history_notes AS notes ORDER BY c, f"
    )
    assert neo4j_curated.read(query).rows == curated_store.read(query).rows
    timeline = {"from": 2014, "to": 2014, "framework": None}
    assert (
        run(neo4j_curated, "timeline", timeline).rows
        == run(curated_store, "timeline", timeline).rows
    )
