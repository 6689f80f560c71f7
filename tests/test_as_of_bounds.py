"""`as-of` for a join whose recorded date is not its start but whose start the sources bound from
below (``joined_earliest``), on the real embedded store and on Neo4j.

Israel's IPCP is dated from its latest approval (March 2019), and IPCPs were created in April
2011: `as-of` left Israel out of the IPCP in every year before 2019, as though it had none, where
the data can only say that it may already have had one. It now lists Israel as an unverified IPCP
partner from 2011 (the approval shows it had one by 2019, but whether the IPCP is still in force
after NATO's 2021 move to ITPPs is not in the sources, so the row is held as unverified and Israel
stays unsure in every year). Jordan's IPCP, dated from the first source that names it, has the same
bound. A join without a bound, or with one in the year of its recorded date, is listed from that
year as before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests.oracle import rows

THIS_YEAR = dt.date.today().year


def _as_of(db: Connection, year: int, framework: str) -> dict:
    found = {r["framework"]: r for r in db.ask("as-of", year=year).rows}
    return found.get(framework, {"partners": [], "unverified": []})


def _listed(db: Connection, year: int, framework: str, name: str) -> tuple[bool, bool]:
    """Whether ``name`` is among the framework's partners in ``year``, and among its unsure ones."""
    row = _as_of(db, year, framework)
    return name in row["partners"], name in row["unverified"]


def _year(date: str) -> int:
    return int(str(date)[:4])


@pytest.mark.parametrize(
    ("name", "sure_from"),
    [
        # approved in March 2019 (joined_by), but the row is held as unverified (its standing
        # after NATO's 2021 move to ITPPs is not confirmed): unsure in every year
        pytest.param("Israel", None, id="israel"),
        # no source gives a latest date for Jordan's start: unsure in every year
        pytest.param("Jordan", None, id="jordan"),
    ],
)
def test_an_ipcp_dated_after_its_start_is_unsure_from_the_creation_of_ipcps(
    curated_store: Store, name: str, sure_from: int | None
) -> None:
    db = Connection.on(curated_store)
    for year in range(2005, THIS_YEAR + 1):
        listed, unsure = _listed(db, year, "IPCP", name)
        assert listed is (year >= 2011), (name, year)
        assert unsure is (year >= 2011 and (sure_from is None or year < sure_from)), (name, year)


def test_israel_is_unsure_in_both_programmes_while_the_change_may_come(
    curated_store: Store,
) -> None:
    """From 2011 to 2018 Israel had its ICP or an IPCP, the data cannot say which: both list it,
    both as unverified; before 2011 only the ICP lists it, as sure. From 2019 only the IPCP lists
    it, still as unverified: the row is held as unverified as a whole."""
    db = Connection.on(curated_store)
    assert _listed(db, 2010, "ICP", "Israel") == (True, False)
    assert _listed(db, 2010, "IPCP", "Israel") == (False, False)
    for year in range(2011, 2019):
        assert _listed(db, year, "ICP", "Israel") == (True, True), year
        assert _listed(db, year, "IPCP", "Israel") == (True, True), year
    assert _listed(db, 2019, "ICP", "Israel") == (False, False)
    assert _listed(db, 2019, "IPCP", "Israel") == (True, True)


def _bounded_joins() -> list[tuple[str, str, int, int]]:
    """(country, framework, first year, recorded year) of every bundled join whose start the
    sources allow in a year before its recorded one, while its framework was running."""
    launched = {f["key"]: _year(f["launched"]) for f in rows("frameworks")}
    found = []
    for p in rows("partnerships"):
        if p.get("joined") and p.get("joined_earliest"):
            first = max(_year(p["joined_earliest"]), launched[p["framework"]])
            if first < _year(p["joined"]):
                found.append((p["country"], p["framework"], first, _year(p["joined"])))
    return found


def test_every_bounded_join_is_unsure_from_its_bound_to_its_recorded_year(
    curated_store: Store,
) -> None:
    """Read from the data files: each join of that shape is listed as unverified in each year from
    its bound (or its framework's launch) to the year before its recorded date, and not before."""
    names = {c["iso3"]: c["name"] for c in rows("countries")}
    acronyms = {f["key"]: f["acronym"] for f in rows("frameworks")}
    windows = _bounded_joins()
    assert {("ISR", "ipcp"), ("JOR", "ipcp")} <= {(c, f) for c, f, _, _ in windows}
    db = Connection.on(curated_store)
    for iso3, framework, first, recorded in windows:
        name, acronym = names[iso3], acronyms[framework]
        assert _listed(db, first - 1, acronym, name)[0] is False, (iso3, framework, first - 1)
        for year in range(first, recorded):
            assert _listed(db, year, acronym, name) == (True, True), (iso3, framework, year)
        assert _listed(db, recorded, acronym, name)[0] is True, (iso3, framework, recorded)


def test_a_bound_in_the_year_of_the_join_lists_nothing_earlier(curated_store: Store) -> None:
    """Kuwait's ICI (December 2004, not before 28 June 2004) and the Balkan EAPC joins (14 December
    2006, not before the Riga invitation of 29 November 2006) begin where they did."""
    db = Connection.on(curated_store)
    for framework, name, year in [
        ("ICI", "Kuwait", 2004),
        ("EAPC", "Serbia", 2006),
        ("EAPC", "Montenegro", 2006),
        ("EAPC", "Bosnia and Herzegovina", 2006),
    ]:
        assert _listed(db, year - 1, framework, name)[0] is False, (name, year - 1)
        assert _listed(db, year, framework, name)[0] is True, (name, year)


MINE = (
    "- country: ISR\n  framework: pfp\n  joined: '2015'\n"
    "  joined_basis: its first PfP exercise; when it began is not in the sources\n"
    "{bounds}  status: active\n  sources: [nato-md-topic]\n  confidence: confirmed\n"
    "  joined_confidence: unverified\n"
)


@pytest.mark.parametrize(
    ("bounds", "first", "sure_from"),
    [
        # had joined by 2015 (joined_by): unsure from the bound up to it, sure from then
        pytest.param("  joined_by: '2015'\n  joined_earliest: '2012-06'\n", 2012, 2015,
                     id="earliest-and-by"),
        # nothing shows when it had joined: unsure in every year from the bound
        pytest.param("  joined_earliest: '2012'\n", 2012, None, id="earliest"),
        # without a bound the recorded year is the first listed, as before
        pytest.param("  joined_by: '2015'\n", 2015, 2015, id="no-bound"),
        pytest.param("", 2015, None, id="neither"),
    ],
)  # fmt: skip
def test_a_users_bounded_join(
    store: Store, tmp_path: Path, bounds: str, first: int, sure_from: int | None
) -> None:
    """One's own partnership follows the same rule; loading it again without the bound drops it."""
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(MINE.format(bounds=bounds), encoding="utf-8")
    db = Connection.on(store)
    db.load([mine])
    assert _listed(db, first - 1, "PfP", "Israel") == (False, False), bounds
    for year in range(first, 2019):
        sure = sure_from is not None and year >= sure_from
        assert _listed(db, year, "PfP", "Israel") == (True, not sure), (bounds, year)
    if "joined_earliest" in bounds:
        mine.write_text(MINE.format(bounds=""), encoding="utf-8")
        db.load([mine])
        assert _listed(db, first, "PfP", "Israel") == (False, False)


@pytest.mark.neo4j
def test_neo4j_lists_a_bounded_join_as_the_embedded_store(
    neo4j_curated: Store, curated_store: Store
) -> None:
    on_neo4j, embedded = Connection.on(neo4j_curated), Connection.on(curated_store)
    for year in range(2009, 2021):
        assert on_neo4j.ask("as-of", year=year).rows == embedded.ask("as-of", year=year).rows
    assert _listed(on_neo4j, 2010, "IPCP", "Israel") == (False, False)
    assert _listed(on_neo4j, 2015, "IPCP", "Israel") == (True, True)
    assert _listed(on_neo4j, 2019, "IPCP", "Israel") == (True, True)


@pytest.mark.neo4j
def test_neo4j_lists_a_users_bounded_join(neo4j_store: Store, tmp_path: Path) -> None:
    from nato_graph.loaders.load import load

    mine = tmp_path / "mine.partnerships.yaml"
    bounds = "  joined_by: '2015'\n  joined_earliest: '2012'\n"
    mine.write_text(MINE.format(bounds=bounds), encoding="utf-8")
    load(neo4j_store, [mine])
    db = Connection.on(neo4j_store)
    assert _listed(db, 2011, "PfP", "Israel") == (False, False)
    assert _listed(db, 2013, "PfP", "Israel") == (True, True)
    assert _listed(db, 2016, "PfP", "Israel") == (True, False)
