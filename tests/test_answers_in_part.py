"""Answers that hold only part of the story say so (an analyst's audit).

The PII's partnership rows are its six Enhanced Opportunities Partners, not the other partners
of its Interoperability Platform (21 in 2024), and its notes say which; an ITPP or IPCP is agreed with each partner that asks for one,
and the data holds those its sources name (``listed: some``). An answer on their partners, a
year's partners, the frameworks' counts and a framework's view say the list is not all of them.
A contribution with no end of its own had ended when its operation did; `suspended` is what is
suspended now; an Ally read as a partner is said to be one. `to_df` without pandas says how to
install it, and a load that creates nothing says so in one line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.errors import MissingPackageError
from nato_graph.stores import Store
from tests import browser as chromium

IN_PART = "the data lists only some of the participants of"
# The PII's `listed_part` (loaders/data/frameworks.yaml), as its notes print it.
PII_PART = (
    "its Enhanced Opportunities Partners, all of them (the six of 2020; NATO's page of March 2024 "
    "names the four that are not Allies), not the other partners of its Interoperability Platform "
    "(21 in March 2024, by NATO's count), which are not in this answer"
)


def test_the_partners_of_a_framework_listed_in_part_say_so(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    answer = db.ask("framework-members", framework="Interoperability Platform")
    assert {r["iso3"] for r in answer.rows} >= {"AUS", "GEO", "JOR", "UKR"}
    assert answer.notes == [
        f"framework: {IN_PART} the PII (Partnership Interoperability Initiative, since 2014-09): {PII_PART}"
    ]
    # a framework whose partners the data lists in full has no such note
    assert db.ask("framework-members", framework="MD").notes == []
    # one with no `listed_part` says only that its sources name some (an IPCP is agreed with
    # each partner that asks)
    (note,) = db.ask("framework-members", framework="IPCP").notes
    assert note.endswith("those its sources name: others took part, and are not in this answer")


def test_the_enhanced_opportunities_partners_are_not_said_to_be_some_of_them(
    curated_store: Store,
) -> None:
    """ "EOP" names the PII, whose rows are its Enhanced Opportunities Partners: all six of them.
    The note said "others took part" (true of the Interoperability Platform), which read as if
    the EOPs listed were only some of them."""
    answer = Connection.on(curated_store).ask("framework-members", framework="EOP")
    assert {r["iso3"] for r in answer.rows} == {"AUS", "FIN", "GEO", "JOR", "SWE", "UKR"}
    (note,) = answer.notes
    assert "others took part" not in note
    assert "its Enhanced Opportunities Partners, all of them" in note
    assert note.endswith(
        "Interoperability Platform (21 in March 2024, by NATO's count), which are not in this answer"
    )


def test_a_years_partners_name_the_programmes_listed_in_part(curated_store: Store) -> None:
    notes = Connection.on(curated_store).ask("as-of", year=2016).notes
    (note,) = [n for n in notes if IN_PART in n]
    for acronym in ("ICP", "IPCP", "PII"):
        assert f"the {acronym} (" in note
    assert "ITPP" not in note  # launched in 2021
    assert not any(IN_PART in n for n in Connection.on(curated_store).ask("as-of", year=2000).notes)


def test_a_programme_running_with_no_partner_held_that_year_is_said_to_have_none(
    curated_store: Store,
) -> None:
    """The ICP ran from 2004, and the first of its partnerships the data holds is Israel's of
    October 2006: in 2005 the data lists none of its participants, not "only some"; nor does it
    say the data is missing them, as it does of the SPS's, which it never holds."""
    notes = Connection.on(curated_store).ask("as-of", year=2005).notes
    assert not any(IN_PART in n and "the ICP (" in n for n in notes), notes
    assert (
        "year: the data holds no participant of the ICP (Individual Cooperation Programme, since "
        "2004-06) in 2005: the first it holds joined in 2006-10-16, and it lists only some of its "
        "participants"
    ) in notes
    (none,) = [n for n in notes if "the data holds none of" in n]
    assert "the SPS (" in none and "the ICP (" not in none
    notes = Connection.on(curated_store).ask("as-of", year=2006).notes
    assert any(IN_PART in n and "the ICP (" in n for n in notes), notes


def test_a_framework_whose_partners_had_not_joined_yet_is_not_said_to_lack_them(
    curated_store: Store,
) -> None:
    """`as-of --param year 1994` said the MD was running "but the data holds none of its
    partners", as though some were missing: the data holds all seven, the first of whom joined
    in February 1995, two months after its launch."""
    notes = Connection.on(curated_store).ask("as-of", year=1994).notes
    assert not any("the MD (" in n and "holds none of" in n for n in notes), notes
    assert (
        "year: the data holds no partner of the MD (Mediterranean Dialogue, since 1994-12) in "
        "1994: the first it holds joined in 1995-02"
    ) in notes


def test_a_programme_none_of_whose_participants_took_part_that_year_says_no_more(
    curated_store: Store,
) -> None:
    """`as-of --param year 2025` said the ICP "was running" in 2025 and that the data held none
    of its participants: ICPs gave way to IPCPs after the 2011 reform, and the one the data holds,
    Israel's, was superseded by 2019. The note now says only what the data holds."""
    notes = Connection.on(curated_store).ask("as-of", year=2025).notes
    assert not any("the ICP (" in n and "running" in n for n in notes), notes
    assert (
        "year: the one participant the data holds of the ICP (Individual Cooperation Programme, "
        "since 2004-06) did not take part in 2025, and it lists only some of its participants"
    ) in notes
    (some,) = [n for n in notes if IN_PART in n]
    assert some.endswith("others may have taken part then too, and are not in this answer")


def test_the_frameworks_counts_say_which_are_of_some_participants(curated_store: Store) -> None:
    rows = {r["acronym"]: r for r in Connection.on(curated_store).ask("frameworks").rows}
    for acronym in ("PII", "ITPP", "IPCP", "ICP"):
        assert rows[acronym]["participants"].startswith("some recorded:"), acronym
        assert rows[acronym]["active"] is not None
    assert rows["MD"]["participants"] is None
    assert rows["SPS"]["participants"].startswith("not recorded:")


def test_a_framework_view_listed_in_part_says_so(
    runner: CliRunner, cli_env: dict[str, str], curated_store: Store, tmp_path: Path, browser: Any
) -> None:
    env = {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}
    out = tmp_path / "pii.html"
    result = runner.invoke(cli, ["view", "framework", "PII", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    note = (
        f"framework-members --param framework PII: {IN_PART} the PII (Partnership "
        f"Interoperability Initiative, since 2014-09): {PII_PART}"
    )
    assert result.stderr.splitlines()[0] == f"view framework: note: {note}"
    with chromium.open_view(browser, out) as (page, report):
        shown = page.eval_on_selector_all(".view-note", "els => els.map(e => e.textContent)")
        assert report.page_errors == []
    assert note in shown


def test_a_contribution_with_no_end_of_its_own_ends_with_its_operation(
    curated_store: Store,
) -> None:
    rows = Connection.on(curated_store).ask("country-profile", country="Israel").rows
    (oae,) = [r for r in rows if r["kind"] == "operation" and r["target"] == "OAE"]
    assert oae["status_changed"] == "2016-11-09"  # Operation Active Endeavour ended then
    # and its row says so: the date is the operation's, not the end of Israel's own part
    assert oae["note"].endswith(
        "No end of its own part is recorded: 2016-11-09 is when the operation ended, by when its "
        "part had ended."
    ), oae["note"]
    ukraine = Connection.on(curated_store).ask("country-profile", country="Ukraine").rows
    (kfor,) = [r for r in ukraine if r["target"] == "KFOR"]  # its own end, 2022: no such note
    assert "No end of its own part" not in (kfor["note"] or "")


def test_suspended_says_it_is_what_is_suspended_now(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask("suspended")
    assert "MLT" not in {r["iso3"] for r in answer.rows}  # Malta's 1996-2008 break was lifted
    assert answer.caveat is not None and "Malta's, 1996 to" in answer.caveat


def test_to_df_without_pandas_says_how_to_install_it(
    curated_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pandas is installed for the tests; an import that fails is what a fresh `make demo` has
    monkeypatch.setitem(sys.modules, "pandas", None)
    answer = Connection.on(curated_store).ask("framework-members", framework="MD")
    with pytest.raises(MissingPackageError, match=r"^to_df needs pandas, .*pip install pandas"):
        answer.to_df()


def test_a_load_that_creates_nothing_prints_no_table_of_zeros(
    runner: CliRunner, cli_env: dict[str, str], loaded: Store
) -> None:
    result = runner.invoke(cli, ["load"], env=cli_env)  # the session store, already loaded
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert line.endswith("created 0 nodes, 0 relationships")


def test_an_ally_read_as_a_partner_is_said_to_be_one(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    sweden = db.ask("similar-partners", country="Sweden", limit=3)
    assert sweden.notes[0] == (
        "country: Sweden has been a NATO member since 2024-03-07: the answer reads the ties it "
        "held as a partner before that, and those it keeps as an Ally"
    )
    assert not any("NATO member" in n for n in db.ask("similar-partners", country="JOR").notes)
    # an Ally that was never a partner is said to be one, not to have held ties as a partner
    (usa,) = [n for n in db.ask("similar-partners", country="USA").notes if "NATO member" in n]
    assert usa.endswith("and was never a partner: it has no ties as one")


@pytest.mark.parametrize(
    ("a", "b", "param", "ally"),
    [("Finland", "Japan", "a", "Finland"), ("Japan", "USA", "b", "United States")],
)
def test_shared_threats_with_an_ally_says_the_data_holds_no_cooperation_of_allies(
    curated_store: Store, a: str, b: str, param: str, ally: str
) -> None:
    """`shared-threats --param a Finland --param b Japan` answered "the two share no threat or
    area they both cooperate on with NATO now", as though Finland had none: the data records
    cooperation areas for partners only, and the answer now says so."""
    answer = Connection.on(curated_store).ask("shared-threats", a=a, b=b)
    assert answer.rows == []
    (note,) = [n for n in answer.notes if "NATO member since" in n]
    assert note.startswith(f"{param}: {ally} has been a NATO member since ")
    assert note.endswith(
        ": the data records cooperation areas for partners, not for Allies: none of an Ally's is "
        "in this answer"
    )
