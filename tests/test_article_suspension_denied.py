"""A suspension named before its subject ("NATO suspended Belarus's participation in the PfP") was
read without the words before the subject: "NATO never suspended Belarus's participation in the
PfP", "NATO did not suspend ..." and "NATO may suspend ..." were each judged supported, a denial
and a possibility taken for the suspension itself (found trying analyst audit 21's paraphrases).

A denial right before the verb ("never suspended", "did not suspend", "has not suspended")
denies the suspension; a modal ("may suspend"), or a denial of something else before it ("did
not hesitate to suspend", "It is not true that ...") makes no claim, and the sentence is listed.
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
            "NATO never suspended Belarus's participation in the Partnership for Peace.",
            {("not nato_suspended", "BLR", "pfp", "contradicted")},
            id="never",
        ),
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace.",
            {("not nato_suspended", "BLR", "pfp", "contradicted")},
            id="did-not",
        ),
        pytest.param(
            "The Allies have never suspended Russia's participation in the Partnership for Peace.",
            {("not nato_suspended", "RUS", "pfp", "contradicted")},
            id="the-allies-have-never",
        ),
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace in 2014.",
            {("not nato_suspended", "BLR", "pfp", "supported")},
            id="not-in-that-year",
        ),
        pytest.param(
            "NATO did not suspend Malta's participation in the Partnership for Peace.",
            {("not nato_suspended", "MLT", "pfp", "supported")},
            id="malta-suspended-its-own",
        ),
        pytest.param(
            "NATO has not suspended Ukraine's participation in the Partnership for Peace.",
            {("not nato_suspended", "UKR", "pfp", "supported")},
            id="never-suspended",
        ),
        pytest.param(
            "NATO suspended Belarus's participation in the Partnership for Peace in 2021.",
            {("nato_suspended", "BLR", "pfp", "supported")},
            id="plain-still-read",
        ),
    ],
)
def test_a_suspension_denied_before_its_subject(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "NATO may suspend Belarus's participation in the Partnership for Peace.", id="may"
        ),
        pytest.param(
            "NATO could suspend Russia's participation in the Partnership for Peace.", id="could"
        ),
        pytest.param(
            "NATO did not hesitate to suspend Belarus's participation in the Partnership for"
            " Peace in 2021.",
            id="a-denial-of-something-else",
        ),
        pytest.param(
            "It is not true that NATO suspended Russia's participation in the Partnership for"
            " Peace.",
            id="not-true-that",
        ),
    ],
)
def test_a_suspension_only_possible_or_unclear_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace lightly.",
            set(),
            id="how",
        ),
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace at first.",
            set(),
            id="when-at-first",
        ),
    ],
)
def test_a_denial_of_how_or_when_is_listed(curated: Store, text: str, expected: Claims) -> None:
    """After a denied suspension only its date may follow: "lightly", "at first" may be what is
    denied (the review found them contradicted)."""
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace until 2021.",
            "supported",
            id="until-the-year",
        ),
        pytest.param(
            "NATO did not suspend Belarus's participation in the Partnership for Peace until 2014.",
            "contradicted",
            id="until-another-year",
        ),
    ],
)
def test_not_until_is_the_suspension_then(curated: Store, text: str, verdict: str) -> None:
    """ "did not suspend ... until 2021" says it was suspended in 2021, as "did not join ... until"
    says it joined then."""
    assert read(curated, text)[0] == {("nato_suspended", "BLR", "pfp", verdict)}
