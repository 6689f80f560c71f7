"""Article forms that a ninth round of held-out articles (audit 8) showed the reader missing, one
family per test, each tested on sentences of its own with near misses that must make no claim.

A yes-or-no question and its short answer ("Is Colombia a NATO member?" "It is not.") make the
question's claim, negated by a denial and dated by the answer's date ("Yes, since 2008."). A
report the next sentence denies ("X reported that ... It had not.", "...; this is false", "Oman
is often listed as a member of the ICI. It is not.") is not the article's claim: its denial is.
"None of the three is a member" denies it of the countries named just before, when they are
as many as it counts. "Korea" is the Republic of Korea. "One of NATO's Enhanced Opportunities
Partners" is judged against the PII's EOPs, which the data lists in full; the PII's wider
platform stays unlisted. "Took up the offer" of a framework is joining it. Claims are
(predicate, subject, object, verdict), "not " before a negated predicate, read from a real
embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of, read


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Is Colombia a NATO member?\n\nIt is not. Colombia became a global partner in 2018.",
            {
                ("not member_of", "COL", "NATO", "supported"),
                ("partner_in", "COL", "pag", "unverified"),
            },
            id="it-is-not",
        ),
        pytest.param(
            "Is Japan a member of NATO? No.",
            {("not member_of", "JPN", "NATO", "supported")},
            id="no",
        ),
        pytest.param(
            "**Q: Is Malta a member of the PfP?**\n\nA: Yes, since 2008.",
            {("partner_in", "MLT", "pfp", "supported")},
            id="labelled-yes-with-a-date",
        ),
        pytest.param(
            "Is Austria a PfP partner? Yes, but only since 1996.",
            {("partner_in", "AUT", "pfp", "contradicted")},  # since February 1995
            id="yes-with-a-wrong-date",
        ),
        pytest.param(
            "Is Ukraine a NATO member? Yes.",
            {("member_of", "UKR", "NATO", "contradicted")},
            id="a-false-yes",
        ),
        pytest.param(
            "Is Malta a member of the Mediterranean Dialogue? It is not.",
            {("not partner_in", "MLT", "md", "supported")},
            id="framework",
        ),
        pytest.param(
            "Are Kuwait and Qatar in the Istanbul Cooperation Initiative? They are.",
            {("partner_in", "KWT", "ici", "supported"), ("partner_in", "QAT", "ici", "supported")},
            id="two-subjects",
        ),
    ],
)
def test_a_short_answer_makes_the_questions_claim(
    curated: Store, text: str, claims: Claims
) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Is Russia a PfP partner? Yes, until 2014.", id="yes-with-a-bound"),
        pytest.param("Is Georgia a NATO member or a partner? No.", id="a-choice"),
        # a question with a gap is answered since analyst audit 17 (test_analyst_audit17)
        pytest.param("Is Japan a NATO member? No one knows.", id="no-one"),
        pytest.param("Is Sweden a NATO member?", id="no-answer"),
        pytest.param(
            "Is Ukraine a NATO member?\n\nUkraine hopes to join.", id="an-answer-of-its-own"
        ),
        # a report confirmed is no more the article's claim than the report was
        pytest.param(
            "Some outlets claimed that Georgia joined NATO in 2008. It did.", id="report-yes"
        ),
    ],
)
def test_no_answer_claim_without_a_short_reply(curated: Store, text: str) -> None:
    assert claims_of(curated, text) == set()


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Russian state media reported that Georgia joined NATO in 2008. It had not.",
            {("not member_of", "GEO", "NATO", "supported")},
            id="reported-then-denied",
        ),
        pytest.param(
            "A Moscow daily reported in 2020 that Belarus had rejoined the Partnership for Peace. "
            "It had not.",
            {("not resumed", "BLR", "pfp", "supported")},
            id="the-reports-date-is-not-the-claims",
        ),
        pytest.param(
            "Some outlets claimed that Serbia joined NATO in 2019; this is false.",
            {("not member_of", "SRB", "NATO", "supported")},
            id="denied-in-the-sentence",
        ),
        pytest.param(
            "Several blogs claimed Moldova joined NATO in 2022. That is false.",
            {("not member_of", "MDA", "NATO", "supported")},
            id="that-is-false",
        ),
        pytest.param(
            "The ICI was launched in 2004.\n\nOman is often listed as a member of the initiative. "
            "It is not.",
            {
                ("launched", "ici", "ici", "supported"),
                ("not partner_in", "OMN", "ici", "supported"),
            },
            id="listed-as",
        ),
        pytest.param(
            "Egypt, which opened a mission in 2010, is sometimes described online as a NATO "
            "member. It is not.",
            {("not member_of", "EGY", "NATO", "supported")},
            id="described-as-after-an-aside",
        ),
        # the writer's denial of a true report is a false claim: judged so, never supported
        pytest.param(
            "State television reported that Finland joined NATO in 2023. It had not.",
            {("not member_of", "FIN", "NATO", "contradicted")},
            id="a-false-denial",
        ),
    ],
)
def test_a_report_denied_is_the_denial(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


def test_a_report_not_denied_is_read_as_before(curated: Store) -> None:
    """ "NATO reported that ..." cites a source: read through, as before, when nothing denies it."""
    text = "NATO reported that Finland joined the Alliance in 2023. Sweden followed in 2024."
    assert ("member_of", "FIN", "NATO", "supported") in claims_of(curated, text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Japan, Australia and New Zealand work with NATO. None of the three is a member of "
            "NATO.",
            {("not member_of", c, "NATO", "supported") for c in ("JPN", "AUS", "NZL")},
            id="the-sentence-before",
        ),
        pytest.param(
            "Austria joined the PfP in 1995. Ireland followed in 1999. Switzerland joined the "
            "programme in 1996.\n\nNone of the three is a member of NATO.",
            {
                *(("partner_in", c, "pfp", "supported") for c in ("AUT", "IRL", "CHE")),
                *(("not member_of", c, "NATO", "supported") for c in ("AUT", "IRL", "CHE")),
            },
            id="the-paragraph-before",
        ),
        pytest.param(
            "Neither Japan nor Australia is a member of NATO.",
            {
                ("not member_of", "JPN", "NATO", "supported"),
                ("not member_of", "AUS", "NATO", "supported"),
            },
            id="neither-nor",
        ),
        pytest.param(
            "Kuwait and Qatar joined the ICI. Neither of the two has been a member of the "
            "Mediterranean Dialogue.",
            {
                ("partner_in", "KWT", "ici", "supported"),
                ("partner_in", "QAT", "ici", "supported"),
                ("not partner_in", "KWT", "md", "supported"),
                ("not partner_in", "QAT", "md", "supported"),
            },
            id="neither-of-the-two",
        ),
        # a false denial is judged false
        pytest.param(
            "Poland, Hungary and Czechia joined the PfP in 1994. None of the three is a NATO "
            "member today.",
            {
                *(("partner_in", c, "pfp", "supported") for c in ("POL", "HUN", "CZE")),
                *(("not member_of", c, "NATO", "outdated") for c in ("POL", "HUN", "CZE")),
            },
            id="a-false-denial",
        ),
    ],
)
def test_a_negated_list_denies_each_item(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # two named before, "three" counted: which three?
        pytest.param(
            "Kuwait and Qatar joined the ICI. None of the three is a member of NATO.",
            {("partner_in", "KWT", "ici", "supported"), ("partner_in", "QAT", "ici", "supported")},
            id="too-few",
        ),
        # four named before: which three?
        pytest.param(
            "Bahrain, Kuwait, Qatar and the UAE joined the ICI. None of the three is a member of "
            "NATO.",
            {("partner_in", c, "ici", "supported") for c in ("BHR", "KWT", "QAT", "ARE")},
            id="too-many",
        ),
        # the paragraph's sentences and the paragraph before together are no one stretch
        pytest.param(
            "Sweden and Finland joined NATO.\n\nQatar is a partner. None of the three is a member "
            "of the MD.",
            {("member_of", "SWE", "NATO", "supported"), ("member_of", "FIN", "NATO", "supported")},
            id="across-paragraphs",
        ),
        pytest.param(
            "None of the three Gulf states is a member of NATO.", set(), id="named-nowhere"
        ),
        pytest.param(
            "Kuwait, Qatar and Bahrain joined the ICI. None of the three plans to join NATO.",
            {("partner_in", c, "ici", "supported") for c in ("KWT", "QAT", "BHR")},
            id="no-verb-of-being",
        ),
    ],
)
def test_no_negated_list_without_its_items(curated: Store, text: str, kept: Claims) -> None:
    assert claims_of(curated, text) == kept


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Korea works with NATO on cyber defence.",
            {("cooperates_on", "KOR", "cyber", "supported")},
            id="korea",
        ),
        pytest.param(
            "Korea, Japan and Australia are partners across the globe.",
            {("partner_in", c, "pag", "supported") for c in ("KOR", "JPN", "AUS")},
            id="in-a-list",
        ),
        pytest.param(
            "The ROK is one of NATO's partners across the globe.",
            {("partner_in", "KOR", "pag", "supported")},
            id="rok",
        ),
        # another country, or no country at all
        # (North Korea's own denial is judged since 2026-12-07: a country in no partnership is
        # none of NATO's partners)
        pytest.param(
            "North Korea is not a NATO partner.",
            {("not partner_of", "PRK", "NATO", "supported")},
            id="north-korea",
        ),
        pytest.param("NATO has no role on the Korean Peninsula.", set(), id="korean-peninsula"),
        pytest.param(
            "The Democratic People's Republic of Korea is not a NATO partner.",
            {("not partner_of", "PRK", "NATO", "supported")},
            id="dprk",
        ),
    ],
)
def test_korea_is_the_republic_of_korea(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Kazakhstan is one of NATO's Enhanced Opportunities Partners (EOPs).",
            {("partner_in", "KAZ", "pii", "contradicted")},
            id="not-one-of-the-eops",
        ),
        pytest.param(
            "Japan became an Enhanced Opportunity Partner in 2016.",
            {("partner_in", "JPN", "pii", "contradicted")},
            id="singular-spelling",
        ),
        pytest.param(
            "New Zealand is not an Enhanced Opportunities Partner.",
            {("not partner_in", "NZL", "pii", "supported")},
            id="denied",
        ),
        pytest.param(
            "Georgia is an Enhanced Opportunities Partner.",
            {("partner_in", "GEO", "pii", "supported")},
            id="one-of-them",
        ),
        # the PII at large, or its platform: the data does not list all its partners
        pytest.param(
            "Kazakhstan is part of the Partnership Interoperability Initiative.",
            {("partner_in", "KAZ", "pii", "new")},
            id="the-initiative",
        ),
        pytest.param(
            "Kazakhstan joined the Interoperability Platform in 2014.",
            {("partner_in", "KAZ", "pii", "new")},
            id="the-platform",
        ),
        pytest.param(
            "Kazakhstan takes part in the PII as one of its Enhanced Opportunities Partners.",
            {("partner_in", "KAZ", "pii", "new")},
            id="named-both-ways",
        ),
    ],
)
def test_the_eops_are_listed_in_full(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "NATO launched the Mediterranean Dialogue in 1994. Egypt and Israel took up the offer "
            "in February 1995.",
            {
                ("launched", "md", "md", "supported"),
                ("partner_in", "EGY", "md", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
            id="the-framework-before",
        ),
        pytest.param(
            "Egypt took up the offer of the Mediterranean Dialogue in 1995.",
            {("partner_in", "EGY", "md", "supported")},
            id="of-the-framework",
        ),
        pytest.param(
            "Bahrain took up the offer to join the Istanbul Cooperation Initiative in 2007.",
            {("partner_in", "BHR", "ici", "contradicted")},  # in 2005
            id="to-join-wrong-year",
        ),
        pytest.param(
            "Oman did not take up the offer of the ICI.",
            {("not partner_in", "OMN", "ici", "supported")},
            id="did-not",
        ),
        pytest.param(
            "Egypt took up NATO's offer of the Mediterranean Dialogue in 1995.",
            {("partner_in", "EGY", "md", "supported")},
            id="natos-offer",
        ),
        pytest.param(
            "Bahrain took up the Alliance\u2019s offer to join the Istanbul Cooperation Initiative "
            "in 2007.",
            {("partner_in", "BHR", "ici", "contradicted")},  # in 2005
            id="the-alliances-offer",
        ),
        # an offer of no framework named, of membership, or one not yet taken up
        pytest.param(
            "The offer was open. Kuwait took up the offer in 2005.", set(), id="no-framework"
        ),
        pytest.param(
            "Finland took up the offer of NATO membership in 2022.", set(), id="membership"
        ),
        pytest.param(
            "Finland took up NATO's offer of membership in 2022.", set(), id="natos-membership"
        ),
        pytest.param("Japan took up the alliance offer of the ICI.", set(), id="no-possessive"),
        pytest.param("Saudi Arabia may take up the offer to join the ICI.", set(), id="may"),
    ],
)
def test_taking_up_the_offer_is_joining(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


def test_an_answered_question_is_not_listed_as_unread(curated: Store) -> None:
    claims, unread = read(curated, "Is Colombia a NATO member? It is not.")
    assert claims == {("not member_of", "COL", "NATO", "supported")}
    assert unread == []
