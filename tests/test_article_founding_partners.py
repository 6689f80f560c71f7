"""A country called a founding member of a framework is checked against the framework's first
participants, not only as taking part.

"Egypt was one of the founding members of the Mediterranean Dialogue in 1994" was contradicted
(Egypt joined in February 1995, not in 1994), though Egypt was among the five the Dialogue began
with, and 1994 is the year it was launched; "The MD's founding members included Egypt, Israel and
Algeria" and "The founding members of the PfP included Romania and Austria" passed Algeria (2000)
and Austria (1995) as supported, the founding dropped; "Finland and Sweden were founding members of
the PfP in 1994" was supported, though the PfP's first signatories joined in January and they in
May.

Now, of a framework whose partners' dates the data holds as accessions (the PfP, the MD, the ICI):
a partner that joined in the same month as the first is a founder (supported, the year given being
that of its joining or of the framework's launch); one that joined more than a year after the first
is not (contradicted); one in between is unverified, as are dates the data holds as disputed
(Kuwait's in the ICI); so in a forum, among its partners' seats (the EAPC's, from May 1997). Of a
grouping, a programme, or a framework whose dates mark conventions (the partners across the globe,
Japan's from 1990), founding is not checked.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

EGY = ("partner_in", "EGY", "md", "supported")
ISR = ("partner_in", "ISR", "md", "supported")
DZA_NOT = ("partner_in", "DZA", "md", "contradicted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Egypt was one of the founding members of the Mediterranean Dialogue in 1994.",
            {EGY},
            id="launch-year",
        ),
        pytest.param(
            "Egypt was a founding member of the Mediterranean Dialogue in 1995.",
            {EGY},
            id="joining-year",
        ),
        pytest.param(
            "Egypt is one of the Mediterranean Dialogue's founding members.", {EGY}, id="possessive"
        ),
        pytest.param(
            "Israel and Tunisia were among the original members of the Mediterranean Dialogue.",
            {ISR, ("partner_in", "TUN", "md", "supported")},
            id="original-members",
        ),
        pytest.param(
            "Romania was a founding member of the Partnership for Peace.",
            {("partner_in", "ROU", "pfp", "supported")},
            id="pfp-first-signatory",
        ),
        pytest.param(
            "Algeria was a founding partner of the Mediterranean Dialogue.",
            {DZA_NOT},
            id="years-later",
        ),
        pytest.param(
            "Austria was a founding member of the Partnership for Peace.",
            {("partner_in", "AUT", "pfp", "contradicted")},
            id="pfp-a-year-later",
        ),
        pytest.param(
            "Egypt became a founding member of the Mediterranean Dialogue in 1998.",
            {("partner_in", "EGY", "md", "contradicted")},
            id="became-in-another-year",
        ),
        pytest.param(
            "Ukraine was a founding member of the Mediterranean Dialogue.",
            {("partner_in", "UKR", "md", "contradicted")},
            id="never-a-partner",
        ),
        # the first year, or dates in dispute: not settled
        pytest.param(
            "Finland and Sweden were founding members of the Partnership for Peace in 1994.",
            {
                ("partner_in", "FIN", "pfp", "unverified"),
                ("partner_in", "SWE", "pfp", "unverified"),
            },
            id="pfp-same-year",
        ),
        pytest.param(
            "Jordan was a founding member of the Mediterranean Dialogue.",
            {("partner_in", "JOR", "md", "unverified")},
            id="md-months-later",
        ),
        pytest.param(
            "Kuwait was a founding member of the Istanbul Cooperation Initiative.",
            {("partner_in", "KWT", "ici", "unverified")},
            id="disputed-date",
        ),
        pytest.param(
            "Kuwait was a founding member of the Istanbul Cooperation Initiative in 2005.",
            {("partner_in", "KWT", "ici", "unverified")},
            id="a-year-the-sources-allow",
        ),
        pytest.param(
            "Mongolia was a founding member of Partners across the globe.",
            {("partner_in", "MNG", "pag", "unverified")},
            id="dates-by-convention",
        ),
        pytest.param(
            "Finland was a founding member of the Euro-Atlantic Partnership Council.",
            {("partner_in", "FIN", "eapc", "supported")},
            id="forum-of-allies-and-partners",
        ),
        pytest.param(
            "Malta was a founding member of the Euro-Atlantic Partnership Council.",
            {("partner_in", "MLT", "eapc", "contradicted")},
            id="forum-seat-years-later",
        ),
    ],
)
def test_a_founding_member_of_a_framework(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


# A review's cases: the part the claim gives is judged as any such claim is (its tense, end,
# month), the founding beside it; a year neither the join's nor the launch's, in the past, may
# date either; the founders the subject joined are not the subject.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param(
            "Romania was a founding member of the Partnership for Peace until 2010.",
            ("ROU", "pfp", "contradicted"),
            id="until-after-it-left",
        ),
        pytest.param(
            "Romania remains a founding partner of the Partnership for Peace today.",
            ("ROU", "pfp", "outdated"),
            id="remains-though-an-ally",
        ),
        pytest.param(
            "Lithuania is a founding member of the Partnership for Peace.",
            ("LTU", "pfp", "outdated"),
            id="is-though-an-ally",
        ),
        pytest.param(
            "Romania became a founding member of the Partnership for Peace in December 1994.",
            ("ROU", "pfp", "contradicted"),
            id="became-in-another-month",
        ),
        pytest.param(
            "Finland became a founding member of the Partnership for Peace in January 1994.",
            ("FIN", "pfp", "contradicted"),
            id="became-before-it-joined",
        ),
        pytest.param(
            "Egypt was one of the five founding members of the Mediterranean Dialogue in "
            "December 1994.",
            ("EGY", "md", "supported"),
            id="the-launch-month",
        ),
        pytest.param(
            "Egypt was a founding member of the Mediterranean Dialogue in 1998.",
            ("EGY", "md", "unverified"),
            id="a-later-year-in-the-past",
        ),
        pytest.param(
            "As of 2024, Egypt is a founding member of the Mediterranean Dialogue.",
            ("EGY", "md", "unverified"),
            id="as-of-a-later-year",
        ),
        pytest.param(
            "Algeria joined the original five members of the Mediterranean Dialogue in 2000.",
            ("DZA", "md", "supported"),
            id="joined-the-founders",
        ),
        pytest.param(
            "Austria joined the founding members of the Partnership for Peace in 1997.",
            ("AUT", "pfp", "contradicted"),
            id="joined-the-founders-wrong-year",
        ),
        pytest.param(
            "Colombia was a founding member of the partners across the globe in 2018.",
            ("COL", "pag", "unverified"),
            id="dated-by-convention",
        ),
        pytest.param(
            "Croatia was a founding member of the Membership Action Plan in 2002.",
            ("HRV", "map", "unverified"),
            id="a-programme",
        ),
    ],
)
def test_the_part_and_the_founding(
    curated: Store, text: str, verdict: tuple[str, str, str]
) -> None:
    subject, framework, expected = verdict
    assert read(curated, text)[0] == {("partner_in", subject, framework, expected)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Mediterranean Dialogue's founding members included Egypt, Israel and Algeria.",
            {EGY, ISR, DZA_NOT},
            id="possessive-included",
        ),
        pytest.param(
            "The founding members of the Partnership for Peace included Romania and Austria.",
            {
                ("partner_in", "ROU", "pfp", "supported"),
                ("partner_in", "AUT", "pfp", "contradicted"),
            },
            id="founding-members-of-included",
        ),
        pytest.param(
            "The original members of the Mediterranean Dialogue include Egypt and Jordan.",
            {EGY, ("partner_in", "JOR", "md", "unverified")},
            id="original-members-of-include",
        ),
        # near misses: members, not founders; a founding document
        pytest.param(
            "The Mediterranean Dialogue's members include Egypt and Algeria.",
            {EGY, ("partner_in", "DZA", "md", "supported")},
            id="members-include",
        ),
        pytest.param(
            "The founding document of the Mediterranean Dialogue names Egypt and Israel.",
            set(),
            id="founding-document",
        ),
    ],
)
def test_a_framework_s_founders_listed(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


def test_the_founders_are_named_with_the_launch(curated: Store) -> None:
    """The verdict says who joined first, when, and when the framework was launched, and cites
    the first participants' sources too."""
    read(curated, "Algeria was a founding member of the Mediterranean Dialogue.")
    claim = curated.read("MATCH (c:Claim) RETURN properties(c) AS p").value()
    assert claim["claim"] == "Algeria was a founding member of the Mediterranean Dialogue"
    assert claim["correction"] == (
        "Algeria was not among the first participants in the Mediterranean Dialogue: it joined in"
        " March 2000; its first participants (Egypt, Israel, Mauritania, Morocco and Tunisia)"
        " joined in February 1995, after its launch in December 1994"
    )
    assert "nato-md-topic" in claim["sources"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Some claim that Algeria was a founding member of the Mediterranean Dialogue.",
            id="another-s-claim",
        ),
    ],
)
def test_a_founding_reported_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param("As of 2024, Norway is a founding member of NATO.", "unverified", id="as-of"),
        pytest.param("Norway was a founding member of NATO in 1949.", "supported", id="in-1949"),
        pytest.param("Norway was a founding member of NATO in 1948.", "contradicted", id="before"),
        pytest.param(
            "Norway became a founding member of NATO in 1955.", "contradicted", id="became-later"
        ),
    ],
)
def test_a_founding_member_of_nato_at_a_later_date(curated: Store, text: str, verdict: str) -> None:
    """A later year in the past of one of NATO's founders may date the founding (then wrong) or
    the membership then (then true): unverified, where it was contradicted ("not in 2024")."""
    assert read(curated, text)[0] == {("member_of", "NOR", "NATO", verdict)}
