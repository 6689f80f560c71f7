"""What a twenty-first article audit (audit 20's twelve held-out articles,
tests/articles/heldout/a20-*) found the checker read that the articles never said, each rule
tested on sentences of its own, with paraphrases, and with near misses that must not change.

- A tweet thread's "8/ Armenia is a PfP partner too, since 1994. So is Azerbaijan, since 1996."
  had Azerbaijan judged supported: the echo ("So is Azerbaijan") took the sentence before's
  claim, date and all, and passed over the year its own words give, set off by a comma. A year
  an echo gives is its own date; one it cannot put in the claim (two years, a claim before of a
  span or of no year) leaves the echo unread, never judged at the other sentence's date.
- A podcast's errata, "In episode 110 our guest said that Russia had left the Partnership for
  Peace. Russia has never formally left; ...", was the writer's claim, contradicted: a report
  the next sentence states the other way round ("Russia has never left it", "Russia never
  left", or in full) is another's words, and the denial is the writer's claim.
- A pub quiz's "True or false: Saudi Arabia is a member of the Istanbul Cooperation Initiative.
  Answer: false." was left unread, and its "Bonus: true or false, Pakistan takes part in the
  Partnership for Peace. Answer: true." too: a statement put to be judged claims nothing, as a
  question does, and its answer ("true", "false") says whether it holds.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

ARM_SUPPORTED = ("partner_in", "ARM", "pfp", "supported")
FIN_SUPPORTED = ("partner_in", "FIN", "pfp", "supported")
COL_CYBER = ("cooperates_on", "COL", "cyber", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia is a PfP partner too, since 1994. So is Azerbaijan, since 1996.",
            {ARM_SUPPORTED, ("partner_in", "AZE", "pfp", "contradicted")},
            id="so-is-since-a-wrong-year",
        ),
        pytest.param(
            "Armenia is a PfP partner, since 1994. So is Azerbaijan, since 1994.",
            {ARM_SUPPORTED, ("partner_in", "AZE", "pfp", "supported")},
            id="so-is-since-the-same-year",
        ),
        pytest.param(
            "Finland joined the PfP in 1994. So did Austria, in 1995.",
            {FIN_SUPPORTED, ("partner_in", "AUT", "pfp", "supported")},
            id="so-did-in-its-own-right-year",
        ),
        pytest.param(
            "Finland joined the PfP in 1994. So did Austria, in 1996.",
            {FIN_SUPPORTED, ("partner_in", "AUT", "pfp", "contradicted")},
            id="so-did-in-its-own-wrong-year",
        ),
        # a year the echo cannot put in the claim: the echo is not read at all
        pytest.param(
            "Colombia cooperates with NATO on cyber defence. So does Jordan, since 2001.",
            {COL_CYBER},
            id="a-year-for-an-undated-claim",
        ),
        pytest.param(
            "Finland joined the PfP in 1994. So did Austria, in 1995 or 1996.",
            {FIN_SUPPORTED},
            id="two-years",
        ),
        # near misses: no year of its own; an aside with no date
        pytest.param(
            "Finland joined the PfP in 1994. So did Sweden.",
            {FIN_SUPPORTED, ("partner_in", "SWE", "pfp", "supported")},
            id="no-year-of-its-own",
        ),
        pytest.param(
            "Finland joined the PfP in 1994. So did Austria, in 1994.",
            {FIN_SUPPORTED, ("partner_in", "AUT", "pfp", "contradicted")},
            id="the-same-year-wrong-for-it",
        ),
        pytest.param(
            "Colombia cooperates with NATO on cyber defence. So does Jordan, the kingdom.",
            {COL_CYBER, ("cooperates_on", "JOR", "cyber", "supported")},
            id="an-aside-with-no-date",
        ),
    ],
)
def test_an_echo_is_judged_at_the_year_it_gives(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


RUS_LEFT_CONTRADICTED = ("left", "RUS", "pfp", "contradicted")
RUS_NOT_LEFT = ("not left", "RUS", "pfp", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In episode 110 our guest said that Russia had left the Partnership for Peace. "
            "Russia has never formally left; the Allies suspended its participation in 2014.",
            {RUS_NOT_LEFT},
            id="never-formally-left-then-more",
        ),
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. Russia has never left it.",
            {RUS_NOT_LEFT},
            id="never-left-it",
        ),
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. Russia never left.",
            {RUS_NOT_LEFT},
            id="never-left-no-auxiliary",
        ),
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. It never left.",
            {RUS_NOT_LEFT},
            id="a-pronoun-never-left",
        ),
        pytest.param(
            "A columnist wrote that Russia had left the Partnership for Peace. "
            "Russia has not left the Partnership for Peace.",
            {RUS_NOT_LEFT},
            id="denied-in-full",
        ),
        # near misses: another country; another verb and framework; the report not denied
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. Belarus has never left.",
            {RUS_LEFT_CONTRADICTED},
            id="another-country",
        ),
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. "
            "Russia has never joined the EAPC.",
            {RUS_LEFT_CONTRADICTED, ("not partner_in", "RUS", "eapc", "contradicted")},
            id="another-verb",
        ),
        pytest.param(
            "Our guest said that Russia had left the Partnership for Peace. "
            "Russia has never formally apologised.",
            {RUS_LEFT_CONTRADICTED},
            id="a-verb-the-report-has-not",
        ),
        pytest.param(
            "Our guest said that Russia joined the Partnership for Peace in 1994. "
            "Russia did join in 1994.",
            {("partner_in", "RUS", "pfp", "supported")},
            id="a-report-confirmed",
        ),
    ],
)
def test_a_report_the_next_sentence_denies_is_not_the_writers(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected", "unread"),
    [
        pytest.param(
            "True or false: Saudi Arabia is a member of the Istanbul Cooperation Initiative. "
            "Answer: false.",
            {("not partner_in", "SAU", "ici", "supported")},
            [],
            id="false",
        ),
        pytest.param(
            "Bonus: true or false, Pakistan takes part in the Partnership for Peace. Answer: true.",
            {("partner_in", "PAK", "pfp", "contradicted")},
            [],
            id="bonus-true-a-wrong-answer",
        ),
        pytest.param(
            "True or false: Kuwait is a member of the Istanbul Cooperation Initiative. True.",
            {("partner_in", "KWT", "ici", "supported")},
            [],
            id="true-unlabelled",
        ),
        pytest.param(
            "True or false: Jordan joined the Mediterranean Dialogue in 1995. Answer: true.",
            {("partner_in", "JOR", "md", "supported")},
            [],
            id="dated",
        ),
        # near misses: no answer (claims nothing, listed); not a quiz's opening
        pytest.param(
            "True or false: Saudi Arabia is a member of the Istanbul Cooperation Initiative.",
            set(),
            ["True or false: Saudi Arabia is a member of the Istanbul Cooperation Initiative."],
            id="no-answer",
        ),
        pytest.param(
            "It is true or false, depending on the year, that Kuwait is in the ICI.",
            set(),
            ["It is true or false, depending on the year, that Kuwait is in the ICI."],
            id="not-an-opening",
        ),
        pytest.param(
            "Saudi Arabia is a member of the Istanbul Cooperation Initiative. False.",
            set(),
            ["Saudi Arabia is a member of the Istanbul Cooperation Initiative."],
            id="a-claim-called-false",
        ),
    ],
)
def test_a_quiz_statement_is_judged_by_its_answer(
    curated: Store, text: str, expected: Claims, unread: list[str]
) -> None:
    claims, listed = read(curated, text)
    assert claims == expected
    assert listed == unread
