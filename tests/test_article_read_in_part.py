"""What analyst audit 21 saw pass as "supported" that was false, and pass without a word.

- "Qatar joined the ICI in 2005 and later became a NATO member" and "Tunisia became a NATO member
  after joining the MD in 1995" were supported, the sentence not listed, "0 sentences not
  checked": the membership (false) was read by no claim. A NATO membership ("a NATO member",
  "joined NATO", "a member of NATO") that no claim holds now lists the sentence.
- "Afghanistan's partnership with NATO remains active" made no claim and was not listed: a
  partnership with NATO, dated or not, in words no claim was read from, is listed.
- A claim read from a sentence that says more (listed as not checked) showed as plainly
  "supported" in `claim-evidence` and in the load's count. It is marked `read_in_part`, and the
  summary counts them apart from the supported ones ("1 supported, 2 partly checked (supported
  as far as read; the rest of the sentence was not checked)": analyst audit 22, F4), for an
  article given again too.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import io

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Qatar joined the Istanbul Cooperation Initiative in 2005 and later became a NATO"
            " member.",
            {("partner_in", "QAT", "ici", "supported")},
            id="and-later-a-member",
        ),
        pytest.param(
            "Tunisia became a NATO member after joining the Mediterranean Dialogue in 1995.",
            {("partner_in", "TUN", "md", "supported")},
            id="member-after-joining",
        ),
        pytest.param(
            "Afghanistan's partnership with NATO remains active.", set(), id="partnership"
        ),
        pytest.param(
            "Mongolia's partnership with NATO is one of its oldest.",
            set(),
            id="partnership-undated",
        ),
    ],
)
def test_a_membership_or_partnership_no_claim_holds_is_listed(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Qatar joined NATO's Istanbul Cooperation Initiative in 2005.",
            {("partner_in", "QAT", "ici", "supported")},
            id="nato-s-framework",
        ),
        pytest.param(
            "Finland joined NATO in 2023.", {("member_of", "FIN", "NATO", "supported")}, id="joined"
        ),
        pytest.param(
            "Tunisia is not a member of NATO.",
            {("not member_of", "TUN", "NATO", "supported")},
            id="member-of-denied",
        ),
        pytest.param(
            "Bahrain joined the Istanbul Cooperation Initiative in 2005 before joining NATO.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("member_of", "BHR", "NATO", "contradicted"),
            },
            id="before-joining-nato-read",
        ),
    ],
)
def test_a_membership_a_claim_holds_is_not_listed(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


ARTICLE = (
    "Short items\n\n"
    "Qatar joined the Istanbul Cooperation Initiative in 2005 and later became a NATO member. "
    "Tunisia became a NATO member after joining the Mediterranean Dialogue in 1995. "
    "Jordan joined the Mediterranean Dialogue in 1995.\n"
)


def _load(store: Store) -> str:
    (summary,) = load_articles(store, ["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    return summary.format().splitlines()[0]


def test_a_claim_read_in_part_is_marked_and_counted(curated: Store) -> None:
    first = _load(curated)
    assert (
        "3 claims: 1 supported, 2 partly checked (supported as far as read; the rest of the "
        "sentence was not checked), 0 contradicted" in first
    )
    assert first.endswith("2 sentences not checked")
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.subject AS s, c.read_in_part AS part ORDER BY s"
    ).rows
    assert [(r["s"], r["part"]) for r in rows] == [("JOR", False), ("QAT", True), ("TUN", True)]
    # given again, the summary read back from the store says the same
    again = _load(curated)
    assert "1 supported, 2 partly checked (supported as far as read;" in again


def test_claim_evidence_shows_what_was_read_in_part(curated: Store) -> None:
    from nato_graph.connection import Connection

    _load(curated)
    rows = Connection.on(curated).ask("claim-evidence").rows
    assert {(r["subject"], r["verdict"], r["read_in_part"]) for r in rows} == {
        ("Jordan", "supported", False),
        ("Qatar", "supported", True),
        ("Tunisia", "supported", True),
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Qatar hosts the NATO-ICI Regional Centre.", id="hosts-false"),
        pytest.param("The NATO-ICI Regional Centre is based in Qatar.", id="based-in"),
        pytest.param("Both Israel and Jordan face terrorism with NATO.", id="face-a-threat"),
        pytest.param(
            "Israel and Jordan share the threat of terrorism with NATO.", id="share-a-threat"
        ),
    ],
)
def test_a_seat_or_a_threat_faced_is_listed(curated: Store, text: str) -> None:
    """An institution's seat ("Qatar hosts the NATO-ICI Regional Centre": Kuwait does) and a
    threat faced with NATO passed in silence; no claim reads them, and they are listed."""
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Qatar, a NATO partner since 2005, later became a NATO member.",
            {("partner_of", "QAT", "NATO", "supported")},
            id="a-claim-of-nato-not-of-membership",
        ),
        pytest.param(
            "Jordan, an MD partner since 1995, later became an Ally.",
            {("partner_in", "JOR", "md", "supported")},
            id="an-ally",
        ),
        pytest.param(
            "Qatar joined the Istanbul Cooperation Initiative in 2005 and later acceded to NATO.",
            {("partner_in", "QAT", "ici", "supported")},
            id="acceded-to",
        ),
        pytest.param(
            "Qatar joined the Istanbul Cooperation Initiative in 2005 and was later admitted to"
            " NATO.",
            {("partner_in", "QAT", "ici", "supported")},
            id="admitted-to",
        ),
        pytest.param(
            "Qatar, an ICI partner since 2005, hosts the NATO-ICI Regional Centre.",
            {("partner_in", "QAT", "ici", "supported")},
            id="a-seat-beside-a-claim",
        ),
        pytest.param("The NATO-ICI Regional Centre sits in Doha.", set(), id="a-seat-in-a-capital"),
        pytest.param("Qatar is home to the NATO-ICI Regional Centre.", set(), id="home-to"),
        pytest.param(
            "Afghanistan's cooperation with NATO remains active.", set(), id="cooperation-with"
        ),
        pytest.param(
            "Afghanistan's relationship with NATO remains active.", set(), id="relationship-with"
        ),
        pytest.param(
            "Jordan was not the first to join the Mediterranean Dialogue.",
            set(),
            id="a-rank-denied-not-the-joining",
        ),
    ],
)
def test_review_near_misses_are_listed(curated: Store, text: str, expected: Claims) -> None:
    """The review of these rules found one-word paraphrases that still passed in silence (or,
    for a rank denied, as a joining denied: contradicted)."""
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == [text]


def test_a_question_answered_past_the_kept_sentences_is_not_read_in_part(curated: Store) -> None:
    """Past the sentences a document keeps listed, a question the next sentence answers is still
    taken off the list: its count, and the claims marked read in part."""
    filler = " ".join(f"Qatar may join the Partnership for Peace in {2030 + k}." for k in range(25))
    text = f"{filler} Did Jordan join the MD in 1995? Yes, it joined in 1995."
    read(curated, text)
    rows = curated.read("MATCH (c:Claim {subject: 'JOR'}) RETURN c.read_in_part AS part").rows
    assert rows and not any(r["part"] for r in rows)
    count = curated.read("MATCH (d:Document) RETURN d.unread_count AS n").value(0)
    assert count == 25
