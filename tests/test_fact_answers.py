"""Every answer that states a fact says how sure it is and when: confidence, dates, history, sources.

A journalist quotes what the tool prints. So each fact-stating question returns the fact's
confidence (``confirmed`` or ``unverified``) and, for partnerships, when it began, when its
status last changed and its whole status history; tables mark unverified facts at a glance,
and sources come back as title and address, not bare keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import PARTLY_UNVERIFIED, UNVERIFIED, table
from nato_graph.queries.catalogue import catalogue
from nato_graph.stores import Store
from tests.expected_facts import expected_confidence
from tests.oracle import rows as oracle_rows

# question -> (its confidence columns, its date columns)
FACT_QUESTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "framework-members": (("confidence",), ("joined", "status_changed", "history")),
    "country-profile": (("confidence",), ("since", "status_changed", "history")),
    "suspended": (("confidence",), ("joined", "since", "history")),
    "timeline": (("confidence",), ("date",)),
    "shared-threats": (("a_confidence", "b_confidence"), ()),
    "partners-on-threat": (("confidence",), ("since",)),
    "framework-threats": (("confidence",), ()),
    "operation-contributors": (("confidence",), ("operation_start", "operation_end")),
    "partners-turned-allies": (("confidence",), ("partner_since", "member_since")),
    "connection": (("confidence",), ()),
    "evidence": (("confidence",), ("since", "status_changed", "history")),
    "known-errors": (("confidence",), ()),
    "coverage-gaps": (("links_confidence",), ()),
    "neighbourhood": (("confidence",), ()),
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
            assert row[column] in ("confirmed", "partly unverified", "unverified"), (name, row)


# Each status change with the sources that report it (loaders/data/partnerships.yaml); the join
# cites the partnership's own sources.
MALTA = ["nato-malta-2008", "independent-mt-2008", "wiki-pfp-mirror", "knowpia-pfp"]


@pytest.mark.parametrize(
    ("country", "framework", "history"),
    [
        pytest.param(
            "Malta", "PfP",
            [("1995-04-26", "joined", MALTA),
             ("1996-10-27", "suspended", ["nato-malta-2008", "wiki-pfp-mirror", "knowpia-pfp"]),
             ("2008-04-03", "resumed", ["nato-malta-2008", "independent-mt-2008"])],
            id="malta-suspended-and-back",
        ),
        pytest.param(
            "Russia", "PfP",
            [("1994-06-22", "joined", ["nato-russia-topic", "nato-russia-2015", "wiki-pfp-mirror", "knowpia-pfp"]),
             ("2014-04-01", "suspended", ["nato-russia-topic", "nato-russia-2015", "rbc-russia-2014"])],
            id="russia",
        ),
        pytest.param(
            "Belarus", "PfP",
            [("1995-01-11", "joined", None), ("2021-11", "suspended", ["nato-belarus-topic"])],
            id="belarus",
        ),
        pytest.param(
            "Afghanistan", "PAG",
            [("2006-09-06", "joined", ["nato-pag-2024", "questia-afg-2010", "usacac-lisbon-2010"]),
             ("2021-08-20", "suspended", ["voiceofvienna-afg"])],
            id="afg",
        ),
        pytest.param(
            "Finland", "PfP",
            [("1994-05-09", "joined", ["wiki-pfp-mirror", "knowpia-pfp", "huwiki-pfp"]),
             ("2023-04-04", "became_member", ["finland-2023", "eata-members"])],
            id="finland-became-member",
        ),
    ],
)  # fmt: skip
def test_the_status_history_cites_each_change(
    curated_store: Store, country: str, framework: str, history: list[tuple]
) -> None:
    rows = Connection.on(curated_store).ask("country-profile", country=country).rows
    (row,) = [r for r in rows if r["kind"] == "partnership" and r["target"] == framework]
    assert [(e["date"], e["event"]) for e in row["history"]] == [h[:2] for h in history]
    assert row["status_changed"] == history[-1][0]
    for event, (_, _, keys) in zip(row["history"], history, strict=True):
        cited = [s["key"] for s in event["sources"]]
        assert cited == (keys if keys is not None else [s["key"] for s in row["sources"]])
        assert all(s["title"] and s["url"] for s in event["sources"])  # title and address


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param("Malta", "PfP", id="forward"), pytest.param("pfp", "MLT", id="back")]
)
def test_evidence_gives_the_history_and_each_changes_sources(
    curated_store: Store, a: str, b: str
) -> None:
    """The sources behind a link come with the link's dates: what happened when, and which
    sources report each change, on every row (one row per source)."""
    rows = Connection.on(curated_store).ask("evidence", a=a, b=b).rows
    assert [r["source_key"] for r in rows] == MALTA
    for row in rows:
        assert (row["since"], row["status"], row["status_changed"]) == (
            "1995-04-26", "active", "2008-04-03"
        )  # fmt: skip
        assert [
            (e["date"], e["event"], [s["key"] for s in e["sources"]]) for e in row["history"]
        ] == [
            ("1995-04-26", "joined", MALTA),
            ("1996-10-27", "suspended", ["nato-malta-2008", "wiki-pfp-mirror", "knowpia-pfp"]),
            ("2008-04-03", "resumed", ["nato-malta-2008", "independent-mt-2008"]),
        ]


def test_evidence_on_a_link_without_history(curated_store: Store) -> None:
    rows = Connection.on(curated_store).ask("evidence", a="Jordan", b="cyber").rows
    assert rows and all(r["history"] == [] and r["status"] is None for r in rows)


def test_a_partner_turned_ally_cites_the_accession_too(curated_store: Store) -> None:
    """The row states the accession date as well as the partnership: its sources come with it."""
    rows = Connection.on(curated_store).ask("partners-turned-allies", framework="PfP").rows
    (czechia,) = [r for r in rows if r["iso3"] == "CZE"]
    (accession,) = [r for r in oracle_rows("nato_members") if r["country"] == "CZE"]
    assert [s["key"] for s in czechia["member_sources"]] == accession["sources"]
    assert all(s["title"] and s["url"] for s in czechia["member_sources"])


def test_a_ranking_counts_the_unverified_links_it_rests_on(curated_store: Store) -> None:
    """most-connected adds up links; it says how many of them are held only as unverified
    (Israel: cyber defence, civil emergency planning and its IPCP, whose standing after NATO's 2021
    move to ITPPs is not confirmed; its ICP is confirmed, only when it gave way to the IPCP is
    not)."""
    rows = Connection.on(curated_store).ask("most-connected", limit=100).rows
    by_iso3 = {r["iso3"]: r for r in rows}
    assert by_iso3["ISR"]["unverified"] == 3
    assert by_iso3["NZL"]["unverified"] == 1  # its part in SFOR, named only by a Wikipedia copy


def test_a_likeness_names_the_unverified_ties_it_rests_on(curated_store: Store) -> None:
    rows = Connection.on(curated_store).ask("similar-partners", country="Israel", limit=3).rows
    (australia,) = [r for r in rows if r["iso3"] == "AUS"]
    # Israel's IPCP is held as unverified; Australia's, superseded in 2023, is a shared tie
    assert australia["unverified"] == ["IPCP", "civil_emergency", "cyber"]
    assert set(australia["unverified"]) <= set(australia["shared"])


def test_an_overlap_names_the_unverified_partners_it_counts(curated_store: Store) -> None:
    """framework-overlap counts shared partners; it names those whose partnership in either
    framework is held only as unverified (Israel's and Jordan's IPCPs, whose standing after NATO's
    2021 move to ITPPs is not confirmed; Bosnia and Herzegovina's EAPC partnership is confirmed,
    only when it began is not)."""
    rows = Connection.on(curated_store).ask("framework-overlap", min_shared=1).rows
    by_pair = {(r["framework_a"], r["framework_b"]): r for r in rows}
    assert by_pair["IPCP", "MD"]["unverified"] == ["Israel", "Jordan"]
    assert by_pair["EAPC", "PfP"]["unverified"] == []
    assert by_pair["IP4", "PAG"]["unverified"] == []
    for row in rows:
        assert set(row["unverified"]) <= set(row["partners"]) | set(row["shared_threats"])


def test_an_unverified_cooperation_does_not_close_a_gap(curated_store: Store) -> None:
    """Israel's cyber-defence cooperation is held only as unverified: the gap stays in the answer,
    marked, instead of vanishing as if Israel's cyber work were a fact; its terrorism cooperation
    is confirmed, so that is no gap."""
    rows = Connection.on(curated_store).ask("coverage-gaps", framework="MD").rows
    israel = {r["key"]: r for r in rows if r["iso3"] == "ISR"}
    assert israel["cyber"]["links_confidence"] == "unverified"
    assert israel["cyber"]["unverified_links"] == [
        "Israel COOPERATES_ON Cyber threats and cyber defence"
    ]
    assert israel["civil_emergency"]["links_confidence"] == "unverified"
    assert "terrorism" not in israel
    assert (
        israel["wps"]["links_confidence"] == "confirmed" and israel["wps"]["unverified_links"] == []
    )
    (morocco,) = [r for r in rows if r["iso3"] == "MAR" and r["key"] == "maritime_security"]
    assert morocco["unverified_links"] == ["Morocco COOPERATES_ON Maritime security and piracy"]


def test_partners_on_a_threat_name_their_unverified_frameworks(
    store: Store, tmp_path: Path
) -> None:
    """A partner's cooperation on a threat may be confirmed while a framework listed beside it
    is held only as unverified: that framework is named. Israel's and Jordan's IPCPs are held as
    unverified (their standing after NATO's 2021 move to ITPPs is not confirmed); a data file of
    one's own adds another (Israel in the PAG)."""
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(
        "- country: ISR\n  framework: pag\n  joined: '2020'\n  status: active\n"
        "  sources: [shape-israel-2019]\n  confidence: unverified\n",
        encoding="utf-8",
    )
    db = Connection.on(store)
    db.load([mine])
    rows = db.ask("partners-on-threat", threat="terrorism").rows
    (israel,) = [r for r in rows if r["iso3"] == "ISR"]
    assert israel["confidence"] == "confirmed"
    assert israel["frameworks"] == ["IPCP", "MD", "PAG"]
    assert israel["unverified"] == ["IPCP", "PAG"]
    (jordan,) = [r for r in rows if r["iso3"] == "JOR"]
    assert jordan["unverified"] == ["IPCP"]


def test_a_frameworks_count_names_its_unverified_partners(curated_store: Store) -> None:
    """Partners held only as unverified are named, and so, marked, are those whose partnership
    is confirmed but a date of its history is not: a blank would read as all confirmed."""
    rows = {r["acronym"]: r for r in Connection.on(curated_store).ask("frameworks").rows}
    partly = " (partly unverified)"
    # Iraq's, Israel's and Jordan's are held as unverified (their standing after NATO's 2021 move
    # to ITPPs is not confirmed); Kuwait's is confirmed, its 2024 change to an ITPP an inference
    assert rows["IPCP"]["unverified"] == ["Iraq", "Israel", "Jordan", "Kuwait" + partly]
    assert rows["ICP"]["unverified"] == ["Israel" + partly]  # its end's date is unverified
    assert rows["ICI"]["unverified"] == ["Kuwait" + partly]  # December 2004 or early 2005
    # Moldova's package is dated by its approval in June 2015 (IPN, Bursa)
    assert rows["DCB"]["unverified"] == [c + partly for c in ("Georgia", "Jordan")]
    # no PfP join is held as unverified since Slovenia's (30 March 1994) was sourced
    assert rows["PfP"]["unverified"] == []
    # the day each took its EAPC seat is not sourced (dated by the PfP signature of 14 December
    # 2006); Montenegro's 2017 accession is confirmed
    assert rows["EAPC"]["unverified"] == [
        c + partly for c in ("Bosnia and Herzegovina", "Montenegro", "Serbia")
    ]
    assert rows["MD"]["unverified"] == []


def test_a_framework_whose_participants_are_not_listed_has_no_counts(curated_store: Store) -> None:
    """The SPS Programme has participants the data does not list: "0 active" would say it has
    none, so its counts are null and `participants` says why; a framework with listed partners
    has counts and no such note."""
    rows = {r["acronym"]: r for r in Connection.on(curated_store).ask("frameworks").rows}
    counts = ("active", "suspended", "became_member", "other")
    for acronym in ("SPS", "NACC", "PARP"):
        assert [rows[acronym][c] for c in counts] == [None] * 4, acronym
        assert rows[acronym]["participants"].startswith("not recorded: the data lists none")
    assert rows["MD"]["active"] == 7 and rows["MD"]["participants"] is None


def test_a_neighbourhood_path_names_its_unverified_links(curated_store: Store) -> None:
    rows = Connection.on(curated_store).ask("neighbourhood", entity="Israel", hops=1).rows
    marked = sorted(link for r in rows for link in r["unverified_links"])
    assert marked == [
        "Israel COOPERATES_ON Cyber threats and cyber defence",
        "Israel COOPERATES_ON Humanitarian assistance, disaster relief and civil emergency planning",
        "Israel PARTNER_IN IPCP",
    ]
    for row in rows:
        # the weakest link's (tests/test_path_confidence.py holds the rule)
        assert row["confidence"] == expected_confidence(row["path"])


def test_a_connection_names_each_link_in_its_own_direction(curated_store: Store) -> None:
    """Whichever way the path runs, a link reads from its start ("Israel COOPERATES_ON cyber"),
    not from the path's order ("cyber COOPERATES_ON Israel" on the way from Japan)."""
    db = Connection.on(curated_store)
    there = db.ask("connection", **{"from": "Japan", "to": "Israel", "max_hops": 2}).rows
    back = db.ask("connection", **{"from": "Israel", "to": "Japan", "max_hops": 2}).rows
    links = sorted(link for r in there for link in r["unverified_links"] + r["inactive_links"])
    assert links == sorted(
        link for r in back for link in r["unverified_links"] + r["inactive_links"]
    )
    assert "Israel COOPERATES_ON Cyber threats and cyber defence" in links
    assert "Japan PARTNER_IN IPCP (superseded 2023-07-12)" in links
    assert all(link.startswith(("Israel ", "Japan ")) for link in links)


def test_a_neighbourhood_from_a_threat_names_links_from_their_start(
    curated_store: Store,
) -> None:
    rows = Connection.on(curated_store).ask("neighbourhood", entity="cyber", hops=1).rows
    marked = {link for r in rows for link in r["unverified_links"]}
    assert "Israel COOPERATES_ON Cyber threats and cyber defence" in marked
    assert not any(link.startswith("Cyber threats") for link in marked)


def test_an_inactive_link_says_when_its_date_is_unverified(curated_store: Store) -> None:
    """Israel's ICP is confirmed; when it gave way to the IPCP (2019 at the latest) is not."""
    db = Connection.on(curated_store)
    (row,) = db.ask("connection", **{"from": "Israel", "to": "ICP"}).rows
    assert row["inactive_links"] == ["Israel PARTNER_IN ICP (superseded 2019, date unverified)"]
    (row,) = db.ask("connection", **{"from": "Japan", "to": "IPCP", "max_hops": 1}).rows
    assert row["inactive_links"] == ["Japan PARTNER_IN IPCP (superseded 2023-07-12)"]


def test_a_table_numbers_the_sources_of_each_change(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("suspended")
    out = table(result.columns, result.rows, max_width=None)
    (line,) = [x for x in out.splitlines() if x.startswith("Afghanistan")]
    refs = {r.split("] ", 1)[1]: r.split("]")[0] + "]" for r in out.splitlines() if r[:1] == "["}
    vienna = next(n for t, n in refs.items() if t.startswith("NATO halts all support"))
    assert f"2021-08-20 suspended by NATO {vienna}" in line  # the Allies' decision
    assert "voiceofvienna.org" in out  # the reference list gives the address


def test_a_join_that_is_no_formal_accession_says_what_its_date_marks(curated_store: Store) -> None:
    """Japan's 1990 in the PAG is the first NATO-Japan security exchange, and the PAG itself began
    in 2006: every answer that gives the join says both (analyst audit 21: "Japan joined the PAG
    in 1990" was copied from a timeline row marked confirmed). No stored source dates when Japan
    came into the PAG (NATO named it a contact country by April 2009), so the join is unverified
    and says nothing of Japan being in it from the launch (review 2026-12-08, H1)."""
    db = Connection.on(curated_store)
    japan_basis = "the first NATO-Japan security exchange; the PAG itself began in 2006"
    result = db.ask("framework-members", framework="PAG")
    by_iso = {r["iso3"]: r for r in result.rows}
    assert by_iso["JPN"]["history"][0]["basis"] == japan_basis
    out = table(result.columns, result.rows, max_width=None)
    assert f"1990 joined (dated from {japan_basis}) ? unverified [" in out
    (joined,) = [
        r for r in db.ask("timeline", {"from": 1990, "to": 1990}).rows if r["iso3"] == "JPN"
    ]
    assert joined["basis"] == japan_basis
    (pag,) = [r for r in db.ask("country-profile", country="Japan").rows if r["target"] == "PAG"]
    assert pag["history"][0]["basis"] == japan_basis
    evidence = db.ask("evidence", a="Japan", b="PAG").rows
    assert evidence and {r["history"][0]["basis"] for r in evidence} == {japan_basis}
    # Australia's start of dialogue before the launch, likewise (a confirmed join of the user's
    # data before its framework's launch adds that the data counts it in from then:
    # tests/test_fix23_launch_in_words.py)
    assert by_iso["AUS"]["history"][0]["basis"].endswith("; the PAG itself began in 2006")
    assert by_iso["AUS"]["history"][0]["confidence"] == "unverified"
    # a join held only as unverified says when the PAG began, not that the partner was in it then
    # (Mongolia's IPCP of 2012 formalised its partnership)
    mongolia = by_iso["MNG"]["history"][0]
    assert mongolia["confidence"] == "unverified"
    assert mongolia["basis"].endswith("; the PAG itself began in 2006")
    # a join in the launch's own year or after says nothing of the launch (Korea's 2006)
    assert "began in" not in by_iso["KOR"]["history"][0]["basis"]
    # a formal accession has none
    (austria,) = [
        r for r in db.ask("framework-members", framework="PfP").rows if r["iso3"] == "AUT"
    ]
    assert austria["history"][0]["basis"] is None


def test_a_table_says_whose_decision_a_change_was(curated_store: Store) -> None:
    """Where the data says: Malta suspended its own part in 1996 and came back in 2008; a join
    says nobody's decision."""
    result = Connection.on(curated_store).ask("framework-members", framework="PfP")
    (malta,) = [r for r in result.rows if r["iso3"] == "MLT"]
    assert [e["by"] for e in malta["history"]] == [None, "Malta", "Malta"]
    out = table(result.columns, result.rows, max_width=None)
    (line,) = [x for x in out.splitlines() if x.startswith("PfP        Malta")]
    assert "1995-04-26 joined [" in line and "1996-10-27 suspended by Malta [" in line
    assert "2008-04-03 resumed by Malta [" in line


def test_every_change_in_every_answer_cites_sources(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    for name, params in (("suspended", {}), ("framework-members", {"framework": "PfP"})):
        for row in db.ask(name, params).rows:
            for event in row["history"]:
                assert event["sources"] and all(s["url"] for s in event["sources"]), (name, row)


def test_unverified_facts_are_marked_in_tables(curated_store: Store) -> None:
    result = Connection.on(curated_store).ask("country-profile", country="Israel")
    cyber = [r for r in result.rows if r["target"] == "Cyber threats and cyber defence"]
    assert cyber and cyber[0]["confidence"] == "unverified"
    out = table(result.columns, result.rows)
    (line,) = [x for x in out.splitlines() if x.startswith("cooperation  Cyber")]
    assert UNVERIFIED in line
    assert "? unverified: " in out


def test_a_confirmed_partnership_with_a_disputed_date_is_partly_unverified(
    curated_store: Store,
) -> None:
    """Kuwait's ICI membership is confirmed, its date (December 2004 or early 2005) is not: the
    row is partly unverified, the history marks the date, and each mark has its legend."""
    result = Connection.on(curated_store).ask("framework-members", framework="ICI")
    by_iso3 = {r["iso3"]: r for r in result.rows}
    assert by_iso3["KWT"]["confidence"] == "partly unverified"
    assert [e["confidence"] for e in by_iso3["KWT"]["history"]] == ["unverified"]
    assert by_iso3["BHR"]["confidence"] == "confirmed"
    out = table(result.columns, result.rows, max_width=None)
    (line,) = [x for x in out.splitlines() if x.startswith("ICI        Kuwait ")]
    assert "2004-12 joined ? unverified [" in line
    assert f"  {PARTLY_UNVERIFIED}  " in line
    assert "? partly unverified: the fact is confirmed, a date or change" in out
    assert "? unverified: " in out  # the history's mark has its legend too
    profile = Connection.on(curated_store).ask("country-profile", country="Israel").rows
    icp = {r["target"]: r["confidence"] for r in profile if r["kind"] == "partnership"}
    assert icp == {"MD": "confirmed", "ICP": "partly unverified", "IPCP": "unverified"}


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


def test_as_of_names_the_unverified_partners(curated_store: Store) -> None:
    """A year's partner list states facts too: the partners held only as unverified are named.
    An unverified date of joining leaves a partner unsure only until the sources show it had
    joined: Kuwait in the ICI in 2004 (December 2004 or early 2005), not in 2020; Mongolia in the
    partners across the globe in 2011, not in 2020 (its IPCP of March 2012 bounds it). The IPCPs of
    Iraq, Israel and Jordan are unsure in every year: whether they are still in force after NATO's
    2021 move to ITPPs is not in the sources, so the rows are held as unverified."""
    db = Connection.on(curated_store)
    rows = {r["framework"]: r for r in db.ask("as-of", year=2004).rows}
    assert "Kuwait" in rows["ICI"]["partners"] and rows["ICI"]["unverified"] == ["Kuwait"]
    rows = {r["framework"]: r for r in db.ask("as-of", year=2011).rows}
    assert "Mongolia" in rows["PAG"]["unverified"]
    rows = {r["framework"]: r for r in db.ask("as-of", year=2020).rows}
    assert "Mongolia" in rows["PAG"]["partners"] and rows["PAG"]["unverified"] == []
    assert "Israel" in rows["IPCP"]["partners"]
    assert rows["IPCP"]["unverified"] == ["Iraq", "Israel", "Jordan"]
    assert "Kuwait" in rows["ICI"]["partners"] and rows["ICI"]["unverified"] == []
    assert rows["PfP"]["unverified"] == []


def test_a_views_tooltip_gives_each_changes_sources(curated_store: Store) -> None:
    """The page carries each change as the answers name it, with that change's own sources
    (the page shows them by title: tests/test_views.py clicks one), then the data's note on it."""
    page = Connection.on(curated_store).view.country("Malta").html

    def carried(change: list[Any]) -> str:  # as the page's JSON string holds it, up to its note
        return json.dumps(change, separators=(",", ":"))[:-1].replace('"', '\\"') + ","

    suspended = ["nato-malta-2008", "wiki-pfp-mirror", "knowpia-pfp"]
    assert carried(["1996-10-27", "suspended by the partner", suspended]) in page
    resumed = ["nato-malta-2008", "independent-mt-2008"]
    assert carried(["2008-04-03", "resumed by the partner", resumed]) in page


def test_jupyter_tables_give_each_changes_source_titles(curated_store: Store) -> None:
    from nato_graph.output import html_table

    page = html_table(Connection.on(curated_store).ask("suspended"))
    assert (
        "2021-08-20 suspended by NATO (NATO halts all support to Afghan authorities (http" in page
    )


def test_each_row_gets_its_own_source_objects(curated_store: Store) -> None:
    """``cite`` looks at each distinct list once; rows repeating a list still get their own
    objects, lists that are not all source keys stay as they are, and history events are cited."""
    from nato_graph.citations import cite
    from nato_graph.records import Result

    md, japan = "nato-md-topic", "nato-japan-topic-2013"
    event = {"date": "1995", "event": "joined", "sources": [md]}
    rows = [
        {"sources": [md, japan], "b_sources": ["Some title"], "history": [event, {"x": 1}]},
        {"sources": [md, japan], "b_sources": [md, "not-a-source"], "history": "none"},
        {"sources": [japan], "b_sources": [], "history": [dict(event)]},
        {"sources": None, "b_sources": [[md]], "history": []},
    ]
    cited = cite(curated_store, Result(["sources", "b_sources", "history"], rows)).rows
    assert [[s["key"] for s in r["sources"]] for r in cited[:3]] == [
        [md, japan],
        [md, japan],
        [japan],
    ]
    assert all(s["title"] and s["url"] for r in cited[:3] for s in r["sources"])
    first, second = cited[0]["sources"], cited[1]["sources"]
    assert first == second and all(a is not b for a, b in zip(first, second, strict=True))
    first[0]["title"] = "changed"  # one row's object changed: no other row sees it
    assert (
        second[0]["title"] != "changed"
        and cited[0]["history"][0]["sources"][0]["title"] != "changed"
    )
    assert cited[0]["b_sources"] == ["Some title"]
    assert cited[1]["b_sources"] == [md, "not-a-source"]
    assert cited[2]["b_sources"] == [] and cited[3]["sources"] is None
    assert cited[3]["b_sources"] == [[md]]
    assert [s["key"] for s in cited[0]["history"][0]["sources"]] == [md]
    assert cited[0]["history"][1] == {"x": 1} and cited[1]["history"] == "none"
    assert [s["key"] for s in cited[2]["history"][0]["sources"]] == [md]
    history = [cited[0]["history"][0]["sources"][0], cited[2]["history"][0]["sources"][0]]
    assert history[0] == history[1] and history[0] is not history[1]


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_an_empty_answer_says_what_it_means(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], fmt: str
) -> None:
    """No fact links Japan and Israel directly: the answer is empty, and stderr says where to look
    (the question's `// empty:` line), leaving stdout as parseable as any answer."""
    args = ["query", "run", "evidence", "--param", "a", "Japan", "--param", "b", "Israel"]
    result = runner.invoke(cli, [*args, "--format", fmt], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    assert result.stdout == "[]\n" if fmt == "json" else result.stdout.endswith("(0 rows)\n")
    assert result.stderr == (
        "evidence: no rows: no fact relationship links the two directly; `connection` finds the "
        "chains of facts between them\n"
    )
    other = ["query", "run", "evidence", "--param", "a", "Israel", "--param", "b", "MD"]
    answered = runner.invoke(cli, [*other, "--format", fmt], env=cli_env)
    assert answered.exit_code == 0 and answered.stderr == ""


def test_python_and_notebooks_get_the_reason_for_an_empty_answer(curated_store: Store) -> None:
    """``ask`` gives the question's `// empty:` line with an empty answer, and the notebook table
    shows it; an answer with rows has none."""
    from nato_graph.output import html_table

    db = Connection.on(curated_store)
    empty = db.ask("evidence", a="Japan", b="Israel")
    assert empty.rows == [] and empty.empty_reason is not None
    assert empty.empty_reason.startswith("no fact relationship links the two directly")
    assert "(0 rows: no fact relationship links the two directly;" in html_table(empty)
    assert db.ask("evidence", a="Israel", b="MD").empty_reason is None


def test_empty_lines_are_read_with_their_continuation() -> None:
    """Every `// empty:` line is one sentence-like text, continuation lines joined."""
    texts = {q.name: q.empty for q in catalogue().values() if q.empty}
    assert texts["connection"].endswith("a larger max_hops (up to 6) looks further")
    assert texts["coverage-gaps"].endswith(
        "or lists no active partner of it, or links it to no threat"
    )
    assert all("//" not in t and "  " not in t for t in texts.values())


def test_a_part_in_an_operation_that_ended_is_named_as_ended(curated_store: Store) -> None:
    """A contribution does not hold now once the partner's part, or the operation, has ended:
    the partner's own end where the data dates it, else the operation's, each said as such."""
    db = Connection.on(curated_store)
    (russia,) = db.ask("connection", **{"from": "Russia", "to": "OAE", "max_hops": 1}).rows
    assert russia["inactive_links"] == ["Russia CONTRIBUTED_TO OAE (ended 2008)"]
    (japan,) = db.ask("connection", **{"from": "Japan", "to": "ISAF", "max_hops": 1}).rows
    assert japan["inactive_links"] == ["Japan CONTRIBUTED_TO ISAF (operation ended 2014-12-28)"]
    (georgia,) = db.ask("connection", **{"from": "Georgia", "to": "OSG", "max_hops": 1}).rows
    assert georgia["inactive_links"] == []  # Sea Guardian goes on, and so does Georgia's part
    rows = db.ask("evidence", a="Russia", b="OAE").rows
    assert {(r["since"], r["status"], r["status_changed"]) for r in rows} == {
        ("2004-12", "ended", "2008")
    }
