"""Readings found on 2026-12-07 that dropped a plain claim without a word.

- "it" of a framework's launch or joining had no antecedent, as only countries were handed on:
  "The Mediterranean Dialogue brings NATO together with seven southern countries. It was
  launched in 1995." made no claim and listed nothing, so a wrong launch date went unflagged;
  "NATO launched it in 2004" and "Jordan joined it in 2014" were dropped or listed.
- An answer that goes on after "No," or "Yes," read its "No" as a negation ("Was the MD launched
  in 1995? No, it was launched in 1994." made no claim, and was not listed), or as a word before
  the subject ("Yes, it joined in 1995." was read and listed, and its question listed too).
- A yes-or-no question about a framework ("Was the Mediterranean Dialogue launched in 1995?
  Yes.") was no question the reply could answer: a wrong date affirmed went without a verdict.
- A rank among a framework's partners ("Algeria joined the MD in 2000, becoming its seventh
  partner") was passed over without a word: the join was judged and the sentence not listed,
  though the order of partners is never checked, so a wrong rank went unflagged.
- A bare "No." lost what its question asked of: "Did Finland join NATO in 2022? No. It joined in
  2023." listed the answer, its "joined" having nothing to join; "Did NATO launch the MD in
  1995? No. It was launched in 1994." dropped it.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

MD = "The Mediterranean Dialogue brings NATO together with seven southern countries. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the MD was launched in December 1994, the ICI in June 2004, the PII in 2014
        (MD + "It was launched in 1995.", {("launched", "md", "md", "contradicted")}),
        (MD + "It was first launched in 1994.", {("launched", "md", "md", "supported")}),
        (
            "The Istanbul Cooperation Initiative is open to Gulf states. NATO launched it in 2004.",
            {("launched", "ici", "ici", "supported")},
        ),
        (
            "Jordan joined the Mediterranean Dialogue in 1995. It was launched in 1994.",
            {("partner_in", "JOR", "md", "supported"), ("launched", "md", "md", "supported")},
        ),
        (
            "The Partnership for Peace is NATO's largest partnership. It was created in 1994.",
            {("launched", "pfp", "pfp", "supported")},
        ),
        # joined: Jordan is one of the PII's platform members from 2014, Sweden an EAPC
        # founder in 1997, Montenegro an Ally since 2017
        (
            "NATO's Partnership Interoperability Initiative was launched in 2014. "
            "Jordan joined it in 2014.",
            {("launched", "pii", "pii", "supported"), ("partner_in", "JOR", "pii", "supported")},
        ),
        (
            "The Euro-Atlantic Partnership Council was created in 1997. Sweden joined it in 1997.",
            {("launched", "eapc", "eapc", "supported"), ("partner_in", "SWE", "eapc", "supported")},
        ),
        (
            "Finland applied to join NATO in May 2022. It joined it in April 2023.",
            {("member_of", "FIN", "NATO", "supported")},
        ),
    ],
)
def test_it_of_a_launch_or_a_joining_is_the_framework(
    curated: Store, text: str, expected: Claims
) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country is the subject of its own act, not launched
        (
            "Georgia is a PfP partner. It launched a reform plan in 2005.",
            {("partner_in", "GEO", "pfp", "supported")},
        ),
        (
            "Jordan joined the Mediterranean Dialogue in 1995. It had launched its own programme "
            "in 1990.",
            {("partner_in", "JOR", "md", "supported")},
        ),
        # another thing named by a framework's name, two frameworks, an operation
        (
            "The ICI Regional Centre in Kuwait is a hub for Gulf partners. It was inaugurated in 2017.",
            set(),
        ),
        (
            "The Mediterranean Dialogue and the Istanbul Cooperation Initiative are NATO's "
            "southern partnerships. It was launched in 1994.",
            set(),
        ),
        ("Georgia sent troops to ISAF and joined it in 2004.", set()),
        ("The ICI Regional Centre opened in Kuwait in 2017. Qatar joined it in 2018.", set()),
    ],
)
def test_it_of_anything_else_claims_nothing(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Was the Mediterranean Dialogue launched in 1995? No, it was launched in 1994.",
            {("launched", "md", "md", "supported")},
        ),
        (
            "Did NATO launch the Mediterranean Dialogue in 1995? No. It was launched in 1994.",
            {("launched", "md", "md", "supported")},
        ),
        (
            "Did Finland join NATO in 2022? No. It joined in 2023.",
            {
                ("not member_of", "FIN", "NATO", "supported"),
                ("member_of", "FIN", "NATO", "supported"),
            },
        ),
        (
            "Is Israel a NATO member? No, but it joined the Mediterranean Dialogue in 1995.",
            {
                ("not member_of", "ISR", "NATO", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
        ),
        (
            "Has Georgia joined NATO? Yes, Georgia joined NATO in 2008.",
            {("member_of", "GEO", "NATO", "contradicted")},
        ),
        # as before: a short reply, and "No" that opens a claim of its own
        (
            "Is Colombia a NATO member? No, it is not.",
            {("not member_of", "COL", "NATO", "supported")},
        ),
    ],
)
def test_an_answer_after_yes_or_no_is_read(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert not [u for u in unread if not u.endswith("?")]  # the answer itself is read


def test_an_answer_in_full_reads_its_question(curated: Store) -> None:
    """ "Yes, it joined in 1995." says in full what was asked: neither is listed."""
    claims, unread = read(
        curated, "Did Jordan join the Mediterranean Dialogue in 1995? Yes, it joined in 1995."
    )
    assert claims == {("partner_in", "JOR", "md", "supported")}
    assert unread == []


def test_no_opening_a_sentence_is_still_a_denial(curated: Store) -> None:
    claims, unread = read(curated, "No country in the Gulf has joined NATO.")
    assert claims == set()
    assert unread == ["No country in the Gulf has joined NATO."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Algeria joined the Mediterranean Dialogue in 2000, becoming its seventh partner.",
            {("partner_in", "DZA", "md", "supported")},
        ),
        (
            "Algeria joined the Mediterranean Dialogue in 2000, becoming its third partner.",
            {("partner_in", "DZA", "md", "supported")},
        ),
        (
            "Bahrain was the first Gulf state to join the Istanbul Cooperation Initiative.",
            {("partner_in", "BHR", "ici", "supported")},
        ),
    ],
)
def test_a_rank_among_partners_is_listed(curated: Store, text: str, expected: Claims) -> None:
    """The join is judged; the rank, never checked, lists the sentence."""
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan joined the Mediterranean Dialogue in 1995 for the first time.",
        "In the 21st century, Colombia became a global partner of NATO in 2017.",
    ],
)
def test_an_ordinal_of_anything_else_lists_nothing(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims
    assert unread == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Was the Mediterranean Dialogue launched in 1995? Yes.",
            {("launched", "md", "md", "contradicted")},
        ),
        (
            "Was the Mediterranean Dialogue launched in 1994? Yes, it was.",
            {("launched", "md", "md", "supported")},
        ),
        (
            "Was the Partnership for Peace created in 1994? It was.",
            {("launched", "pfp", "pfp", "supported")},
        ),
        # a denied launch date claims nothing the reader checks: the question stays listed
        ("Was the Mediterranean Dialogue launched in 1995? No.", set()),
    ],
)
def test_a_question_about_a_framework_is_answered(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == ([] if expected else [text.split("? ")[0] + "?"])
