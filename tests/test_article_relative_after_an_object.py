"""A relative clause about a country named after a preposition is read.

"The exercise was hosted by Sweden, which joined NATO in 2023" and "The drill took place in
Sweden, which joined NATO in 2023" were only listed as not checked, the false year with them: a
country after a preposition is no subject of the sentence's verb, and was passed over with its
clause. The clause set off after it (", which ...", ", who ...") is about it, and is read as
"NATO praised Sweden, which joined the alliance in 2023" always was. A clause whose subject is
another ("which NATO admitted in 2024", "which NATO values") stays unread, and listed.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

SWE_2023 = ("member_of", "SWE", "NATO", "contradicted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The exercise was hosted by Sweden, which joined NATO in 2023.", {SWE_2023}, id="by"
        ),
        pytest.param(
            "The drill took place in Sweden, which joined NATO in 2023.", {SWE_2023}, id="in"
        ),
        pytest.param(
            "Officials from Sweden, which joined NATO in 2023, attended.", {SWE_2023}, id="from"
        ),
        pytest.param(
            "The exercise was hosted by Sweden, which joined NATO in 2024.",
            {("member_of", "SWE", "NATO", "supported")},
            id="by-true",
        ),
        pytest.param(
            "The talks were attended by Jordan, which joined the Mediterranean Dialogue in 1997.",
            {("partner_in", "JOR", "md", "contradicted")},
            id="framework",
        ),
        pytest.param(
            "Aid went to Ukraine, which is not a NATO member.",
            {("not member_of", "UKR", "NATO", "supported")},
            id="to-denied",
        ),
        # the verb's subject, as before
        pytest.param(
            "NATO praised Sweden, which joined the alliance in 2023.", {SWE_2023}, id="object"
        ),
    ],
)
def test_a_relative_clause_after_an_object_is_read(
    curated: Store, text: str, expected: Claims
) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Talks with Sweden, which NATO admitted in 2024, went well.", id="admitted"),
        pytest.param("The deal was signed with Jordan, which NATO values highly.", id="values"),
    ],
)
def test_a_clause_of_another_subject_stays_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The border between Norway and Russia, which joined the PfP in 1994, is long.",
            {("partner_in", "RUS", "pfp", "supported")},
            id="the-last-of-two",
        ),
        pytest.param(
            "NATO held talks with Japan and Ukraine, which joined the PfP in 1994.",
            {("partner_in", "UKR", "pfp", "supported")},
            id="the-last-of-two-at-the-end",
        ),
        pytest.param(
            "Algeria, like Jordan, which joined the MD in November 1996, is an MD partner.",
            {("partner_in", "JOR", "md", "contradicted")},
            id="to-the-clause-s-end-only",
        ),
    ],
)
def test_the_clause_is_its_last_country_s_and_ends_at_its_comma(
    curated: Store, text: str, expected: Claims
) -> None:
    """Of "A and B, which ...", the clause is B's; and the main clause after the relative one is
    not read as the object's ("..., is an MD partner" is Algeria's, not Jordan's)."""
    assert read(curated, text)[0] == expected


def test_a_place_in_a_country_is_no_subject(curated: Store) -> None:
    """Of a city and its country, the country the clause is about: no claim of the city."""
    claims, _ = read(curated, "The summit in Vilnius, Lithuania, which joined NATO in 2004, ended.")
    assert claims == {("member_of", "LTU", "NATO", "supported")}


def test_a_country_that_ends_the_sentence_after_a_preposition(curated: Store) -> None:
    """The relative clause is looked for after the name: none there, at the sentence's end (a
    heading "Partners in Jordan"), is no error."""
    claims, _ = read(curated, "Partners in Jordan")
    assert claims == set()


def test_nato_as_a_relative_clause_s_subject_is_no_object_left_unstated(curated: Store) -> None:
    """ "..., which NATO launched in June 2004, and Saudi Arabia and Oman never took up the
    invitation": the invitation is the ICI's (audit 19's book review read it as NATO
    membership, true of both but not what the article says)."""
    claims, _ = read(
        curated,
        "The Gulf states did join the Istanbul Cooperation Initiative, which NATO launched at its "
        "Istanbul summit in June 2004, and Saudi Arabia and Oman never took up the invitation.",
    )
    assert ("not partner_in", "OMN", "ici", "supported") in claims
    assert ("not partner_in", "SAU", "ici", "supported") in claims
    assert not any(c[0] == "not member_of" for c in claims)
