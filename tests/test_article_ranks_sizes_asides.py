"""What a reader of the checker's verdicts took for checked and was not, or saw missed.

- "Algeria was among the first to join the Mediterranean Dialogue" (it joined last, in 2000) and
  "Jordan was among the last to join" were judged supported as plain joins, the sentence not
  listed: the order was silently dropped. A rank word before "to" ("the first to join", "the last
  to sign") or after "among the" is an order among partners the checker does not check: the
  sentence is listed, the join still judged ("the first time" and "at last" rank nothing).
- "Algeria was not a founding member of the MD" was only listed. A founding denied with no date
  is judged as the founding is, turned: a founder denied is contradicted (Egypt, with the first
  five in February 1995), a partner that joined more than a year after the first is rightly
  denied one (Algeria, 2000); in between (Jordan, November 1995) unverified. Its statement says
  the founding, not "has never taken part" (which of Algeria would be false).
- "Finland joined the 32-member alliance in 2023" was listed and "Finland became the 31st member
  of the 32-member alliance in 2023" was silent: NATO named by its size, as the press names it,
  was not NATO. Now it is, for a size NATO has had (12 to 32: "the six-member alliance" may be
  the CSTO); its size now (32) is read as a count of NATO's members where the sentence gives no
  year; with a year, or an earlier size ("Back then, the 16-member alliance ...": of its time,
  which no year dates), it is left unread and the sentence listed.
- "Japan, believe it or not, is not a NATO member" was listed, its "believe" taken for a belief
  and its "not" for the claim's; "Finland went from partner to Ally in 2023" was listed, "Ally"
  after "to" not read as NATO.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.loaders.load import load
from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Algeria was among the first to join the Mediterranean Dialogue.",
            {("partner_in", "DZA", "md", "supported")},
            id="among-the-first",
        ),
        pytest.param(
            "Jordan was among the last to join the Mediterranean Dialogue.",
            {("partner_in", "JOR", "md", "supported")},
            id="among-the-last",
        ),
        pytest.param(
            "The United Arab Emirates was the last to join the Istanbul Cooperation Initiative.",
            {("partner_in", "ARE", "ici", "supported")},
            id="the-last-to-join",
        ),
        pytest.param(
            "Romania was first to sign the Partnership for Peace framework document in 1994.",
            set(),
            id="first-to-sign",
        ),
    ],
)
def test_an_order_among_partners_is_listed(curated: Store, text: str, expected: Claims) -> None:
    """The join is judged; the order is not checked, and the sentence says so."""
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Qatar at last joined the Istanbul Cooperation Initiative in 2005.", id="at-last"
        ),
        pytest.param(
            "Qatar joined the Istanbul Cooperation Initiative in 2005, the first time a Gulf"
            " state had done so with NATO.",
            id="the-first-time",
        ),
        pytest.param(
            "Last year Qatar hosted a seminar; Qatar joined the Istanbul Cooperation Initiative"
            " in 2005.",
            id="last-year",
        ),
    ],
)
def test_near_misses_of_an_order_are_read(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert ("partner_in", "QAT", "ici", "supported") in claims
    assert unread == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Algeria was not a founding member of the Mediterranean Dialogue.",
            ("DZA", "md", "supported"),
            id="rightly-denied",
        ),
        pytest.param(
            "Egypt was not a founding member of the Mediterranean Dialogue.",
            ("EGY", "md", "contradicted"),
            id="a-founder-denied",
        ),
        pytest.param(
            "Austria is not a founding member of the Partnership for Peace.",
            ("AUT", "pfp", "supported"),
            id="present-a-founding-is-past",
        ),
        pytest.param(
            "Jordan was not among the founding members of the Mediterranean Dialogue.",
            ("JOR", "md", "unverified"),
            id="months-after",
        ),
        pytest.param(
            "Finland was not a founding member of the Partnership for Peace.",
            ("FIN", "pfp", "unverified"),
            id="finland-may-1994",
        ),
        pytest.param(
            "Romania is not a founding member of the Partnership for Peace.",
            ("ROU", "pfp", "contradicted"),
            id="an-ally-now-was-a-founder",
        ),
    ],
)
def test_a_founding_denied(curated: Store, text: str, claim: tuple[str, str, str]) -> None:
    claims, unread = read(curated, text)
    assert claims == {("not partner_in", *claim)}
    assert unread == []


def test_a_founding_denied_says_the_founding(curated: Store) -> None:
    """The statement is of the founding, and the correction names the first participants."""
    read(curated, "Egypt was not a founding member of the Mediterranean Dialogue.")
    claim = curated.read("MATCH (c:Claim) RETURN properties(c) AS p").value()
    assert claim["claim"] == "Egypt was not a founding member of the Mediterranean Dialogue"
    assert claim["correction"].startswith(
        "Egypt was a founding member of the Mediterranean Dialogue (Egypt joined the"
        " Mediterranean Dialogue in February 1995, among its first participants"
    )
    curated.clear()
    load(curated)
    read(curated, "Algeria was not a founding member of the Mediterranean Dialogue.")
    claim = curated.read("MATCH (c:Claim) RETURN properties(c) AS p").value()
    # not "Algeria has never taken part in the Mediterranean Dialogue", which is false
    assert claim["claim"] == "Algeria was not a founding member of the Mediterranean Dialogue"
    assert claim["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Algeria was not a founding member of the Mediterranean Dialogue in 1994.",
            {("not partner_in", "DZA", "md", "supported")},
            id="dated-only-the-date",
        ),
        pytest.param(
            "Some say that Egypt was not a founding member of the Mediterranean Dialogue.",
            set(),
            id="reported",
        ),
    ],
)
def test_a_founding_denied_near_misses(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Finland joined the 32-member alliance in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            True,
            id="joined-with-a-year",
        ),
        pytest.param(
            "Finland became the 31st member of the 32-member alliance in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            True,
            id="ranked-with-a-year",
        ),
        pytest.param(
            "Sweden joined the thirty-two-nation Alliance in March 2024.",
            {("member_of", "SWE", "NATO", "supported")},
            True,
            id="spelled",
        ),
        pytest.param(
            "Sweden joined the 32-nation alliance in 2023.",
            {("member_of", "SWE", "NATO", "contradicted")},
            True,
            id="false-year",
        ),
        pytest.param(
            "The 32-member alliance met in The Hague.",
            {("member_count", "NATO", "NATO", "supported")},
            False,
            id="size-now",
        ),
        pytest.param("The 30-member alliance met in The Hague.", set(), True, id="an-earlier-size"),
        pytest.param(
            "Back then, the 16-member alliance faced the Warsaw Pact.",
            set(),
            True,
            id="an-earlier-size-back-then",
        ),
        pytest.param(
            "Ukraine is not a member of the 32 member alliance.",
            {
                ("member_count", "NATO", "NATO", "supported"),
                ("not member_of", "UKR", "NATO", "supported"),
            },
            False,
            id="no-hyphen-and-denied",
        ),
    ],
)
def test_nato_named_by_its_size(curated: Store, text: str, expected: Claims, listed: bool) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == ([text] if listed else [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Armenia joined the six-member alliance in 1992.", id="another-size"),
        pytest.param("Finland joined the 32-member club in 2023.", id="another-noun"),
    ],
)
def test_another_alliance_by_its_size_is_not_nato(curated: Store, text: str) -> None:
    assert read(curated, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan, believe it or not, is not a NATO member.",
            {("not member_of", "JPN", "NATO", "supported")},
            id="aside",
        ),
        pytest.param(
            "Believe it or not, Japan is not a NATO member.",
            {("not member_of", "JPN", "NATO", "supported")},
            id="opening",
        ),
        pytest.param(
            "Japan, believe it or not, is a NATO member.",
            {("member_of", "JPN", "NATO", "contradicted")},
            id="false",
        ),
        pytest.param(
            "Japan, ironically, is not a NATO member.",
            {("not member_of", "JPN", "NATO", "supported")},
            id="ironically",
        ),
        pytest.param("Few believe that Japan is a NATO member.", set(), id="a-belief-still"),
        pytest.param("Japan, reportedly, is a NATO member.", set(), id="hearsay-still"),
    ],
)
def test_an_aside_of_the_writer(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Finland went from partner to Ally in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="to-ally",
        ),
        pytest.param(
            "Finland went from partner to full Ally in 2022.",
            {("member_of", "FIN", "NATO", "contradicted")},
            id="to-full-ally-false-year",
        ),
        pytest.param(
            "Finland went from partner to ally of the United States in 2023.",
            set(),
            id="another-s-ally",
        ),
    ],
)
def test_from_partner_to_ally(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected
