"""Phrasings a sixth audit found judged wrongly, one family per test.

Countries excepted with "but not the ..." read as the only subject; countries named as the
exception ("Tajikistan excepted", "all but two, Saudi Arabia and Oman") or "all but" meaning
almost read as subjects; a partner in name ("still formally a PfP partner") read as taking part;
times given by reference to another event or to the framework's start dropped; "dates back to"
read as taking part in a year; a suspension's span losing its end; "remained a partner until"
read as now; a group's name ("known as the IP4") read as a join. Claims are (predicate, subject,
object, verdict), "not " before a negated predicate, read from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read

# -- 1: "but not the UAE" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt and Israel, but not the UAE, joined the Mediterranean Dialogue.",
            {("partner_in", c, "md", "supported") for c in ("EGY", "ISR")},
        ),
        (
            "Kuwait and Bahrain, but not the United Arab Emirates, joined the ICI.",
            {("partner_in", c, "ici", "supported") for c in ("KWT", "BHR")},
        ),
    ],
)
def test_exception_with_the_is_passed_over(
    curated: Store, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """With "the" after "but not" the excepted country became the only subject: "the UAE joined
    the MD" contradicted, "the UAE joined the ICI" supported in a false sentence."""
    claims, _ = read(curated, text)
    assert claims == expected


def test_exception_of_the_russian_federation(curated: Store) -> None:
    text = "Georgia and Ukraine, but not the Russian Federation, are active PfP partners."
    claims, _ = read(curated, text)
    assert not any(c[1] == "RUS" for c in claims)
    assert not any(c[3] == "contradicted" for c in claims)


# -- 2: countries named as the exception; "all but" = almost ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All but two of the GCC states, Saudi Arabia and Oman, joined the ICI.",
        "All GCC members but two, Saudi Arabia and Oman, have signed up to the ICI.",
        "All the Central Asian republics, Tajikistan excepted, signed up to the PfP in 1994.",
        "Georgia has all but joined NATO.",
    ],
)
def test_named_exceptions_and_all_but_make_no_claim(curated: Store, text: str) -> None:
    """The countries named as the exception were read as the subjects ("Saudi Arabia and Oman
    joined the ICI", "Tajikistan signed up in 1994", contradicted), and "has all but joined"
    (almost) as a join: true sentences contradicted."""
    no_claim_and_listed(curated, text)


# -- 3: a partner in name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia, still formally a PfP partner, has been suspended since 2014.",
        "Russia, nominally still a PfP partner, has been suspended since 2014.",
        "Belarus, officially still a PfP partner, has seen its cooperation suspended since 2021.",
        "Russia is a PfP partner in name only.",
        "Russia remains a PfP partner only on paper.",
        "Russia is technically a PfP partner.",
        "Russia is a PfP partner only in name.",
    ],
)
def test_partner_in_name_is_not_taking_part(curated: Store, text: str) -> None:
    """A partner "formally", "in name only" or "on paper" was read as taking part now (or since
    the suspension's year), contradicted in a true sentence."""
    claims, _ = read(curated, text)
    assert not any(c[3] == "contradicted" for c in claims)
    assert not any(c[0].startswith("takes_part") or c[0] == "active_in" for c in claims)


# -- 4: times given by reference --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Morocco joined the Mediterranean Dialogue in February 1995. "
        "A year on, Algeria joined the Dialogue.",
        "Morocco joined the Mediterranean Dialogue in February 1995. "
        "Within months, Algeria joined the Dialogue.",
        "Morocco joined the Mediterranean Dialogue in February 1995. "
        "Algeria, too, joined the Dialogue then.",
        "Finland joined NATO in 2023. Sweden joined NATO simultaneously.",
        "Finland joined NATO in 2023. Sweden joined NATO in the same round of enlargement.",
    ],
)
def test_time_by_reference_to_another_event_is_not_supported(curated: Store, text: str) -> None:
    """The time was dropped and the undated join supported: Algeria joined in 2000, Sweden in
    2024. The second sentence is listed, its claim not supported."""
    claims, unread = read(curated, text)
    second = text.split(". ", 1)[1]
    assert not any(c[1] in ("DZA", "SWE") and c[3] == "supported" for c in claims)
    assert second in unread


@pytest.mark.parametrize(
    "text",
    [
        "Algeria joined the Mediterranean Dialogue at its launch.",
        "Algeria joined the Mediterranean Dialogue in its first year.",
        "Algeria joined the Mediterranean Dialogue at its inception.",
        "Algeria joined the Mediterranean Dialogue from the start.",
    ],
)
def test_time_by_reference_to_the_framework_start_is_not_supported(
    curated: Store, text: str
) -> None:
    """Algeria joined in 2000, five years after the Dialogue began: supported undated."""
    no_claim_and_listed(curated, text)


# -- 5: "dates back to" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's membership of the PfP dates back to 1996.",
        "Israel's membership of the Mediterranean Dialogue dates from 2000.",
        "Georgia's partnership with NATO goes back to 1996.",
    ],
)
def test_dates_back_to_a_year_is_not_supported(curated: Store, text: str) -> None:
    """The start was read as taking part in that year (true): Georgia joined in 1994, Israel in
    1995. Judged as the join in that year, or no claim."""
    claims, _ = read(curated, text)
    assert not any(c[3] == "supported" for c in claims)


# -- 6: a suspension's span -------------------------------------------------------------------


def test_suspension_span_keeps_its_end(curated: Store) -> None:
    """Malta's participation was suspended from 1996 and resumed in 2008: the end dropped, the
    suspension from 1996 was supported."""
    text = "Malta's participation in the PfP was suspended from 1996 to 2010."
    claims, _ = read(curated, text)
    assert not any(c[3] == "supported" for c in claims)


# -- 7: "remained a partner until" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sweden remained a PfP partner until it joined NATO in 2024.",
        "Sweden continued as a PfP partner until it became a NATO member in 2024.",
        "Sweden stayed a PfP partner until it joined NATO in 2024.",
    ],
)
def test_remained_until_is_past(curated: Store, text: str) -> None:
    """ "remained ... until 2024" is a past state, not taking part now: it was outdated."""
    claims, _ = read(curated, text)
    assert not any(c[3] in ("outdated", "contradicted") for c in claims)


# -- 8: a group's name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Australia, Japan, New Zealand and South Korea, known as the IP4, have attended summits "
        "since 2022.",
        "Australia, Japan, New Zealand and South Korea, dubbed the IP4, have attended summits "
        "since 2022.",
        "Australia, Japan, New Zealand and South Korea, often referred to as the IP4, have "
        "attended summits since 2022.",
    ],
)
def test_group_name_is_no_join(curated: Store, text: str) -> None:
    """ "known as the IP4" names the group; the date is the summits': read as joining the IP4 in
    2022, contradicted four times."""
    claims, _ = read(curated, text)
    assert not any(c[3] == "contradicted" for c in claims)
    assert not any(c[2] == "ip4" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia had been a PfP partner since at least 1996.",
        "Georgia has been a PfP partner since at least 1996.",
    ],
)
def test_since_at_least_a_year_is_a_bound(curated: Store, text: str) -> None:
    """ "since at least 1996" says it began in 1996 or before (Georgia: 1994), which was
    contradicted as a start in 1996 (a review)."""
    claims, _ = read(curated, text)
    assert claims == {("partner_in", "GEO", "pfp", "supported")}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Despite reports that it was neutral, Finland joined NATO in 2023.",
            ("member_of", "FIN", "NATO", "supported"),
        ),
        (
            "Sweden, despite reports that it would wait, joined NATO in 2024.",
            ("member_of", "SWE", "NATO", "supported"),
        ),
        (
            "Despite reports that it joined in 1996, Sweden joined NATO in 2024.",
            ("member_of", "SWE", "NATO", "supported"),
        ),
    ],
)
def test_a_report_in_a_phrase_leaves_the_main_clause_read(
    curated: Store, text: str, claim: tuple
) -> None:
    """ "despite reports that ..." withheld the whole sentence, main clause and all (a review):
    the phrase ends at its comma; what the report says is still no claim."""
    claims, _ = read(curated, text)
    assert claims == {claim}


def test_a_report_as_the_main_clause_is_withheld_whole(curated: Store) -> None:
    no_claim_and_listed(curated, "There were reports that Israel joined NATO in 2016.")
