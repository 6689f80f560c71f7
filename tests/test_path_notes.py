"""connection, neighbourhood and coverage-gaps give the data's own note on each link they mark.

`connection --param from Japan --param to Israel` listed "Israel COOPERATES_ON Cyber threats and
cyber defence" among a path's unverified links without the data's note on it (none of the stored
sources lists cyber as an agreed Israel-NATO area), and Japan's IPCP among its inactive links
without the note that says what replaced it; `neighbourhood` and `coverage-gaps` named their
unverified links the same way. Each now gives `link_notes`: for each link it marks (unverified,
or for `connection` and `neighbourhood` also not active) that has a note, "link: note", the link
named as the question's other columns name it. Checked here row by row against the data rows
behind the links (tests/oracle.py reads the YAML files: no loader code, no Cypher), on a small
graph of its own for the links the curated data holds no note on, and on both stores.
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
from nato_graph.output import UNVERIFIED_NOTE
from nato_graph.queries.catalogue import catalogue, run
from nato_graph.records import Path
from nato_graph.schema import REL_TYPE_NAMES
from nato_graph.stores import Store
from tests import oracle
from tests.expected_facts import node_id

QUESTIONS = ("connection", "neighbourhood", "coverage-gaps")

ISRAEL_CYBER = "Israel COOPERATES_ON Cyber threats and cyber defence"


def israel_cyber_note() -> str:
    note = oracle.notes("COOPERATES_ON")[("Country", "ISR"), ("Threat", "cyber")]
    assert note and "none of the stored sources lists cyber" in note
    return note


def links(path: Path) -> list[tuple[str, tuple[str, str], tuple[str, str]]]:
    """Each relationship of a path as (type, start, end), in path order, ends as the oracle's."""
    ids = {n.id: node_id(n) for n in path.nodes}
    return [(r.type, ids[r.start], ids[r.end]) for r in path.relationships]


def name(rtype: str, start: tuple[str, str], end: tuple[str, str]) -> str:
    return f"{oracle.caption(start)} {rtype} {oracle.caption(end)}"


def expected_notes(path: Path, *, inactive_too: bool) -> list[str]:
    """The notes a path's row must give: of each link held only as unverified (and, where the
    question marks them, each partly unverified or not active), in path order, where the data row
    has a note."""
    found = []
    for rtype, start, end in links(path):
        d = oracle.fact(rtype, start, end)
        unsure = d.get("confidence") == "unverified"
        if d.get("note") and (unsure or (inactive_too and oracle.marked(rtype, start, end))):
            found.append(f"{name(rtype, start, end)}: {d['note']}")
    return found


def marked_facts() -> list[tuple[str, tuple[str, str], tuple[str, str]]]:
    """Every fact an answer marks, unverified or not active, in a stable order."""
    return sorted(
        (t, u, v) for t in REL_TYPE_NAMES for u, v, _ in oracle.edges(t) if oracle.marked(t, u, v)
    )


# -- each question says what the column holds ----------------------------------------------


@pytest.mark.parametrize("question", QUESTIONS)
def test_each_question_gives_and_documents_link_notes(question: str) -> None:
    query = catalogue()[question]
    assert query.columns[-1] == "link_notes"
    text = " ".join(query.description.split())
    assert "`link_notes`" in text and "own note" in text and '"link: note"' in text


# -- connection ------------------------------------------------------------------------------


def test_connection_from_japan_to_israel_says_why_its_links_are_marked(
    curated_store: Store,
) -> None:
    rows = run(curated_store, "connection", {"from": "Japan", "to": "Israel"}).rows
    by_route = {row["route"][1]: row for row in rows}
    cyber = by_route["Cyber threats and cyber defence"]
    assert cyber["unverified_links"] == [ISRAEL_CYBER]
    assert cyber["link_notes"] == [f"{ISRAEL_CYBER}: {israel_cyber_note()}"]
    ipcp = by_route["IPCP"]  # Japan's IPCP gave way to an ITPP; Israel's is held as unverified
    assert ipcp["inactive_links"] == ["Japan PARTNER_IN IPCP (superseded 2023-07-12)"]
    note = oracle.notes("PARTNER_IN")[("Country", "JPN"), ("Framework", "ipcp")]
    israels = oracle.notes("PARTNER_IN")[("Country", "ISR"), ("Framework", "ipcp")]
    assert note and israels
    assert ipcp["link_notes"] == [
        f"Japan PARTNER_IN IPCP: {note}",
        f"Israel PARTNER_IN IPCP: {israels}",
    ]
    # a link neither unverified nor inactive keeps its note to itself, though it has one
    terrorism = by_route["Terrorism and violent extremism"]
    assert (terrorism["confidence"], terrorism["inactive_links"]) == ("confirmed", [])
    assert oracle.notes("COOPERATES_ON")[("Country", "ISR"), ("Threat", "terrorism")]
    assert terrorism["link_notes"] == []


@pytest.mark.parametrize(
    ("rtype", "start", "end"),
    [pytest.param(t, u, v, id=f"{u[1]}-{t}-{v[1]}") for t, u, v in marked_facts()],
)
def test_connection_gives_the_note_of_every_marked_link(
    curated_store: Store, rtype: str, start: tuple[str, str], end: tuple[str, str]
) -> None:
    """Every fact an answer marks, asked for as a connection of one link between its ends (a
    marked link with no note gives none); every row's notes are those of its own links."""
    params = {"from": start[1], "to": end[1], "max_hops": 1}
    rows = run(curated_store, "connection", params).rows
    assert any(links(row["path"]) == [(rtype, start, end)] for row in rows)
    for row in rows:
        assert row["link_notes"] == expected_notes(row["path"], inactive_too=True), row["route"]
        # each link it gives a note on is one the row names as unverified, partly so, or not
        # active
        marked = set(row["unverified_links"]) | {
            i.rsplit(" (", 1)[0] for i in row["inactive_links"] + row["partly_unverified_links"]
        }
        assert {n.split(": ", 1)[0] for n in row["link_notes"]} <= marked


def test_the_cases_above_hold_notes_of_each_kind() -> None:
    """Unverified links with a note and without, inactive ones with and without, of several types."""
    kinds = set()
    for rtype, start, end in marked_facts():
        d = oracle.fact(rtype, start, end)
        kinds.add((d.get("confidence") == "unverified", bool(d.get("note"))))
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}
    noted = {t for t, u, v in marked_facts() if oracle.fact(t, u, v).get("note")}
    assert {"PARTNER_IN", "COOPERATES_ON", "CONTRIBUTED_TO"} <= noted


@pytest.mark.parametrize(
    ("a", "b", "max_hops"),
    [
        pytest.param("Russia", "OAE", 4, id="ended-contribution"),
        pytest.param("Japan", "ISAF", 4, id="operation-ended"),
        pytest.param("Israel", "Morocco", 2, id="mediterranean-dialogue"),
        pytest.param("Morocco", "Japan", 4, id="two-links"),
        pytest.param("Belarus", "NATO", 3, id="three-links"),
        pytest.param("Russia", "Canada", 4, id="four-links"),
        pytest.param("northern_europe", "ICP", 5, id="five-links"),
        pytest.param("Afghanistan", "northern_america", 6, id="six-links"),
        pytest.param("ICI", "Ukraine", 3, id="example"),
    ],
)
def test_connection_notes_are_those_of_each_paths_own_links(
    curated_store: Store, a: str, b: str, max_hops: int
) -> None:
    rows = run(curated_store, "connection", {"from": a, "to": b, "max_hops": max_hops}).rows
    assert rows
    for row in rows:
        assert row["link_notes"] == expected_notes(row["path"], inactive_too=True), row["route"]


# -- neighbourhood ---------------------------------------------------------------------------


def unverified_starts() -> list[Any]:
    """Each end of each link the data holds only as unverified."""
    ends = sorted(
        {
            end
            for t in REL_TYPE_NAMES
            for u, v, d in oracle.edges(t)
            if d.get("confidence") == "unverified"
            for end in (u, v)
        }
    )
    return [pytest.param(key, id=f"{label}-{key}") for label, key in ends]


@pytest.mark.parametrize("entity", unverified_starts())
def test_neighbourhood_gives_the_note_of_each_unverified_link(
    curated_store: Store, entity: str
) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": entity, "hops": 2}).rows
    assert any(row["unverified_links"] for row in rows)
    for row in rows:
        assert row["link_notes"] == expected_notes(row["path"], inactive_too=True)


def test_israels_neighbourhood_says_why_its_cyber_link_is_unverified(curated_store: Store) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": "Israel", "hops": 1}).rows
    (cyber,) = [r for r in rows if r["path"].nodes[-1].properties.get("key") == "cyber"]
    assert cyber["link_notes"] == [f"{ISRAEL_CYBER}: {israel_cyber_note()}"]
    # its IPCP is held as unverified (its standing after NATO's 2021 move to ITPPs is not
    # confirmed): the answer says why
    (ipcp,) = [r for r in rows if r["path"].nodes[-1].properties.get("key") == "ipcp"]
    note = oracle.notes("PARTNER_IN")[("Country", "ISR"), ("Framework", "ipcp")]
    assert note and ipcp["link_notes"] == [f"Israel PARTNER_IN IPCP: {note}"]


# -- coverage-gaps ---------------------------------------------------------------------------


def gap_link_note(row: dict[str, Any], link: str) -> str | None:
    """The data's note on one of a coverage gap's unverified links, as the data files hold it."""
    partner, threat = ("Country", row["iso3"]), ("Threat", row["key"])
    framework = ("Framework", oracle.find_framework(row["framework"]))
    if link == f"{row['partner']} PARTNER_IN {row['framework']}":
        return oracle.notes("PARTNER_IN")[partner, framework]
    if link == f"{row['framework']} ADDRESSES {row['threat']}":
        return oracle.notes("ADDRESSES")[framework, threat]
    assert link == f"{row['partner']} COOPERATES_ON {row['threat']}", link
    return oracle.notes("COOPERATES_ON")[partner, threat]


def test_coverage_gaps_give_the_note_of_each_unverified_link(curated_store: Store) -> None:
    """Every framework's gaps: each row's notes are those of its own unverified links."""
    given = []
    for framework in oracle.rows("frameworks"):
        for row in run(curated_store, "coverage-gaps", {"framework": framework["acronym"]}).rows:
            notes = [(link, gap_link_note(row, link)) for link in row["unverified_links"]]
            assert row["link_notes"] == [f"{link}: {note}" for link, note in notes if note], row
            given += row["link_notes"]
    assert given


def test_mediterranean_dialogue_gaps_say_why_israels_are_unverified(curated_store: Store) -> None:
    rows = run(curated_store, "coverage-gaps", {"framework": "MD"}).rows
    marked = {(r["iso3"], r["key"]): r for r in rows if r["unverified_links"]}
    assert marked[("ISR", "cyber")]["link_notes"] == [f"{ISRAEL_CYBER}: {israel_cyber_note()}"]
    # Morocco's maritime cooperation is unverified with no note to give
    morocco = marked[("MAR", "maritime_security")]
    assert morocco["unverified_links"] == ["Morocco COOPERATES_ON Maritime security and piracy"]
    assert morocco["link_notes"] == []
    assert all(r["link_notes"] == [] for r in rows if not r["unverified_links"])


# -- a graph of its own: the links the curated data holds no note on ---------------------------

SMALL_GRAPH = (
    "CREATE (pfp:Framework {key: 'pfp', acronym: 'PfP', name: 'Partnership for Peace'}),"
    " (cyber:Threat {key: 'cyber', name: 'Cyber'}), (terror:Threat {key: 'terror', name: 'Terror'}),"
    " (op:Operation {key: 'op', acronym: 'OP', name: 'Operation One', end: '2010'}),"
    " (pfp)-[:ADDRESSES {confidence: 'unverified', note: 'Named in one plan only.'}]->(cyber),"
    " (pfp)-[:ADDRESSES {confidence: 'confirmed', note: 'Core agenda.'}]->(terror),"
    " (a:Country {iso3: 'AAA', name: 'Aland'})"
    "-[:PARTNER_IN {status: 'active', confidence: 'unverified', note: 'Only a press report.'}]->(pfp),"
    " (b:Country {iso3: 'BBB', name: 'Borduria'})"
    "-[:PARTNER_IN {status: 'suspended', status_changed: '2014', confidence: 'confirmed',"
    " note: 'Suspended by NATO.'}]->(pfp),"
    " (b)-[:CONTRIBUTED_TO {confidence: 'confirmed', note: 'A ship, once.'}]->(op),"
    " (c:Country {iso3: 'CCC', name: 'Carpania'})"
    "-[:PARTNER_IN {status: 'active', confidence: 'confirmed', note: 'Since the start.'}]->(pfp),"
    " (c)-[:COOPERATES_ON {confidence: 'unverified', note: 'Talks only.'}]->(cyber),"
    " (c)-[:COOPERATES_ON {confidence: 'unverified'}]->(terror)"
)

ALAND = "Aland PARTNER_IN PfP: Only a press report."
BORDURIA = "Borduria PARTNER_IN PfP: Suspended by NATO."
PFP_CYBER = "PfP ADDRESSES Cyber: Named in one plan only."


def small(store: Store) -> Store:
    store.write(SMALL_GRAPH)
    store.refresh_names()
    return store


def small_answers(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The three questions on the small graph: each row's route and marks, in answer order."""

    def route(row: dict[str, Any]) -> tuple[str, ...]:
        return tuple(n.properties.get("name") for n in row["path"].nodes)

    answers: dict[str, list[tuple[Any, ...]]] = {}
    for a, b in (("AAA", "BBB"), ("BBB", "AAA"), ("AAA", "OP"), ("CCC", "AAA")):
        rows = run(store, "connection", {"from": a, "to": b}).rows
        answers[f"{a}-{b}"] = [
            (route(r), r["unverified_links"], r["inactive_links"], r["link_notes"]) for r in rows
        ]
    rows = run(store, "neighbourhood", {"entity": "AAA", "hops": 2}).rows
    answers["neighbourhood"] = sorted(
        (route(r), r["unverified_links"], r["link_notes"]) for r in rows
    )
    rows = run(store, "coverage-gaps", {"framework": "PfP"}).rows
    answers["coverage-gaps"] = [
        (r["partner"], r["threat"], r["unverified_links"], r["link_notes"]) for r in rows
    ]
    return answers


SMALL_ANSWERS: dict[str, list[tuple[Any, ...]]] = {
    # each link's note in path order, whichever end the path starts from
    "AAA-BBB": [
        (
            ("Aland", "Partnership for Peace", "Borduria"),
            ["Aland PARTNER_IN PfP"],
            ["Borduria PARTNER_IN PfP (suspended 2014)"],
            [ALAND, BORDURIA],
        )
    ],
    "BBB-AAA": [
        (
            ("Borduria", "Partnership for Peace", "Aland"),
            ["Aland PARTNER_IN PfP"],
            ["Borduria PARTNER_IN PfP (suspended 2014)"],
            [BORDURIA, ALAND],
        )
    ],
    # three links, found by the shortest-path search: a contribution to an operation that ended
    "AAA-OP": [
        (
            ("Aland", "Partnership for Peace", "Borduria", "Operation One"),
            ["Aland PARTNER_IN PfP"],
            [
                "Borduria PARTNER_IN PfP (suspended 2014)",
                "Borduria CONTRIBUTED_TO OP (operation ended 2010)",
            ],
            [ALAND, BORDURIA, "Borduria CONTRIBUTED_TO OP: A ship, once."],
        )
    ],
    # Carpania's partnership is confirmed and active: its note is not given
    "CCC-AAA": [
        (("Carpania", "Partnership for Peace", "Aland"), ["Aland PARTNER_IN PfP"], [], [ALAND])
    ],
    # neighbourhood marks unverified and inactive links, as connection does: Borduria's
    # suspension among them (tests/test_neighbourhood_status.py checks `inactive_links`)
    "neighbourhood": sorted(
        [
            (("Aland", "Partnership for Peace"), ["Aland PARTNER_IN PfP"], [ALAND]),
            (
                ("Aland", "Partnership for Peace", "Cyber"),
                ["Aland PARTNER_IN PfP", "PfP ADDRESSES Cyber"],
                [ALAND, PFP_CYBER],
            ),
            (("Aland", "Partnership for Peace", "Terror"), ["Aland PARTNER_IN PfP"], [ALAND]),
            (
                ("Aland", "Partnership for Peace", "Borduria"),
                ["Aland PARTNER_IN PfP"],
                [ALAND, BORDURIA],
            ),
            (("Aland", "Partnership for Peace", "Carpania"), ["Aland PARTNER_IN PfP"], [ALAND]),
        ]
    ),
    # partnership, the framework's link, the cooperation: each note in that order, where held
    "coverage-gaps": [
        ("Aland", "Cyber", ["Aland PARTNER_IN PfP", "PfP ADDRESSES Cyber"], [ALAND, PFP_CYBER]),
        ("Aland", "Terror", ["Aland PARTNER_IN PfP"], [ALAND]),
        (
            "Carpania",
            "Cyber",
            ["PfP ADDRESSES Cyber", "Carpania COOPERATES_ON Cyber"],
            [PFP_CYBER, "Carpania COOPERATES_ON Cyber: Talks only."],
        ),
        ("Carpania", "Terror", ["Carpania COOPERATES_ON Terror"], []),
    ],
}


def test_notes_of_links_the_curated_data_holds_none_of(store: Store) -> None:
    """Unverified partnerships and framework links, a suspension and an operation that ended,
    each with a note, and an unverified cooperation without one."""
    assert small_answers(small(store)) == SMALL_ANSWERS


# -- the notes reach the table, JSON, CSV and pandas -------------------------------------------

CASES = [
    pytest.param("connection", ["from", "Japan", "to", "Israel"], id="connection"),
    pytest.param("neighbourhood", ["entity", "Israel"], id="neighbourhood"),
    pytest.param("coverage-gaps", ["framework", "MD"], id="coverage-gaps"),
]


def cli_args(question: str, params: list[str], fmt: str) -> list[str]:
    args = ["query", "run", question, "--format", fmt]
    for key, value in zip(params[::2], params[1::2], strict=True):
        args += ["--param", key, value]
    return args


@pytest.mark.parametrize(("question", "params"), CASES)
def test_table_json_and_csv_carry_the_notes(
    loaded: Store,
    runner: CliRunner,
    cli_env: dict[str, str],
    question: str,
    params: list[str],
) -> None:
    given = dict(zip(params[::2], params[1::2], strict=True))
    expected = [row["link_notes"] for row in Connection.on(loaded).ask(question, given).rows]
    assert [f"{ISRAEL_CYBER}: {israel_cyber_note()}"] in expected
    as_json = runner.invoke(cli, cli_args(question, params, "json"), env=cli_env)
    assert as_json.exit_code == 0, (as_json.output, as_json.stderr)
    assert [row["link_notes"] for row in json.loads(as_json.stdout)] == expected
    as_csv = runner.invoke(cli, cli_args(question, params, "csv"), env=cli_env)
    assert as_csv.exit_code == 0, (as_csv.output, as_csv.stderr)
    lines = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert list(lines[0]) == list(catalogue()[question].columns)
    assert [json.loads(line["link_notes"]) for line in lines] == expected
    table = runner.invoke(cli, [*cli_args(question, params, "table"), "--width", "0"], env=cli_env)
    assert table.exit_code == 0, (table.output, table.stderr)
    printed = table.stdout.splitlines()
    assert printed[0].split()[-1] == "link_notes"
    note = f"  {ISRAEL_CYBER}: {israel_cyber_note()}"
    (cyber,) = [line for line in printed if line.endswith(note)]
    assert f"  {ISRAEL_CYBER}  " in cyber  # beside the link it explains, in unverified_links
    assert UNVERIFIED_NOTE in printed


def test_a_dataframe_has_the_notes(curated_store: Store) -> None:
    frame = (
        Connection.on(curated_store).ask("connection", {"from": "Japan", "to": "Israel"}).to_df()
    )
    assert frame.columns[-1] == "link_notes"
    assert [f"{ISRAEL_CYBER}: {israel_cyber_note()}"] in list(frame["link_notes"])


# -- Neo4j ---------------------------------------------------------------------------------


def comparable(rows: list[dict[str, Any]]) -> list[str]:
    """Rows with each path as its nodes' keys and its relationships' types, sorted: the engines'
    ids and the order of rows that tie left out."""

    def plain(value: Any) -> Any:
        if isinstance(value, Path):
            return [[node_id(n) for n in value.nodes], [r.type for r in value.relationships]]
        return value

    return sorted(json.dumps({k: plain(v) for k, v in row.items()}) for row in rows)


ASKED: list[tuple[str, dict[str, Any]]] = [
    ("connection", {"from": "Japan", "to": "Israel"}),
    ("connection", {"from": "Russia", "to": "OAE"}),
    ("connection", {"from": "Russia", "to": "Canada"}),
    ("neighbourhood", {"entity": "Israel", "hops": 2}),
    ("neighbourhood", {"entity": "cyber", "hops": 1}),
    ("coverage-gaps", {"framework": "MD"}),
]


@pytest.mark.neo4j
def test_neo4j_gives_the_same_notes(neo4j_curated: Store, curated_store: Store) -> None:
    for question, params in ASKED:
        on_neo4j = run(neo4j_curated, question, params).rows
        embedded = run(curated_store, question, params).rows
        assert any(row["link_notes"] for row in embedded), (question, params)
        assert comparable(on_neo4j) == comparable(embedded), (question, params)


@pytest.mark.neo4j
def test_neo4j_gives_the_notes_of_links_the_curated_data_holds_none_of(
    neo4j_store: Store,
) -> None:
    assert small_answers(small(neo4j_store)) == SMALL_ANSWERS
