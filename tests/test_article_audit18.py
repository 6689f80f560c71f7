"""What a nineteenth article audit (audit 18's twelve held-out articles,
tests/articles/heldout/a18-*) found the checker read that the articles never said, or left unread
that they plainly said, each rule tested on sentences of its own with near misses that must not
change.

- A pub quiz's "A correction to last month's answer sheet: we said Montenegro joined NATO in
  2019." was the writer's claim, contradicted: the writer's earlier words after a correction's
  label, or with no "that" before the clause said ("Last month we said Montenegro joined ..."),
  claim nothing, as "Last week we wrote that ..." already did not.
- A court's press summary's "... a correction stating that the claimant never said that Serbia
  joined NATO." was judged contradicted: a clause after a denied verb of saying ("never said
  that", "did not claim that") is nobody's claim.
- A textbook's review question "Imagine Libya were to join the Dialogue." was judged
  contradicted: a sentence that bids the reader imagine or suppose claims nothing.
- A committee report's "Afghanistan remains one of NATO's partners across the globe in good
  standing. We disagree with this characterisation in the Ministry's memorandum: ..." was judged
  outdated: a sentence that rejects "this characterisation" calls the one before another's
  words, as "This is not correct." does.
- Plain misses of forms the reader knew in others: a date opening the sentence with no comma
  ("In 1994 NATO launched the PfP") or ending an opening phrase of occasion ("At their Brussels
  summit in January 1994, NATO leaders launched the PfP"), a plan denied ("Serbia has never had
  a Membership Action Plan", "has no MAP"), an aside opened by "also" ("Serbia, also shown in
  light blue, has been ..."), a partner's own plan in the passive ("Kazakhstan's IPAP was agreed
  in January 2006") and an operation in its place since a date ("KFOR has been in Kosovo since
  1999").
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

MNE_SUPPORTED = {("member_of", "MNE", "NATO", "supported")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A correction to last month's answer sheet: we said Montenegro joined NATO in 2019.",
            set(),
            id="after-a-correction-label",
        ),
        pytest.param(
            "Correction: we wrote that Austria joined NATO in 1995.",
            set(),
            id="correction-we-wrote-that",
        ),
        pytest.param(
            "Last month we said Montenegro joined NATO in 2019.", set(), id="no-that-dated"
        ),
        # near misses: the correction itself, the writer's words undated or now, a year alone
        pytest.param(
            "Correction: Montenegro joined NATO in 2017.", MNE_SUPPORTED, id="the-correction"
        ),
        pytest.param(
            "We said Montenegro joined NATO in 2019.",
            {("member_of", "MNE", "NATO", "contradicted")},
            id="undated-we-said",
        ),
        pytest.param(
            "In 2017 we reported Montenegro joined the Alliance in June 2017.",
            MNE_SUPPORTED,
            id="a-year-alone",
        ),
        pytest.param(
            "As we said last week, Montenegro joined NATO in 2017.", MNE_SUPPORTED, id="as-we-said"
        ),
        pytest.param(
            "Correction: as we said, Montenegro joined NATO in 2017.",
            MNE_SUPPORTED,
            id="correction-as-we-said",
        ),
    ],
)
def test_the_writers_earlier_words_after_a_label_or_without_that(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    if not expected:
        assert unread == [text]


SRB_PFP = {("partner_in", "SRB", "pfp", "supported")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The defendant was ordered to publish a correction stating that the claimant never "
            "said that Serbia joined NATO.",
            set(),
            id="never-said-that",
        ),
        pytest.param("He did not say that Serbia joined NATO in 2006.", set(), id="did-not-say"),
        pytest.param(
            "He has never publicly said that Georgia is a NATO member.",
            set(),
            id="never-publicly-said",
        ),
        pytest.param("It is not said that Austria is a NATO member.", set(), id="it-is-not-said"),
        # near misses: a denial inside what was said, what was said, another clause
        pytest.param(
            "He said that Serbia never joined NATO.",
            {("not member_of", "SRB", "NATO", "supported")},
            id="said-that-never",
        ),
        pytest.param(
            "He said that Serbia joined the Partnership for Peace in 2006.", SRB_PFP, id="said-that"
        ),
        pytest.param(
            "He never said anything; Serbia joined the Partnership for Peace in 2006.",
            SRB_PFP,
            id="never-said-anything",
        ),
        pytest.param(
            "He never said that Serbia joined NATO; Serbia joined the Partnership for Peace in "
            "2006.",
            SRB_PFP,
            id="the-next-clause-is-read",
        ),
    ],
)
def test_a_clause_after_a_denied_verb_of_saying(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Imagine Libya were to join the Mediterranean Dialogue.", set(), id="imagine"),
        pytest.param("Let us imagine Georgia had joined NATO in 2008.", set(), id="let-us-imagine"),
        pytest.param("Now imagine Ukraine were a NATO member.", set(), id="now-imagine"),
        # near misses: a picture that tells it, a belief of others, a supposed world
        pytest.param(
            "Picture this: Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="picture-this",
        ),
        pytest.param(
            "Few could imagine it, but Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="few-could-imagine",
        ),
        pytest.param(
            "Imagine a world in which Russia joined NATO in 2000.", set(), id="a-world-supposed"
        ),
    ],
)
def test_a_sentence_that_bids_the_reader_suppose(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


AFG_OUTDATED = {("partner_in", "AFG", "pag", "outdated")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Afghanistan remains one of NATO's partners across the globe in good standing. We "
            "disagree with this characterisation in the Ministry's memorandum: its partnership was "
            "suspended in August 2021.",
            set(),
            id="disagree-then-colon",
        ),
        pytest.param(
            "Afghanistan remains one of NATO's partners across the globe. We disagree with this "
            "characterisation.",
            set(),
            id="disagree-alone",
        ),
        pytest.param(
            "Afghanistan remains one of NATO's partners across the globe. The Committee rejects "
            "that claim.",
            set(),
            id="the-committee-rejects",
        ),
        # near misses: disagreeing with someone on something else, agreeing
        pytest.param(
            "Afghanistan remains one of NATO's partners across the globe. We disagree with the "
            "Ministry on funding.",
            AFG_OUTDATED,
            id="disagree-on-something-else",
        ),
        pytest.param(
            "Afghanistan remains one of NATO's partners across the globe. We agree with this "
            "characterisation.",
            AFG_OUTDATED,
            id="agree",
        ),
    ],
)
def test_a_sentence_that_rejects_the_one_before(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


def launched(key: str, verdict: str) -> tuple[str, str, str, str]:
    return ("launched", key, key, verdict)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In 1994 NATO launched the Partnership for Peace.",
            {launched("pfp", "supported")},
            id="in-a-year-no-comma",
        ),
        pytest.param(
            "In 2005 NATO launched the Istanbul Cooperation Initiative.",
            {launched("ici", "contradicted")},
            id="in-a-wrong-year-no-comma",
        ),
        pytest.param(
            "In December 1991 NATO created the North Atlantic Cooperation Council, bringing its "
            "members together with the former Warsaw Pact countries.",
            {launched("nacc", "supported")},
            id="in-a-month-no-comma",
        ),
        pytest.param(
            "In 2016 Operation Sea Guardian began.",
            {("operation_began", "osg", "osg", "supported")},
            id="an-operation",
        ),
        pytest.param(
            "At their Brussels summit in January 1994, NATO leaders launched the Partnership for "
            "Peace.",
            {launched("pfp", "supported")},
            id="at-a-summit-in-a-month",
        ),
        pytest.param(
            "At the Istanbul summit in June 2005, NATO launched the Istanbul Cooperation "
            "Initiative.",
            {launched("ici", "contradicted")},
            id="at-a-summit-wrong",
        ),
        pytest.param(
            "During the Istanbul summit in June 2004, the Allies launched the Istanbul Cooperation "
            "Initiative.",
            {launched("ici", "supported")},
            id="during-a-summit",
        ),
        # near misses: a year that a phrase goes on from, another speaker, a phrase ending in no date
        pytest.param(
            "In 2004 terms, NATO launched the Istanbul Cooperation Initiative.",
            set(),
            id="a-years-terms",
        ),
        pytest.param(
            "In 2004 Jordan said the Istanbul Cooperation Initiative was launched.",
            set(),
            id="another-speaks",
        ),
        pytest.param(
            "In its 1994 declaration NATO launched the Partnership for Peace.",
            set(),
            id="a-year-inside-a-phrase",
        ),
        pytest.param(
            "At the time, in 1994, NATO launched the Partnership for Peace.",
            set(),
            id="at-the-time",
        ),
        pytest.param(
            "At the Istanbul Summit in June 2004, NATO offered cooperation to the six states of the "
            "Gulf Cooperation Council.",
            set(),
            id="an-offer-no-launch",
        ),
    ],
)
def test_a_date_that_opens_the_sentence_without_a_comma_or_ends_a_phrase(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Serbia has never had a Membership Action Plan.",
            {("not partner_in", "SRB", "map", "supported")},
            id="has-never-had",
        ),
        pytest.param(
            "Serbia has no MAP and has never asked for one.",
            {("not partner_in", "SRB", "map", "supported")},
            id="has-no",
        ),
        pytest.param(
            "Georgia never had a MAP.",
            {("not partner_in", "GEO", "map", "supported")},
            id="never-had",
        ),
        # near misses: a date after it, another noun, the plan held
        pytest.param("Serbia has not had an IPAP since 2015.", set(), id="not-had-since"),
        pytest.param("Georgia has no MAP perspective yet.", set(), id="another-noun"),
        pytest.param(
            "Bosnia and Herzegovina has had a Membership Action Plan since 2010.",
            {("partner_in", "BIH", "map", "supported")},
            id="has-had-since",
        ),
        pytest.param(
            "Georgia has a Membership Action Plan.",
            {("partner_in", "GEO", "map", "contradicted")},
            id="has-a",
        ),
    ],
)
def test_a_plan_denied(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Serbia, also shown in light blue, has been a PfP partner since 2006.",
            SRB_PFP,
            id="also-a-participle",
        ),
        pytest.param(
            "Serbia, also a neutral country, has been a PfP partner since 2006.",
            SRB_PFP,
            id="also-a-noun",
        ),
        # near misses: a list, a date, a hedge
        pytest.param(
            "Serbia, also Montenegro, joined the Partnership for Peace in 2006.",
            SRB_PFP | {("partner_in", "MNE", "pfp", "supported")},
            id="also-a-country",
        ),
        pytest.param(
            "Serbia, also in 2006, joined the Partnership for Peace.", set(), id="also-a-date"
        ),
        pytest.param(
            "Serbia, also reportedly, joined the Partnership for Peace in 2006.",
            set(),
            id="also-a-hedge",
        ),
    ],
)
def test_an_aside_opened_by_also(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kazakhstan's IPAP was agreed in January 2006.",
            {("partner_in", "KAZ", "ipap", "supported")},
            id="agreed",
        ),
        pytest.param(
            "Kazakhstan's IPAP was agreed in January 2005.",
            {("partner_in", "KAZ", "ipap", "contradicted")},
            id="agreed-wrong",
        ),
        pytest.param(
            "Japan's ITPP was agreed at the Vilnius Summit in July 2023.",
            {("partner_in", "JPN", "itpp", "supported")},
            id="agreed-at-a-place",
        ),
        pytest.param(
            "Mongolia's IPCP was formally approved in 2012.",
            {("partner_in", "MNG", "ipcp", "supported")},
            id="formally-approved",
        ),
        pytest.param(
            "Tunisia's Defence Capacity Building package was approved in 2018.",
            {("partner_in", "TUN", "dcb", "supported")},
            id="a-package",
        ),
        # near misses: another verb, an agreement to act, NATO's own, a framework of many
        pytest.param("Kazakhstan's IPAP was discussed in January 2006.", set(), id="discussed"),
        pytest.param("Kazakhstan's IPAP was agreed to be drafted in 2006.", set(), id="agreed-to"),
        pytest.param(
            "NATO's Individual Partnership Action Plan was launched in 2002.",
            set(),
            id="natos-own",
        ),
        pytest.param(
            "Russia's Partnership for Peace participation was suspended in 2014.",
            set(),
            id="not-a-plan",
        ),
        pytest.param("Kazakhstan's IPAP was not agreed until 2006.", set(), id="not-agreed-until"),
    ],
)
def test_a_partners_own_plan_in_the_passive(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KFOR has been deployed in Kosovo since 1999.",
            {("operation_began", "kfor", "kfor", "supported")},
            id="deployed-in",
        ),
        pytest.param(
            "KFOR has been in Kosovo since June 1999.",
            {("operation_began", "kfor", "kfor", "supported")},
            id="been-in",
        ),
        pytest.param(
            "KFOR has been in Kosovo since 2001.",
            {("operation_began", "kfor", "kfor", "contradicted")},
            id="been-in-wrong",
        ),
        pytest.param(
            "NATO Mission Iraq has been based in Baghdad since 2018.",
            {("operation_began", "nmi", "nmi", "supported")},
            id="based-in",
        ),
        # near misses: a member or a partner in a body, troops of an operation or a country
        pytest.param(
            "Finland has been in NATO since 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="a-member",
        ),
        pytest.param(
            "Georgia has been in the Partnership for Peace since 1994.",
            {("partner_in", "GEO", "pfp", "supported")},
            id="a-partner",
        ),
        pytest.param("KFOR troops have been in Kosovo since 1999.", set(), id="troops"),
        pytest.param(
            "Swedish troops have been deployed in Kosovo since 1999.", set(), id="a-countrys-troops"
        ),
    ],
)
def test_an_operation_in_its_place_since_a_date(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected
