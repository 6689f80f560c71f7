"""What the checker read wrong or passed over in silence among last session's left-alone sentences,
each rule tested on sentences of its own with near misses that must not change.

- "Operation Active Endeavour began in 2001. It ended in 2015." made no claim of the end, and
  listed nothing: "it" of an operation's start, run or end is the operation the sentence before
  was just about (or the one named before it in its own sentence, no preposition's object); "It ended in 2016." after a
  framework's launch is listed, a framework's end not being read.
- "Croatia joined NATO in 2009, as did Albania; it had joined the PfP in 2000" contradicted
  Albania's PfP membership, which the sentence never gave it: an ellipsis echoes only claims whose
  object is named before it. "Jordan joined the MD in 1995, as did Israel, and Algeria joined in
  2000" contradicted Israel's true 1995: the echoed group ended at its comma, and the next name,
  with a verb of its own, opens the next clause.
- "Georgia has worked with NATO since 1994" and "NATO granted Pakistan MNNA status in 2004" made
  no claim and were not listed: a dated tie with NATO, or a status, in words no claim is read
  from, is listed as not checked.
- "Bahrain (2005), Kuwait (2004), Qatar (2005) and the UAE (2005) are ICI partners", a list
  with each country's date in brackets, was listed and nothing judged: each country's claim is
  read at its own date (a state now since it, a join in it).
- "Michael Jordan has never been a NATO member" denied Jordan's membership: a country's name
  after a common given name or a title ("Rep. Jim Jordan", "Mr Jordan") is a surname.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, no_claim_and_listed, read

OAE_BEGAN = ("operation_began", "oae", "oae", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Operation Active Endeavour began in 2001. It ended in 2016.",
            {OAE_BEGAN, ("operation_ended", "oae", "oae", "supported")},
            id="it-ended",
        ),
        pytest.param(
            "Operation Active Endeavour began in 2001. It ended in 2015.",
            {OAE_BEGAN, ("operation_ended", "oae", "oae", "contradicted")},
            id="it-ended-wrong-year",
        ),
        pytest.param(
            "Operation Active Endeavour was NATO's answer to the attacks. It was launched in "
            "October 2001 and it ended in 2016.",
            {OAE_BEGAN, ("operation_ended", "oae", "oae", "supported")},
            id="it-launched-and-it-ended",
        ),
        pytest.param(
            "Resolute Support began in 2015 after ISAF. It ended in 2021.",
            {
                ("operation_began", "rsm", "rsm", "supported"),
                ("operation_ended", "rsm", "rsm", "supported"),
            },
            id="not-the-one-named-in-passing",
        ),
        pytest.param(
            "Resolute Support began in 2015 after ISAF, and it ended in 2021.",
            {
                ("operation_began", "rsm", "rsm", "supported"),
                ("operation_ended", "rsm", "rsm", "supported"),
            },
            id="in-its-sentence-not-the-one-named-in-passing",
        ),
        pytest.param(
            "Operation Sea Guardian replaced Operation Active Endeavour. It began in 2016.",
            {("operation_began", "osg", "osg", "supported")},
            id="the-one-the-sentence-opens-with",
        ),
        pytest.param(
            "ISAF was led by NATO. It lasted until 2012.",
            {("operation_ended", "isaf", "isaf", "contradicted")},
            id="it-lasted-until",
        ),
        pytest.param(
            "ISAF was led by NATO. It came to an end in 2014.",
            {("operation_ended", "isaf", "isaf", "supported")},
            id="it-came-to-an-end",
        ),
    ],
)
def test_it_of_an_operation(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        # a framework named after the operation: "it" is the framework's, whose end is not read
        pytest.param(
            "Operation Active Endeavour began in 2001. Jordan joined the MD in 1995. "
            "It was launched in 1994.",
            {
                OAE_BEGAN,
                ("partner_in", "JOR", "md", "supported"),
                ("launched", "md", "md", "supported"),
            },
            [],
            id="a-framework-between",
        ),
        pytest.param(
            "The PfP was launched in 1994. It ended in 2016.",
            {("launched", "pfp", "pfp", "supported")},
            ["It ended in 2016."],
            id="a-frameworks-end-listed",
        ),
        # after a sentence about a country, "it" is the country's
        pytest.param(
            "Sweden joined the PfP in 1994. It ended its neutrality in 2022.",
            {("partner_in", "SWE", "pfp", "supported")},
            [],
            id="a-countrys-it",
        ),
        # "it" of another thing named after the operation's sentence, or in its own: the
        # operation is handed on to the next sentence only, and to an "It" that opens it
        pytest.param(
            "NATO led ISAF in Afghanistan from 2003. The war there began in 2001. It ended in 2021.",
            set(),
            [],
            id="the-war-after-it",
        ),
        pytest.param(
            "ISAF was led by NATO. Georgia sent troops. It ended in 2014.",
            set(),
            [],
            id="a-sentence-between",
        ),
        pytest.param(
            "KFOR began in 1999. The Kosovo war had begun in 1998 and it ended in 1999.",
            {("operation_began", "kfor", "kfor", "supported")},
            [],
            id="it-inside-a-sentence-about-something-else",
        ),
    ],
)
def test_it_of_an_operation_near_misses(
    curated: Store, text: str, expected: Claims, listed: list[str]
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Croatia joined NATO in 2009, as did Albania; it had joined the PfP in 2000.",
            {
                ("member_of", "HRV", "NATO", "supported"),
                ("member_of", "ALB", "NATO", "supported"),
                ("partner_in", "HRV", "pfp", "supported"),
            },
            id="as-did-then-a-clause-after-a-semicolon",
        ),
        pytest.param(
            "Jordan joined the MD in 1995, as did Israel, and Algeria joined in 2000.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("partner_in", "ISR", "md", "supported"),
                ("partner_in", "DZA", "md", "supported"),
            },
            id="as-did-then-a-clause-of-its-own",
        ),
        pytest.param(
            "Austria is not a NATO member, nor is Ireland, and Sweden joined in 2024.",
            {
                ("not member_of", "AUT", "NATO", "supported"),
                ("not member_of", "IRL", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "supported"),
            },
            id="nor-is-then-a-clause-of-its-own",
        ),
        # near misses: the echoed group is a list
        pytest.param(
            "Jordan joined the MD in 1995, as did Israel and Egypt.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("partner_in", "ISR", "md", "supported"),
                ("partner_in", "EGY", "md", "supported"),
            },
            id="as-did-a-list",
        ),
        pytest.param(
            "Jordan joined the MD in 1995, as did Israel, Egypt, and Morocco.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("partner_in", "ISR", "md", "supported"),
                ("partner_in", "EGY", "md", "supported"),
                ("partner_in", "MAR", "md", "supported"),
            },
            id="as-did-a-list-with-a-serial-comma",
        ),
        pytest.param(
            "Croatia joined NATO in 2010, as did Albania.",
            {
                ("member_of", "HRV", "NATO", "contradicted"),
                ("member_of", "ALB", "NATO", "contradicted"),
            },
            id="as-did-wrong-year",
        ),
    ],
)
def test_an_ellipsis_echoes_only_its_clause(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        "Georgia has worked with NATO since 1994.",
        "Georgia has cooperated with NATO since 1994 on counter-terrorism.",
        "NATO granted Pakistan MNNA status in 2004.",
        "Pakistan was designated a major non-NATO ally by the United States in 2004.",
    ],
)
def test_a_dated_tie_or_a_status_is_listed(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


def test_an_undated_status_is_no_tie(curated: Store) -> None:
    """A status with no date named beside NATO is not listed: there is nothing of a partnership
    to check."""
    text = "NATO discussed the status of Kosovo with Serbia."
    assert read(curated, text) == (set(), [])


def test_an_undated_tie_at_large_is_no_claim(curated: Store) -> None:
    """Working together "for years" gives nothing to check, and is not listed."""
    assert read(curated, "Japan and NATO have worked together for years.") == (set(), [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Michael Jordan has never been a NATO member.", set(), id="given-name-first"),
        pytest.param(
            "Basketball star Michael Jordan has never been a NATO member.",
            set(),
            id="given-name-inside",
        ),
        pytest.param(
            "Sen. Jim Jordan said Jordan joined the MD in 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="a-title-and-a-given-name",
        ),
        pytest.param(
            "Mr Jordan said Jordan joined the ICI in 2004.",
            {("partner_in", "JOR", "ici", "contradicted")},
            id="a-title",
        ),
        # near misses: a word that opens a question, a describing word, a list
        pytest.param(
            "Will Jordan join NATO? It joined the MD in 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="will-is-no-given-name",
        ),
        pytest.param(
            "Hashemite Jordan joined the MD in 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="a-describing-word",
        ),
        pytest.param(
            "Israel, Tunisia and Jordan joined the MD in 1995.",
            {
                ("partner_in", "ISR", "md", "supported"),
                ("partner_in", "TUN", "md", "supported"),
                ("partner_in", "JOR", "md", "supported"),
            },
            id="a-list",
        ),
    ],
)
def test_a_country_after_a_given_name_is_a_surname(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Bahrain (2005), Qatar (2005) and the UAE (2006) joined the ICI.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("partner_in", "QAT", "ici", "supported"),
                ("partner_in", "ARE", "ici", "contradicted"),
            },
            False,
            id="a-join-in-each-year",
        ),
        pytest.param(
            "Jordan (November 1995) and Algeria (March 2001) joined the MD.",
            {("partner_in", "JOR", "md", "supported"), ("partner_in", "DZA", "md", "contradicted")},
            False,
            id="a-join-at-each-month",
        ),
        pytest.param(
            "Finland (2023) and Sweden (2024) joined NATO.",
            {("member_of", "FIN", "NATO", "supported"), ("member_of", "SWE", "NATO", "supported")},
            False,
            id="nato",
        ),
        pytest.param(
            "Jordan (since 1995) is an MD partner.",
            {("partner_in", "JOR", "md", "supported")},
            False,
            id="since-in-brackets",
        ),
        # near misses: a bracket that is no date, a date of the verb's own, a denial
        pytest.param("Georgia (2008 war) is a PfP partner.", set(), True, id="no-date-in-brackets"),
        pytest.param(
            "Finland (1994) joined the PfP in 1995.",
            {("partner_in", "FIN", "pfp", "contradicted")},
            True,
            id="a-date-of-its-own",
        ),
        # a bare year by a state now may be its join's, or of something else (independence):
        # no claim, and the sentence listed
        pytest.param(
            "Montenegro (2006) is a NATO member.", set(), True, id="a-bare-year-by-a-state"
        ),
        pytest.param(
            "Bahrain (2005), Qatar (2005) and the UAE (2006) are ICI partners.",
            set(),
            True,
            id="bare-years-by-a-state",
        ),
        # a country with two claims, or named twice: whose date it is, the reader cannot tell
        pytest.param(
            "Sweden (1994) joined the PfP and is now a NATO member.",
            {("member_of", "SWE", "NATO", "supported")},
            True,
            id="two-claims-of-one-country",
        ),
        pytest.param(
            "Montenegro (2006) and Kosovo (2008) are new states; Montenegro is a NATO member.",
            {("member_of", "MNE", "NATO", "supported")},
            True,
            id="named-twice",
        ),
        pytest.param(
            "Finland (2023) and Sweden (2024) are not ICI partners.",
            {
                ("not partner_in", "FIN", "ici", "supported"),
                ("not partner_in", "SWE", "ici", "supported"),
            },
            True,
            id="a-denial-keeps-no-date",
        ),
    ],
)
def test_each_countrys_date_in_brackets(
    curated: Store, text: str, expected: Claims, listed: bool
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == ([text] if listed else [])
