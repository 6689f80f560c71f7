"""Phrasings an eighth audit (audit 7's articles and probes) found judged wrongly, one family per
test.

False sentences supported: a vague length of a present state ("Sweden has been a NATO member for
years", "has long been", "for a long time", "for more than five years") read as the plain
present. A place the partners acted over or in read as the partner ("flew aircraft over Libya in
2011 as MD partners"). A claim the article reports or puts up to refute judged as its own
('Claim: "Ukraine is a NATO member." This is false.', "My neighbour tells me that ...", "Many
people think that ..."). A suspension "by NATO" read as one by whoever ("Malta's participation
... was suspended by NATO in 1996" outdated, where Malta suspended its own). A process under way
read as the state ("Ukraine is joining NATO"). An aside "since 1995" before a main clause in the
simple past judged as of now ("Belarus, a PfP partner since 1995, lost its access in 2021").
Claims are (predicate, subject, object, verdict), "not " before a negated predicate, read from a
real embedded store.
"""

from __future__ import annotations

import datetime

import pytest

from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read

_THIS_YEAR = datetime.date.today().year

# -- 1: a vague length of a present state, checked against the join ---------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Sweden has been a NATO member for years.",
            # false if written at any time up to now: 2024 is less than 3 years before this
            # year, until 2027, when it may have been written late enough to be true
            ("member_of", "SWE", "NATO", "contradicted" if _THIS_YEAR - 3 < 2024 else "unverified"),
            id="for-years",
        ),
        pytest.param(
            "Finland has been a NATO member for years.",
            # true if written in 2026 (an Ally since April 2023), false if in 2024: the date of
            # writing is not known, so the join is at the claim's edge and confirms nothing
            ("member_of", "FIN", "NATO", "unverified"),
            id="for-years-true-only-if-written-late",
        ),
        pytest.param(
            "Sweden has long been a NATO member.",
            ("member_of", "SWE", "NATO", "contradicted"),
            id="has-long-been",
        ),
        pytest.param(
            "Finland has been a NATO member for a long time.",
            ("member_of", "FIN", "NATO", "contradicted"),
            id="for-a-long-time",
        ),
        pytest.param(
            "Finland has long been a member of NATO.",
            ("member_of", "FIN", "NATO", "contradicted"),
            id="member-of-nato",
        ),
        pytest.param(
            "Finland has been a NATO member for more than five years.",
            ("member_of", "FIN", "NATO", "contradicted"),
            id="more-than-five-years",
        ),
        pytest.param(
            "Montenegro has been a NATO member for over twenty years.",
            ("member_of", "MNE", "NATO", "contradicted"),
            id="over-twenty-years",
        ),
        pytest.param(
            "Ireland has taken part in the Partnership for Peace for more than thirty years.",
            ("partner_in", "IRL", "pfp", "contradicted"),
            id="taken-part-more-than-thirty-years",
        ),
        pytest.param(
            "Sweden, one of NATO's twelve founders, has long been a member.",
            ("member_of", "SWE", "NATO", "contradicted"),
            id="founders-aside",
        ),
        # true: the state began long enough before the data's horizon
        pytest.param(
            "Montenegro has long been a NATO member.",
            ("member_of", "MNE", "NATO", "supported"),
            id="montenegro-long",
        ),
        pytest.param(
            "Kuwait has long been an Istanbul Cooperation Initiative partner.",
            ("partner_in", "KWT", "ici", "supported"),
            id="kuwait-long",
        ),
        pytest.param(
            "Ireland has been a Partnership for Peace partner for many years.",
            ("partner_in", "IRL", "pfp", "supported"),
            id="many-years",
        ),
        pytest.param(
            "Norway has been a NATO member for over seven decades.",
            ("member_of", "NOR", "NATO", "supported"),
            id="over-seven-decades",
        ),
        pytest.param(
            "Croatia has been a NATO member for over a decade.",
            ("member_of", "HRV", "NATO", "supported"),
            id="over-a-decade",
        ),
        # a long partnership that has since ended is no longer one
        pytest.param(
            "Finland has been a Partnership for Peace partner for many years.",
            ("partner_in", "FIN", "pfp", "outdated"),
            id="ended-since",
        ),
    ],
)
def test_a_vague_length_is_checked_against_the_join(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    """ "Sweden has been a NATO member for years" was supported: it joined on 7 March 2024. A
    length of a present state says it began at least that long before the article was written:
    a join later than that before today refutes it, one that long before the data's horizon
    confirms it, and one between confirms nothing (the article may be older than today)."""
    claims, _ = read(curated, text)
    assert claims == {claim}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden has not long been a NATO member.",
        "Austria is expected to remain a NATO partner for years to come.",
    ],
)
def test_a_length_that_says_nothing_of_the_start_makes_no_claim(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


def test_a_past_length_stays_a_past_state(curated: Store) -> None:
    claims, _ = read(curated, "Sweden was a Partnership for Peace partner for years.")
    assert claims == {("partner_in", "SWE", "pfp", "supported")}


# -- 2: a place the partners acted over or in is no partner -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Qatar and the United Arab Emirates flew aircraft over Libya in 2011 as Istanbul "
            "Cooperation Initiative partners.",
            {("partner_in", "QAT", "ici", "supported"), ("partner_in", "ARE", "ici", "supported")},
            id="over-libya-ici",
        ),
        pytest.param(
            "Qatar flew aircraft over Iraq in 2011 as an Istanbul Cooperation Initiative partner.",
            {("partner_in", "QAT", "ici", "supported")},
            id="over-iraq",
        ),
        pytest.param(
            "Egypt and Israel flew aircraft over Libya in 2011 as Mediterranean Dialogue partners.",
            {("partner_in", "EGY", "md", "supported"), ("partner_in", "ISR", "md", "supported")},
            id="over-libya-md",
        ),
        pytest.param(
            "Qatar deployed jets across Libya in 2011 as an Istanbul Cooperation Initiative "
            "partner.",
            {("partner_in", "QAT", "ici", "supported")},
            id="across",
        ),
        pytest.param(
            "Jordan trained troops inside Iraq in 2012 as a Mediterranean Dialogue partner.",
            {("partner_in", "JOR", "md", "supported")},
            id="inside",
        ),
    ],
)
def test_a_country_after_a_preposition_of_place_is_no_subject(
    curated: Store, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "... over Libya in 2011 as ICI partners" was read as "Libya ... as an ICI partner" and
    contradicted, and the true claims of Qatar and the UAE were lost."""
    claims, _ = read(curated, text)
    assert claims == expected


# -- 3: a claim reported or put up to refute is not the article's ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claim: Israel joined NATO in 2016.",
        "The viral claim: Israel joined NATO in 2016.",
        "Rumour: Oman joined the Istanbul Cooperation Initiative in 2006.",
        "Some friends keep telling me that Finland is still in the Partnership for Peace.",
        "Many people think that Finland is still in the Partnership for Peace.",
        "My neighbour tells me that Finland is still in the Partnership for Peace.",
        "Many people say Finland is still in the Partnership for Peace.",
        "A reader wrote to us that Qatar is not an Istanbul Cooperation Initiative partner.",
    ],
)
def test_a_labelled_or_third_partys_claim_makes_no_claim(curated: Store, text: str) -> None:
    """ "My neighbour tells me that Finland is still in the PfP" was judged outdated, as the
    article's own mistake."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        pytest.param(
            'Claim: "Ukraine is a NATO member." This is false.',
            'Claim: "Ukraine is a NATO member."',
            id="labelled-then-false",
        ),
        pytest.param(
            '"Israel joined NATO in 2016." That is not true.',
            '"Israel joined NATO in 2016."',
            id="quoted-then-not-true",
        ),
        pytest.param(
            "Ukraine is a NATO member. False.", "Ukraine is a NATO member.", id="bare-false"
        ),
    ],
)
def test_a_sentence_the_next_calls_false_makes_no_claim(
    curated: Store, text: str, listed: str
) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [listed]


def test_the_refutation_after_a_debunked_claim_is_still_read(curated: Store) -> None:
    claims, unread = read(
        curated, "Israel joined NATO in 2016. This is false. Israel is a Mediterranean Dialogue "
        "partner."
    )  # fmt: skip
    assert claims == {("partner_in", "ISR", "md", "supported")}
    assert unread == ["Israel joined NATO in 2016."]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a source cited with a neutral verb is read through
        ("Finland joined NATO in 2023, NATO said.", ("member_of", "FIN", "NATO", "supported")),
        ("A NATO think tank says Finland joined NATO in 2023.", ("member_of", "FIN", "NATO", "supported")),
        # "think" with no clause after it governs nothing
        ("Finland joined NATO in 2023, as many think.", ("member_of", "FIN", "NATO", "supported")),
    ],
)  # fmt: skip
def test_a_cited_source_is_still_read(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    claims, _ = read(curated, text)
    assert claims == {claim}


# -- 4: a suspension "by NATO" is NATO's ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Malta's participation in the Partnership for Peace was suspended by NATO in 1996.",
            ("nato_suspended", "MLT", "pfp", "contradicted"),
            id="malta-by-nato",
        ),
        pytest.param(
            "Malta's participation in the Partnership for Peace was suspended by the Allies in "
            "1996.",
            ("nato_suspended", "MLT", "pfp", "contradicted"),
            id="malta-by-the-allies",
        ),
        pytest.param(
            "Russia's participation in the Partnership for Peace was suspended by the Allies in "
            "April 2014.",
            ("nato_suspended", "RUS", "pfp", "supported"),
            id="russia-by-the-allies",
        ),
        pytest.param(
            "Belarus's participation in the Partnership for Peace was suspended by NATO in "
            "November 2021.",
            ("nato_suspended", "BLR", "pfp", "supported"),
            id="belarus-by-nato",
        ),
        # no agent: a suspension by whoever
        pytest.param(
            "Malta's participation in the Partnership for Peace was suspended in 1996.",
            ("was_suspended", "MLT", "pfp", "supported"),
            id="by-whoever",
        ),
    ],
)
def test_a_passive_suspension_by_nato_is_natos(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    """ "Malta's participation in the PfP was suspended by NATO in 1996" was outdated, which says
    NATO did it once: Malta suspended its own participation on 27 October 1996."""
    claims, _ = read(curated, text)
    assert claims == {claim}


# -- 5: a process under way, an aside before a main clause in the simple past -----------------


@pytest.mark.parametrize(
    "text", ["Ukraine is joining NATO.", "Sweden is now joining NATO.", "Georgia is becoming a NATO member."]
)  # fmt: skip
def test_joining_under_way_makes_no_claim(curated: Store, text: str) -> None:
    """ "Ukraine is joining NATO" was contradicted as "Ukraine is a NATO member"."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "text",
    ["Jordan is participating in the Mediterranean Dialogue.", "Georgia is taking part in the PfP."],
)  # fmt: skip
def test_taking_part_in_the_present_is_still_the_present(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert len(claims) == 1
    assert next(iter(claims))[3] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Belarus, a Partnership for Peace partner since 1995, lost its access in November 2021.",
        "Belarus, a Partnership for Peace partner since 1995, was suspended in November 2021.",
    ],
)
def test_an_aside_since_a_year_before_a_past_verb_is_the_join(curated: Store, text: str) -> None:
    """ "Belarus, a PfP partner since 1995, lost its access in November 2021" judged the aside as
    of now (outdated): it speaks of the time of the main clause, a partner from 1995."""
    claims, _ = read(curated, text)
    assert ("partner_in", "BLR", "pfp", "supported") in claims
    assert not any(c[3] == "outdated" for c in claims)


def test_follows_in_a_timeline_takes_the_topic(curated: Store) -> None:
    claims, _ = read(curated, "Finland joined NATO in 2023. Sweden follows.")
    assert claims == {
        ("member_of", "FIN", "NATO", "supported"),
        ("member_of", "SWE", "NATO", "supported"),
    }
