"""The sources behind a link come with the data's own note on it.

`evidence --param a Israel --param b cyber` printed the Israel COOPERATES_ON cyber fact as
unverified and never said why: its note ("... none of the stored sources lists cyber as an agreed
Israel-NATO area") is the caveat a reader checking that link needs most.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import UNVERIFIED, UNVERIFIED_NOTE
from nato_graph.queries.catalogue import catalogue
from nato_graph.stores import Store
from tests import expected_history as history
from tests.oracle import rows as oracle_rows


def israel_cyber_note() -> str:
    (row,) = [
        r for r in oracle_rows("cooperation") if (r["country"], r["threat"]) == ("ISR", "cyber")
    ]
    assert row["confidence"] == "unverified" and "none of the stored sources" in row["note"]
    return row["note"]


def expected_notes(a: str, b: str) -> dict[tuple[str, str, str], str | None]:
    """(relationship, from, to) -> the note of the data row behind each fact linking a and b."""
    ends_a, ends_b = history.entities(a), history.entities(b)
    return {
        (d["type"], history.display_name(u), history.display_name(v)): d.get("note")
        for u, v, d in history.fact_edges()
        if (u in ends_a and v in ends_b) or (u in ends_b and v in ends_a)
    }


def test_evidence_documents_its_note_column() -> None:
    query = catalogue()["evidence"]
    assert query.columns[-1] == "note"
    assert "`note` is the data's own note on the fact, null where it has none" in query.description


def test_the_python_api_gives_an_unverified_facts_own_note(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("evidence", a="Israel", b="cyber")
    assert result.rows
    assert {(r["relationship"], r["confidence"], r["note"]) for r in result} == {
        ("COOPERATES_ON", "unverified", israel_cyber_note())
    }
    assert list(result.to_df()["note"].unique()) == [israel_cyber_note()]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Israel", "cyber", id="cooperation"),
        pytest.param("Malta", "PfP", id="partnership-with-history"),
        pytest.param("Sweden", "NATO", id="membership"),
        pytest.param("SPS", "civil_emergency", id="addresses"),
        pytest.param("KWT", "ICI Regional Centre", id="hosted-and-served"),
        pytest.param("Singapore", "ISAF", id="contribution"),
        pytest.param("Jordan", "cyber", id="no-note"),
    ],
)
def test_every_kind_of_link_carries_the_note_of_its_data_row(
    curated_store: Store, a: str, b: str
) -> None:
    """Each row (one per source) carries its fact's note, null where the data row has none."""
    rows = Connection.on(curated_store).ask("evidence", a=a, b=b).rows
    expected = expected_notes(a, b)
    assert rows and {(r["relationship"], r["from"], r["to"]) for r in rows} == set(expected)
    for row in rows:
        assert row["note"] == expected[(row["relationship"], row["from"], row["to"])], row


def test_the_cases_hold_notes_and_the_lack_of_one() -> None:
    """The cases above are worth having: a note on some, none on one."""
    none = expected_notes("Jordan", "cyber")
    assert none and set(none.values()) == {None}
    assert all(expected_notes("Sweden", "NATO").values())
    assert all(expected_notes("KWT", "ICI Regional Centre").values())


ISRAEL_CYBER = ["query", "run", "evidence", "--param", "a", "Israel", "--param", "b", "cyber"]


def test_the_table_shows_the_note_and_the_unverified_legend(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    result = runner.invoke(cli, [*ISRAEL_CYBER, "--format", "table", "--width", "0"], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    head, _, row, count, legend = result.stdout.splitlines()
    assert head.split()[-2:] == ["confidence", "note"]
    assert row.endswith(f"  {UNVERIFIED}  {israel_cyber_note()}")
    assert (count, legend) == ("(1 row)", UNVERIFIED_NOTE)


def test_a_wrapped_table_keeps_every_word_of_the_note(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    result = runner.invoke(cli, [*ISRAEL_CYBER, "--format", "table"], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    lines = result.stdout.splitlines()
    start = lines[0].index("note")
    column = " ".join(line[start:].strip() for line in lines[2:] if line.startswith(("COOP", " ")))
    assert column == israel_cyber_note()
    assert UNVERIFIED_NOTE in lines


def test_json_and_csv_carry_the_note(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    as_json = runner.invoke(cli, [*ISRAEL_CYBER, "--format", "json"], env=cli_env)
    assert as_json.exit_code == 0, (as_json.output, as_json.stderr)
    (row,) = json.loads(as_json.stdout)
    assert (row["confidence"], row["note"]) == ("unverified", israel_cyber_note())
    as_csv = runner.invoke(cli, [*ISRAEL_CYBER, "--format", "csv"], env=cli_env)
    assert as_csv.exit_code == 0, (as_csv.output, as_csv.stderr)
    (line,) = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert (line["confidence"], line["note"]) == ("unverified", israel_cyber_note())
    assert list(line) == list(catalogue()["evidence"].columns)
