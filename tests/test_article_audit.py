"""Phrasings an audit with new articles found misread, one family per test.

Each family stands for wording beyond its examples: a true sentence about a
joining refused, prevented, opposed, doubted or only come close to is no claim
of joining (it was read as one, and contradicted); a comparison or an offer is
no claim of taking part; an exclusive claim ("only Kuwait joined") is never
supported on its inclusive half; and a verdict's words name only what its
claim repeats. Claims are (predicate, subject, object, verdict), "not " before
a negated predicate, read from a real embedded store as the other article
tests read them.
"""

from __future__ import annotations

import io

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read


@pytest.mark.parametrize(
    "text",
    [
        "Oman declined to join the ICI.",
        "Saudi Arabia refused to join the Istanbul Cooperation Initiative.",
        "Diplomats say Saudi Arabia was reluctant to join the ICI because of Iran.",
        "Oman was unwilling to join the ICI.",
        "Saudi Arabia hesitated to join the ICI.",
        "Saudi Arabia resisted joining the ICI.",
        "Austria has ruled out joining NATO.",
        "Malta, a neutral state, avoided joining NATO.",
        "Serbia declined to join NATO in 2007.",
        "Ireland has refused to join NATO.",
        "Switzerland has long balked at joining NATO.",
        "Sweden was willing to join the PfP in 1994.",
    ],
)
def test_a_joining_refused_or_avoided_is_no_claim_of_joining(curated: Store, text: str) -> None:
    """ "Oman declined to join the ICI" (true) was read as "Oman joined the ICI" and contradicted
    with the error that all GCC states joined; a refusal, a reluctance or a willingness says
    nothing of the act, so no claim is made and the sentence is listed as not checked."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "Neutrality keeps Austria from joining NATO.",
        "Moldova's constitution forbids it to join NATO.",
        "Serbia's neutrality prevents it from joining NATO.",
        "Greece prevented Macedonia from joining NATO in 2008.",
        "A dispute over its name barred Macedonia from joining NATO in 2008.",
        "Moscow's pressure deterred Ukraine from joining NATO.",
        "Turkey delayed Finland's accession to NATO until 2023.",
        "The Kremlin warned Finland against joining NATO in 2022.",
        "Hungary opposed Ukraine joining NATO.",
        "Russia strongly objects to Georgia joining NATO.",
        "Russia threatened Sweden over joining NATO.",
    ],
)
def test_a_joining_prevented_or_opposed_by_another_is_no_claim(curated: Store, text: str) -> None:
    """Another's act on a country's joining (prevent, keep or bar from, forbid, delay, warn
    against, oppose, object to): the country is its object, not the one that joined. "Russia
    strongly objects to Georgia joining NATO" was read as "Russia joined NATO", "Turkey delayed
    Finland's accession to NATO until 2023" as "Finland was a member until 2023"."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that Saudi Arabia joined the ICI.",
        "It has never been confirmed that Saudi Arabia joined the ICI.",
        "Nothing suggests that Oman joined the ICI.",
        "Rumours that Oman joined the ICI in 2006 are unfounded.",
        "There is no proof that Oman joined the ICI in 2006.",
        "There is little sign that Oman joined the ICI.",
    ],
)
def test_a_claim_under_a_denial_or_doubt_is_not_the_articles(curated: Store, text: str) -> None:
    """ "There is no evidence that Saudi Arabia joined the ICI" says the opposite of the clause
    after "that", as "It is not true that ..." does: that clause is no claim of the article."""
    no_claim_and_listed(curated, text)


def test_a_doubt_withholds_only_its_own_clause(curated: Store) -> None:
    text = "Kuwait joined the ICI in 2005, but there is no evidence that Oman joined the ICI."
    claims, _ = read(curated, text)
    assert {c[:3] for c in claims} == {("partner_in", "KWT", "ici")}


@pytest.mark.parametrize(
    "text",
    [
        "Never before had Sweden been so close to joining NATO.",
        "Georgia has never been so far from joining NATO.",
        "Ukraine is still far from joining NATO.",
        "Bosnia and Herzegovina moved closer to joining NATO in 2010.",
    ],
)
def test_closeness_or_distance_to_joining_is_no_joining(curated: Store, text: str) -> None:
    """ "Never before had Sweden been so close to joining NATO" was supported as "Sweden joined
    NATO", "Georgia has never been so far from joining NATO" as "Georgia has never been a
    member": how near a joining is says nothing of it."""
    no_claim_and_listed(curated, text)


def test_a_refusal_withholds_only_its_own_clause(curated: Store) -> None:
    """The refusal's own clause makes no claim; the clauses and sentences around it keep theirs,
    and a noun of warning or a body taking a country in is no refusal."""
    text = (
        "Austria is a PfP partner but has ruled out joining NATO. "
        "Sweden, which had long refused to join NATO, became a member in 2024. "
        "Finland joined NATO in 2023 despite warnings from Moscow. "
        "NATO welcomed Albania into the Alliance in 2009."
    )
    assert read(curated, text)[0] == {
        ("partner_in", "AUT", "pfp", "supported"),
        ("member_of", "SWE", "NATO", "supported"),
        ("member_of", "FIN", "NATO", "supported"),
        ("member_of", "ALB", "NATO", "supported"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Unlike the Mediterranean Dialogue, the ICI is open to Gulf states such as Saudi Arabia.",
        "The ICI is available to countries such as Oman.",
    ],
)
def test_a_framework_open_to_countries_is_no_claim_they_take_part(
    curated: Store, text: str
) -> None:
    """ "the ICI is open to Gulf states such as Saudi Arabia" was contradicted as "Saudi Arabia
    takes part in the ICI": the examples after "such as" are of those it is open to."""
    assert read(curated, text)[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jordan has never been a more important partner of the Mediterranean Dialogue.",
        "Jordan has never been a closer partner of NATO.",
        "Israel has never been a stronger partner in the Mediterranean Dialogue.",
    ],
)
def test_a_degree_denied_is_no_denial_of_the_partnership(curated: Store, text: str) -> None:
    """ "Jordan has never been a more important partner of the MD" was contradicted as "Jordan
    has never taken part in the MD": the negation is of the degree."""
    assert read(curated, text)[0] == set()


def test_a_plain_denial_is_still_read_beside_a_degree_denied(curated: Store) -> None:
    text = (
        "Israel has never been a NATO member. "
        "Jordan has never been a more important partner of the Mediterranean Dialogue."
    )
    assert read(curated, text)[0] == {("not member_of", "ISR", "NATO", "supported")}


@pytest.mark.parametrize(
    "text",
    [
        "Only Bahrain and Qatar joined the ICI.",
        "Of the six GCC states, only Kuwait joined the ICI.",
        "Only Bahrain, Kuwait and Qatar are ICI members.",
        "Jordan is the only Arab partner in the Mediterranean Dialogue.",
        "Malta is the sole neutral partner of the PfP in the Mediterranean.",
        "Kuwait alone joined the ICI in 2004.",
        "Alone among the Gulf states, Kuwait joined the ICI.",
    ],
)
def test_an_exclusive_claim_is_not_supported_on_its_inclusive_half(
    curated: Store, text: str
) -> None:
    """ "Only Bahrain and Qatar joined the ICI" (Kuwait and the UAE did too) gave two supported
    claims: that no other did goes unchecked (a qualifier such as "Arab" could not be checked
    either), so the sentence makes no claim and is listed as not checked."""
    no_claim_and_listed(curated, text)


def test_only_before_a_date_is_no_exclusive_claim(curated: Store) -> None:
    claims, _ = read(curated, "Finland joined NATO only in 2023. Only Bahrain joined the ICI.")
    assert claims == {
        ("member_of", "FIN", "NATO", "supported"),
        ("only_partner_in", "BHR", "ici", "contradicted"),  # judged: Kuwait, Qatar, UAE joined
    }


def _verdicts(store: Store, text: str) -> dict[str, dict]:
    """Each claim's verdict, correction, fact and known error, by its sentence."""
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    rows = store.read(
        "MATCH (c:Claim) RETURN c.sentence AS s, c.verdict AS v, c.correction AS correction, "
        "c.fact AS fact, c.known_error AS error"
    ).rows
    return {r["s"]: r for r in rows}


def _verdict(store: Store, text: str) -> dict:
    (row,) = _verdicts(store, text).values()
    return row


@pytest.mark.parametrize(
    "text",
    [
        "Algeria joined the Mediterranean Dialogue in 1998.",
        "Algeria joined the Mediterranean Dialogue in February 2000.",
        "Algeria joined the Mediterranean Dialogue in the late 1990s.",
    ],
)
def test_a_known_error_is_attached_only_to_a_claim_of_its_date(curated: Store, text: str) -> None:
    """err_md_dates says all seven joined in 1994 or 1995: a claim of Algeria in 1998 is as false
    but does not repeat it, so the correction is the claim's own (March 2000)."""
    row = _verdict(curated, text)
    assert row["v"] == "contradicted"
    assert row["error"] is None
    assert "March 2000" in row["correction"]


def test_a_claim_of_the_known_errors_date_still_takes_it(curated: Store) -> None:
    rows = _verdicts(
        curated,
        "Algeria joined the Mediterranean Dialogue in 1995. "
        "Algeria joined the Mediterranean Dialogue in 1998.",
    )
    assert rows["Algeria joined the Mediterranean Dialogue in 1995."]["error"] == "err_md_dates"
    assert rows["Algeria joined the Mediterranean Dialogue in 1998."]["error"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia joined the partners across the globe in 2012.",
        "Colombia became a partner across the globe in 2018.",
    ],
)
def test_another_date_is_said_only_of_another_date(curated: Store, text: str) -> None:
    """These were unverified with "the curated data's own note gives another date:" and a note
    that gives the same date as the fact; the year is that of another step of the partnership."""
    row = _verdict(curated, text)
    assert row["v"] == "unverified"
    assert "gives another date" not in row["fact"]
    assert "is the date of another step the data records" in row["fact"]


def test_a_year_after_the_bound_of_an_unverified_join_is_refuted(curated: Store) -> None:
    """New Zealand's 2012 is its IPCP's year, but NATO named it a contact country by April 2009
    (its PAG join, unverified, has that bound): "joined in 2012" is refuted by the bound."""
    row = _verdict(curated, "New Zealand joined the partners across the globe in 2012.")
    assert row["v"] == "contradicted"


def test_a_note_giving_the_claimed_year_is_quoted_for_it(curated: Store) -> None:
    """Only the note's sentences that name the claimed year are quoted, as another date."""
    row = _verdict(curated, "Kuwait joined the ICI in 2005.")
    assert row["v"] == "unverified"
    assert "own note gives another date: Sources differ" in row["fact"]
    assert "Regional Centre" not in row["fact"]  # the note's other sentences


@pytest.mark.parametrize(
    ("text", "claims", "listed"),
    [
        pytest.param(
            "Sweden, a PfP partner since 1994, also flew missions over Libya.",
            {("partner_in", "SWE", "pfp", "outdated")},
            False,
            id="a-country-as-a-place-is-no-unread-claim",
        ),
        pytest.param(
            "The Kingdom of Morocco is since the year 1995 partner of the Mediterranean "
            "Dialogue of the NATO.",
            set(),
            True,
            id="a-start-the-reader-lost-leaves-the-state-unjudged",
        ),
    ],
)
def test_a_sentence_is_not_both_judged_and_listed(
    curated: Store, text: str, claims: set, listed: bool
) -> None:
    """A sentence judged and listed as not checked must have a part no claim reads; "flew missions
    over Libya" names Libya as a place, and "is since the year 1995 partner" gives a start the
    reader lost, so the state now is not judged without it (it was supported, and listed)."""
    found, unread = read(curated, text)
    assert found == claims
    assert unread == ([text] if listed else [])
