"""Phrasings a seventh audit found judged wrongly, one family per test.

False sentences supported: a headline's or a timeline's present ("Ukraine joins NATO's PfP in
1997", "2009: Japan joins NATO's partners across the globe") read as the state in that year, and
"the most recent member" or "the latest Ally" not read as a rank. A true sentence contradicted:
"Montenegro was NATO's newest member in 2019" read as a join in 2019. An aside of a partnership
"since 1994" judged as of now when the main clause tells a past event ("Estonia, a PfP partner
since 1994, joined NATO in 2004"). Years before a grouping's launch left unverified because its
join date marks only the start of engagement (IP4 "since 2010"). And sentences listed or passed
over: a "when" clause's date, a present launch, a comparison opening the sentence ("Like Finland,
Sweden joined NATO in 2023"). Claims are (predicate, subject, object, verdict), "not " before a
negated predicate, read from a real embedded store.
"""

from __future__ import annotations

import io

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read


def _rows(store: Store, text: str) -> list[dict]:
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    return store.read(
        "MATCH (c:Claim) RETURN c.predicate AS p, c.subject AS s, c.object AS o, "
        "c.verdict AS v, c.tense AS tense, c.year AS year, c.known_error AS known_error, "
        "c.correction AS correction ORDER BY c.position"
    ).rows


# -- 1: a headline's or a timeline's present, dated -----------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Ukraine joins NATO's Partnership for Peace in 1997.",
            ("partner_in", "UKR", "pfp", "contradicted"),
            id="joins-in-year",
        ),
        pytest.param(
            "Israel joins the Mediterranean Dialogue in 2001 after a year of talks.",
            ("partner_in", "ISR", "md", "contradicted"),
            id="joins-md",
        ),
        pytest.param(
            "Colombia becomes one of NATO's partners across the globe in 2020.",
            ("partner_in", "COL", "pag", "contradicted"),
            id="becomes-one-of",
        ),
        pytest.param(
            "Georgia becomes an Enhanced Opportunities Partner in 2019.",
            ("partner_in", "GEO", "pii", "contradicted"),
            id="becomes-eop",
        ),
        pytest.param(
            "Israel signs up to the Mediterranean Dialogue in 2001.",
            ("partner_in", "ISR", "md", "contradicted"),
            id="signs-up-to",
        ),
        pytest.param(
            "2015: Japan joins NATO's partners across the globe.",
            ("partner_in", "JPN", "pag", "contradicted"),
            id="timeline-colon-nato-s",
        ),
        pytest.param(
            "In June 1999, Armenia joins the Partnership for Peace.",
            ("partner_in", "ARM", "pfp", "contradicted"),
            id="fronted-date",
        ),
        pytest.param(
            "June 2001: Moldova becomes a Partnership for Peace partner.",
            ("partner_in", "MDA", "pfp", "contradicted"),
            id="timeline-becomes",
        ),
        pytest.param(
            "| Year | Event |\n|---|---|\n| 2010 | Ukraine joins the Partnership for Peace |",
            ("partner_in", "UKR", "pfp", "contradicted"),
            id="table-row",
        ),
        pytest.param(
            "June 2005 - Kuwait joins the Istanbul Cooperation Initiative.",
            ("partner_in", "KWT", "ici", "contradicted"),
            id="timeline-hyphen",
        ),
        pytest.param(
            "2015 - Sweden joins NATO.",
            ("member_of", "SWE", "NATO", "contradicted"),
            id="joins-nato",
        ),
        pytest.param(
            "2015 \u2013 Sweden joins NATO.",
            ("member_of", "SWE", "NATO", "contradicted"),
            id="joins-nato-en-dash",
        ),
        pytest.param(
            "2008 \u2014 Finland joins NATO.",
            ("member_of", "FIN", "NATO", "contradicted"),
            id="joins-nato-em-dash",
        ),
        pytest.param(
            "Finland enters NATO in 2022.",
            ("member_of", "FIN", "NATO", "contradicted"),
            id="enters-nato",
        ),
    ],
)
def test_a_dated_present_of_joining_is_a_join_then(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    """ "Ukraine joins NATO's PfP in 1997" was read as "Ukraine took part in the PfP in 1997" and
    supported: a headline's or a timeline's present tells a join at its date (8 February 1994)."""
    claims, _ = read(curated, text)
    assert claims == {claim}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ukraine joins NATO's Partnership for Peace in 1994.", ("partner_in", "UKR", "pfp")),
        ("Israel joins the Mediterranean Dialogue in 1995.", ("partner_in", "ISR", "md")),
        (
            "Colombia becomes one of NATO's partners across the globe in 2017.",
            ("partner_in", "COL", "pag"),
        ),
        ("In October 1994, Armenia joins the PfP.", ("partner_in", "ARM", "pfp")),
        (
            "Bahrain joins the Istanbul Cooperation Initiative in February 2005.",
            ("partner_in", "BHR", "ici"),
        ),
        (
            "June 2005 - The United Arab Emirates joins the Istanbul Cooperation Initiative.",
            ("partner_in", "ARE", "ici"),
        ),
        ("2024: Sweden joins NATO.", ("member_of", "SWE", "NATO")),
    ],
)
def test_a_dated_present_of_joining_in_the_right_year_is_supported(
    curated: Store, text: str, claim: tuple[str, str, str]
) -> None:
    rows = _rows(curated, text)
    assert [(r["p"], r["s"], r["o"], r["v"], r["tense"]) for r in rows] == [
        (*claim, "supported", "event")
    ]


def test_an_undated_present_of_joining_stays_the_present_state(curated: Store) -> None:
    rows = _rows(curated, "Ukraine joins NATO's Partnership for Peace.")
    assert [(r["p"], r["s"], r["v"], r["tense"], r["year"]) for r in rows] == [
        ("partner_in", "UKR", "supported", "present", None)
    ]


def test_a_present_state_in_a_year_stays_a_state(curated: Store) -> None:
    rows = _rows(curated, "Ukraine is a Partnership for Peace partner in 1997.")
    assert [(r["p"], r["s"], r["v"], r["tense"], r["year"]) for r in rows] == [
        ("partner_in", "UKR", "supported", "past", 1997)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine joins the Partnership for Peace next year.",
        "Ukraine is to join NATO in 2030.",
        "Ukraine will join NATO in 2030.",
        "If Georgia joins NATO in 2030, Russia will object.",
    ],
)
def test_a_present_of_what_is_to_come_makes_no_claim(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


# -- 2: "the most recent", "the latest", a rank as of a past year ----------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Montenegro is the most recent country to join NATO.", "MNE"),
        ("Montenegro is the most recent member of NATO.", "MNE"),
        ("North Macedonia is the most recent Ally.", "MKD"),
        ("North Macedonia is the latest Ally.", "MKD"),
        ("Albania is the newest Ally.", "ALB"),
        ("Montenegro was the latest country to join NATO.", "MNE"),
        ("Finland is the last country to join NATO.", "FIN"),
    ],
)
def test_a_most_recent_member_that_is_not_is_outdated(
    curated: Store, text: str, country: str
) -> None:
    """ "Montenegro is the most recent country to join NATO" was supported (Sweden joined on 7
    March 2024), and "North Macedonia is the most recent Ally" made no claim."""
    claims, _ = read(curated, text)
    assert claims == {("member_of", country, "NATO", "outdated")}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden is the most recent member of NATO.",
        "Sweden is the most recent Ally.",
        "Sweden was the last country to join NATO.",
        "Sweden is the latest country to join NATO.",
    ],
)
def test_the_most_recent_member_is_supported(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == {("member_of", "SWE", "NATO", "supported")}


def test_a_recent_member_is_no_rank(curated: Store) -> None:
    rows = _rows(curated, "Montenegro is a recent member of NATO.")
    assert [(r["p"], r["s"], r["v"]) for r in rows] == [("member_of", "MNE", "supported")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Montenegro was NATO's newest member in 2019.", "MNE"),
        ("Montenegro was the newest member of NATO in 2018.", "MNE"),
        ("In 2019, Montenegro was NATO's newest member.", "MNE"),
        ("Croatia was NATO's newest member in 2010.", "HRV"),
        ("Croatia was NATO's newest member in 2015.", "HRV"),
        ("Finland was NATO's newest member in 2023.", "FIN"),
    ],
)
def test_the_newest_member_in_a_past_year_is_checked_as_of_then(
    curated: Store, text: str, country: str
) -> None:
    """ "Montenegro was NATO's newest member in 2019" was contradicted as a join in 2019; it was
    the newest from its accession (5 June 2017) until North Macedonia's (27 March 2020)."""
    claims, _ = read(curated, text)
    assert claims == {("member_of", country, "NATO", "supported")}


@pytest.mark.parametrize(
    ("text", "country", "said"),
    [
        ("Montenegro was NATO's newest member in 2016.", "MNE", "not yet a NATO member in 2016"),
        ("Montenegro was NATO's newest member in 2021.", "MNE", "no longer NATO's newest"),
        ("Croatia was NATO's newest member in 2018.", "HRV", "no longer NATO's newest"),
        ("Finland was NATO's newest member in 2025.", "FIN", "no longer NATO's newest"),
    ],
)
def test_the_newest_member_in_a_year_it_was_not_is_contradicted(
    curated: Store, text: str, country: str, said: str
) -> None:
    rows = _rows(curated, text)
    assert [(r["p"], r["s"], r["v"]) for r in rows] == [("member_of", country, "contradicted")]
    assert said in rows[0]["correction"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Montenegro became NATO's newest member in 2019.", "contradicted"),
        ("Montenegro became NATO's newest member in 2017.", "supported"),
    ],
)
def test_becoming_the_newest_member_is_still_a_join(
    curated: Store, text: str, verdict: str
) -> None:
    claims, _ = read(curated, text)
    assert claims == {("member_of", "MNE", "NATO", verdict)}


# -- 3: an aside of a partnership at the time of the main clause's past event ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia, a PfP participant since 1994, became an Ally in 2002.",
            {
                ("member_of", "EST", "NATO", "contradicted"),
                ("partner_in", "EST", "pfp", "supported"),
            },
        ),
        (
            "North Macedonia, a Partnership for Peace partner since 1995, became NATO's 30th "
            "member in 2020.",
            {("member_of", "MKD", "NATO", "supported"), ("partner_in", "MKD", "pfp", "supported")},
        ),
        (
            "Finland, a Partnership for Peace member since 1994, joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported"), ("partner_in", "FIN", "pfp", "supported")},
        ),
        (
            "Sweden, a PfP partner since 1994, joined NATO in 2024.",
            {("member_of", "SWE", "NATO", "supported"), ("partner_in", "SWE", "pfp", "supported")},
        ),
        (
            "Albania, a PfP partner since 1994, joined NATO in 2009.",
            {("member_of", "ALB", "NATO", "supported"), ("partner_in", "ALB", "pfp", "supported")},
        ),
    ],
)
def test_an_aside_since_a_year_speaks_of_the_time_of_a_past_main_clause(
    curated: Store, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "Estonia, a PfP participant since 1994, became an Ally in 2004" judged the aside as of
    now (outdated), and attached the error that Finland and Sweden are still partners: it was a
    partner from 1994 until then."""
    rows = _rows(curated, text)
    assert {(r["p"], r["s"], r["o"], r["v"]) for r in rows} == expected
    assert all(r["known_error"] is None for r in rows if r["p"] == "partner_in")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Albania, a PfP partner since 1996, joined NATO in 2009.", "ALB"),
        ("Sweden, a PfP partner since 1998, joined NATO in 2024.", "SWE"),
    ],
)
def test_an_aside_with_the_wrong_year_is_still_contradicted(
    curated: Store, text: str, country: str
) -> None:
    rows = _rows(curated, text)
    (partner,) = [r for r in rows if r["p"] == "partner_in"]
    assert (partner["s"], partner["v"], partner["known_error"]) == (country, "contradicted", None)
    assert "not in 19" in partner["correction"]


@pytest.mark.parametrize(
    "text",
    [
        "Finland, a Partnership for Peace member since 1994, is now a NATO member.",
        "Finland, a Partnership for Peace member since 1994, works with NATO on cyber defence.",
    ],
)
def test_an_aside_before_a_present_main_clause_speaks_of_now(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert ("partner_in", "FIN", "pfp", "outdated") in claims


# -- 4: a year before a framework's own launch, whatever its join date marks -----------------


def test_the_ip4_since_a_year_before_its_launch_is_contradicted(curated: Store) -> None:
    """IP4 rows date the partners from 2016 with a joined_basis (the start of closer
    engagement), which skipped the launch check: "since 2010" was left unverified."""
    text = (
        "Australia, Japan, New Zealand and South Korea have belonged to the IP4 grouping "
        "since 2010."
    )
    claims, _ = read(curated, text)
    assert claims == {
        ("partner_in", c, "ip4", "contradicted") for c in ("AUS", "JPN", "NZL", "KOR")
    }


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Japan joined the IP4 in 2010.", ("partner_in", "JPN", "ip4", "contradicted")),
        (
            "Australia has been one of the Indo-Pacific partners since 2012.",
            ("partner_in", "AUS", "ip4", "contradicted"),
        ),
        (
            "South Korea joined the partners across the globe in 2004.",
            ("partner_in", "KOR", "pag", "contradicted"),
        ),
        (
            "Colombia joined the partners across the globe in 2004.",
            ("partner_in", "COL", "pag", "contradicted"),
        ),
        # true: in the year of the launch, or from it
        ("Japan joined the IP4 in 2016.", ("partner_in", "JPN", "ip4", "supported")),
        (
            "Australia has been one of the Indo-Pacific partners since 2016.",
            ("partner_in", "AUS", "ip4", "supported"),
        ),
        # the data dates Japan's partnership before the framework: still unverified
        (
            "Japan joined the partners across the globe in 1990.",
            ("partner_in", "JPN", "pag", "unverified"),
        ),
    ],
)
def test_a_year_before_the_launch_is_refuted_whatever_the_join_date_marks(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    claims, _ = read(curated, text)
    assert claims == {claim}


# -- 5: a "when" clause's date, a present launch, a comparison opening the sentence ----------


def test_a_when_clause_dates_the_event_before_it(curated: Store) -> None:
    """ "Israel became a full NATO member when it opened its mission in Brussels in 2016" was
    listed, the year unclaimed: the two events are at one time, and the known error applies."""
    rows = _rows(
        curated, "Israel became a full NATO member when it opened its mission in Brussels in 2016."
    )
    assert [(r["p"], r["s"], r["v"], r["year"], r["known_error"]) for r in rows] == [
        ("member_of", "ISR", "contradicted", 2016, "err_israel_member")
    ]


def test_a_when_clause_dates_a_true_event(curated: Store) -> None:
    claims, _ = read(
        curated,
        "Finland became a NATO member when it deposited its instrument of accession in 2023.",
    )
    assert claims == {("member_of", "FIN", "NATO", "supported")}


def test_a_when_clause_leaves_a_claim_that_is_no_event_as_it_was(curated: Store) -> None:
    claims, _ = read(curated, "Sweden left the PfP when it joined NATO in 2024.")
    assert claims == {
        ("left", "SWE", "pfp", "supported"),
        ("member_of", "SWE", "NATO", "supported"),
    }


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("NATO launches the Istanbul Cooperation Initiative in 2006.", "contradicted"),
        ("NATO launches the Istanbul Cooperation Initiative in 2004.", "supported"),
        ("2004: NATO launches the ICI.", "supported"),
    ],
)
def test_a_launch_in_the_present_with_a_date(curated: Store, text: str, verdict: str) -> None:
    claims, _ = read(curated, text)
    assert claims == {("launched", "ici", "ici", verdict)}


@pytest.mark.parametrize(
    "text", ["The ICI launches a new course in 2010.", "NATO launches the ICI."]
)
def test_a_present_launch_verb_after_the_framework_or_undated_is_no_launch(
    curated: Store, text: str
) -> None:
    claims, _ = read(curated, text)
    assert not any(c[0] == "launched" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Like Finland, Sweden joined NATO in 2023.",
            {("member_of", "SWE", "NATO", "contradicted")},
        ),
        (
            "Just like Finland, Sweden joined NATO in 2023.",
            {("member_of", "SWE", "NATO", "contradicted")},
        ),
        ("Like Finland, Sweden joined NATO in 2024.", {("member_of", "SWE", "NATO", "supported")}),
        (
            "Like Jordan, Egypt joined the Mediterranean Dialogue in 1995.",
            {("partner_in", "EGY", "md", "supported")},
        ),
        (
            "Like Jordan, Egypt and Morocco, Israel joined the MD in 2001.",
            {("partner_in", "ISR", "md", "contradicted")},
        ),
    ],
)
def test_a_comparison_opening_the_sentence_names_no_subject(
    curated: Store, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "Like Finland, Sweden joined NATO in 2023" was listed: "Finland, Sweden" read as one list
    of subjects under "like"."""
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tunisia joined the Mediterranean Dialogue after the Arab Spring, in 2012.",
            {("partner_in", "TUN", "md", "contradicted")},
        ),
        (
            "Algeria joined the Mediterranean Dialogue after the civil war, in 2000.",
            {("partner_in", "DZA", "md", "supported")},
        ),
    ],
)
def test_a_date_set_off_after_an_event_phrase_dates_the_clause(
    curated: Store, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "Tunisia joined the MD after the Arab Spring, in 2012" was listed: the window of its dates
    closed at "after", read as a comparison ("joined the MD after Israel")."""
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # the phrase's own date is the event's, not the join's; a country after it compares
        "Tunisia joined the Mediterranean Dialogue after the revolution of 2011.",
        "Tunisia joined the Mediterranean Dialogue after Egypt, in 1995.",
    ],
)
def test_an_event_phrase_with_its_own_date_or_a_comparison_is_not_read(
    curated: Store, text: str
) -> None:
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine joins NATO in 2030.",
        "Georgia joins NATO in 2031, officials hope.",
        "Moldova becomes a PfP partner again in 2040.",
    ],
)
def test_a_date_still_to_come_makes_no_claim(curated: Store, text: str) -> None:
    """A headline's present with a year to come is a plan or a hope, not a join then: "Ukraine
    joins NATO in 2030" was contradicted ("Ukraine is not a NATO member"), and so was a hope
    hedged after a comma. No fact the data holds can confirm or refute it: listed."""
    no_claim_and_listed(curated, text)
