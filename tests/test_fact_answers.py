"""Every answer that states a fact says how sure it is and when: confidence, dates, history, sources.

A journalist quotes what the tool prints. So each fact-stating question returns the fact's
confidence (``confirmed`` or ``unverified``) and, for partnerships, when it began, when its
status last changed and its whole status history; tables mark unverified facts at a glance,
and sources come back as title and address, not bare keys.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import UNVERIFIED, table
from nato_graph.queries.catalogue import catalogue
from nato_graph.stores import Store

# question -> (its confidence columns, its date columns)
FACT_QUESTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "framework-members": (("confidence",), ("joined", "status_changed", "history")),
    "country-profile": (("confidence",), ("since", "status_changed", "history")),
    "suspended": (("confidence",), ("joined", "since", "history")),
    "timeline": (("confidence",), ("date",)),
    "shared-threats": (("a_confidence", "b_confidence"), ()),
    "partners-on-threat": (("confidence",), ("since",)),
    "framework-threats": (("confidence",), ()),
    "operation-contributors": (("confidence",), ("start", "end")),
    "partners-turned-allies": (("confidence",), ("partner_since", "member_since")),
    "connection": (("confidence",), ()),
    "evidence": (("confidence",), ()),
}


def cases() -> list[object]:
    return [
        pytest.param(name, which, id=f"{name}-{which}")
        for name in FACT_QUESTIONS
        for which in ("defaults", "examples")
    ]


@pytest.mark.parametrize(("name", "which"), cases())
def test_fact_questions_carry_confidence_and_dates(
    curated_store: Store, name: str, which: str
) -> None:
    query = catalogue()[name]
    confidence, dates = FACT_QUESTIONS[name]
    assert set(confidence) | set(dates) <= set(query.columns), name
    params = query.defaults if which == "defaults" else query.examples
    rows = Connection.on(curated_store).ask(name, params).rows
    assert rows, f"{name} on {params} says nothing: pick parameters that do"
    for row in rows:
        if name == "country-profile" and row["kind"] == "region":
            continue  # a country's region is geography, not a sourced claim
        for column in confidence:
            assert row[column] in ("confirmed", "unverified"), (name, row)


@pytest.mark.parametrize(
    ("country", "framework", "history"),
    [
        pytest.param(
            "Malta", "PfP", ["1995-04-26 joined", "1996-10-27 suspended", "2008-04-03 resumed"],
            id="malta-suspended-and-back",
        ),
        pytest.param("Russia", "PfP", ["1994-06-22 joined", "2014-04-01 suspended"], id="russia"),
        pytest.param("Afghanistan", "PAG", ["2006-09-06 joined", "2021-08-20 suspended"], id="afg"),
    ],
)  # fmt: skip
def test_the_status_history_shows_when_the_status_changed(
    curated_store: Store, country: str, framework: str, history: list[str]
) -> None:
    rows = Connection.on(curated_store).ask("country-profile", country=country).rows
    (row,) = [r for r in rows if r["kind"] == "partnership" and r["target"] == framework]
    assert row["history"] == history
    assert row["status_changed"] == history[-1].split()[0]


def test_unverified_facts_are_marked_in_tables(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("country-profile", country="Israel")
    cyber = [r for r in result.rows if r["target"] == "Cyber threats and cyber defence"]
    assert cyber and cyber[0]["confidence"] == "unverified"
    out = table(result.columns, result.rows)
    (line,) = [x for x in out.splitlines() if x.startswith("cooperation  Cyber")]
    assert UNVERIFIED in line
    assert "? unverified: " in out


def test_sources_come_back_as_title_and_address(curated_store: Store) -> None:
    rows = Connection.on(curated_store).ask("framework-members", framework="ICI").rows
    for row in rows:
        for source in row["sources"]:
            assert set(source) == {"key", "title", "url", "publisher", "kind", "date"}
            assert source["title"] and source["key"]
    out = table(["partner", "sources"], rows)
    assert "[1] " in out and "https://" in out


def test_a_table_wraps_long_cells_and_loses_nothing(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    args = ["query", "run", "country-profile", "--param", "country", "Israel", "--format", "table"]
    threat = "Proliferation of weapons of mass destruction and CBRN threats"  # 61 characters
    wrapped = runner.invoke(cli, [*args, "--width", "30"], env=cli_env)
    assert wrapped.exit_code == 0 and threat not in wrapped.output
    lines = wrapped.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "Proliferation of weapons of" in line)
    column = lines[at].index("Proliferation")
    # the rest of the cell on the lines below, in the same column, the other columns blank
    rest = [line[column : column + 30].strip() for line in lines[at + 1 : at + 3]]
    assert " ".join(["Proliferation of weapons of", *rest]) == threat
    assert all(not line[:column].strip() for line in lines[at + 1 : at + 3])
    whole = runner.invoke(cli, [*args, "--width", "0"], env=cli_env)
    assert threat in whole.output


def test_jupyter_tables_show_source_titles_and_addresses(curated_store: Store) -> None:
    from nato_graph.output import html_table

    result = Connection.on(curated_store).ask("framework-members", framework="ICI")
    page = html_table(result)
    first = result.rows[0]["sources"][0]
    assert first["title"].replace("'", "&#x27;") in page and '"key"' not in page
