"""Readings found on 2026-12-07 that left a plain claim unread, or read a claim no one made.

- A date opening the sentence before an operation named with no article ("In 2016, Operation
  Sea Guardian began", "In 1999, KFOR was launched") made no claim, and the sentence was not
  even listed as read in part: an operation alone was no "partnership" to list.
- NATO's own framework ("NATO's Mediterranean Dialogue was launched in December 1994", "NATO
  launched its Mediterranean Dialogue") was taken for something of another's ("Israel's ICP").
- "a Dialogue partner", after the article named the Mediterranean Dialogue, was no framework.
- "is often described as", "is widely considered" a partner: what others call it, read as the
  writer's claim.
- A country's name in a person's or an institution's ("Jordan Peterson joined NATO in 2004",
  "Georgia Tech") was judged as the country's claim.
- An operation's run ("ISAF ran from 2003 to 2010", "Active Endeavour ran until 2010", "Sea
  Guardian has been under way since 2018") made no claim and was not listed.
- A year in words ("Mauritania joined it in nineteen ninety-nine") and an institution's dates
  ("The NATO-ICI Regional Centre opened in 2019") went unlisted.
- "No: it has been an MD partner since 1995" after a question was taken for a speaker's label
  ("No") and its pronoun unresolved; after "No." alone, the next sentence's "It" had no
  antecedent: both dropped without a word.
- "In 2006 Israel became the first MD partner to finalise an ICP", its year lost, was judged as
  Israel's ICP now (outdated).
- Ocean Shield's end, which its sources give as 24 November or 15 December 2016, was held as 15
  December: "ended in December 2016" was supported.
- A word of standing before "NATO ally" or "NATO partner" ("Japan is a key NATO ally", "a close
  NATO partner") made no claim, though a known error names Japan as a supposed Ally.
- "Australia has been a NATO partner since 2005" was unverified: the data dates the partnership
  from 2005, and the rule that leaves a partner's place in a framework older than the framework's
  name unsettled was applied to the partnership with NATO at large.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, no_claim_and_listed, read

MD = "The Mediterranean Dialogue was launched in December 1994. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Operation Sea Guardian began in November 2016; KFOR deployed in June 1999
        (
            "In 2016, Operation Sea Guardian began.",
            {("operation_began", "osg", "osg", "supported")},
        ),
        ("In 1999, KFOR was launched.", {("operation_began", "kfor", "kfor", "supported")}),
        ("In 2010, ISAF ended.", {("operation_ended", "isaf", "isaf", "contradicted")}),
        # the framework's own, as before
        (
            "In 1994, the Partnership for Peace was launched.",
            {("launched", "pfp", "pfp", "supported")},
        ),
        # near misses: a modal, a denial, another's report
        ("In 2003, KFOR may have ended.", set()),
        ("In 2016, Operation Sea Guardian did not begin.", set()),
        ("In 2001, Jordan said ISAF was launched.", set()),
    ],
)
def test_a_date_opening_the_sentence_dates_an_operation_named_bare(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # "began" is no launch of a framework (the MD was launched in 1994, its talks began in
        # 1995): not judged, but listed, as an operation's start or end in other words
        "The Partnership for Peace began in 1994.",
        "In 1994, the Partnership for Peace began.",
        "ISAF ended its combat role in 2014.",
    ],
)
def test_a_start_or_end_not_read_is_listed(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO's Mediterranean Dialogue was launched in December 1994.",
            {("launched", "md", "md", "supported")},
        ),
        (
            "NATO launched its Mediterranean Dialogue in 1996.",
            {("launched", "md", "md", "contradicted")},
        ),
        (
            "The Alliance's Istanbul Cooperation Initiative was launched in 2004.",
            {("launched", "ici", "ici", "supported")},
        ),
        # another's is something of it, not the framework
        ("Russia's Partnership for Peace was launched in 1994.", set()),
        ("Jordan launched its ICP in 2008.", set()),
    ],
)
def test_natos_own_framework_is_the_framework(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MD + "Jordan is a Dialogue partner.", {("partner_in", "JOR", "md", "supported")}),
        # Jordan joined in November 1995
        (
            MD + "Jordan has been a Dialogue partner since 1996.",
            {("partner_in", "JOR", "md", "contradicted")},
        ),
        (
            MD + "Jordan, a Dialogue partner since 1995, works with NATO on counter-terrorism.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("cooperates_on", "JOR", "terrorism", "supported"),
            },
        ),
        # another body's dialogue partner, and no Dialogue named before
        (MD + "Australia is an ASEAN Dialogue Partner.", set()),
        ("Jordan is a Dialogue partner.", set()),
    ],
)
def test_a_dialogue_partner_after_the_dialogue_is_named(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims - {("launched", "md", "md", "supported")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jordan is often described as a Mediterranean Dialogue partner.",
        "Jordan is described by officials as a Mediterranean Dialogue partner.",
        "Jordan is widely considered a Mediterranean Dialogue partner.",
        "Israel is sometimes viewed as a member of NATO.",
    ],
)
def test_what_others_call_it_is_no_claim(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the words elsewhere, or of something else
        (
            "Jordan, as described above, joined the MD in 1995.",
            {("partner_in", "JOR", "md", "supported")},
        ),
        (
            "Sweden, which had long considered joining, joined NATO in 2024.",
            {("member_of", "SWE", "NATO", "supported")},
        ),
    ],
)
def test_describing_and_considering_elsewhere_are_read(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Peterson joined NATO in 2004.",
        "Georgia Tech joined the PfP in 1994.",
        "Georgia May Jagger is now a member of NATO.",
        "Israel Adesanya joined NATO in 2020.",
    ],
)
def test_a_country_in_a_persons_or_institutions_name_is_not_the_country(
    curated: Store, text: str
) -> None:
    claims, _ = read(curated, text)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before it, a word in capitals after it, a title-case headline, an adjective
        # opening the sentence, a name after the one it is part of
        ("In March Georgia joined the PfP.", {("partner_in", "GEO", "pfp", "supported")}),
        ("Jordan MD partner since 1995.", {("partner_in", "JOR", "md", "supported")}),
        ("Jordan Joins Mediterranean Dialogue In 1995", {("partner_in", "JOR", "md", "supported")}),
        ("Finland Joins NATO as 31st Member", {("member_of", "FIN", "NATO", "supported")}),
        ("Tiny Montenegro joined NATO in 2017.", {("member_of", "MNE", "NATO", "supported")}),
        (
            "The Hashemite Kingdom of Jordan joined the Mediterranean Dialogue in 1995.",
            {("partner_in", "JOR", "md", "supported")},
        ),
    ],
)
def test_a_country_beside_other_capitals_is_still_the_country(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISAF: 20 December 2001 (NATO's lead from August 2003) to 28 December 2014
        (
            "ISAF ran from 2003 to 2010.",
            {
                ("operation_began", "isaf", "isaf", "unverified"),
                ("operation_ended", "isaf", "isaf", "contradicted"),
            },
        ),
        # Active Endeavour ended on 9 November 2016; Sea Guardian began in November 2016
        (
            "Operation Active Endeavour ran until 2010.",
            {("operation_ended", "oae", "oae", "contradicted")},
        ),
        (
            "Operation Active Endeavour ran until 2016.",
            {("operation_ended", "oae", "oae", "supported")},
        ),
        (
            "Sea Guardian has been under way since 2018.",
            {("operation_began", "osg", "osg", "contradicted")},
        ),
        ("KFOR has run since 1999.", {("operation_began", "kfor", "kfor", "supported")}),
        (
            "Ocean Shield ran between 2009 and 2016.",
            {
                ("operation_began", "oos", "oos", "supported"),
                ("operation_ended", "oos", "oos", "supported"),
            },
        ),
        # a denial, a modal: no claim
        ("ISAF never ran until 2010.", set()),
        ("ISAF may have run until 2010.", set()),
    ],
)
def test_an_operations_run_is_read(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Mediterranean Dialogue was launched in 1994. Mauritania joined it in nineteen ninety-nine.",
        "The NATO-ICI Regional Centre in Kuwait opened in 2019.",
        "Established in 2019, the NATO-Ukraine Council meets regularly.",
        "Since 2016, Operation Sea Guardian has patrolled the Mediterranean.",
    ],
)
def test_what_is_not_read_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert not {c for c in claims if c[0] != "launched"}
    assert unread and text.endswith(unread[-1])  # the sentence not read is listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Is Israel a NATO member? No: it has been a Mediterranean Dialogue partner since 1995.",
            {
                ("not member_of", "ISR", "NATO", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
        ),
        (
            "Is Israel a NATO member? No. It has been a Mediterranean Dialogue partner since 1995.",
            {
                ("not member_of", "ISR", "NATO", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
        ),
        (
            "Is Japan a NATO member? No - it is a partner across the globe.",
            {
                ("not member_of", "JPN", "NATO", "supported"),
                ("partner_in", "JPN", "pag", "supported"),
            },
        ),
        # "No, it is." says yes: no denial of the question
        ("Is Jordan an MD partner? No, it is.", set()),
    ],
)
def test_an_answer_after_no_is_read(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


def test_a_past_act_whose_year_was_lost_claims_no_state_now(curated: Store) -> None:
    claims, unread = read(
        curated,
        "In 2006 Israel became the first MD partner to finalise an Individual Cooperation Programme.",
    )
    assert claims == set()
    assert len(unread) == 1


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Operation Ocean Shield ended in December 2016.", "unverified"),
        ("Operation Ocean Shield ended on 24 November 2016.", "unverified"),
        ("Operation Ocean Shield ended in 2016.", "supported"),
        ("Operation Ocean Shield ended in 2015.", "contradicted"),
    ],
)
def test_ocean_shields_disputed_end_is_held_at_its_year(
    curated: Store, text: str, verdict: str
) -> None:
    claims, _ = read(curated, text)
    assert claims == {("operation_ended", "oos", "oos", verdict)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is a key NATO ally in Asia.", {("member_of", "JPN", "NATO", "contradicted")}),
        ("Egypt is a major NATO ally.", {("member_of", "EGY", "NATO", "contradicted")}),
        ("Poland is a staunch NATO ally.", {("member_of", "POL", "NATO", "supported")}),
        ("Japan is a key NATO partner.", {("partner_of", "JPN", "NATO", "supported")}),
        # the United States' designation, no claim of NATO's
        ("Japan is a major non-NATO ally.", set()),
        ("Japan is close to NATO.", set()),
    ],
)
def test_a_word_of_standing_before_nato_ally_or_partner(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the data dates Australia's partnership from 2005, the start of dialogue, a join it holds
        # as unverified (no source dates its entry into the PAG; a partner by April 2009), the
        # PAG from 2006
        ("Australia has been a NATO partner since 2005.", "unverified"),
        ("Australia became a NATO partner in 2005.", "unverified"),
        ("Australia became a NATO partner in 2012.", "contradicted"),
        # another year before the PAG's name stays unsettled: Japan's 1990 start is its first
        # security exchange with NATO, no formal accession
        ("Japan has been a NATO partner since 1995.", "unverified"),
        ("Japan became a NATO partner in 1998.", "unverified"),
    ],
)
def test_a_partnership_at_large_is_as_old_as_the_data_dates_it(
    curated: Store, text: str, verdict: str
) -> None:
    claims, _ = read(curated, text)
    assert {c[3] for c in claims if c[0] == "partner_of"} == {verdict}


def test_a_place_in_a_framework_older_than_its_name_stays_unsettled(curated: Store) -> None:
    claims, _ = read(curated, "Australia joined the partners across the globe in 2005.")
    assert claims == {("partner_in", "AUS", "pag", "unverified")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an operation another word governs is no subject of the verb after it
        ("The debate over KFOR continued until 1999.", set()),
        ("The row over Sea Guardian has been running since 2017.", set()),
        ("Georgia's participation in KFOR ended in 2008.", set()),
        # "has been under way since": running still, it says; Active Endeavour ended in 2016,
        # Resolute Support in 2021
        (
            "Operation Active Endeavour has been under way since October 2001.",
            {("operation_began", "oae", "oae", "outdated")},
        ),
        (
            "Resolute Support has been running since 2012.",
            {("operation_began", "rsm", "rsm", "contradicted")},
        ),
        ("KFOR has run since 1999.", {("operation_began", "kfor", "kfor", "supported")}),
    ],
)
def test_an_operations_run_is_its_own_and_to_now(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another calls it, in the active
        ("Critics describe Israel as a NATO ally.", set()),
        ("Moscow views Ukraine as a NATO member.", set()),
        ("Russia considers Georgia a NATO member.", set()),
        # considering something else, and NATO counting its partners, are read
        (
            "Finland considered the question for decades and joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
        ),
        (
            "NATO counts Morocco among its Mediterranean Dialogue partners.",
            {("partner_in", "MAR", "md", "supported")},
        ),
    ],
)
def test_what_another_calls_it_in_the_active(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or a source before the country is no given name
        (
            "When NATO met in Istanbul Kuwait joined the Istanbul Cooperation Initiative.",
            {("partner_in", "KWT", "ici", "supported")},
        ),
        (
            "According to Reuters Georgia joined the Partnership for Peace.",
            {("partner_in", "GEO", "pfp", "supported")},
        ),
        (
            "Bosnia Herzegovina joined the Partnership for Peace in 2006.",
            {("partner_in", "BIH", "pfp", "supported")},
        ),
        # a comparison with a described country is passed over
        (
            "Like fellow Nordic country Finland, Sweden joined NATO in 2024.",
            {("member_of", "SWE", "NATO", "supported")},
        ),
        # joining NATO as a partner is a partnership
        ("Colombia Joins NATO as Global Partner", {("partner_in", "COL", "pag", "supported")}),
        (
            "Colombia joined NATO as a partner in 2012.",
            {("partner_of", "COL", "NATO", "contradicted")},
        ),
        (
            "Montenegro joined NATO as its 29th member in 2017.",
            {("member_of", "MNE", "NATO", "supported")},
        ),
    ],
)
def test_review_near_misses(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Is Jordan a member of NATO? No, but it joined the Mediterranean Dialogue in 1995.",
            {
                ("not member_of", "JOR", "NATO", "supported"),
                ("partner_in", "JOR", "md", "supported"),
            },
        ),
        # an act of something else keeps the state its aside says
        (
            "Finland, a NATO member, signed a defence cooperation agreement with the United States in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
        ),
        # a number, not a year; a question quoted at a statement's end
        (
            "Georgia, which has two thousand soldiers abroad, joined the PfP.",
            {("partner_in", "GEO", "pfp", "supported")},
        ),
        (
            "Finland joined NATO in 2023 (see the 'Why now?')",
            {("member_of", "FIN", "NATO", "supported")},
        ),
    ],
)
def test_answers_asides_and_numbers(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected
