"""The bundled data covers events to June 2025: a claim of an event after that cannot be refuted
by the data's silence. "Serbia joined NATO in December 2025" and "KFOR ended in October 2025" were
contradicted ("Serbia is not a NATO member"), and so was "Ukraine joined NATO in 2025", while
"KFOR ended in 2026" was unverified and "Ukraine joined NATO in 2026" not read (analyst audit 22).

A date wholly after the data's end (a month after June 2025, a later year) is one the data cannot
speak of: no claim is made and the sentence is listed, as for 2026. A date that reaches past it
(the year 2025 with no month, a span into it) is judged, but a contradiction that rests only on
the data's silence (the event is recorded at no date) is unverified, saying how far the data
goes; one the data refutes by an event it records at another date stands (Finland joined in 2023,
not in 2025). Claims are (predicate, subject, object, verdict) from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    "text",
    [
        "Serbia joined NATO in December 2025.",
        "KFOR ended in October 2025.",
        "Ireland left the Partnership for Peace in August 2025.",
        "Georgia became a NATO member in October 2025.",
        "Ukraine joined NATO in November 2025.",
    ],
)
def test_an_event_after_the_datas_end_is_not_judged(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == set() or {v for *_, v in claims} == {"unverified"}, claims
    assert "contradicted" not in {v for *_, v in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year the data ends in, with no month: it may have happened after June
        ("Ukraine joined NATO in 2025.", {("member_of", "UKR", "NATO", "unverified")}),
        ("Serbia became a NATO member in 2025.", {("member_of", "SRB", "NATO", "unverified")}),
        ("KFOR ended in 2025.", {("operation_ended", "kfor", "kfor", "unverified")}),
        # an event the data records at another date is refuted whatever came after June
        ("Finland joined NATO in 2025.", {("member_of", "FIN", "NATO", "contradicted")}),
        ("Sweden joined NATO in July 2024.", {("member_of", "SWE", "NATO", "contradicted")}),
        # before the data's end: the data's silence answers, as it did
        ("Ukraine joined NATO in 2024.", {("member_of", "UKR", "NATO", "contradicted")}),
        ("Serbia joined NATO in March 2025.", {("member_of", "SRB", "NATO", "contradicted")}),
        ("KFOR ended in 2024.", {("operation_ended", "kfor", "kfor", "contradicted")}),
        # a start in the data's last year: it may have begun after June
        (
            "Ukraine has been a NATO member since 2025.",
            {("member_of", "UKR", "NATO", "unverified")},
        ),
        # a denial as unsure as the claim it denies
        ("Ukraine did not join NATO in 2025.", {("not member_of", "UKR", "NATO", "unverified")}),
        ("Finland did not join NATO in 2025.", {("not member_of", "FIN", "NATO", "supported")}),
        # a denial over the years up to now is judged at the data's end, as the present is
        (
            "Some guides claim that Moldova joined the Alliance after 2022; they are wrong.",
            {("not member_of", "MDA", "NATO", "supported")},
        ),
        # what the data records at a date refutes the claim whatever came after June (the review
        # of 748eacb: these were turned unverified, their undated forms contradicted too)
        ("KFOR began in 2025.", {("operation_began", "kfor", "kfor", "contradicted")}),
        ("ISAF ended in 2025.", {("operation_ended", "isaf", "isaf", "contradicted")}),
        ("The MD was launched in 2025.", {("launched", "md", "md", "contradicted")}),
        (
            "In 2025 Sweden became NATO's 33rd member.",
            {("member_of", "SWE", "NATO", "contradicted")},
        ),
        (
            "Sweden was a founding member of NATO in 2025.",
            {("member_of", "SWE", "NATO", "contradicted")},
        ),
        # a state in that year is judged by the part of it the data covers
        (
            "Between 2020 and 2025 Ukraine was a NATO member.",
            {("member_of", "UKR", "NATO", "contradicted")},
        ),
        (
            "As of 2025, Oman is a member of the Istanbul Cooperation Initiative.",
            {("partner_in", "OMN", "ici", "contradicted")},
        ),
    ],
)
def test_the_datas_last_year_is_judged_as_far_as_the_data_goes(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


def test_the_unverified_fact_says_how_far_the_data_goes(curated: Store) -> None:
    read(curated, "Ukraine joined NATO in 2025.")
    fact = curated.read("MATCH (c:Claim) RETURN c.fact").value(0)
    assert "the bundled data covers events to June 2025" in fact
