"""The data audit of Moldova's DCB package, Mongolia's partnership across the globe, Kuwait's ITPP
and New Zealand's IPCP, and `as-of` for partners that stopped during the year
(loaders/data/CHANGES.md), on the real embedded store.

- Moldova's DCB package was approved by NATO defence ministers in June 2015 (IPN, citing
  Moldova's defence ministry; Bursa, citing NATO), after its invitation at the 2014 Wales Summit:
  the join was an inferred, unverified 2014.
- Mongolia's 2005 is when its contacts with NATO began, not when it became a partner: the join is
  unverified, bounded by its IPCP of 19 March 2012.
- Kuwait's 2024-2027 "Partnership Program" (KUNA) is not named an ITPP by any stored source.
- New Zealand's ITPP was still being negotiated in April 2024 (Reuters); a later audit found its
  foreign ministry's page, which says the two moved to an ITPP in 2024: the IPCP is now superseded
  in 2024 and an ITPP row records the new programme.
- `as-of` lists the partners at the end of the year, and names those that took part earlier in
  it, with the change that ended their part and its date (`stopped_during_year`): Malta was a PfP
  partner until 27 October 1996, and is not missing from 1996 without a word.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from nato_graph.connection import Connection
from nato_graph.queries.catalogue import get
from nato_graph.stores import Store
from tests import expected_history
from tests.oracle import rows

THIS_YEAR = dt.date.today().year


def _partnership(country: str, framework: str) -> dict:
    (row,) = [
        r for r in rows("partnerships") if (r["country"], r["framework"]) == (country, framework)
    ]
    return row


def _member(db: Connection, country: str, framework: str) -> dict:
    (row,) = [
        r for r in db.ask("framework-members", framework=framework).rows if r["iso3"] == country
    ]
    return row


def _as_of(db: Connection, year: int, framework: str) -> dict:
    found = {r["framework"]: r for r in db.ask("as-of", year=year).rows}
    return found.get(framework, {"partners": [], "unverified": [], "stopped_during_year": []})


# -- the data --------------------------------------------------------------------------------


def test_moldovas_dcb_package_is_dated_by_its_approval_in_june_2015(curated_store: Store) -> None:
    row = _member(Connection.on(curated_store), "MDA", "DCB")
    assert (row["joined"], row["status"], row["confidence"]) == ("2015-06", "active", "confirmed")
    (join,) = row["history"]
    assert join["confidence"] == "confirmed"
    assert [s["key"] for s in join["sources"]] == ["ipn-mda-dcb-2017", "bursa-mda-dcb-2015"]
    for source in join["sources"]:
        assert source["url"].startswith(("http://", "https://")) and source["title"], source
    # the invitation at Wales, 2014, is told, not taken for the join
    assert "Wales Summit in 2014" in row["note"] and "24 June 2015" in row["note"]


def test_moldova_is_a_dcb_partner_from_2015_as_a_fact(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    assert "Moldova" not in _as_of(db, 2014, "DCB")["partners"]
    for year in range(2015, THIS_YEAR + 1):
        dcb = _as_of(db, year, "DCB")
        assert "Moldova" in dcb["partners"] and "Moldova" not in dcb["unverified"], year


def test_mongolias_2005_is_its_first_contacts_and_unverified_as_a_join() -> None:
    row = _partnership("MNG", "pag")
    assert (row["joined"], row["joined_confidence"], row["joined_by"]) == (
        "2005", "unverified", "2012-03-19"
    )  # fmt: skip
    assert "dialogue and cooperation" in row["joined_basis"]
    assert "nato-mongolia-talks-2011" in row["sources"]
    assert "first high-level talks" in row["note"]


def test_mongolia_is_an_unsure_global_partner_until_its_ipcp(curated_store: Store) -> None:
    """The partners across the globe were launched in 2006: Mongolia is listed from then, as
    unverified until 2011, as a fact from 2012."""
    db = Connection.on(curated_store)
    for year in range(2006, THIS_YEAR + 1):
        pag = _as_of(db, year, "PAG")
        assert "Mongolia" in pag["partners"], year
        assert ("Mongolia" in pag["unverified"]) is (year < 2012), year


def test_kuwaits_itpp_is_an_inference_held_as_unverified(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    itpp = _member(db, "KWT", "ITPP")
    assert itpp["confidence"] == "unverified"
    assert "without calling it an ITPP" in itpp["note"]
    ipcp = _member(db, "KWT", "IPCP")
    assert ipcp["confidence"] == "partly unverified"
    assert [(e["date"], e["event"], e["confidence"]) for e in ipcp["history"]] == [
        ("2014", "joined", "confirmed"),
        ("2024", "superseded", "unverified"),
    ]
    # the change is dated by the programme's agreement in 2024: the years before stay sure
    for year in range(2014, 2024):
        ipcp_then = _as_of(db, year, "IPCP")
        assert "Kuwait" in ipcp_then["partners"] and "Kuwait" not in ipcp_then["unverified"], year
    assert "Kuwait (superseded 2024, unverified)" in _as_of(db, 2024, "IPCP")["stopped_during_year"]
    assert "Kuwait" in _as_of(db, 2024, "ITPP")["unverified"]


def test_new_zealands_ipcp_gave_way_to_an_itpp_in_2024() -> None:
    """New Zealand's foreign ministry says the two moved to an ITPP in 2024 (the year only), after
    the talks Reuters reported in 2023 and April 2024."""
    row = _partnership("NZL", "ipcp")
    assert (row["status"], row["status_changed"]) == ("superseded", "2024")
    assert [(h["date"], h["status"], h["sources"]) for h in row["history"]] == [
        ("2024", "superseded", ["mfat-nz-nato"])
    ]
    assert "reuters-nz-itpp-2024" in row["sources"] and "5 April 2024" in row["note"]
    # the reports of the ITPP talks do not report the 2012 join
    assert row["joined_sources"] == ["nato-nz-ipcp-text", "natowatch-nz"]
    itpp = _partnership("NZL", "itpp")
    assert (itpp["joined"], itpp["status"], itpp["confidence"]) == ("2024", "active", "confirmed")
    assert itpp["joined_sources"] == ["mfat-nz-nato"]


def test_every_added_source_is_about_its_country() -> None:
    sources = {r["key"]: r for r in rows("sources")}
    for key, iso3 in (
        ("ipn-mda-dcb-2017", "MDA"),
        ("bursa-mda-dcb-2015", "MDA"),
        ("nato-mongolia-talks-2011", "MNG"),
        ("reuters-nz-itpp-2024", "NZL"),
    ):
        assert sources[key]["about"] == [iso3], key
        assert sources[key]["url"].startswith(("http://", "https://")), key


# -- as-of -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "framework", "stopped", "partner"),
    [
        pytest.param(1996, "PfP", "Malta (suspended 1996-10-27)", "Malta", id="malta-1996"),
        pytest.param(
            2021, "PAG", "Afghanistan (suspended 2021-08-20)", "Afghanistan", id="afghanistan-2021"
        ),
        pytest.param(
            2021, "IPCP", "Colombia (superseded 2021-12-08)", "Colombia", id="colombia-2021"
        ),
        pytest.param(
            2023, "PfP", "Finland (became a NATO member 2023-04-04)", "Finland", id="finland-2023"
        ),
    ],
)
def test_as_of_names_the_partners_that_stopped_during_the_year(
    curated_store: Store, year: int, framework: str, stopped: str, partner: str
) -> None:
    """A partner until part-way through the year is not among the year's partners at its end,
    but is named with the change and its date, not left out without a word."""
    row = _as_of(Connection.on(curated_store), year, framework)
    assert stopped in row["stopped_during_year"]
    assert partner not in row["partners"] and row["count"] == len(row["partners"])
    assert partner not in row["unverified"]


def test_as_of_names_no_partner_that_stopped_in_an_earlier_year(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    assert not any("Malta" in s for s in _as_of(db, 1997, "PfP")["stopped_during_year"])
    assert _as_of(db, 2022, "PAG")["stopped_during_year"] == []


def test_a_framework_whose_only_partner_stopped_that_year_is_listed(curated_store: Store) -> None:
    """Israel's ICP gave way to an IPCP by 2019 (the date unverified): the ICP has no partner at
    the end of 2019, and its row says who stopped, not nothing."""
    row = _as_of(Connection.on(curated_store), 2019, "ICP")
    assert (row["partners"], row["count"]) == ([], 0)
    assert row["stopped_during_year"] == ["Israel (superseded 2019, unverified)"]
    assert "ICP" not in {
        r["framework"] for r in Connection.on(curated_store).ask("as-of", year=2020).rows
    }


def test_as_of_says_what_its_lists_are() -> None:
    query = get("as-of")
    assert query.columns[-1] == "stopped_during_year"
    assert "at the end of a given year" in query.title
    assert "took part in the year, for part of it" in " ".join(query.description.split())


def test_as_of_matches_the_data_in_every_year(curated_store: Store) -> None:
    """Every year from the first framework's launch to this one, against the answer worked out
    from the data files (tests/expected_history.py)."""
    db = Connection.on(curated_store)
    for year in range(1990, THIS_YEAR + 1):
        got = db.ask("as-of", year=year).rows
        assert got == expected_history.expect_as_of({"year": year}), year


MINE = (
    "- country: ISR\n  framework: pfp\n  joined: '2001-02'\n  status: {status}\n"
    "  status_changed: '2001-11'\n  history:\n{history}"
    "  sources: [nato-md-topic]\n  confidence: confirmed\n"
)


@pytest.mark.parametrize(
    ("history", "status", "in_partners", "stopped"),
    [
        pytest.param(
            "  - date: '2001-11'\n    status: suspended\n    sources: [nato-md-topic]\n",
            "suspended", False, ["Israel (suspended 2001-11)"], id="joined-and-suspended",
        ),
        pytest.param(
            "  - date: '2001-05'\n    status: suspended\n    sources: [nato-md-topic]\n"
            "  - date: '2001-11'\n    status: active\n    sources: [nato-md-topic]\n",
            "active", True, [], id="suspended-and-resumed",
        ),
        pytest.param(
            "  - date: '2001-11'\n    status: ended\n    sources: [nato-md-topic]\n"
            "    confidence: unverified\n",
            "ended", False, ["Israel (ended 2001-11, unverified)"], id="an-unverified-end",
        ),
    ],
)  # fmt: skip
def test_a_change_within_the_year_of_joining(
    store: Store, tmp_path: Path, history: str, status: str, in_partners: bool, stopped: list
) -> None:
    """One's own partnership that began and changed within one year: a partner at the end of it
    only if it was active then; named with its change if not; never both."""
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(MINE.format(status=status, history=history), encoding="utf-8")
    db = Connection.on(store)
    db.load([mine])
    pfp = _as_of(db, 2001, "PfP")
    assert ("Israel" in pfp["partners"]) is in_partners
    assert [s for s in pfp["stopped_during_year"] if s.startswith("Israel")] == stopped
    # the year before it joined and the year after it stopped, it is in neither list
    for year in (2000, 2002):
        pfp = _as_of(db, year, "PfP")
        assert ("Israel" in pfp["partners"]) is (year == 2002 and in_partners), year
        assert not [s for s in pfp["stopped_during_year"] if s.startswith("Israel")], year


@pytest.mark.neo4j
def test_neo4j_answers_as_of_as_the_data_in_every_year(neo4j_curated: Store) -> None:
    """The same text on Neo4j 5: list slices and the stopped partners' dates give the same rows."""
    db = Connection.on(neo4j_curated)
    for year in range(1990, THIS_YEAR + 1):
        assert db.ask("as-of", year=year).rows == expected_history.expect_as_of({"year": year}), (
            year
        )


def test_the_nato_russia_council_is_linked_to_russia(curated_store: Store) -> None:
    """The council was held with no link (`neighbourhood NRC`: "the data holds no fact
    relationship"), and Russia's profile did not name it; it serves Russia as the NATO-Georgia
    Commission serves Georgia, its note keeping the suspensions."""
    db = Connection.on(curated_store)
    (path,) = db.ask("neighbourhood", entity="NRC").rows
    assert [n.properties["name"] for n in path["path"].nodes] == ["NATO-Russia Council", "Russia"]
    (nrc,) = [
        r
        for r in db.ask("country-profile", country="RUS").rows
        if r["target"] == "NATO-Russia Council"
    ]
    assert (nrc["detail"], nrc["since"]) == ("served by, suspended", "2002")
    assert nrc["status_changed"] == "2014-04-01"
    assert "suspended since April 2014" in nrc["note"]


def test_the_nato_russia_councils_link_to_russia_does_not_hold_now(curated_store: Store) -> None:
    """The council's SERVES link read as holding (`connection`, `neighbourhood` named no inactive
    link) though NATO suspended all practical cooperation with Russia on 1 April 2014, as Russia's
    PfP and EAPC rows say."""
    db = Connection.on(curated_store)
    (path,) = db.ask("neighbourhood", entity="NRC").rows
    assert path["inactive_links"] == ["NATO-Russia Council SERVES Russia (suspended 2014-04-01)"]
    assert path["link_notes"][0].startswith(
        "NATO-Russia Council SERVES Russia: Practical cooperation"
    )
    (pfp,) = [r for r in rows("partnerships") if (r["country"], r["framework"]) == ("RUS", "pfp")]
    (nrc,) = [r for r in rows("institutions") if r["key"] == "nrc"]
    assert (nrc["status"], nrc["status_changed"]) == (pfp["status"], pfp["status_changed"])


# What a contribution's own text says is over: "in earlier years", "withdrawn in 2014".
_PAST = re.compile(
    r"\b(in earlier years|in the past|formerly|previously|withdr[ae]wn?|pulled out)\b", re.I
)


def test_a_contribution_its_text_calls_past_has_an_end() -> None:
    """Mongolia's and Morocco's parts in KFOR ("in earlier years", "in the past") had no `until`,
    and KFOR still runs: `connection` and the views showed both as holding now."""
    operations = {r["key"]: r for r in rows("operations")}
    open_ended = [
        (r["country"], r["operation"])
        for r in rows("contributions")
        if _PAST.search(r.get("contribution") or "")
        and not r.get("until")
        and not operations[r["operation"]].get("end")
    ]
    assert open_ended == []


@pytest.mark.parametrize(("country", "until"), [("Mongolia", "2007-10"), ("Morocco", "2014-01-18")])
def test_a_past_part_in_kfor_is_named_as_ended(
    curated_store: Store, country: str, until: str
) -> None:
    db = Connection.on(curated_store)
    (path,) = db.ask("connection", **{"from": country, "to": "KFOR", "max_hops": 1}).rows
    assert path["confidence"] == "confirmed"
    assert path["inactive_links"] == [f"{country} CONTRIBUTED_TO KFOR (ended {until})"]
    (row,) = [
        r
        for r in db.ask("operation-contributors", operation="KFOR").rows
        if r["partner"] == country
    ]
    assert (row["until"], row["confidence"]) == (until, "confirmed")


def test_the_known_error_on_major_non_nato_allies_names_its_examples(curated_store: Store) -> None:
    """`known-errors --param country Pakistan` found nothing: the correction named no country, where
    the reference gives Pakistan (2004) and Afghanistan (revoked in 2022)."""
    db = Connection.on(curated_store)
    for country in ("Pakistan", "AFG"):
        keys = {r["key"] for r in db.ask("known-errors", country=country).rows}
        assert "err_mnna" in keys, (country, keys)


@pytest.mark.parametrize("country", ["UAE", "ARE", "United Arab Emirates"])
def test_known_errors_of_a_country_are_found_by_its_names_not_its_code(
    curated_store: Store, country: str
) -> None:
    """`known-errors --param country UAE` gave four errors, three of them about other countries:
    the UAE's code, "ARE", was searched for as a word, and "are" is one of nearly every text."""
    db = Connection.on(curated_store)
    assert [r["key"] for r in db.ask("known-errors", country=country).rows] == ["err_gcc_all_ici"]
