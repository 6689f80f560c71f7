"""What an eighteenth analyst audit (a fact-checking journalist's ~300 short articles, questions and
hostile inputs; /work/analyst18-report.md) found the checker judged wrong or passed over, each
rule tested with near misses that must not change.

- A plain length ("Sweden has been a NATO member for 40 years", "for half a century", "For fifty
  years, Jordan has been ...") was dropped and the state now judged alone: false sentences were
  supported. It now says the state began at least about that long ago, as "for more than 20
  years" does; "for almost 40 years" is listed.
- "Malta did not rejoin the PfP until 2008" was a denial of its return, contradicted: it says
  the return came in 2008; "did not leave the PfP until it joined NATO" is listed.
- What the writer calls false ("repeated the falsehood that ...", "the mistaken belief that
  ..."), a world supposed ("In a world where Russia joined NATO in 2000", "Imagine a world in
  which ...") and a condition set off by commas ("Ukraine, had it joined NATO in 2008, ...")
  were the article's claims.
- "Atlanta, Georgia" (the US state) was the country; "is scheduled to join" a join; "is said by
  officials to have joined" and "claims to have joined" the article's claims.
- A join dated from another sentence's ("Algeria followed two years later", "Sweden joined that
  same year") and a pair named again ("Both joined NATO in 2023", "The latter joined ...")
  passed in silence, false ones too.
- A file whose text another loaded file holds said "already loaded" under its own name, by
  which no question finds it.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import Claims, no_claim_and_listed, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sweden has been a NATO member for 40 years.",
            {("member_of", "SWE", "NATO", "contradicted")},
            id="for-40-years",
        ),
        pytest.param(
            "Sweden has been a NATO member for half a century.",
            {("member_of", "SWE", "NATO", "contradicted")},
            id="half-a-century",
        ),
        pytest.param(
            "Israel has been a Mediterranean Dialogue partner for 50 years.",
            {("partner_in", "ISR", "md", "contradicted")},
            id="for-50-years",
        ),
        pytest.param(
            "For fifty years, Jordan has been an MD partner.",
            {("partner_in", "JOR", "md", "contradicted")},
            id="length-put-first",
        ),
        # near misses: a length it has lasted, and a past state's length
        pytest.param(
            "Israel has been an MD partner for 30 years.",
            {("partner_in", "ISR", "md", "supported")},
            id="for-30-years-true",
        ),
        pytest.param(
            "Georgia has been a PfP partner for over 30 years.",
            {("partner_in", "GEO", "pfp", "supported")},
            id="for-over-30-years",
        ),
        pytest.param(
            "Finland was a PfP partner for 29 years.",
            {("partner_in", "FIN", "pfp", "supported")},
            id="a-past-states-length",
        ),
    ],
)
def test_a_plain_length_is_checked(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


def test_a_length_about_that_long_is_listed(curated: Store) -> None:
    no_claim_and_listed(curated, "Sweden has been a NATO member for almost 40 years.")


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Malta did not rejoin the PfP until 2008.",
            {("resumed", "MLT", "pfp", "supported")},
            False,
            id="did-not-rejoin-until",
        ),
        pytest.param(
            "Malta never rejoined the PfP until 2008.",
            {("resumed", "MLT", "pfp", "supported")},
            False,
            id="never-rejoined-until",
        ),
        pytest.param(
            "Malta did not rejoin the PfP until 2010.",
            {("resumed", "MLT", "pfp", "contradicted")},
            False,
            id="did-not-rejoin-until-wrong",
        ),
        pytest.param(
            "Finland did not leave the PfP until it joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            True,
            id="until-another-event",
        ),
        pytest.param(
            "Sweden did not join NATO until 2024.",
            {("member_of", "SWE", "NATO", "supported")},
            False,
            id="a-join-as-before",
        ),
    ],
)
def test_not_until(curated: Store, text: str, expected: Claims, listed: bool) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == ([text] if listed else [])


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin officials repeated the falsehood that Ukraine had joined NATO in 2014.",
        "Officials repeated the lie that Ukraine had joined NATO in 2014.",
        "The mistaken belief that Israel is a NATO member persists.",
        "In a world where Russia joined NATO in 2000, Europe would look different.",
        "In an alternate history in which Russia joined NATO in 2000, the war would not have "
        "happened.",
        "Imagine a world in which Ukraine joined NATO in 2008.",
        "Ukraine, had it joined NATO in 2008, would not have been invaded.",
        "Qatar is scheduled to join the Istanbul Cooperation Initiative.",
        "Ireland is scheduled to join the Mediterranean Dialogue.",
        "Russia is said by some to have joined the Mediterranean Dialogue.",
        "Israel is said by officials to have joined NATO.",
        "Israel claims to have joined NATO in 2016.",
    ],
)
def test_what_is_called_false_supposed_planned_or_reported_is_no_claim(
    curated: Store, text: str
) -> None:
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the writer's own belief, and a country after its capital
        pytest.param(
            "It is my belief that Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="my-belief",
        ),
        pytest.param(
            "Tbilisi, Georgia is not a NATO member.",
            {("not member_of", "GEO", "NATO", "supported")},
            id="a-capital-of-georgia",
        ),
        pytest.param("Atlanta, Georgia is not part of the Partnership for Peace.", set(), id="us"),
    ],
)
def test_near_misses(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Jordan joined the Mediterranean Dialogue in 1995. Algeria followed two years later.",
            {("partner_in", "JOR", "md", "supported")},
            ["Algeria followed two years later."],
            id="followed-later",
        ),
        pytest.param(
            "Finland joined NATO in 2023. Sweden joined that same year.",
            {("member_of", "FIN", "NATO", "supported")},
            ["Sweden joined that same year."],
            id="that-same-year",
        ),
        pytest.param(
            "Georgia joined the PfP in 1994. Ukraine did the same in 1995.",
            {("partner_in", "GEO", "pfp", "supported")},
            ["Ukraine did the same in 1995."],
            id="did-the-same",
        ),
        pytest.param(
            "Finland and Sweden applied in 2022. Both joined NATO in 2023.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "contradicted"),
            },
            [],
            id="both",
        ),
        pytest.param(
            "Bahrain and Oman are Gulf states. Both joined the ICI in 2005.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("partner_in", "OMN", "ici", "contradicted"),
            },
            [],
            id="both-one-false",
        ),
        pytest.param(
            "Finland and Sweden were long neutral. The pair joined NATO in 2023.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "contradicted"),
            },
            [],
            id="the-pair",
        ),
        pytest.param(
            "Finland and Sweden joined the PfP in 1994. The former joined NATO in 2024.",
            {
                ("partner_in", "FIN", "pfp", "supported"),
                ("partner_in", "SWE", "pfp", "supported"),
                ("member_of", "FIN", "NATO", "contradicted"),
            },
            [],
            id="the-former",
        ),
        pytest.param(
            "Finland and Sweden joined the PfP in 1994. The latter joined NATO in 2024.",
            {
                ("partner_in", "FIN", "pfp", "supported"),
                ("partner_in", "SWE", "pfp", "supported"),
                ("member_of", "SWE", "NATO", "supported"),
            },
            [],
            id="the-latter",
        ),
        # near miss: three countries before, which two "both" are the reader cannot tell
        pytest.param(
            "Finland, Sweden and Austria applied. Both joined NATO in 2023.",
            set(),
            [],
            id="both-of-three",
        ),
    ],
)
def test_a_join_told_from_the_sentence_before(
    curated: Store, text: str, expected: Claims, listed: list[str]
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == listed


def test_the_same_text_from_another_file_names_the_title_it_is_held_by(
    curated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("v09.md", "v09copy.md"):
        (tmp_path / name).write_text("Kuwait joined the ICI in 1999.\n", encoding="utf-8")
    (first,) = load_articles(curated, ["v09.md"])
    (again,) = load_articles(curated, ["v09copy.md"])
    assert first.format().startswith('loaded: "v09.md"')
    assert again.format().startswith(
        'already loaded, unchanged, the same text as "v09.md": "v09copy.md"'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second review (/work/review-2026-12-07d.md): a stale plain length confirms nothing
        pytest.param(
            "Estonia has been a NATO member for five years.",
            {("member_of", "EST", "NATO", "unverified")},
            id="a-stale-length",
        ),
        pytest.param(
            "Jordan has been an MD partner for some years.",
            {("partner_in", "JOR", "md", "supported")},
            id="some-years-vague-as-before",
        ),
        # "two countries" with no "the" is new ones, no pair named before
        pytest.param(
            "Estonia and Latvia joined NATO in 2004. Two countries joined in 2009.",
            {("member_of", "EST", "NATO", "supported"), ("member_of", "LVA", "NATO", "supported")},
            id="two-countries-indefinite",
        ),
        # a plan's name before another noun is that noun's
        pytest.param("Georgia has a MAP perspective but no plan yet.", set(), id="map-perspective"),
        pytest.param(
            "Georgia, too, has a Membership Action Plan.",
            {("partner_in", "GEO", "map", "contradicted")},
            id="has-a-map",
        ),
        # a condition with a name, set off by a comma
        pytest.param(
            "Russia would not have invaded, had Ukraine joined NATO in 2008.", set(), id="had-x"
        ),
        # the real world, and a city in Italy
        pytest.param(
            "We now live in a world in which Finland and Sweden are NATO members.",
            {("member_of", "FIN", "NATO", "supported"), ("member_of", "SWE", "NATO", "supported")},
            id="the-real-world",
        ),
        pytest.param(
            "Atlanta, Georgia is not part of the Partnership for Peace.", set(), id="atlanta"
        ),
    ],
)
def test_a_second_reviews_cases(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        "After the meeting in Rome, Georgia signed an IPAP in 2004.",
        "Russia and Belarus joined the PfP in 1994 and 1995. The former was suspended in 2014.",
    ],
)
def test_listed_not_lost(curated: Store, text: str) -> None:
    """Georgia after "in Rome," is the country, and a suspension with no framework is listed."""
    _, unread = read(curated, text)
    assert unread and text.endswith(unread[-1])
