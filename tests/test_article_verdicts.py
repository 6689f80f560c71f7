"""The verdict rules on facts written out here, not read from the bundled data.

Each case builds the facts a claim is checked against (a partnership row as
queries/internal/fact-partnerships.cypher returns it, a framework row as
fact-framework-kinds.cypher does) and a claim as the reader gives it, so the
rule under test holds whatever the curated data says today; the sentences in
the comments are what an article would say.
"""

from __future__ import annotations

from typing import Any

import pytest

from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.entities import Entity
from nato_graph.loaders.articles.verdicts import Facts, KnownError, judge

NATO = Entity("Organization", "NATO", "NATO")
COUNTRIES = {
    "NZL": "New Zealand",
    "JPN": "Japan",
    "KWT": "Kuwait",
    "RUS": "Russia",
    "MLT": "Malta",
    "UKR": "Ukraine",
    "ISR": "Israel",
    "SWE": "Sweden",
    "SRB": "Serbia",
    "BIH": "Bosnia and Herzegovina",
    "COL": "Colombia",
    "KOR": "Republic of Korea",
}
FRAMEWORKS: dict[str, dict[str, Any]] = {
    "pag": {
        "kind": "framework",
        "name": "Partners across the globe",
        "acronym": "PAG",
        "launched": "2006",
        "note": "The name came into use from 2008.",
        "sources": ["pag-topic"],
        "confidence": "confirmed",
        "partners": 9,
    },
    "ici": {
        "kind": "framework",
        "name": "Istanbul Cooperation Initiative",
        "acronym": "ICI",
        "launched": "2004-06-28",
        "sources": ["ici-topic"],
        "confidence": "confirmed",
        "partners": 4,
    },
    "pfp": {
        "kind": "framework",
        "name": "Partnership for Peace",
        "acronym": "PfP",
        "launched": "1994-01-10",
        "sources": ["pfp-topic"],
        "confidence": "confirmed",
        "partners": 30,
    },
    "eapc": {
        "kind": "forum",
        "name": "Euro-Atlantic Partnership Council",
        "acronym": "EAPC",
        "launched": "1997-05-30",
        "participants": "allies and partners",
        "sources": ["eapc-topic"],
        "confidence": "confirmed",
        "partners": 50,
    },
    "icp": {
        "kind": "programme",
        "name": "Individual Cooperation Programme",
        "acronym": "ICP",
        "launched": "2004-06",
        "sources": ["icp-topic"],
        "confidence": "confirmed",
        "partners": 1,
    },
}


def _fw(key: str) -> Entity:
    return Entity("Framework", key, str(FRAMEWORKS[key]["name"]))


def _country(iso3: str) -> Entity:
    return Entity("Country", iso3, COUNTRIES[iso3])


def partnership(country: str, framework: str, joined: str, **more: Any) -> dict[str, Any]:
    """A partnership row: active since ``joined`` unless ``more`` says otherwise."""
    fw = FRAMEWORKS[framework]
    history = more.pop("history", [])
    row = {
        "country": country,
        "key": framework,
        "acronym": fw["acronym"],
        "name": fw["name"],
        "kind": fw["kind"],
        "status": "active",
        "joined": joined,
        "joined_year": int(joined[:4]),
        "joined_basis": None,
        "changed": history[-1][0] if history else None,
        "history_dates": [joined] + [d for d, _, _ in history],
        "history_statuses": ["active"] + [s for _, s, _ in history],
        "history_confidence": ["confirmed"] * (len(history) + 1),
        "history_sources": [None] + [f"{country.lower()}-{s}-{d[:4]}" for d, s, _ in history],
        "history_by": [None] + [by for _, _, by in history],
        "confidence": "confirmed",
        "note": None,
        "sources": [f"{country.lower()}-{framework}"],
    }
    if history:
        row["status"] = history[-1][1]
    row.update(more)
    return row


def facts(*rows: dict[str, Any], errors: tuple[KnownError, ...] = ()) -> Facts:
    out = Facts()
    for row in rows:
        out.partnerships[row["country"]].append(row)
    out.frameworks = {k: {"key": k, **v} for k, v in FRAMEWORKS.items()}
    out.kinds = {k: v["kind"] for k, v in FRAMEWORKS.items()}
    out.known_errors = list(errors)
    return out


def claim(
    country: str, framework: str, tense: str, year: int | None = None, **more: Any
) -> RawClaim:
    return RawClaim("partner_in", _country(country), _fw(framework), tense=tense, year=year, **more)


# New Zealand dated from its programme's signature in 2012, the partnership older
NZL_PAG = partnership(
    "NZL",
    "pag",
    "2012-06-04",
    joined_basis="the signature of its Individual Partnership and Cooperation Programme",
)


@pytest.mark.parametrize(
    ("said", "raw", "expected"),
    [
        ("was one of NATO's contact countries in 2007", claim("NZL", "pag", "past", 2007), "unverified"),
        ("joined the PAG in 2007", claim("NZL", "pag", "event", 2007), "unverified"),
        ("has been a partner across the globe since 2007", claim("NZL", "pag", "since", 2007), "unverified"),
        ("was not a partner across the globe in 2007", claim("NZL", "pag", "past", 2007, negated=True), "unverified"),
        ("did not join the PAG in 2007", claim("NZL", "pag", "event", 2007, negated=True), "unverified"),
        # a later year than the programme is a state the data has: supported, or a join refuted
        ("was a partner across the globe in 2015", claim("NZL", "pag", "past", 2015), "supported"),
        ("joined the PAG in 2014", claim("NZL", "pag", "event", 2014), "contradicted"),
    ],
)  # fmt: skip
def test_a_year_before_a_date_that_only_marks_a_programme_is_not_refuted(
    said: str, raw: RawClaim, expected: str
) -> None:
    verdict = judge(raw, facts(NZL_PAG), NATO)
    assert verdict.verdict == expected, (said, verdict)
    if expected == "unverified":
        assert "the signature of its Individual Partnership" in str(verdict.fact)
        assert verdict.correction is None and verdict.sources == ("nzl-pag",)


def test_a_year_before_a_formal_accession_is_still_contradicted() -> None:
    """Kuwait was not an ICI partner in 2004: it joined in December 2004 (no joined_basis)."""
    kwt = partnership("KWT", "ici", "2004-12-12")
    verdict = judge(claim("KWT", "ici", "past", 2003), facts(kwt), NATO)
    assert verdict.verdict == "contradicted"
    assert (
        verdict.correction
        == "Kuwait joined the Istanbul Cooperation Initiative on 12 December 2004"
    )


# Japan dated from a first exchange in 1990, sixteen years before the framework was launched
JPN_PAG = partnership("JPN", "pag", "1990", joined_basis="the first NATO-Japan security exchange")


@pytest.mark.parametrize(
    ("said", "raw", "expected"),
    [
        ("joined the partners across the globe in 1990", claim("JPN", "pag", "event", 1990), "unverified"),
        ("was a partner across the globe in 2000", claim("JPN", "pag", "past", 2000), "unverified"),
        ("has been a partner across the globe since 1990", claim("JPN", "pag", "since", 1990), "unverified"),
        ("did not join the partners across the globe in 1990", claim("JPN", "pag", "event", 1990, negated=True), "unverified"),
        ("was not a partner across the globe in 2000", claim("JPN", "pag", "past", 2000, negated=True), "unverified"),
        # the launch year itself: it may have come in then
        ("joined the partners across the globe in 2006", claim("JPN", "pag", "event", 2006), "unverified"),
        # after the launch the partnership decides, as before
        ("was a partner across the globe in 2010", claim("JPN", "pag", "past", 2010), "supported"),
        ("joined the partners across the globe in 2014", claim("JPN", "pag", "event", 2014), "contradicted"),
    ],
)  # fmt: skip
def test_a_partnership_dated_before_its_framework_is_not_in_it_before_the_launch(
    said: str, raw: RawClaim, expected: str
) -> None:
    verdict = judge(raw, facts(JPN_PAG), NATO)
    assert verdict.verdict == expected, (said, verdict)
    if expected == "unverified":
        assert verdict.fact == (
            "Japan's partnership with NATO dates from 1990 (the first NATO-Japan security "
            "exchange); the Partners across the globe (PAG) were launched in 2006, and the data "
            "holds Japan in it from then, with no source dating when it came into the framework "
            "itself"
        )
        assert verdict.dates == ("1990", "2006") and verdict.correction is None
        assert verdict.sources == ("jpn-pag", "pag-topic")


def test_a_join_before_a_launch_is_still_contradicted_where_the_data_dates_it_after() -> None:
    """Kuwait joined the ICI in 1999: it was launched in June 2004, and Kuwait joined after."""
    kwt = partnership("KWT", "ici", "2004-12-12")
    verdict = judge(claim("KWT", "ici", "event", 1999), facts(kwt), NATO)
    assert verdict.verdict == "contradicted"
    assert verdict.correction == (
        "The Istanbul Cooperation Initiative (ICI) was launched on 28 June 2004: no country took "
        "part in it before"
    )


# Colombia dated from the agreement of its partnership, which is its start: nothing before it
COL_PAG = partnership(
    "COL",
    "pag",
    "2017-05",
    joined_basis="the partnership agreed in May 2017",
    history_earliest=["2017-05"],
)
# Korea dated from its start as a contact country in 2006, its dialogue with NATO from 2005
KOR_PAG = partnership(
    "KOR",
    "pag",
    "2006",
    joined_basis="its start as a contact country, after dialogue opened in 2005",
    history_earliest=["2005"],
)


@pytest.mark.parametrize(
    ("said", "raw", "expected", "correction"),
    [
        ("joined the PAG in 2013", claim("COL", "pag", "event", 2013), "contradicted",
         "Colombia joined the Partners across the globe in May 2017 (dated from the partnership "
         "agreed in May 2017), not in 2013"),
        ("was a partner across the globe in 2015", claim("COL", "pag", "past", 2015), "contradicted",
         "Colombia joined the Partners across the globe in May 2017 (dated from the partnership "
         "agreed in May 2017)"),
        ("has been a partner across the globe since 2013", claim("COL", "pag", "since", 2013),
         "contradicted",
         "Colombia joined the Partners across the globe in May 2017 (dated from the partnership "
         "agreed in May 2017), not in 2013"),
        ("did not join the PAG in 2013", claim("COL", "pag", "event", 2013, negated=True), "supported", None),
        ("was not a partner across the globe in 2013", claim("COL", "pag", "past", 2013, negated=True),
         "supported", None),
        ("joined the PAG in 2003", claim("KOR", "pag", "event", 2003), "contradicted",
         "Republic of Korea joined the Partners across the globe in 2006 (dated from its start as "
         "a contact country, after dialogue opened in 2005; not before 2005), not in 2003"),
        ("was a partner across the globe in 2004", claim("KOR", "pag", "past", 2004), "contradicted",
         "Republic of Korea joined the Partners across the globe in 2006 (dated from its start as "
         "a contact country, after dialogue opened in 2005; not before 2005)"),
        # between the bound and the date of joining: open, as any year before a basis is
        ("was a partner across the globe in 2005", claim("KOR", "pag", "past", 2005), "unverified", None),
        ("was not a partner across the globe in 2005", claim("KOR", "pag", "past", 2005, negated=True),
         "unverified", None),
    ],
)  # fmt: skip
def test_a_year_before_the_earliest_start_the_sources_allow_is_refuted(
    said: str, raw: RawClaim, expected: str, correction: str | None
) -> None:
    """Colombia's 2017 is the agreement of the partnership itself (joined_earliest is the date):
    2013, the year of an information-security agreement, is refuted, with the date and what it
    marks; the same claims of New Zealand, whose 2012 may come after an older start, are not
    (test_a_year_before_a_date_that_only_marks_a_programme_is_not_refuted)."""
    row = COL_PAG if raw.subject.key == "COL" else KOR_PAG
    verdict = judge(raw, facts(row), NATO)
    assert (verdict.verdict, verdict.correction) == (expected, correction), said
    assert verdict.sources == (f"{raw.subject.key.lower()}-pag",)


# Malta's PfP return, were its date only inferred: 2008 at the earliest, so 2001 cannot be it
MLT_UNSURE = partnership(
    "MLT", "pfp", "2008-04-03", history_confidence=["unverified"], history_earliest=["2008"]
)


@pytest.mark.parametrize(
    ("row", "year", "expected", "correction"),
    [
        pytest.param(MLT_UNSURE, 2001, "contradicted",
                     "Malta joined the Partnership for Peace no earlier than 2008 (the date the data "
                     "gives, on 3 April 2008, is unverified), not in 2001", id="before-the-bound"),
        pytest.param(MLT_UNSURE, 2008, "unverified", None, id="the-year-of-the-bound"),
        pytest.param({**MLT_UNSURE, "history_earliest": None}, 2001, "unverified", None,
                     id="no-bound-refutes-nothing"),
        pytest.param({**MLT_UNSURE, "confidence": "unverified"}, 2001, "unverified", None,
                     id="an-unverified-partnership-refutes-nothing"),
    ],
)  # fmt: skip
def test_an_unverified_join_refutes_a_year_before_its_bound(
    row: dict[str, Any], year: int, expected: str, correction: str | None
) -> None:
    """A join date held only as unverified refutes nothing, but the earliest the sources allow
    it does: the correction gives that bound, not the unsure date as a fact."""
    verdict = judge(claim("MLT", "pfp", "event", year), facts(row), NATO)
    assert (verdict.verdict, verdict.correction) == (expected, correction)


# Israel's ICP: confirmed from 2006, superseded by 2019 (unverified), not before April 2011
ISR_ICP = partnership(
    "ISR",
    "icp",
    "2006-10-16",
    history=[("2019", "superseded", None)],
    history_confidence=["confirmed", "unverified"],
    history_earliest=["", "2011-04"],
)


@pytest.mark.parametrize(
    ("row", "year", "expected"),
    [
        pytest.param(ISR_ICP, 2008, "supported", id="before-the-change-can-come"),
        pytest.param(ISR_ICP, 2010, "supported", id="the-year-before-the-bound"),
        pytest.param(ISR_ICP, 2011, "unverified", id="the-year-of-the-bound"),
        pytest.param(ISR_ICP, 2015, "unverified", id="within-the-change's-span"),
        pytest.param({**ISR_ICP, "history_earliest": None}, 2008, "unverified", id="no-bound"),
    ],
)
def test_a_state_before_an_unsure_change_can_come_rests_on_what_is_sure(
    row: dict[str, Any], year: int, expected: str
) -> None:
    """'Israel was an ICP partner in 2008': its ICP is confirmed from 2006, and the change to an
    IPCP, unverified as to its date, came no earlier than April 2011."""
    verdict = judge(claim("ISR", "icp", "past", year), facts(row), NATO)
    assert verdict.verdict == expected, verdict


# Russia: suspended by NATO in 2014, never resumed; its note says NATO no longer counts it a partner
RUS_PFP = partnership(
    "RUS",
    "pfp",
    "1994-06-22",
    history=[("2014-04-01", "suspended", "nato")],
    note="Since 2022 NATO has stopped treating Russia as a partner.",
)
# Malta: suspended its own part in 1996, back in 2008
MLT_PFP = partnership(
    "MLT",
    "pfp",
    "1995-04-26",
    history=[("1996-10-27", "suspended", "partner"), ("2008-04-03", "active", "partner")],
)


@pytest.mark.parametrize(
    ("said", "raw", "expected"),
    [
        ("was an active PfP partner in 2023", claim("RUS", "pfp", "past", 2023), "contradicted"),
        ("took part in the PfP in 2015", claim("RUS", "pfp", "past", 2015), "contradicted"),
        ("was an active PfP partner in one of 2019 or 2020", claim("RUS", "pfp", "past", years=(2019, 2020)), "contradicted"),
        # the year of the suspension itself: a partner for part of it (January to March), so a
        # partner that year; a month after it is not
        ("was a PfP partner in 2014", claim("RUS", "pfp", "past", 2014), "supported"),
        ("was a PfP partner in March 2014", claim("RUS", "pfp", "past", 2014, month=3), "supported"),
        ("was a PfP partner in May 2014", claim("RUS", "pfp", "past", 2014, month=5), "contradicted"),
        ("was a PfP partner in 2010", claim("RUS", "pfp", "past", 2010), "supported"),
        # a suspension that ended: a year within it is debatable, one after it is not, and the
        # years it began and ended in held the partner active for part of them
        ("was a PfP partner in 2000", claim("MLT", "pfp", "past", 2000), "unverified"),
        ("was a PfP partner in 2010", claim("MLT", "pfp", "past", 2010), "supported"),
        ("took part in the PfP in 1996", claim("MLT", "pfp", "past", 1996), "supported"),
        ("was a PfP partner in 2008", claim("MLT", "pfp", "past", 2008), "supported"),
        ("was a PfP partner in November 1996", claim("MLT", "pfp", "past", 1996, month=11), "unverified"),
        ("was a PfP partner in the 1990s", claim("MLT", "pfp", "past", years=tuple(range(1990, 2000))), "supported"),
        ("was a PfP partner between 1996 and 2000", claim("MLT", "pfp", "past", years=tuple(range(1996, 2001)), throughout=True), "contradicted"),
        ("was not a PfP partner in 1996", claim("MLT", "pfp", "past", 1996, negated=True), "unverified"),
    ],
)  # fmt: skip
def test_taking_part_after_a_suspension_that_never_ended_is_contradicted(
    said: str, raw: RawClaim, expected: str
) -> None:
    verdict = judge(raw, facts(RUS_PFP, MLT_PFP), NATO)
    assert verdict.verdict == expected, (said, verdict)
    if raw.subject.key == "RUS" and expected == "contradicted":
        assert verdict.correction == (
            "NATO suspended its cooperation with Russia in the Partnership for Peace (PfP) on "
            "1 April 2014, and it has not resumed; since 2022 NATO has stopped treating Russia "
            "as a partner"
        )
        assert verdict.sources[0] == "rus-suspended-2014"  # the suspension's own source first


def test_a_present_claim_of_a_partner_nato_no_longer_counts_is_contradicted() -> None:
    """'Russia is an active partner in the PfP': false (the reference's known error), not merely
    out of date; the data's note is kept when the known error's correction is taken."""
    error = KnownError(
        "err_active",
        "Russia is an active PfP partner.",
        "NATO suspended practical cooperation with Russia in April 2014.",
        ("rus-pfp",),
        (claim("RUS", "pfp", "present"),),
    )
    verdict = judge(claim("RUS", "pfp", "present"), facts(RUS_PFP, errors=(error,)), NATO)
    assert (verdict.verdict, verdict.known_error) == ("contradicted", "err_active")
    assert verdict.correction == (
        "NATO suspended practical cooperation with Russia in April 2014; since 2022 NATO has "
        "stopped treating Russia as a partner."
    )
    since = judge(claim("RUS", "pfp", "since", 1994), facts(RUS_PFP), NATO)
    assert since.verdict == "contradicted"
    # a suspended partner the data does not say NATO gave up on: out of date, as before
    blr = partnership("RUS", "pfp", "1995-01-11", history=[("2021-11", "suspended", "nato")])
    assert judge(claim("RUS", "pfp", "present"), facts(blr), NATO).verdict == "outdated"


def test_a_suspension_in_another_year_than_the_recorded_one_is_contradicted() -> None:
    """'Russia was suspended from the PfP in 2022': 1 April 2014. The note's 2022 is of NATO no
    longer counting Russia as a partner, no halt of cooperation; a partial halt of cooperation the
    note tells of (2008) still leaves the claim open."""
    rus = {
        **RUS_PFP,
        "note": "Formal meetings and part of the cooperation were halted in August 2008 and "
        "resumed in 2009. Since 2022 NATO has stopped treating Russia as a partner.",
    }
    wrong = judge(
        RawClaim("was_suspended", _country("RUS"), _fw("pfp"), tense="past", year=2022),
        facts(rus),
        NATO,
    )
    assert wrong.verdict == "contradicted"
    assert wrong.correction == (
        "NATO suspended its cooperation with Russia in the Partnership for Peace (PfP) on "
        "1 April 2014, not in 2022; since 2022 NATO has stopped treating Russia as a partner"
    )
    halted = judge(
        RawClaim("was_suspended", _country("RUS"), _fw("pfp"), tense="past", year=2008),
        facts(rus),
        NATO,
    )
    assert halted.verdict == "unverified"


def _launch_claim(key: str, year: int) -> RawClaim:
    pii = Entity("Framework", key, "Partnership Interoperability Initiative")
    return RawClaim("launched", pii, pii, tense="event", year=year)


@pytest.mark.parametrize(
    ("kind", "note", "confidence", "year", "expected"),
    [
        # a confirmed launch date refutes another year, whatever the kind of framework
        ("programme", None, "confirmed", 2010, "contradicted"),
        ("forum", None, "confirmed", 1991, "contradicted"),
        # a year the note gives its predecessor is no date of this one
        ("forum", "Successor to the NACC (set up in December 1991).", "confirmed", 1991, "contradicted"),
        # a year (or part of a decade) the note gives this one leaves it open
        ("forum", "The name came into use from 2012.", "confirmed", 2012, "unverified"),
        ("programme", "The name probably dates from the mid-2000s.", "confirmed", 2005, "unverified"),
        ("programme", "The name probably dates from the mid-2000s.", "confirmed", 2009, "contradicted"),
        # a launch date the data holds only as unverified refutes nothing
        ("programme", None, "unverified", 2010, "unverified"),
        ("programme", None, "confirmed", 2014, "supported"),
    ],
)  # fmt: skip
def test_a_launch_in_another_year_than_a_confirmed_launch_date_is_contradicted(
    kind: str, note: str | None, confidence: str, year: int, expected: str
) -> None:
    known = facts()
    known.frameworks["pii"] = {
        "key": "pii",
        "kind": kind,
        "name": "Partnership Interoperability Initiative",
        "acronym": "PII",
        "launched": "2014-09",
        "note": note,
        "sources": ["pii-topic"],
        "confidence": confidence,
    }
    verdict = judge(_launch_claim("pii", year), known, NATO)
    assert verdict.verdict == expected, verdict
    if expected == "contradicted":
        assert verdict.correction == (
            f"The Partnership Interoperability Initiative (PII) was launched in September 2014, "
            f"not in {year}"
        )


def _member(country: str, tense: str = "present", year: int | None = None) -> RawClaim:
    return RawClaim("member_of", _country(country), NATO, tense=tense, year=year)


ALLIES_ERROR = KnownError(
    "err_allies",
    "NATO partners such as Japan, Israel or Ukraine are NATO allies.",
    "In NATO usage 'Allies' are only the member states; non-members are 'partners'.",
    ("members-page", "israel-office-news"),
    (_member("JPN"), _member("ISR"), _member("UKR")),
)
ISRAEL_ERROR = KnownError(
    "err_israel",
    "Israel is a NATO member.",
    "Israel is not a NATO member; it is a Mediterranean Dialogue partner.",
    ("md-topic", "sweden-accession-news", "pakistan-wiki", "isr-icp"),
    (_member("ISR"),),
)


def _partners(*errors: KnownError) -> Facts:
    ukr = {**partnership("UKR", "pfp", "1994-02-08"), "sources": ["ukr-pfp"]}
    isr = {**partnership("ISR", "pfp", "1995-02"), "sources": ["md-topic", "isr-icp"]}
    return facts(ukr, isr, errors=errors)


@pytest.mark.parametrize(
    "raw",
    [
        _member("UKR", "event", 2024),  # "In 2024 Ukraine became a full member of NATO."
        _member("UKR", "event", 2023),  # "Kyiv joined NATO in 2023."
        _member("UKR"),  # "Ukraine, a NATO member state, ..."
    ],
)
def test_an_error_about_a_word_is_not_attached_to_a_claim_that_may_not_use_it(
    raw: RawClaim,
) -> None:
    verdict = judge(raw, _partners(ALLIES_ERROR), NATO)
    assert (verdict.verdict, verdict.known_error) == ("contradicted", None)
    assert verdict.correction == (
        "Ukraine is not a NATO member; it is a partner in the Partnership for Peace (PfP)"
    )
    assert verdict.sources == ("ukr-pfp",)  # no source of the error's about Israel


def test_a_known_error_cites_only_its_sources_about_the_claims_subject() -> None:
    """'Israel is a member of NATO' repeats the error about Israel; of its sources, those on
    Sweden's accession or on Pakistan back no fact about Israel, and are not cited."""
    verdict = judge(_member("ISR"), _partners(ALLIES_ERROR, ISRAEL_ERROR), NATO)
    assert (verdict.verdict, verdict.known_error) == ("contradicted", "err_israel")
    assert verdict.correction == ISRAEL_ERROR.correction
    assert verdict.sources == ("md-topic", "isr-icp")


# Kuwait's ICI join: December 2004 by its own media (unverified; KUNA once said November), not
# before the ICI's launch on 28 June 2004, and by the end of March 2005 (a NATO page)
KWT_ICI = partnership(
    "KWT",
    "ici",
    "2004-12",
    history_confidence=["unverified"],
    history_earliest=["2004-06-28"],
    joined_by="2005-03",
    joined_by_year=2005,
    note="Sources differ: December 2004 according to Kuwaiti media (KUNA once reported November "
    "2004), while a NATO page counts Kuwait among those formally joining in the first quarter "
    "of 2005.",
)
# Serbia's EAPC seat: dated by its PfP signature (unverified as to the day), not before the Riga
# invitation of 29 November 2006, and within 2006 (NATO's Serbia page); Bosnia and Herzegovina's
# the same, but no source gives a latest date
SRB_EAPC = partnership(
    "SRB",
    "eapc",
    "2006-12-14",
    history_confidence=["unverified"],
    history_earliest=["2006-11-29"],
    joined_by="2006",
    joined_by_year=2006,
)
BIH_EAPC = {**SRB_EAPC, "country": "BIH", "joined_by": None, "joined_by_year": None}


def _dated(country: str, framework: str, tense: str, year: int, month: int | None = None,
           day: int | None = None) -> RawClaim:  # fmt: skip
    return claim(country, framework, tense, year, month=month, day=day)


@pytest.mark.parametrize(
    ("row", "raw", "expected", "correction"),
    [
        # a month before the earliest the sources allow, in the year of the bound: refuted
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "event", 2006, 10), "contradicted",
                     "Serbia joined the Euro-Atlantic Partnership Council no earlier than 29 "
                     "November 2006 (the date the data gives, on 14 December 2006, is "
                     "unverified), not in October 2006", id="a-month-before-the-lower-bound"),
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "event", 2006, 11, 28), "contradicted",
                     "Serbia joined the Euro-Atlantic Partnership Council no earlier than 29 "
                     "November 2006 (the date the data gives, on 14 December 2006, is "
                     "unverified), not on 28 November 2006", id="a-day-before-the-lower-bound"),
        # the month of the bound, or a month after it: open
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "event", 2006, 11), "unverified", None,
                     id="the-month-of-the-lower-bound"),
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "event", 2006, 12), "unverified", None,
                     id="a-month-within-the-bounds"),
        # both bounds within the year claimed: the year is settled, its day is not
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "event", 2006), "supported", None,
                     id="a-year-that-holds-both-bounds"),
        pytest.param(SRB_EAPC, _dated("SRB", "eapc", "since", 2006), "supported", None,
                     id="since-a-year-that-holds-both-bounds"),
        pytest.param(SRB_EAPC, claim("SRB", "eapc", "event", 2006, negated=True), "contradicted",
                     "Serbia joined the Euro-Atlantic Partnership Council on 14 December 2006",
                     id="denied-in-a-year-that-holds-both-bounds"),
        # no latest date in the sources: the recorded (unsure) date is no bound
        pytest.param(BIH_EAPC, _dated("BIH", "eapc", "event", 2006), "unverified", None,
                     id="no-upper-bound"),
        # a month after the latest the sources allow: refuted; the last month of it: open
        pytest.param(KWT_ICI, _dated("KWT", "ici", "event", 2005, 4), "contradicted",
                     "Kuwait joined the Istanbul Cooperation Initiative by March 2005 at the "
                     "latest (the date the data gives, in December 2004, is unverified), not in "
                     "April 2005", id="a-month-after-the-upper-bound"),
        pytest.param(KWT_ICI, _dated("KWT", "ici", "event", 2005, 3), "unverified", None,
                     id="the-month-of-the-upper-bound"),
        pytest.param(KWT_ICI, _dated("KWT", "ici", "event", 2005), "unverified", None,
                     id="the-year-of-the-upper-bound-that-the-note-gives"),
        # the bounds in two years: neither year is settled
        pytest.param(KWT_ICI, _dated("KWT", "ici", "event", 2004), "unverified", None,
                     id="bounds-across-two-years"),
        # a state in a month, against the bounds and the unsure date
        pytest.param(KWT_ICI, _dated("KWT", "ici", "past", 2004, 5), "contradicted",
                     "Kuwait joined the Istanbul Cooperation Initiative no earlier than 28 June "
                     "2004 (the date the data gives, in December 2004, is unverified)",
                     id="a-state-in-a-month-before-the-lower-bound"),
        pytest.param(KWT_ICI, _dated("KWT", "ici", "past", 2004, 10), "unverified", None,
                     id="a-state-before-an-unsure-date-after-the-bound"),
        pytest.param(KWT_ICI, _dated("KWT", "ici", "past", 2005, 6), "supported", None,
                     id="a-state-after-the-upper-bound"),
    ],
)  # fmt: skip
def test_a_date_is_checked_against_the_bounds_at_the_precision_the_claim_gives(
    row: dict[str, Any], raw: RawClaim, expected: str, correction: str | None
) -> None:
    """'Kuwait joined the ICI in May 2004' was unverified: only years were compared with the
    bounds the sources set on an unsure join. A month (or day) outside them is refuted in the
    bound's own year; a year that holds both is settled ('Serbia joined the EAPC in 2006')."""
    verdict = judge(raw, facts(row), NATO)
    assert (verdict.verdict, verdict.correction) == (expected, correction), verdict
    if expected == "supported" and raw.tense == "event":
        assert "(a date the data holds only as unverified)" in str(verdict.fact)  # its day


def test_a_month_before_a_launch_is_contradicted_by_the_launch() -> None:
    """'Bahrain joined the ICI in May 2004': the ICI was launched on 28 June 2004."""
    bhr = partnership("KWT", "ici", "2005-02")
    verdict = judge(_dated("KWT", "ici", "event", 2004, 5), facts(bhr), NATO)
    assert verdict.verdict == "contradicted"
    assert verdict.correction == (
        "The Istanbul Cooperation Initiative (ICI) was launched on 28 June 2004: no country took "
        "part in it before"
    )
    same_month = judge(_dated("KWT", "ici", "event", 2004, 6), facts(bhr), NATO)
    assert same_month.verdict == "contradicted"  # by its own date, February 2005
    assert same_month.correction == (
        "Kuwait joined the Istanbul Cooperation Initiative in February 2005, not in June 2004"
    )


@pytest.mark.parametrize(
    ("month", "day", "expected"),
    [
        (3, None, "contradicted"),  # before the month of joining
        (4, None, "supported"),  # a partner for part of it, as for part of the year
        (4, 2, "unverified"),  # a day in the month of joining, the day not known
        (5, None, "supported"),
        (None, None, "supported"),
    ],
)
def test_a_state_in_a_month_is_compared_with_the_date_of_joining(
    month: int | None, day: int | None, expected: str
) -> None:
    """'Sweden was a PfP partner in March 1994' were it dated April 1994: a month was compared as
    its year, and supported."""
    swe = partnership("SWE", "pfp", "1994-04")
    verdict = judge(_dated("SWE", "pfp", "past", 1994, month, day), facts(swe), NATO)
    assert verdict.verdict == expected, verdict


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(ISR_ICP, "contradicted", id="bounded-so-its-date-is-the-latest"),
        pytest.param({**ISR_ICP, "history_earliest": None}, "unverified", id="no-bound"),
        pytest.param({**ISR_ICP, "history_confidence": ["confirmed", "confirmed"]}, "contradicted",
                     id="a-confirmed-end"),
    ],
)  # fmt: skip
def test_a_state_after_an_unverified_end_rests_on_its_bound(
    row: dict[str, Any], expected: str
) -> None:
    """'Israel was an ICP partner in 2021': its ICP gave way to an IPCP by 2019 and not before
    April 2011 (an unverified change, bounded); with no bound its date could be later, and an
    unverified date refutes nothing."""
    verdict = judge(claim("ISR", "icp", "past", 2021), facts(row), NATO)
    assert verdict.verdict == expected, verdict
