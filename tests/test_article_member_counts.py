"""How many members NATO has, as an article counts them, checked against every Ally's accession.

"NATO has 30 members" and "In 2023, NATO had 32 members" were listed as not checked, though a
count of the Allies is among the commonest errors of fact in news about NATO (an older figure
repeated). A count now, after NATO and a verb of having, its possessive or before its name, is
supported when it is the number of Allies, out of date when it was once, contradicted when it
never was; a count in a year, after a past verb, is supported when NATO had that many at some
time in that year. A count of some of them ("12 founding members", "30 members in Europe"), one
denied, asked, hoped for, or set beside a year it may not be of, makes no claim.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


def count(verdict: str) -> tuple[str, str, str, str]:
    return ("member_count", "NATO", "NATO", verdict)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("NATO has 32 members.", {count("supported")}, id="now"),
        pytest.param("NATO has 30 members.", {count("outdated")}, id="an-older-count"),
        pytest.param("NATO has 33 members.", {count("contradicted")}, id="never"),
        pytest.param("NATO now has 32 member states.", {count("supported")}, id="member-states"),
        pytest.param(
            "NATO's 32 members include Sweden.",
            {count("supported"), ("member_of", "SWE", "NATO", "supported")},
            id="possessive",
        ),
        pytest.param("All 32 NATO Allies agreed.", {count("supported")}, id="before-its-name"),
        pytest.param(
            "The thirty-two NATO members met in The Hague.",
            {count("supported")},
            id="in-words-with-a-hyphen",
        ),
        pytest.param(
            "NATO, which now counts 31 Allies, met in June.",
            {count("outdated")},
            id="a-relative-clause",
        ),
        pytest.param("The Alliance has 32 members.", {count("supported")}, id="the-alliance"),
        pytest.param("In 2020, NATO had 30 members.", {count("supported")}, id="in-a-year"),
        # Finland joined on 4 April 2023: 30, then 31 that year
        pytest.param("In 2023, NATO had 31 members.", {count("supported")}, id="part-of-a-year"),
        pytest.param("In 2023, NATO had 32 members.", {count("contradicted")}, id="not-that-year"),
        pytest.param("In 1949, NATO had twelve members.", {count("supported")}, id="founding"),
        pytest.param("In 1940, NATO had 12 members.", {count("contradicted")}, id="before-it"),
    ],
)
def test_a_count_of_natos_members(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        "NATO's 12 founding members signed the treaty in 1949.",  # some of them
        "NATO has 30 members in Europe.",
        "NATO's 23 members that are also in the EU met.",
        "NATO does not have 33 members.",  # denied
        "Does NATO have 32 members?",  # asked
        "If Ukraine joins, NATO will have 33 members.",  # hoped for
        "NATO had 16 members during the Cold War.",  # no year to count in
        # a year the count may not be of: when Finland joined, NATO had 31
        "NATO's 32 members include Finland, which joined in 2023.",
    ],
)
def test_no_count_claimed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert not any(c[0] == "member_count" for c in claims)
    assert unread == [text]


def test_a_count_of_another_body_is_no_natos(curated: Store) -> None:
    assert read(curated, "The EU has 27 members.") == (set(), [])


def test_a_count_is_rechecked_as_it_was_read(curated: Store) -> None:
    """The count is stored on the claim, and read back by a recheck with the claim."""
    from nato_graph.loaders.articles.recheck import raw_claim

    read(curated, "NATO has 30 members.")
    row = curated.read(
        "MATCH (c:Claim) RETURN c.predicate AS predicate, c.subject AS subject, "
        "c.object AS object, c.subject_name AS subject_name, c.object_name AS object_name, "
        "c.negated AS negated, c.tense AS tense, c.year AS year, c.month AS month, "
        "c.until AS until, c.years AS years, c.count AS count, c.claim AS claim"
    ).rows[0]
    assert row["claim"] == "NATO has 30 members"
    raw = raw_claim(dict(row))
    assert raw is not None and raw.count == 30 and raw.predicate == "member_count"
