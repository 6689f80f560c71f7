"""The earliest an uncertain date can be (``joined_earliest``, a history entry's ``earliest``),
from the data files to the store and to the answers, on the real embedded store.

Colombia's partnership across the globe is dated from its agreement in May 2017, which is its
start: a claim of 2013 (an information-security agreement) is refuted. Israel's IPCP is dated
from its latest approval, which bounds nothing by itself: a year between the creation of IPCPs
(April 2011, its ``joined_earliest``) and 2019 stays open, an earlier one is refuted. Israel's ICP
gave way to an IPCP in 2019 at the latest and not before IPCPs were created in April 2011: `as-of`
holds it as sure from 2006 to 2010 and unsure only from 2011 to 2018. Kuwait's disputed ICI date
(December 2004 or early 2005) cannot be before the ICI's launch on 28 June 2004; Bosnia and
Herzegovina, Montenegro and Serbia cannot have joined the EAPC before they were invited at Riga
on 29 November 2006.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from nato_graph.connection import Connection
from nato_graph.loaders.articles import load_articles
from nato_graph.loaders.load import load
from nato_graph.stores import Store
from tests import expected_history
from tests.oracle import rows


def _stored_bounds(store: Store) -> dict[tuple[str, str], list[str] | None]:
    result = store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) "
        "RETURN c.iso3 AS c, f.key AS f, r.history_earliest AS earliest"
    )
    return {(r["c"], r["f"]): r["earliest"] for r in result}


def test_the_store_holds_each_events_earliest_date(curated_store: Store) -> None:
    """One list beside the other history lists, an entry per event ("" where the data gives no
    bound); none at all on a partnership no event of which has one."""
    expected = {}
    for p in rows("partnerships"):
        bounds = [b or "" for b in expected_history.earliest_dates(p)]
        expected[(p["country"], p["framework"])] = bounds if any(bounds) else None
    stored = _stored_bounds(curated_store)
    assert stored == expected
    assert stored[("COL", "pag")] == ["2017-05"]  # the agreement is the start
    assert stored[("KOR", "pag")] == ["2005"]  # dialogue opened in 2005, partner from 2006
    assert stored[("IRQ", "pag")] == ["2011"]  # the grant of partner status
    assert stored[("ISR", "icp")] == ["", "2011-04"]  # the change, not the join
    # a basis that may come after the start bounds nothing by itself; the creation of IPCPs does
    assert stored[("ISR", "ipcp")] == stored[("JOR", "ipcp")] == ["2011-04"]
    assert stored[("KWT", "ici")] == ["2004-06-28"]  # the ICI's launch at Istanbul
    for iso3 in ("BIH", "MNE", "SRB"):  # invited to the EAPC at the Riga Summit
        assert stored[(iso3, "eapc")][0] == "2006-11-29", iso3
    for pair in [("JPN", "pag"), ("NZL", "pag"), ("MNG", "pag")]:
        assert stored[pair] is None, pair


def _as_of(db: Connection, year: int, framework: str) -> dict:
    found = {r["framework"]: r for r in db.ask("as-of", year=year).rows}
    return found.get(framework, {"partners": [], "unverified": []})


def test_as_of_holds_israels_icp_sure_until_the_change_can_come(curated_store: Store) -> None:
    """Confirmed in force from October 2006 (renewed in December 2008); superseded in 2019 at the
    latest, not before April 2011: sure in 2006-2010, unverified in 2011-2018, gone from 2019."""
    db = Connection.on(curated_store)
    for year in range(2005, dt.date.today().year + 1):
        icp = _as_of(db, year, "ICP")
        listed, unsure = "Israel" in icp["partners"], "Israel" in icp["unverified"]
        assert listed is (2006 <= year <= 2018), year
        assert unsure is (2011 <= year <= 2018), year


MINE = (
    "- country: ISR\n  framework: pfp\n  joined: '2001'\n  status: ended\n"
    "  status_changed: '2015'\n  history:\n  - date: '2009'\n    status: suspended\n"
    "    sources: [nato-md-topic]\n  - date: '2015'\n{earliest}    status: ended\n"
    "    sources: [nato-md-topic]\n    confidence: unverified\n"
    "  sources: [nato-md-topic]\n  confidence: confirmed\n"
)


def test_a_bound_in_a_users_file_reaches_as_of_and_a_reload_without_it_drops_it(
    store: Store, tmp_path: Path
) -> None:
    """One's own partnership may bound a change too: the bound is stored in its event's place
    (after a join and a 2009 suspension that have none), and loading the file again without it
    leaves no list behind."""
    mine = tmp_path / "mine.partnerships.yaml"
    db = Connection.on(store)
    mine.write_text(MINE.format(earliest="    earliest: '2012'\n"), encoding="utf-8")
    db.load([mine])
    assert _stored_bounds(store)[("ISR", "pfp")] == ["", "", "2012"]
    mine.write_text(MINE.format(earliest=""), encoding="utf-8")
    db.load([mine])
    assert _stored_bounds(store)[("ISR", "pfp")] is None


def test_as_of_counts_a_bound_on_the_next_change_only(store: Store, tmp_path: Path) -> None:
    """Active from 2001, ended in 2015 (unverified), not before 2012: sure in 2001-2011, unsure
    in 2012-2014; without the bound unsure in every year."""
    mine = tmp_path / "mine.partnerships.yaml"
    text = MINE.replace(
        "  - date: '2009'\n    status: suspended\n    sources: [nato-md-topic]\n", ""
    )
    db = Connection.on(store)
    for earliest, sure_until in (("    earliest: '2012'\n", 2011), ("", 2000)):
        mine.write_text(text.format(earliest=earliest), encoding="utf-8")
        db.load([mine])
        for year in range(2001, 2015):
            pfp = _as_of(db, year, "PfP")
            assert "Israel" in pfp["partners"], year
            assert ("Israel" in pfp["unverified"]) is (year > sure_until), (earliest, year)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of this module's own with the curated data, for articles to be checked against."""
    from nato_graph.settings import resolve
    from nato_graph.stores import open_store
    from nato_graph.stores.server import EmbeddedServer

    home = tmp_path_factory.mktemp("bounds")
    store = open_store(resolve(home=home, env={}), keep_server=True)
    try:
        load(store)
        yield store
    finally:
        store.close()
        EmbeddedServer(home).stop()


def _check(store: Store, sentence: str) -> dict:
    load_articles(store, ["-"], stdin=io.BytesIO(sentence.encode("utf-8")))
    (claim,) = store.read(
        "MATCH (c:Claim {predicate: 'partner_in'}) WHERE c.sentence = $s "
        "RETURN c.subject AS s, c.object AS o, c.verdict AS v, c.correction AS correction, "
        "c.fact AS fact, c.sources AS sources",
        {"s": sentence},
    ).rows
    return claim


RIGA = (
    "no earlier than 29 November 2006 (the date the data gives, on 14 December 2006, is unverified)"
)

COLOMBIA = (
    "Colombia joined the Partners across the globe in May 2017 (dated from the partnership "
    "agreed in May 2017, a year before it formally became a global partner on 31 May 2018)"
)


@pytest.mark.parametrize(
    ("sentence", "verdict", "correction"),
    [
        pytest.param("Colombia joined NATO's partners across the globe in 2013.", "contradicted",
                     f"{COLOMBIA}, not in 2013", id="colombia-2013"),
        pytest.param("Colombia has been a global partner of NATO since 2013.", "contradicted",
                     f"{COLOMBIA}, not in 2013", id="colombia-since-2013"),
        pytest.param("Colombia was one of NATO's partners across the globe in 2015.",
                     "contradicted", COLOMBIA, id="colombia-a-partner-in-2015"),
        pytest.param("Colombia did not join NATO's partners across the globe in 2013.",
                     "supported", None, id="colombia-not-in-2013"),
        # formally marked in 2018: the data's own note names it, so it is not refuted
        pytest.param("Colombia joined NATO's partners across the globe in 2018.", "unverified",
                     None, id="colombia-2018"),
        pytest.param("South Korea joined NATO's partners across the globe in 2003.", "contradicted",
                     "Republic of Korea joined the Partners across the globe in 2006 (dated from "
                     "its start as a 'contact country' partner, after dialogue opened in 2005; "
                     "not before 2005), not in 2003", id="korea-before-its-dialogue"),
        pytest.param("South Korea joined NATO's partners across the globe in 2005.", "unverified",
                     None, id="korea-the-year-its-dialogue-opened"),
        pytest.param("Iraq joined NATO's partners across the globe in 2004.", "contradicted",
                     "Iraq joined the Partners across the globe in 2011 (dated from NATO's grant "
                     "of partner status), not in 2004", id="iraq-before-partner-status"),
        pytest.param("Israel was a partner in the Individual Cooperation Programme in 2008.",
                     "supported", None, id="israel-icp-before-the-change"),
        pytest.param("Israel was a partner in the Individual Cooperation Programme in 2015.",
                     "unverified", None, id="israel-icp-when-the-change-may-have-come"),
        # the ICI was launched on 28 June 2004; Kuwait's month is disputed, its year is not refuted
        pytest.param("Kuwait joined the Istanbul Cooperation Initiative in 2003.", "contradicted",
                     "The Istanbul Cooperation Initiative (ICI) was launched on 28 June 2004: no "
                     "country took part in it before", id="kuwait-before-the-ici"),
        pytest.param("Kuwait joined the Istanbul Cooperation Initiative in 2004.", "unverified",
                     None, id="kuwait-2004"),
        pytest.param("Kuwait joined the Istanbul Cooperation Initiative in 2005.", "unverified",
                     None, id="kuwait-2005"),
        pytest.param("Kuwait joined the Istanbul Cooperation Initiative in 2006.", "contradicted",
                     "Kuwait joined the Istanbul Cooperation Initiative by March 2005 at the latest "
                     "(the date the data gives, in December 2004, is unverified), not in 2006",
                     id="kuwait-2006"),
        pytest.param("Serbia joined the Euro-Atlantic Partnership Council in 2005.", "contradicted",
                     f"Serbia joined the Euro-Atlantic Partnership Council {RIGA}, not in 2005",
                     id="serbia-eapc-before-riga"),
        pytest.param("Bosnia and Herzegovina joined the Euro-Atlantic Partnership Council in 2004.",
                     "contradicted", "Bosnia and Herzegovina joined the Euro-Atlantic Partnership "
                     f"Council {RIGA}, not in 2004", id="bosnia-eapc-before-riga"),
        pytest.param("Montenegro joined the Euro-Atlantic Partnership Council in 2005.",
                     "contradicted", f"Montenegro joined the Euro-Atlantic Partnership Council "
                     f"{RIGA}, not in 2005", id="montenegro-eapc-before-riga"),
        pytest.param("Bosnia and Herzegovina joined the Euro-Atlantic Partnership Council in 2006.",
                     "unverified", None, id="bosnia-eapc-2006"),
        pytest.param("Israel joined the Individual Partnership and Cooperation Programme in 2012.",
                     "unverified", None, id="israel-ipcp-after-ipcps-existed"),
    ],
)  # fmt: skip
def test_a_year_before_the_earliest_start_is_refuted(
    checked: Store, sentence: str, verdict: str, correction: str | None
) -> None:
    claim = _check(checked, sentence)
    assert (claim["v"], claim["correction"]) == (verdict, correction), claim
    assert claim["fact"] and claim["sources"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel joined the Individual Partnership and Cooperation Programme in 2013.",
        # (2005 is before IPCPs existed, April 2011: contradicted, test_article_prose.py)
        "Mongolia joined NATO's partners across the globe in 2004.",
        "Japan joined NATO's partners across the globe in 1985.",
    ],
)
def test_a_year_before_a_basis_that_bounds_nothing_stays_open(
    checked: Store, sentence: str
) -> None:
    """Israel's 2019 is its IPCP's latest approval; Mongolia's 2005 and Japan's 1990 are when
    NATO dates dialogue with them: when each began is not settled by the sources."""
    claim = _check(checked, sentence)
    assert (claim["v"], claim["correction"]) == ("unverified", None), claim


def test_israels_ipcp_keeps_its_open_start_in_words(checked: Store) -> None:
    claim = _check(
        checked, "Israel joined the Individual Partnership and Cooperation Programme in 2016."
    )
    assert claim["fact"].endswith(
        "a date the data takes from its latest approval, in March 2019; when it began is not in "
        "the sources, not from a formal accession, so an earlier year is neither confirmed nor "
        "refuted"
    )


@pytest.mark.neo4j
def test_neo4j_holds_the_bounds_and_answers_as_of_as_the_embedded_store(
    neo4j_curated: Store, curated_store: Store
) -> None:
    assert _stored_bounds(neo4j_curated) == _stored_bounds(curated_store)
    on_neo4j, embedded = Connection.on(neo4j_curated), Connection.on(curated_store)
    for year in range(2005, 2021):
        assert on_neo4j.ask("as-of", year=year).rows == embedded.ask("as-of", year=year).rows
    assert "Israel" not in _as_of(on_neo4j, 2010, "ICP")["unverified"]
    assert "Israel" in _as_of(on_neo4j, 2011, "ICP")["unverified"]


@pytest.mark.neo4j
def test_neo4j_refutes_a_year_before_the_earliest_start(neo4j_store: Store) -> None:
    load(neo4j_store)
    claim = _check(neo4j_store, "Colombia joined NATO's partners across the globe in 2013.")
    assert (claim["v"], claim["correction"]) == ("contradicted", f"{COLOMBIA}, not in 2013")
