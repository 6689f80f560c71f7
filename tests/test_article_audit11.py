"""What a twelfth article audit (audit 11's fifteen held-out articles, tests/articles/heldout/a11-*)
found the checker read that the articles never said, each rule tested on sentences of its own
with near misses that must not change.

- A country in the possessive set off by commas after the countries it describes ("Tunisia and
  Libya, Malta's southern neighbours, are both members of NATO's Mediterranean Dialogue") was
  read as one more subject of the list: Malta was called an MD partner (contradicted), Israel in
  "Egypt and Jordan, Israel's neighbours, ..." (supported), though neither sentence says so.
- "Since then Malta has also sat in the Euro-Atlantic Partnership Council" gives a start by
  reference to another event, which the README says makes no claim: it was judged as the state
  now, undated (supported, but half the claim).
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tunisia and Libya, Malta's southern neighbours, are both members of NATO's "
            "Mediterranean Dialogue.",
            {("partner_in", "TUN", "md", "supported"), ("partner_in", "LBY", "md", "contradicted")},
            id="neighbours-of-a-non-member",
        ),
        pytest.param(
            "Egypt and Jordan, Israel's neighbours, are both members of the Mediterranean "
            "Dialogue.",
            {("partner_in", "EGY", "md", "supported"), ("partner_in", "JOR", "md", "supported")},
            id="neighbours-of-a-member",
        ),
        pytest.param(
            "Jordan, Israel's neighbour, joined the Mediterranean Dialogue in 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="one-country-described",
        ),
        # near misses: a list of subjects, and a possessive that is the subject's own
        pytest.param(
            "Egypt, Jordan and Israel are members of the Mediterranean Dialogue.",
            {
                ("partner_in", "EGY", "md", "supported"),
                ("partner_in", "JOR", "md", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
            id="a-plain-list",
        ),
        pytest.param(
            "Malta's participation in the PfP was suspended in 1996.",
            {("was_suspended", "MLT", "pfp", "supported")},
            id="a-possessive-subject",
        ),
    ],
)
def test_a_possessive_in_an_apposition_is_no_subject(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since then Malta has also sat in the Euro-Atlantic Partnership Council.",
        "Since that year Malta has been in the EAPC.",
        "Jordan has been a partner in the Mediterranean Dialogue ever since.",
    ],
)
def test_a_start_by_reference_makes_no_claim_of_the_state_now(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan has been a partner in the MD since 1995.",
        "Jordan has been a partner in the MD ever since 1995.",
    ],
)
def test_a_start_with_its_year_is_still_read(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == {("partner_in", "JOR", "md", "supported")}
