"""What a thirteenth article audit (audit 12's twelve held-out articles,
tests/articles/heldout/a12-*) found the checker read that the articles never said, or read in the
wrong tense, each rule tested on sentences of its own with near misses that must not change.

- A sentence telling what a piece of writing said ("An article of 3 March said that Sweden joined
  NATO in 2023", "A photo caption described Kazakhstan as a member of the Mediterranean
  Dialogue", "Our explainer said that ...") was read as the writer's claim: a corrections notice's
  every quoted error was judged (one, a year the data confirms, supported, though the notice put
  it up to correct it).
- A statement called a misreading after its attribution ("New Zealand became an Enhanced
  Opportunities Partner in 2014 as well, some commentators wrote at the time, but that is a
  misreading") was read as the writer's claim (contradicted).
- What others expect another to do ("Others expect the initiative to focus more on maritime
  security") was read as the initiative's agenda: "expect" was no modal, and a verb of expecting
  before its object withheld nothing.
- A short reply in the past to a question in the present ("Does Morocco work with NATO on crisis
  management?" "It did.") was read in the question's present (outdated, of a cooperation that
  ended in 2014): the reply puts the question in its past; "did work" is a past, as "worked" is.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    "text",
    [
        "A graphic in yesterday's edition showed Austria as a member of NATO.",
        "Our profile of the minister said that Jordan joined the Istanbul Cooperation Initiative "
        "in 2004.",
        "An earlier version of this story described Qatar as a Mediterranean Dialogue partner.",
        "The feature said Ireland had joined the Partnership for Peace in 1995.",
        # the piece's title between it and its verb
        'An article of 3 March ("The long road north") said that Sweden joined NATO in 2023.',
    ],
)
def test_what_a_piece_of_writing_said_is_not_the_writers_claim(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's own words, a source cited after the claim, and a treaty's article
        pytest.param(
            "A NATO communique said that Montenegro joined the Alliance in June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="a-body-s-words",
        ),
        pytest.param(
            "Montenegro joined the Alliance in 2017, an article in a Podgorica daily said.",
            {("member_of", "MNE", "NATO", "supported")},
            id="a-source-after-the-claim",
        ),
        pytest.param(
            "The article 5 guarantee has covered Croatia since it joined NATO in 2009.",
            {("member_of", "HRV", "NATO", "supported")},
            id="a-treaty-article",
        ),
    ],
)
def test_a_source_that_is_no_piece_of_writing_reported_is_read(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mongolia joined the Partnership for Peace in 2010, one blogger wrote, but that is a "
            "misreading.",
            set(),
            id="called-a-misreading",
        ),
        pytest.param(
            "The minister was misquoted as saying that Armenia had left the Partnership for Peace.",
            set(),
            id="misquoted",
        ),
        # near miss: the attribution alone leaves the claim judged
        pytest.param(
            "Mongolia is one of NATO's partners across the globe, one blogger wrote.",
            {("partner_in", "MNG", "pag", "supported")},
            id="attributed-only",
        ),
    ],
)
def test_a_reading_called_mistaken_makes_no_claim(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Diplomats expect Bahrain to work with NATO on cyber defence.", set(), id="expect"
        ),
        pytest.param(
            "Many in Brussels want Kuwait to take part in the Mediterranean Dialogue.",
            set(),
            id="want",
        ),
        # near misses: a clause of its own after the expectation, and "as expected"
        pytest.param(
            "Diplomats expected Croatia to join NATO, and it joined in April 2009.",
            {("member_of", "HRV", "NATO", "supported")},
            id="and-a-clause-of-its-own",
        ),
        pytest.param(
            "As expected, Croatia joined NATO in April 2009.",
            {("member_of", "HRV", "NATO", "supported")},
            id="as-expected-before",
        ),
        pytest.param(
            "Croatia joined NATO in April 2009, as diplomats had expected.",
            {("member_of", "HRV", "NATO", "supported")},
            id="as-expected-after",
        ),
    ],
)
def test_what_others_expect_another_to_do_makes_no_claim(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Does Pakistan work with NATO on disaster relief?\n\nIt did.",
            {("cooperates_on", "PAK", "civil_emergency", "supported")},  # 2005 to February 2006
            id="did",
        ),
        pytest.param(
            "Is Montenegro a PfP partner?\n\nIt was.",
            {("partner_in", "MNE", "pfp", "supported")},  # until it joined NATO in 2017
            id="was",
        ),
        # a denial of the past, which the question's words would make one of now: no claim
        pytest.param(
            "Does Pakistan work with NATO on disaster relief?\n\nIt did not.", set(), id="did-not"
        ),
        # near misses: a reply in the question's tense, and a plain "No."
        pytest.param(
            "Does Pakistan work with NATO on disaster relief?\n\nIt does.",
            {("cooperates_on", "PAK", "civil_emergency", "outdated")},
            id="does",
        ),
        pytest.param(
            "Is Montenegro a PfP partner?\n\nIt is.",
            {("partner_in", "MNE", "pfp", "outdated")},
            id="is",
        ),
        pytest.param(
            "Is Montenegro a PfP partner?\n\nNo.",
            {("not partner_in", "MNE", "pfp", "supported")},
            id="no",
        ),
        # the emphatic past in a sentence of its own, and the present beside it
        pytest.param(
            "Pakistan did work with NATO on disaster relief.",
            {("cooperates_on", "PAK", "civil_emergency", "supported")},
            id="did-work",
        ),
        pytest.param(
            "Pakistan does work with NATO on disaster relief.",
            {("cooperates_on", "PAK", "civil_emergency", "outdated")},
            id="does-work",
        ),
    ],
)
def test_a_short_reply_in_the_past_answers_in_the_past(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # a review of the rules above: each of these is the writer's own claim, and was read so
        # before them
        "The story is simple: Austria joined NATO in 1995, as a chart shows.",
        "The column of tanks moved when Austria joined NATO in 1995.",
        "The Article V guarantee has covered Austria since it joined NATO in 1995.",
        "This article shows that Austria joined NATO in 1995.",
        "Our analysis shows that Austria joined NATO in 1995.",
        "Turkey wanted Sweden to act on its concerns before Austria joined NATO in 1995.",
        "For want of a better way to put it, Austria joined NATO in 1995.",
        "There was no misunderstanding: Austria joined NATO in 1995.",
        "Some say this is a misreading, but Austria joined NATO in 1995.",
        "Austria joined NATO in 1995, a misquoted minister later confirmed.",
    ],
)
def test_the_writers_own_claim_beside_those_words_is_read(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == {("member_of", "AUT", "NATO", "contradicted")}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did not" denies the past: judged as the present's denial, each was supported
        pytest.param(
            "Russia did not cooperate with NATO on terrorism.",
            {("not cooperates_on", "RUS", "terrorism", "contradicted")},
            id="cooperation-until-2014",
        ),
        pytest.param(
            "Morocco didn't work with NATO on crisis management.",
            {("not cooperates_on", "MAR", "crisis_management", "contradicted")},
            id="contracted",
        ),
        # near miss: never a partner, then or now
        pytest.param(
            "Japan did not take part in the Mediterranean Dialogue.",
            {("not partner_in", "JPN", "md", "supported")},
            id="never",
        ),
    ],
)
def test_a_denial_of_the_past_is_judged_against_the_past(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected
