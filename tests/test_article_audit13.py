"""What a fourteenth article audit (audit 13's twelve held-out articles,
tests/articles/heldout/a13-*) found the checker read that the articles never said, or left unread
that they plainly said, each rule tested on sentences of its own with near misses that must not
change.

- A corrections notice's quoted errors were read as the writer's claims (each contradicted) when
  the piece named more than five words before its verb ("A profile of the Georgian defence
  minister on 20 November said ..."), when the writer told what an earlier piece of theirs said
  ("In a graphic on 25 November we listed Austria as a NATO member"), or when a report
  "misquoted a spokesperson as saying that ...".
- A listicle's heading that the next sentence calls wrong before it says what is true
  ("South Korea joined NATO in 2022." "Not quite: it attended the summit as a partner, ...") was
  read as the writer's claim.
- A sentence that says the one before's claim of another country in its verb alone ("So does
  Austria.", "Tajikistan is too.", "So is Japan.") made no claim.
- "Neither is an Ally." and "Neither country remains a PfP partner." after a sentence naming two
  countries made no claim, as "Neither of them is ..." did.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    "text",
    [
        # more than five words between the piece and its verb
        "A profile of the Georgian defence minister on 20 November said Georgia had become a "
        "member of the Partnership for Peace in 1996.",
        'An article on 14 November about NATO\'s southern partners ("Guardians of the Gulf") '
        "stated that Saudi Arabia joined the Istanbul Cooperation Initiative in 2005.",
        # the writer telling what an earlier piece of theirs said
        "In a graphic on 25 November we listed Austria as a NATO member.",
        "In an earlier version of this story, we said that Sweden joined NATO in 2023.",
        # someone misquoted, in the active
        "A report on 27 November misquoted a spokesperson as saying that Armenia had left the "
        "Partnership for Peace.",
        "The agency misreported the minister as stating that Montenegro joined NATO in 2015.",
    ],
)
def test_what_an_earlier_piece_said_or_misquoted_is_not_the_writers_claim(
    curated: Store, text: str
) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's words given in a piece: a source cited, read as any sentence is
        pytest.param(
            "In an interview, the minister said that Montenegro joined the Alliance in June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="interview-source",
        ),
        # this piece, in the writer's present
        pytest.param(
            "In this article we show that Montenegro joined the Alliance in June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="this-article",
        ),
        # "In" a year, not a piece
        pytest.param(
            "In 2017 we reported that Montenegro joined the Alliance in June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="in-a-year",
        ),
        # misquoted, with no "as saying" after whom
        pytest.param(
            "The minister, often misquoted, said Montenegro joined the Alliance in June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="misquoted-aside",
        ),
        # a long subject with a clause of its own between: the piece is no subject of "said"
        pytest.param(
            "A profile of the minister ran long, and NATO said Montenegro joined the Alliance in "
            "June 2017.",
            {("member_of", "MNE", "NATO", "supported")},
            id="comma-between",
        ),
    ],
)
def test_a_source_or_the_writers_own_piece_is_still_read(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "South Korea joined NATO in 2022.\n\nNot quite: it attended the Madrid summit as a "
            "partner.",
            set(),
            "South Korea joined NATO in 2022.",
            id="not-quite",
        ),
        pytest.param(
            "Austria joined NATO in 1995.\n\nWrong - Austria joined the Partnership for Peace in "
            "1995.",
            {("partner_in", "AUT", "pfp", "supported")},
            "Austria joined NATO in 1995.",
            id="wrong-dash",
        ),
        pytest.param(
            "Mongolia is a member of the Partnership for Peace.\n\nFalse: Mongolia is one of the "
            "partners across the globe.",
            {("partner_in", "MNG", "pag", "supported")},
            "Mongolia is a member of the Partnership for Peace.",
            id="false-colon",
        ),
    ],
)
def test_a_sentence_called_wrong_by_the_next_ones_opening_makes_no_claim(
    curated: Store, text: str, expected: Claims, listed: str
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert listed in unread


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Sweden joined NATO in 2023. Wrong - it joined in March 2024.",
            {("member_of", "SWE", "NATO", "supported")},
            "Sweden joined NATO in 2023.",
            id="wrong-dash-it",
        ),
        pytest.param(
            "Finland joined the Partnership for Peace in 1995. False: it joined in May 1994.",
            {("partner_in", "FIN", "pfp", "supported")},
            "Finland joined the Partnership for Peace in 1995.",
            id="false-colon-it",
        ),
    ],
)
def test_a_pronoun_after_the_opening_verdict_opens_the_sentence(
    curated: Store, text: str, expected: Claims, listed: str
) -> None:
    """ "Wrong - it joined in March 2024" made no claim: the verdict's words, made marks, stood
    before the pronoun, which then opened no clause and stood for no one."""
    assert read(curated, text) == (expected, [listed])


def test_a_pronoun_subject_at_a_sentences_start_is_no_trailing_clause(curated: Store) -> None:
    """ "It joined in April 2023." was judged and listed as not checked too: its pronoun, the
    sentence's own subject, was read as a clause about the subject after the last name."""
    applied = "Finland applied to join NATO in May 2022."  # an application: no claim, listed
    text = f"{applied} It joined in April 2023."
    assert read(curated, text) == ({("member_of", "FIN", "NATO", "supported")}, [applied])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: such words with no colon or dash after them are no verdict
        pytest.param(
            "South Korea joined NATO in 2022.\n\nNot quite every partner came to Madrid.",
            {("member_of", "KOR", "NATO", "contradicted")},
            id="not-quite-no-mark",
        ),
        pytest.param(
            "South Korea joined NATO in 2022.\n\nFalse claims spread online about the summit.",
            {("member_of", "KOR", "NATO", "contradicted")},
            id="false-claims",
        ),
    ],
)
def test_words_of_a_verdict_without_a_mark_leave_the_sentence_before_judged(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ireland cooperates with NATO on crisis management. So does Austria.",
            {
                ("cooperates_on", "IRL", "crisis_management", "supported"),
                ("cooperates_on", "AUT", "crisis_management", "supported"),
            },
            id="so-does",
        ),
        pytest.param(
            "Turkmenistan is an EAPC partner. Tajikistan is too. So is Japan.",
            {
                ("partner_in", "TKM", "eapc", "supported"),
                ("partner_in", "TJK", "eapc", "supported"),
                ("partner_in", "JPN", "eapc", "contradicted"),
            },
            id="too-and-so-is",
        ),
        pytest.param(
            "Saudi Arabia has not joined the Istanbul Cooperation Initiative. Neither has Oman.",
            {
                ("not partner_in", "SAU", "ici", "supported"),
                ("not partner_in", "OMN", "ici", "supported"),
            },
            id="neither-has",
        ),
    ],
)
def test_a_sentence_of_a_verb_alone_says_the_claim_before_of_its_countries(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial before "so": no echo
        pytest.param(
            "Oman has not joined the Istanbul Cooperation Initiative. So has Qatar.",
            {("not partner_in", "OMN", "ici", "supported")},
            id="so-after-a-denial",
        ),
        # claims of two kinds before: which one is echoed is not said
        pytest.param(
            "Ireland cooperates with NATO on crisis management, and Malta joined the Partnership "
            "for Peace in 1995. So does Austria.",
            {
                ("cooperates_on", "IRL", "crisis_management", "supported"),
                ("partner_in", "MLT", "pfp", "supported"),
            },
            id="two-kinds-before",
        ),
        # more than a verb: a sentence of its own
        pytest.param(
            "Ireland cooperates with NATO on crisis management. So does Austria on cyber defence.",
            {("cooperates_on", "IRL", "crisis_management", "supported")},
            id="more-than-a-verb",
        ),
    ],
)
def test_an_echo_copies_nothing_it_cannot_pair(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ukraine and Georgia are still waiting. Neither is an Ally.",
            {
                ("not member_of", "UKR", "NATO", "supported"),
                ("not member_of", "GEO", "NATO", "supported"),
            },
            id="neither-is",
        ),
        pytest.param(
            "Finland and Sweden have moved on.\n\nNeither country remains a Partnership for Peace "
            "partner.",
            {
                ("not partner_in", "FIN", "pfp", "supported"),
                ("not partner_in", "SWE", "pfp", "supported"),
            },
            id="neither-country-remains",
        ),
        # near miss: three countries named before, which two is not said
        pytest.param(
            "Ukraine, Georgia and Moldova are still waiting. Neither is an Ally.",
            set(),
            id="three-before",
        ),
    ],
)
def test_neither_alone_denies_it_of_the_two_named_before(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mauritania is a Mediterranean Dialogue partner, and has been since 1995.",
            {("partner_in", "MRT", "md", "supported")},
            id="and-has-been-since",
        ),
        pytest.param(
            "Ukraine and Georgia are PfP partners, and have been ever since 1994.",
            {("partner_in", "UKR", "pfp", "supported"), ("partner_in", "GEO", "pfp", "supported")},
            id="have-been-ever-since",
        ),
        # judged as the state since that year, never as the present alone
        pytest.param(
            "Malta is a PfP partner, and has been since 1995.",
            {("partner_in", "MLT", "pfp", "contradicted")},  # suspended from 1996 to 2008
            id="a-break-since",
        ),
        pytest.param(
            "Sweden is a PfP partner, and has been since 1994.",
            {("partner_in", "SWE", "pfp", "outdated")},
            id="an-ally-now",
        ),
    ],
)
def test_a_state_dated_in_its_verb_alone_is_the_state_since_then(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another subject, or more than the verb in the second clause
        "Malta is a PfP partner, and Austria has been one since 1995.",
        "Austria is a Partnership for Peace partner, and has been active since 1995.",
        "Austria cooperates with NATO on crisis management, and has since 1995.",
    ],
)
def test_a_second_clause_of_its_own_is_not_read_as_the_first_dated(
    curated: Store, text: str
) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia is a member of the Collective Security Treaty Organization, not of NATO.",
            {("not member_of", "ARM", "NATO", "supported")},
            id="not-of-nato",
        ),
        pytest.param(
            "Austria is a partner, not an Ally.",
            {("not member_of", "AUT", "NATO", "supported")},
            id="not-an-ally",
        ),
        pytest.param(
            "Austria is a partner, not an Ally; it has taken part in the Partnership for Peace "
            "since 1995.",
            {
                ("not member_of", "AUT", "NATO", "supported"),
                ("partner_in", "AUT", "pfp", "supported"),
            },
            id="before-a-semicolon",
        ),
        pytest.param(
            "Armenia and Azerbaijan are PfP partners, not NATO members.",
            {
                ("partner_in", "ARM", "pfp", "supported"),
                ("partner_in", "AZE", "pfp", "supported"),
                ("not member_of", "ARM", "NATO", "supported"),
                ("not member_of", "AZE", "NATO", "supported"),
            },
            id="two-countries",
        ),
        # a false denial is judged as one: true until Finland joined in 2023, as "Finland is not
        # an Ally." alone is
        pytest.param(
            "Finland is a Partnership for Peace partner, not an Ally.",
            {
                ("partner_in", "FIN", "pfp", "outdated"),
                ("not member_of", "FIN", "NATO", "outdated"),
            },
            id="an-ally-denied",
        ),
    ],
)
def test_a_contrast_that_names_nato_denies_membership(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a contrast of something else, and a framework's contrast read as before
        pytest.param(
            "Austria is a Partnership for Peace partner, not of Russia.",
            {("partner_in", "AUT", "pfp", "supported")},
            id="not-of-another",
        ),
        pytest.param(
            "Austria is a partner, not least in crisis management.", set(), id="not-least"
        ),
        pytest.param(
            "Mauritania is a Mediterranean Dialogue partner, not an ICI member.",
            {
                ("partner_in", "MRT", "md", "supported"),
                ("not partner_in", "MRT", "ici", "supported"),
            },
            id="a-framework-contrasted",
        ),
    ],
)
def test_a_contrast_of_anything_else_is_read_as_before(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "HOST: Is Georgia a NATO member?\n\nVARGA: No.",
            {("not member_of", "GEO", "NATO", "supported")},
            id="speakers-no",
        ),
        pytest.param(
            "Interviewer: Is Colombia a NATO partner?\n\nMinister: Yes.",
            {("partner_of", "COL", "NATO", "supported")},
            id="speakers-yes",
        ),
        # near misses: an answer that says more speaks for itself, and a question with no reply
        pytest.param(
            "HOST: Is Georgia a NATO member?\n\nVARGA: It hopes to join one day.",
            set(),
            id="a-longer-answer",
        ),
        pytest.param(
            "HOST: Is Georgia a NATO member?\n\nVARGA: Tbilisi cooperates with NATO on maritime "
            "security.",
            {("cooperates_on", "GEO", "maritime_security", "supported")},
            id="another-statement",
        ),
    ],
)
def test_a_transcripts_speaker_is_no_word_of_the_question_or_the_answer(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sweden left its neutrality behind and joined NATO in 2024.",
            {("member_of", "SWE", "NATO", "supported")},
            id="left-behind-nato",
        ),
        pytest.param(
            "Ukraine quit the CIS talks and joined the Partnership for Peace in 1994.",
            {("partner_in", "UKR", "pfp", "supported")},
            id="quit-then-joined-pfp",
        ),
        pytest.param(
            "Finland abandoned neutrality, left its non-aligned past and joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="a-list-of-verb-phrases",
        ),
        # near misses: a leaving of the object itself, or a join denied, as before
        pytest.param(
            "Malta left the Partnership for Peace in 1996.",  # suspended, in the data's words
            {("left", "MLT", "pfp", "unverified")},
            id="left-the-object",
        ),
        pytest.param("Russia quit the talks and never joined NATO.", set(), id="never-joined"),
        # a leaving with no object of its own is of the object after it: blocked, as before
        pytest.param("Belarus left and joined the PfP in 1995.", set(), id="left-and-joined"),
        pytest.param(
            "Russia was suspended and then joined the PfP in 1994.", set(), id="suspended-then"
        ),
        # a join said again is a return; of NATO, of a part of it, no claim
        pytest.param(
            "Malta joined the PfP again in 2008.",
            {("resumed", "MLT", "pfp", "supported")},
            id="joined-again-a-return",
        ),
        pytest.param(
            "Greece left the integrated command in 1974 and joined NATO again in 1980.",
            set(),
            id="joined-nato-again",
        ),
    ],
)
def test_a_leaving_of_something_else_before_a_join_does_not_block_it(
    curated: Store, text: str, expected: Claims
) -> None:
    """ "Sweden left its neutrality behind and joined NATO in 2024" made no claim: the leaving word
    of the first verb phrase blocked the join of the second, as a word of leaving NATO would."""
    assert read(curated, text)[0] == expected
