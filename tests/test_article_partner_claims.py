"""A country called a partner of NATO, no framework named ("Russia is an active NATO partner").

The claim reader makes a ``partner_of`` claim of NATO where the partner noun ends its phrase;
the checker judges it against every partnership the data holds of the country. The rules are
tested first on facts written out here (whatever the curated data says), then end to end on the
curated data, with the near misses that must make no claim beside them.
"""

from __future__ import annotations

from typing import Any

import pytest

from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.entities import Entity
from nato_graph.loaders.articles.recheck import raw_claim
from nato_graph.loaders.articles.verdicts import Facts, KnownError, judge, statement
from nato_graph.stores import Store
from tests.article_checks import read

NATO = Entity("Organization", "NATO", "NATO")
NAMES = {
    "RUS": "Russia",
    "BLR": "Belarus",
    "JOR": "Jordan",
    "GEO": "Georgia",
    "SRB": "Serbia",
    "FIN": "Finland",
    "FRA": "France",
    "OMN": "Oman",
    "ARG": "Argentina",
    "MLT": "Malta",
    "AFG": "Afghanistan",
}
FRAMEWORKS: dict[str, dict[str, Any]] = {
    "pfp": {"kind": "framework", "name": "Partnership for Peace", "acronym": "PfP",
            "launched": "1994-01-10", "partners": 30},
    "eapc": {"kind": "forum", "name": "Euro-Atlantic Partnership Council", "acronym": "EAPC",
             "launched": "1997-05-30", "participants": "allies and partners", "partners": 50},
    # the forum the EAPC replaced, whose participants the data does not list
    "nacc": {"kind": "forum", "name": "North Atlantic Cooperation Council", "acronym": "NACC",
             "launched": "1991-12-20", "ended": "1997-05-30", "participants": "allies and partners",
             "partners": 0},
    "md": {"kind": "framework", "name": "Mediterranean Dialogue", "acronym": "MD",
           "launched": "1994-12", "partners": 7},
    "ici": {"kind": "framework", "name": "Istanbul Cooperation Initiative", "acronym": "ICI",
            "launched": "2004-06-28", "partners": 4},
    "pag": {"kind": "framework", "name": "Partners across the globe", "acronym": "PAG",
            "launched": "2006", "partners": 9},
}  # fmt: skip


def row(country: str, framework: str, joined: str | None, status: str = "active",
        history: tuple[tuple[str, str, str | None], ...] = (), **more: Any) -> dict[str, Any]:  # fmt: skip
    """A partnership row as queries/internal/fact-partnerships.cypher returns it."""
    fw = FRAMEWORKS[framework]
    dates = ([joined] if joined else []) + [d for d, _, _ in history]
    first = "active" if joined else status
    out = {
        "country": country,
        "key": framework,
        "acronym": fw["acronym"],
        "name": fw["name"],
        "kind": fw["kind"],
        "status": history[-1][1] if history else status,
        "joined": joined,
        "joined_year": int(joined[:4]) if joined else None,
        "joined_basis": None,
        "changed": history[-1][0] if history else None,
        "history_dates": dates,
        "history_statuses": [first] + [s for _, s, _ in history],
        "history_confidence": ["confirmed"] * len(dates),
        "history_sources": [None] * len(dates),
        "history_by": [None] + [by for _, _, by in history],
        "confidence": "confirmed",
        "note": None,
        "sources": [f"{country.lower()}-{framework}"],
    }
    out.update(more)
    return out


def known(*rows: dict[str, Any], members: tuple[tuple[str, str], ...] = (),
          errors: tuple[KnownError, ...] = ()) -> Facts:  # fmt: skip
    facts = Facts()
    for r in rows:
        facts.partnerships[r["country"]].append(r)
    for iso3, joined in members:
        facts.memberships[(iso3, "NATO")] = {
            "country": iso3, "org": "NATO", "joined": joined, "sources": [f"{iso3.lower()}-nato"],
            "confidence": "confirmed",
        }  # fmt: skip
    facts.frameworks = {k: {"key": k, "sources": [f"{k}-topic"], "confidence": "confirmed", **v}
                        for k, v in FRAMEWORKS.items()}  # fmt: skip
    facts.kinds = {k: v["kind"] for k, v in FRAMEWORKS.items()}
    facts.known_errors = list(errors)
    return facts


def partner(iso3: str, tense: str = "present", year: int | None = None, **more: Any) -> RawClaim:
    return RawClaim("partner_of", Entity("Country", iso3, NAMES[iso3]), NATO, tense=tense,
                    year=year, **more)  # fmt: skip


RUS = (
    row("RUS", "pfp", "1994-06-22", history=(("2014-04-01", "suspended", "nato"),),
        note="Since 2022 NATO has stopped treating Russia as a partner."),
    row("RUS", "eapc", "1997-05-30", history=(("2014-04-01", "suspended", "nato"),)),
)  # fmt: skip
BLR = (row("BLR", "pfp", "1995-01-11", history=(("2021-11", "suspended", "nato"),)),)
JOR = (row("JOR", "md", "1995-11"),)
GEO = (row("GEO", "pfp", "1994-03-23"), row("GEO", "eapc", "1997-05-30"))
SRB = (row("SRB", "pfp", "2006-12-14"), row("SRB", "eapc", "2006-12-14"))
FIN = (
    row("FIN", "pfp", "1994-05-09", history=(("2023-04-04", "became_member", None),)),
    row("FIN", "eapc", "1997-05-30", history=(("2023-04-04", "became_member", None),)),
)
AFG = (row("AFG", "pag", "2006-09-06", history=(("2021-08-20", "suspended", "nato"),)),)
MLT = (
    row("MLT", "pfp", "1995-04-26",
        history=(("1996-10-27", "suspended", "partner"), ("2008-04-03", "active", "partner"))),
    row("MLT", "eapc", "2008-04-03"),
)  # fmt: skip
OMN = (row("OMN", "ici", None, status="invited", changed="2004-06"),)
ALL = known(*RUS, *BLR, *JOR, *GEO, *SRB, *FIN, *AFG, *MLT, *OMN,
            members=(("FIN", "2023-04-04"), ("FRA", "1949-04-04")))  # fmt: skip


@pytest.mark.parametrize(
    ("said", "raw", "expected"),
    [
        # now: a partner in any framework, or in none any more
        ("Jordan is a NATO partner", partner("JOR"), "supported"),
        ("Malta is a NATO partner (back in the PfP since 2008)", partner("MLT"), "supported"),
        ("Russia is an active NATO partner", partner("RUS"), "contradicted"),
        ("Belarus is an active NATO partner", partner("BLR"), "outdated"),
        ("Afghanistan is a NATO partner", partner("AFG"), "outdated"),
        # an Ally is not a partner: one that was before it joined NATO is out of date
        ("Finland is a NATO partner", partner("FIN"), "outdated"),
        ("France is a NATO partner", partner("FRA"), "contradicted"),
        ("Oman is a NATO partner (invited to the ICI, never in it)", partner("OMN"), "contradicted"),
        # in no partnership at all: every partnership framework's partners are listed, so none
        # (a time before the NACC's end is left open: it listed no one)
        ("Argentina is a NATO partner (the data holds nothing of it)", partner("ARG"), "contradicted"),
        ("Argentina is not a NATO partner", partner("ARG", negated=True), "supported"),
        ("Argentina was a NATO partner in 2010", partner("ARG", "past", 2010), "new"),
        # denied
        ("Russia is no longer a NATO partner", partner("RUS", negated=True), "supported"),
        ("Jordan is not a NATO partner", partner("JOR", negated=True), "contradicted"),
        ("Finland is no longer a NATO partner", partner("FIN", negated=True), "supported"),
        ("France is not a NATO partner", partner("FRA", negated=True), "supported"),
        # at a date: in any framework then
        ("Afghanistan was a NATO partner in 2021", partner("AFG", "past", 2021), "supported"),
        ("Afghanistan was a NATO partner in 2022", partner("AFG", "past", 2022), "contradicted"),
        ("Malta was a NATO partner in 1996", partner("MLT", "past", 1996), "supported"),
        ("Malta was a NATO partner in 2000", partner("MLT", "past", 2000), "unverified"),
        ("Jordan was a NATO partner in 1993", partner("JOR", "past", 1993), "contradicted"),
        ("Jordan was not a NATO partner in 1993", partner("JOR", "past", 1993, negated=True), "supported"),
        ("Finland was a NATO partner in 2010", partner("FIN", "past", 2010), "supported"),
        ("Finland was not a NATO partner in 2010", partner("FIN", "past", 2010, negated=True), "contradicted"),
        ("France was a NATO partner in 2010", partner("FRA", "past", 2010), "contradicted"),
        # the NACC (1991-1997) lists no participants: Georgia, in the EAPC from its creation, may
        # have sat in it; Jordan, in no forum of Allies and partners, did not
        ("Georgia was a NATO partner in 1993", partner("GEO", "past", 1993), "unverified"),
        ("Georgia was a NATO partner in 1989", partner("GEO", "past", 1989), "contradicted"),
        # when it became one: the first partnership, the NACC again
        ("Jordan became a NATO partner in 1995", partner("JOR", "event", 1995), "supported"),
        ("Jordan became a NATO partner in 1999", partner("JOR", "event", 1999), "contradicted"),
        ("Georgia became a NATO partner in 1994", partner("GEO", "event", 1994), "unverified"),
        ("Georgia became a NATO partner in 2000", partner("GEO", "event", 2000), "contradicted"),
        ("Serbia became a NATO partner in 2006", partner("SRB", "event", 2006), "supported"),
        ("Serbia became a NATO partner in 1995", partner("SRB", "event", 1995), "contradicted"),
        ("Georgia did not become a NATO partner in 2000", partner("GEO", "event", 2000, negated=True), "supported"),
        ("France became a NATO partner in 2010", partner("FRA", "event", 2010), "new"),
        # since: from the first partnership, unbroken
        ("Jordan has been a NATO partner since 1995", partner("JOR", "since", 1995), "supported"),
        ("Malta has been a NATO partner since 1995", partner("MLT", "since", 1995), "contradicted"),
        ("Malta has been a NATO partner since 2008", partner("MLT", "since", 2008), "supported"),
        ("Russia has been a NATO partner since 1994", partner("RUS", "since", 1994), "contradicted"),
        ("Georgia has been a NATO partner since 1994", partner("GEO", "since", 1994), "unverified"),
        ("Russia has not been a NATO partner since 2014", partner("RUS", "since", 2014, negated=True), "supported"),
        ("Jordan has not been a NATO partner since 2014", partner("JOR", "since", 2014, negated=True), "contradicted"),
        # until: every partnership ended or was suspended then
        ("Russia was a NATO partner until 2014", partner("RUS", "past", until=2014), "supported"),
        ("Jordan was a NATO partner until 2020", partner("JOR", "past", until=2020), "contradicted"),
    ],
)  # fmt: skip
def test_a_partner_of_nato_is_judged_by_all_its_partnerships(
    said: str, raw: RawClaim, expected: str
) -> None:
    verdict = judge(raw, ALL, NATO)
    assert verdict.verdict == expected, (said, verdict)
    if expected in ("contradicted", "outdated"):
        assert verdict.correction and verdict.sources, (said, verdict)


def test_a_partner_whose_partnerships_are_all_suspended_is_told_the_suspension() -> None:
    """'Russia is an active NATO partner': the PfP suspension and its date, and the note that NATO
    no longer counts Russia as a partner; with the known error, its correction, the note kept."""
    verdict = judge(partner("RUS"), ALL, NATO)
    assert verdict.correction == (
        "Russia joined the Partnership for Peace (PfP) on 22 June 1994; its cooperation has been "
        "suspended since 1 April 2014; since 2022 NATO has stopped treating Russia as a partner"
    )
    assert verdict.dates == ("1994-06-22", "2014-04-01")
    error = KnownError(
        "err_active",
        "Russia and Belarus are active PfP partners.",
        "NATO suspended practical cooperation with Russia in April 2014 and Belarus in November "
        "2021.",
        ("rus-pfp",),
        (RawClaim("partner_in", Entity("Country", "RUS", "Russia"),
                  Entity("Framework", "pfp", "Partnership for Peace")),),
    )  # fmt: skip
    repeated = judge(partner("RUS"), known(*RUS, errors=(error,)), NATO)
    assert (repeated.verdict, repeated.known_error) == ("contradicted", "err_active")
    assert repeated.correction is not None and "April 2014" in repeated.correction
    blr = judge(partner("BLR"), ALL, NATO)
    assert blr.correction is not None and "November 2021" in blr.correction


def test_an_ally_called_a_partner_is_told_it_is_an_ally() -> None:
    verdict = judge(partner("FRA"), ALL, NATO)
    assert verdict.correction == (
        "France has been a NATO member since 4 April 1949: an Ally, not one of NATO's partners "
        "(countries outside the Alliance)"
    )
    assert verdict.sources == ("fra-nato",)
    finland = judge(partner("FIN"), ALL, NATO)
    assert finland.correction == (
        "Finland took part in the Partnership for Peace (PfP) from 9 May 1994 until it became a "
        "NATO member on 4 April 2023"
    )


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (partner("RUS"), "Russia is a partner of NATO now"),
        (partner("RUS", negated=True), "Russia is not a partner of NATO"),
        (partner("JOR", "event", 1995), "Jordan became a partner of NATO in 1995"),
        (partner("JOR", "since", 1995), "Jordan has been a partner of NATO since 1995"),
        (partner("AFG", "past", 2021), "Afghanistan was a partner of NATO in 2021"),
        (partner("RUS", "past", until=2014), "Russia was a partner of NATO until 2014"),
        (partner("FRA", "past", negated=True), "France has never been a partner of NATO"),
    ],
)
def test_a_partner_claim_in_words(raw: RawClaim, words: str) -> None:
    assert statement(raw) == words


def test_a_stored_partner_claim_is_read_back_for_a_recheck() -> None:
    stored = {
        "predicate": "partner_of", "subject": "RUS", "subject_name": "Russia", "object": "NATO",
        "object_name": "NATO", "negated": False, "tense": "present", "year": None, "month": None,
        "until": None, "years": [], "began": False, "day": None, "rank": None, "core": [],
        "throughout": False, "object_named": None, "as_partner": False, "ceased": False,
        "count": None,
    }  # fmt: skip
    assert raw_claim(stored) == partner("RUS")


# -- end to end, on the curated data ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param("Russia and Belarus are active NATO partners.",
                     {("partner_of", "RUS", "NATO", "contradicted"),
                      ("partner_of", "BLR", "NATO", "outdated")}, id="the-known-error"),
        pytest.param("Russia is an active NATO partner.",
                     {("partner_of", "RUS", "NATO", "contradicted")}, id="active-nato-partner"),
        pytest.param("Belarus remains an active partner of NATO.",
                     {("partner_of", "BLR", "NATO", "outdated")}, id="partner-of-nato"),
        pytest.param("Jordan is one of NATO's closest partners.",
                     {("partner_of", "JOR", "NATO", "supported")}, id="one-of-its-partners"),
        pytest.param("Japan and Australia, both NATO partners, sent ministers.",
                     {("partner_of", "JPN", "NATO", "supported"),
                      ("partner_of", "AUS", "NATO", "supported")}, id="in-apposition"),
        pytest.param("Finland is a NATO partner.",
                     {("partner_of", "FIN", "NATO", "outdated")}, id="an-ally-once-a-partner"),
        pytest.param("Russia is no longer a NATO partner.",
                     {("not partner_of", "RUS", "NATO", "supported")}, id="no-longer"),
        pytest.param("Afghanistan was a NATO partner in 2021.",
                     {("partner_of", "AFG", "NATO", "supported")}, id="in-a-year"),
        pytest.param("Colombia was a NATO partner in 2010.",
                     {("partner_of", "COL", "NATO", "contradicted")}, id="before-any-partnership"),
        pytest.param("Jordan and Egypt are NATO partners, as is Morocco.",
                     {("partner_of", "JOR", "NATO", "supported"),
                      ("partner_of", "EGY", "NATO", "supported"),
                      ("partner_of", "MAR", "NATO", "supported")}, id="as-is"),
        # a framework named: the claim is of it, not of NATO at large
        pytest.param("Japan is one of NATO's partners across the globe.",
                     {("partner_in", "JPN", "pag", "supported")}, id="a-framework-named"),
        pytest.param("Qatar is an ICI partner and a NATO partner.",
                     {("partner_in", "QAT", "ici", "supported"),
                      ("partner_of", "QAT", "NATO", "supported")}, id="both"),
    ],
)  # fmt: skip
def test_a_country_called_a_nato_partner_makes_a_claim(
    curated: Store, text: str, claims: set
) -> None:
    found, unread = read(curated, text)
    assert found == claims
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        # partners named in passing, or partner countries as a group
        "NATO partners such as Jordan and Japan sent delegations.",
        "Delegations from NATO partner countries, including Jordan, met in Brussels.",
        "Jordan hosted NATO partner countries for an exercise.",
        "Jordan and other NATO partners attended the summit.",
        "Jordan works with Israel, a partner of NATO.",
        "Russia and NATO are partners.",
        # a partner of a kind or a place, a rank, a former partner, a hope, a question
        "Jordan is a NATO partner in the Middle East.",
        "Japan is NATO's partner in the Indo-Pacific.",
        "Colombia is NATO's newest partner.",
        "Colombia became NATO's first partner in Latin America in 2017.",
        "Russia is a former NATO partner.",
        "Russia could become a NATO partner again.",
        "Is Russia a NATO partner?",
        "Japan has been a NATO partner for decades.",
    ],
)
def test_a_partner_said_in_passing_or_of_a_kind_makes_no_claim(curated: Store, text: str) -> None:
    """None of these says plainly that the country is a partner of NATO: no claim is made (the
    sentence is listed as not checked instead)."""
    found, unread = read(curated, text)
    assert found == set()
    assert unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from a dozen partner countries joined allied leaders.",
        "Jordan hosts training for partner officers.",
        "Russia is no longer an active partner.",  # no NATO named: a partner of what?
    ],
)
def test_partner_countries_without_nato_make_no_claim(curated: Store, text: str) -> None:
    found, _ = read(curated, text)
    assert found == set()
