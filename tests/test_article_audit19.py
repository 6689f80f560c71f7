"""What a twentieth article audit (audit 19's twelve held-out articles,
tests/articles/heldout/a19-*) found the checker read that the articles never said, each rule
tested on sentences of its own, with paraphrases, and with near misses that must not change.

- A press conference's "Montenegro joined the Alliance in 2016 - I beg your pardon, in June 2017
  - ..." was judged contradicted: a date the speaker takes back at once ("I beg your pardon",
  "sorry", "I mean", "or rather") gives way to the date given after it.
- An AMA's "EDIT: earlier I wrote that Qatar joined the ICI in 2007." was the writer's claim,
  contradicted: a forum's or a blog's "EDIT:" or "Update:" labels a correction as "Correction:"
  does, and a recent time may open what follows it ("earlier I wrote that ...").
- A debate rebuttal's "Georgia Lin told you that Russia is still a Partnership for Peace partner
  in good standing. It is not." was the writer's claim, contradicted: a bare denial that echoes
  the sentence before ("It is not.", "It does not.", "They did not.") calls it another's words,
  as "This is not true." does.
- A mark scheme's "Do not credit the claim, seen in some responses, that Israel or Japan is a NATO
  member." was the writer's claim: the clause of "the claim" or "the myth" after an aside set off
  by commas is no more the article's than straight after the noun.
- A book review's "She writes that Algeria was one of the Dialogue's founding members in 1995; in
  fact Algeria joined in March 2000." was judged contradicted: what another said, set right in
  the same sentence by "in fact", "actually" or "in reality", is not the article's; the fact is.
- A newsroom ticker's stamped headlines ("20/08/2021 07:45 | NATO suspends partnership with
  Afghanistan ...", "18/04/2024 12:00 | Argentina asks to become NATO global partner") were run
  together as one hard-wrapped paragraph, and the suspension was read of Argentina: lines that
  each open with a stamp of date or time are records of their own.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.loaders.articles.text import text_blocks
from nato_graph.stores import Store
from tests.article_checks import Claims, read

MNE_SUPPORTED = {("member_of", "MNE", "NATO", "supported")}
MNE_CONTRADICTED = {("member_of", "MNE", "NATO", "contradicted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Montenegro joined the Alliance in 2016 \u2014 I beg your pardon, in June 2017 \u2014 "
            "and it has been a valued Ally ever since.",
            MNE_SUPPORTED,
            id="beg-your-pardon",
        ),
        pytest.param(
            "Montenegro joined NATO in 2016, sorry, in 2017.", MNE_SUPPORTED, id="sorry-in"
        ),
        pytest.param("Montenegro joined NATO in 2016, sorry, 2017.", MNE_SUPPORTED, id="sorry"),
        pytest.param("Montenegro joined NATO in 2016 - I mean 2017.", MNE_SUPPORTED, id="i-mean"),
        pytest.param(
            "Montenegro joined NATO in 2016, or rather in June 2017.",
            MNE_SUPPORTED,
            id="or-rather",
        ),
        pytest.param(
            # the date given again is the one judged, wrong as it is
            "Montenegro joined NATO in 2017, sorry, in 2016.",
            MNE_CONTRADICTED,
            id="taken-back-to-a-wrong-date",
        ),
        # near misses: no date after the words; "rather than"; no taking back at all
        pytest.param(
            "Montenegro joined NATO in 2016, sorry to say.", MNE_CONTRADICTED, id="sorry-to-say"
        ),
        pytest.param(
            "Montenegro joined NATO in 2016, rather than in 2017.",
            MNE_CONTRADICTED,
            id="rather-than",
        ),
        pytest.param("Montenegro joined NATO in 2016.", MNE_CONTRADICTED, id="plain-wrong-date"),
    ],
)
def test_a_date_taken_back_gives_way_to_the_date_given_again(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


QAT_SUPPORTED = {("partner_in", "QAT", "ici", "supported")}
QAT_CONTRADICTED = {("partner_in", "QAT", "ici", "contradicted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "EDIT: earlier I wrote that Qatar joined the ICI in 2007.", set(), id="edit-earlier"
        ),
        pytest.param(
            "Update: last week I said that Qatar joined the ICI in 2007.",
            set(),
            id="update-last-week",
        ),
        pytest.param(
            "Edited: yesterday we reported that Qatar joined the ICI in 2007.",
            set(),
            id="edited-yesterday",
        ),
        pytest.param(
            "Earlier I wrote that Qatar joined the ICI in 2007.", set(), id="no-label-unchanged"
        ),
        pytest.param(
            "Edit: I said that Qatar joined the ICI in 2007.", set(), id="edit-i-said-that"
        ),
        # near misses: the edit itself; "as we said"; unlabelled, the rule audit 18 left
        pytest.param("Edit: Qatar joined the ICI in 2005.", QAT_SUPPORTED, id="the-edit"),
        pytest.param(
            "Update: Qatar joined the ICI in February 2005.", QAT_SUPPORTED, id="the-update"
        ),
        pytest.param(
            "Edit: as I said, Qatar joined the ICI in 2005.", QAT_SUPPORTED, id="edit-as-i-said"
        ),
        pytest.param(
            "I said that Qatar joined the ICI in 2007.", QAT_CONTRADICTED, id="undated-i-said"
        ),
        pytest.param(
            "Update: as we said, Qatar joined the ICI in 2005.",
            QAT_SUPPORTED,
            id="update-as-we-said",
        ),
    ],
)
def test_a_posts_edit_labels_the_writers_earlier_words(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    if not expected:
        assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Georgia Lin told you that Russia is still a Partnership for Peace partner in good "
            "standing. It is not.",
            set(),
            id="it-is-not",
        ),
        pytest.param(
            "The Proposition may tell you that Saudi Arabia belongs to the Istanbul Cooperation "
            "Initiative. It does not.",
            set(),
            id="it-does-not",
        ),
        pytest.param(
            "Some maps show Finland and Sweden as Partnership for Peace partners. They are not.",
            set(),
            id="they-are-not",
        ),
        pytest.param(
            # the report denied, as after "This is false.": it did not join in 2016
            "A leaflet says Montenegro joined NATO in 2016. It did not!",
            {("not member_of", "MNE", "NATO", "supported")},
            id="it-did-not",
        ),
        # near misses: a denial with words of its own; an answer to a question; a subject named
        pytest.param(
            "Russia joined the Partnership for Peace in 1994. It is not a NATO member.",
            {
                ("partner_in", "RUS", "pfp", "supported"),
                ("not member_of", "RUS", "NATO", "supported"),
            },
            id="a-denial-of-its-own",
        ),
        pytest.param(
            "Is Israel a NATO member? It is not.",
            {("not member_of", "ISR", "NATO", "supported")},
            id="an-answer",
        ),
        pytest.param(
            "Does Japan take part in the Partnership for Peace? It does not.",
            {("not partner_in", "JPN", "pfp", "supported")},
            id="an-answer-does-not",
        ),
        pytest.param(
            # a reply to a question, read as audit 12 decided: a denial of the past, no claim
            "Does Pakistan work with NATO on disaster relief?\n\nIt did not.",
            set(),
            id="a-reply-in-another-tense",
        ),
        pytest.param(
            "Finland joined NATO in 2023. Austria did not.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("not member_of", "AUT", "NATO", "supported"),
            },
            id="a-subject-named",
        ),
    ],
)
def test_a_bare_echoed_denial_calls_the_sentence_before_anothers(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Do not credit the claim, seen in some responses, that Israel or Japan is a NATO "
            "member.",
            set(),
            id="claim-aside",
        ),
        pytest.param(
            "Ignore the claim, repeated online, that Israel is a NATO member.",
            set(),
            id="claim-aside-paraphrase",
        ),
        # paraphrases the reader already left unread, which must stay so
        pytest.param(
            "Critics repeated the myth, popular on social media, that Israel is a NATO member.",
            set(),
            id="myth-aside",
        ),
        pytest.param(
            "There were reports, never confirmed, that Israel had joined NATO.",
            set(),
            id="reports-aside",
        ),
        # near misses: no "that" after the aside; the writer's own clause after a colon
        pytest.param(
            "The claim, which I share, is simple: Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="no-that-after-the-aside",
        ),
        pytest.param(
            "The reports, published in April 2023, said Finland joined NATO that month.",
            {("member_of", "FIN", "NATO", "supported")},
            id="a-report-cited",
        ),
    ],
)
def test_a_claims_clause_after_an_aside_is_not_the_articles(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


DZA_SUPPORTED = {("partner_in", "DZA", "md", "supported")}
DZA_CONTRADICTED = {("partner_in", "DZA", "md", "contradicted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She writes that Algeria was one of the Mediterranean Dialogue's founding members in "
            "1995; in fact Algeria joined in March 2000.",
            DZA_SUPPORTED,
            id="in-fact",
        ),
        pytest.param(
            "He says that Algeria joined the Mediterranean Dialogue in 1995, but actually "
            "Algeria joined in 2000.",
            DZA_SUPPORTED,
            id="but-actually",
        ),
        pytest.param(
            "The brochure states that Algeria joined the Mediterranean Dialogue in 1995; in "
            "reality it joined in 2000.",
            set(),
            id="in-reality-pronoun",
        ),
        # near misses: a fact that agrees; nothing after the clause; a clause of its own after ";"
        pytest.param(
            "She writes that Algeria joined the Mediterranean Dialogue in 2000; in fact, she is "
            "right.",
            DZA_SUPPORTED,
            id="in-fact-she-is-right",
        ),
        pytest.param(
            "She writes that Algeria joined the Mediterranean Dialogue in 1995.",
            DZA_CONTRADICTED,
            id="a-source-cited",
        ),
        pytest.param(
            "NATO says that Finland joined NATO in 2023; Sweden followed in 2024.",
            {("member_of", "FIN", "NATO", "supported")},
            id="no-fact-after-the-clause",
        ),
    ],
)
def test_what_another_said_set_right_in_fact_is_not_the_articles(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("raw", "blocks"),
    [
        pytest.param(
            "28/11/2021 11:00 | NATO suspends Belarus's participation in the Partnership\n"
            "20/08/2021 07:45 | NATO suspends partnership with Afghanistan after the takeover\n"
            "18/04/2024 12:00 | Argentina asks to become NATO global partner, says the minister",
            3,
            id="ticker",
        ),
        pytest.param(
            "2023-04-04 Finland joins NATO as its thirty-first member at a ceremony in Brussels\n"
            "2024-03-07 Sweden becomes NATO's thirty-second member after a long ratification",
            2,
            id="iso-stamps",
        ),
        pytest.param(
            "14:02 Finland joins NATO as its thirty-first member at a ceremony in Brussels\n"
            "14:20 Sweden's bid stalls as Turkey and Hungary delay their ratification votes",
            2,
            id="times",
        ),
        # near misses: a wrapped sentence whose next line opens with a date; prose lines
        pytest.param(
            "NATO's foreign ministers met in Brussels and agreed on the date of\n"
            "12/03/2024 as the day when the new plan for partners would start",
            1,
            id="a-date-in-a-wrapped-sentence",
        ),
        pytest.param(
            "The Partnership for Peace was launched at the Brussels summit in\n"
            "January 1994 and Finland and Sweden signed its framework in May",
            1,
            id="prose",
        ),
    ],
)
def test_stamped_lines_are_records_of_their_own(raw: str, blocks: int) -> None:
    assert len(text_blocks(raw)) == blocks


def test_a_ticker_suspension_is_not_read_of_the_next_headline(curated: Store) -> None:
    claims, _ = read(
        curated,
        "20/08/2021 07:45 | NATO suspends partnership with Afghanistan after Taliban takeover\n"
        "18/04/2024 12:00 | Argentina asks to become NATO global partner",
    )
    assert not any(c[1] == "ARG" for c in claims)
