"""The data brought up to date (loaders/data/CHANGES.md): each new or changed fact, its status,
its dates and the sources it rests on, as the answers give them."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_graph.connection import Connection
from nato_graph.loaders import DATA_COVERAGE, DATA_DIR
from nato_graph.stores import Store
from tests.oracle import rows


def partnership(db: Connection, country: str, framework: str) -> dict:
    rows_ = db.ask("framework-members", framework=framework).rows
    (row,) = [r for r in rows_ if r["iso3"] == country]
    return row


@pytest.mark.parametrize(
    ("country", "framework", "status", "joined", "changed", "source"),
    [
        pytest.param("MNG", "IPCP", "superseded", "2012-03-19", "2024", "nato-mongolia-topic-2025", id="mng-ipcp"),
        pytest.param("MNG", "ITPP", "active", "2024", None, "nato-mongolia-topic-2025", id="mng-itpp"),
        pytest.param("AUS", "IPCP", "superseded", "2013-02-21", "2023", "aus-mission-nato", id="aus-ipcp"),
        pytest.param("AUS", "ITPP", "active", "2023", None, "aus-mission-nato", id="aus-itpp"),
        pytest.param("JPN", "IPCP", "superseded", "2014-05-06", "2023-07-12", "nato-japan-itpp-2023", id="jpn-ipcp"),
        pytest.param("JPN", "ITPP", "active", "2023-07-12", None, "nato-japan-itpp-2023", id="jpn-itpp"),
        pytest.param("KOR", "IPCP", "superseded", "2012-09", "2023-07", "yonhap-rok-itpp-2023", id="kor-ipcp"),
        pytest.param("KOR", "ITPP", "active", "2023-07", None, "yonhap-rok-itpp-2023", id="kor-itpp"),
        pytest.param("COL", "IPCP", "superseded", "2017-05", "2021-12-08", "nato-colombia-2021", id="col-ipcp"),
        pytest.param("COL", "ITPP", "active", "2021-12-08", None, "nato-colombia-itpp-2021", id="col-itpp"),
        pytest.param("NZL", "IPCP", "superseded", "2012-06-04", "2024", "mfat-nz-nato", id="nzl-ipcp"),
        pytest.param("NZL", "ITPP", "active", "2024", None, "mfat-nz-nato", id="nzl-itpp"),
        pytest.param("RUS", "PfP", "suspended", "1994-06-22", "2014-04-01", "ep-russia-threat-2022", id="rus"),
        pytest.param("MRT", "DCB", "active", "2022-06", None, "nato-mauritania-2023", id="mrt-dcb"),
    ],
)  # fmt: skip
def test_programme_transitions(
    curated_store: Store, country: str, framework: str, status: str, joined: str,
    changed: str | None, source: str,
) -> None:  # fmt: skip
    row = partnership(Connection.on(curated_store), country, framework)
    assert (row["status"], row["joined"], row["status_changed"]) == (status, joined, changed)
    assert row["confidence"] == "confirmed"
    assert source in [s["key"] for s in row["sources"]]
    for s in row["sources"]:
        assert s["title"] and s["url"], s


@pytest.mark.parametrize("country", ["MRT", "BIH"])
def test_dcb_partners_cite_natos_current_dcb_page(curated_store: Store, country: str) -> None:
    """NATO's current DCB page names Mauritania and Bosnia and Herzegovina among the DCB
    partners: both rows cite it, and no note says the page leaves them out. Mauritania's join
    (Madrid, June 2022) cites the NATO news that dates it, not the undated page."""
    row = partnership(Connection.on(curated_store), country, "DCB")
    assert "nato-dcb-topic" in [s["key"] for s in row["sources"]]
    assert "not yet list" not in (row["note"] or "")
    if country == "MRT":
        (join,) = row["history"]
        assert [s["key"] for s in join["sources"]] == ["nato-mauritania-2023"]
        assert "current DCB page names Mauritania" in row["note"]


def test_koreas_itpp_date_conflict_is_kept_as_a_note() -> None:
    (row,) = [r for r in rows("partnerships") if r["country"] == "KOR" and r["framework"] == "itpp"]
    assert "11 July 2023" in row["note"] and "13 July 2023" in row["note"]
    assert row["joined"] == "2023-07"  # to the month: the day is in dispute
    # Korea's PAG note tells the same ITPP: it names both days, not one of them as fact
    (pag,) = [r for r in rows("partnerships") if r["country"] == "KOR" and r["framework"] == "pag"]
    assert "11 July 2023" in pag["note"] and "13 July 2023" in pag["note"]
    assert "signed on 13 July" not in pag["note"]


def test_kuwaits_ici_join_cites_only_the_reports_of_that_date(curated_store: Store) -> None:
    """NATO's 2011 page counts Kuwait among those joining in early 2005: it backs the partnership,
    not the December 2004 join, and the note names the disagreement."""
    row = partnership(Connection.on(curated_store), "KWT", "ICI")
    (join,) = row["history"]
    assert (row["joined"], join["date"], join["event"]) == ("2004-12", "2004-12", "joined")
    assert [s["key"] for s in join["sources"]] == ["kuwaittimes-ici20", "gulfoundation-2012"]
    assert "nato-ici-topic-2011" in [s["key"] for s in row["sources"]]
    (record,) = [
        r for r in rows("partnerships") if r["country"] == "KWT" and r["framework"] == "ici"
    ]
    assert "2005" in record["note"]


@pytest.mark.parametrize(
    ("framework", "partner", "unsure_until", "joined_by"),
    [
        pytest.param("ICI", "Kuwait", 2004, "2005-03", id="kwt-ici"),
        pytest.param("DCB", "Georgia", 2015, "2016-07", id="geo-dcb"),
        pytest.param("DCB", "Jordan", 2015, "2016-07", id="jor-dcb"),
        pytest.param("PAG", "Mongolia", 2011, "2012-03-19", id="mng-pag"),
        pytest.param("PAG", "Pakistan", 2011, "2012-10-20", id="pak-pag"),
    ],
)  # fmt: skip
def test_an_unverified_join_is_unsure_only_before_the_sources_show_it(
    curated_store: Store, framework: str, partner: str, unsure_until: int | None, joined_by: str
) -> None:
    """Kuwait joined the ICI in December 2004 or in the first quarter of 2005 (NATO, 2011): the
    date is in doubt, not the membership, so `as-of` marks Kuwait unverified in 2004 only. The
    DCB packages of Georgia and Jordan were in place by July 2016 (NATO, 2016). Mongolia's
    partnership is dated from the start of its contacts with NATO (2005), and formalised by its IPCP
    on 19 March 2012: unsure in the partners across the globe until 2011. Pakistan's is dated from
    NATO's 2005 earthquake relief, and a NATO page archived on 20 October 2012 counts it among the
    partners across the globe: unsure until 2011 too. (Israel's IPCP, bounded by its March 2019
    approval, is held as unverified as a whole since its standing after NATO's 2021 move to ITPPs
    is not confirmed: unsure in every year.)"""
    db = Connection.on(curated_store)
    listed = []
    for year in range(2004, dt.date.today().year + 1):
        rows_ = {r["framework"]: r for r in db.ask("as-of", year=year).rows}
        if partner not in rows_.get(framework, {}).get("partners", []):
            continue
        listed.append(year)
        unsure = partner in rows_[framework]["unverified"]
        assert unsure is (unsure_until is not None and year <= unsure_until), year
    assert listed and listed[-1] == dt.date.today().year  # active to this day
    iso3 = {
        "Kuwait": "KWT", "Georgia": "GEO", "Jordan": "JOR", "Mongolia": "MNG", "Pakistan": "PAK"
    }[partner]  # fmt: skip
    (edge,) = curated_store.read(
        "MATCH (:Country {iso3: $c})-[r:PARTNER_IN]->(:Framework {acronym: $f}) "
        "RETURN r.joined_by AS by, r.joined_by_year AS year",
        {"c": iso3, "f": framework},
    ).rows
    assert (edge["by"], edge["year"]) == (joined_by, int(joined_by[:4]))


def test_slovenias_pfp_signature_and_accession_are_sourced(curated_store: Store) -> None:
    """Slovenia's PfP signature of 30 March 1994 was general knowledge; the Slovenian
    government's website on joining NATO dates it, and the join cites that page. Its accession
    on 29 March 2004 is sourced as before."""
    row = partnership(Connection.on(curated_store), "SVN", "PfP")
    assert row["confidence"] == "confirmed"
    assert [(e["date"], e["event"], e["confidence"]) for e in row["history"]] == [
        ("1994-03-30", "joined", "confirmed"),
        ("2004-03-29", "became_member", "confirmed"),
    ]
    assert [s["key"] for s in row["history"][0]["sources"]] == [
        "si-gov-nato-chronology",
        "nations-svn-2002",
    ]


@pytest.mark.parametrize(
    ("country", "joined", "signed_by"),
    [
        pytest.param("POL", "1994-02-02", "Waldemar Pawlak", id="poland"),
        pytest.param("HUN", "1994-02-08", "Geza Jeszenszky", id="hungary"),
    ],
)
def test_the_february_1994_pfp_signatures_are_dated_by_natos_chronology(
    country: str, joined: str, signed_by: str
) -> None:
    """Poland and Hungary were held to the month (February 1994); NATO's chronology of that
    month gives the day each signed the Framework Document, and the join cites it."""
    (row,) = [r for r in rows("partnerships") if (r["country"], r["framework"]) == (country, "pfp")]
    assert row["joined"] == joined and "joined_confidence" not in row
    assert "nato-1994-02-chron" in row["sources"] and signed_by in row["note"]


def test_the_ici_regional_centre_opened_in_january_2017() -> None:
    """To the month: Gulf News gives 24 January, some Kuwaiti reports 23 January."""
    (centre,) = [r for r in rows("institutions") if r["key"] == "ici_regional_centre"]
    assert centre["opened"] == "2017-01"
    assert "24 January 2017" in centre["note"] and "23 January 2017" in centre["note"]


def test_cooperation_that_lapsed_says_until_when(curated_store: Store) -> None:
    """Russia's cooperation on terrorism (from its exchange of letters on Active Endeavour in
    December 2004 to the suspension of all practical cooperation on 1 April 2014) and
    Afghanistan's, suspended in August 2021, are dated as past; a shared threat is one both sides
    work on now."""
    db = Connection.on(curated_store)
    on_terrorism = {r["iso3"]: r for r in db.ask("partners-on-threat", threat="terrorism").rows}
    assert (on_terrorism["RUS"]["since"], on_terrorism["RUS"]["until"]) == ("2004-12", "2014-04-01")
    assert on_terrorism["AFG"]["until"] == "2021-08-20"
    assert "voiceofvienna-afg" in [s["key"] for s in on_terrorism["AFG"]["sources"]]
    assert on_terrorism["ISR"]["until"] is None
    profile = db.ask("country-profile", country="Belarus").rows
    (area,) = [r for r in profile if r["kind"] == "cooperation"]
    assert (area["detail"], area["status_changed"]) == ("area, until 2021-11", "2021-11")
    (row, *_) = db.ask("evidence", a="Russia", b="terrorism").rows
    assert (row["since"], row["status"], row["status_changed"]) == (
        "2004-12",
        "lapsed",
        "2014-04-01",
    )
    assert (
        db.ask("shared-threats", a="Russia", b="Israel").rows == []
    )  # terrorism lapsed for Russia
    assert "terrorism" in [r["key"] for r in db.ask("shared-threats", a="Israel", b="Jordan").rows]


def test_israels_ipcp_start_is_unverified(curated_store: Store) -> None:
    """SHAPE reports the programme; 2019 is its latest approval, not its start. That it is still
    in force after NATO's March 2021 decision to move every partner to an ITPP is not in the
    sources, so the row is held as unverified; its join cites SHAPE only."""
    row = partnership(Connection.on(curated_store), "ISR", "IPCP")
    assert row["confidence"] == "unverified"
    ((join,),) = [[e for e in row["history"] if e["event"] == "joined"]]
    assert (join["date"], join["confidence"]) == ("2019", "unverified")
    assert join["basis"].startswith("its latest approval, in March 2019")
    assert [s["key"] for s in join["sources"]] == ["shape-israel-2019"]
    assert [s["key"] for s in row["sources"]] == ["shape-israel-2019", "nato-itpp-topic"]


def test_israels_icp_end_is_unverified(curated_store: Store) -> None:
    """The ICP gave way to an IPCP no later than 2019, but when is not in the sources; not before
    the April 2011 reform that created IPCPs either (NATO's partnership tools page). The years
    from 2011 to 2018 list Israel's ICP among the unverified, not as a fact; 2010 and before, when
    it was confirmed in force and the change could not yet have come, as a fact."""
    db = Connection.on(curated_store)
    row = partnership(db, "ISR", "ICP")
    assert (row["status"], row["status_changed"], row["confidence"]) == (
        "superseded", "2019", "partly unverified"
    )  # fmt: skip
    assert [e["confidence"] for e in row["history"]] == ["confirmed", "unverified"]
    assert [s["key"] for s in row["history"][1]["sources"]] == [
        "shape-israel-2019", "nato-tools-2014"
    ]  # fmt: skip
    for year, unsure in ((2010, []), (2011, ["Israel"]), (2015, ["Israel"])):
        rows_ = {r["framework"]: r for r in db.ask("as-of", year=year).rows}
        assert "Israel" in rows_["ICP"]["partners"]
        assert rows_["ICP"]["unverified"] == unsure, year


def test_australia_is_an_operational_partner_in_sea_guardian(curated_store: Store) -> None:
    rows_ = Connection.on(curated_store).ask("operation-contributors", operation="osg").rows
    (aus,) = [r for r in rows_ if r["iso3"] == "AUS"]
    assert aus["confidence"] == "confirmed"
    assert [s["key"] for s in aus["sources"]] == ["aus-mission-nato"]


def test_the_liaison_office_in_amman(curated_store: Store) -> None:
    rows_ = Connection.on(curated_store).ask("country-profile", country="Jordan").rows
    (office,) = [r for r in rows_ if r["target"] == "NATO Liaison Office in Amman (Jordan)"]
    keys = [s["key"] for s in office["sources"]]
    assert {"zawya-nlo-amman-2024", "jordantimes-nlo-opening"} <= set(keys)


@pytest.mark.parametrize("country", ["AUS", "JPN", "KOR", "NZL"])
def test_indo_pacific_partners_at_the_2024_and_2025_summits(country: str) -> None:
    (row,) = [
        r for r in rows("partnerships") if r["country"] == country and r["framework"] == "ip4"
    ]
    assert {"ap-ip4-washington-2024", "apf-hague-2025"} <= set(row["sources"])
    assert "Washington" in row["note"] and "Hague" in row["note"]


def test_each_partner_mission_cites_its_own_sources() -> None:
    missions = {r["key"]: r for r in rows("institutions") if r.get("kind") == "diplomatic mission"}
    assert {m["serves"][0]: m["sources"] for m in missions.values()} == {
        "ISR": ["alarabiya-israel-2016", "itongadol-israel-cred", "jpost-israel-2016"],
        "BLR": ["nato-belarus-2009"],
        "KOR": ["mofa-kr-nato", "europeaninterest-rok"],
    }


def test_every_added_source_says_what_it_is_about() -> None:
    keys = {r["key"]: r for r in rows("sources")}
    for key in ("nato-mongolia-topic-2025", "aus-mission-nato", "yonhap-rok-itpp-2023",
                "nato-colombia-itpp-2021", "ep-russia-threat-2022", "jordantimes-nlo-opening"):  # fmt: skip
        assert keys[key].get("about"), key


def test_the_coverage_date_is_stated() -> None:
    assert DATA_COVERAGE == "2025-06"
    changes = (DATA_DIR / "CHANGES.md").read_text(encoding="utf-8")
    assert "events to June 2025" in changes
