"""Phrasings of joining, leaving and launching that audit 7's articles showed the reader missing,
one family per test.

Sitting in a body is taking part in it ("has sat in the EAPC since 1997", "does not sit in").
Entering a framework, coming aboard it or putting one's signature to it is joining it. Walking,
pulling, dropping or opting "out of" a framework is leaving it. A framework is launched by
whoever the sentence says launched it ("Allied leaders unveiled the PfP"), never by a country,
and "itself" may stand between its name and a passive launch. A list after "VERB BODY:" takes
that verb and body ("In 2004 seven countries joined NATO: Bulgaria, ..."). Claims are
(predicate, subject, object, verdict), "not " before a negated predicate, read from a real
embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Turkmenistan, despite its neutrality, has sat in the EAPC since 1997.",
            {("partner_in", "TKM", "eapc", "supported")},
            id="has-sat-since",
        ),
        pytest.param(
            "Croatia sat in the EAPC as a partner from 2000 until it joined NATO in 2009.",
            {("partner_in", "HRV", "eapc", "supported"), ("member_of", "HRV", "NATO", "supported")},
            id="sat-from-until",
        ),
        pytest.param(
            "Japan does not sit in the Euro-Atlantic Partnership Council.",
            {("not partner_in", "JPN", "eapc", "supported")},
            id="does-not-sit",
        ),
        pytest.param(
            "Croatia only entered the Partnership for Peace in 2000, six years after its neighbour.",
            {("partner_in", "HRV", "pfp", "supported")},
            id="entered",
        ),
        pytest.param(
            "Croatia entered the Partnership for Peace in 1994.",
            {("partner_in", "HRV", "pfp", "contradicted")},
            id="entered-wrong-year",
        ),
        pytest.param(
            "Switzerland came aboard the Partnership for Peace in December 1996.",
            {("partner_in", "CHE", "pfp", "supported")},
            id="came-aboard",
        ),
        pytest.param(
            "Romania put its signature to the Partnership for Peace Framework Document on "
            "26 January 1994.",
            {("partner_in", "ROU", "pfp", "supported")},
            id="put-its-signature",
        ),
    ],
)
def test_sitting_entering_and_coming_aboard_are_taking_part(
    curated: Store, text: str, claims: Claims
) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Uzbekistan walked out of the Euro-Atlantic Partnership Council in 2005.",
            {("left", "UZB", "eapc", "contradicted")},
            id="walked-out-of",
        ),
        pytest.param(
            "Uzbekistan pulled out of the Partnership for Peace in 2005.",
            {("left", "UZB", "pfp", "contradicted")},
            id="pulled-out-of",
        ),
        # "left out of" is exclusion, not leaving
        pytest.param("Japan was left out of the Partnership for Peace.", set(), id="left-out-of"),
    ],
)
def test_out_of_is_leaving(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Allied leaders unveiled the Partnership for Peace at their Brussels summit in "
            "January 1994.",
            {("launched", "pfp", "pfp", "supported")},
            id="leaders-unveiled",
        ),
        pytest.param(
            "The North Atlantic Cooperation Council itself had been founded in December 1991.",
            {("launched", "nacc", "nacc", "supported")},
            id="itself-had-been-founded",
        ),
        pytest.param(
            "Allied leaders unveiled the Partnership for Peace in January 1995.",
            {("launched", "pfp", "pfp", "contradicted")},
            id="leaders-unveiled-wrong-year",
        ),
        # a country launches no framework of NATO's
        pytest.param(
            "Jordan created the Mediterranean Dialogue in 1994.", set(), id="country-creates"
        ),
    ],
)
def test_a_launch_by_whoever_launched_it(curated: Store, text: str, claims: Claims) -> None:
    assert {c for c in claims_of(curated, text) if c[0] == "launched"} == claims


def test_a_list_after_the_verb_and_the_body(curated: Store) -> None:
    text = (
        "In 2004 seven countries joined NATO: Bulgaria, Estonia, Latvia, Lithuania, Romania, "
        "Slovakia and Slovenia."
    )
    assert claims_of(curated, text) == {
        ("member_of", c, "NATO", "supported")
        for c in ("BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN")
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Two countries never joined NATO: Austria and Ireland.", id="never"),
        pytest.param("Two countries may join NATO: Austria and Ireland.", id="may"),
        pytest.param("Leaders met at NATO: Austria and Ireland sent envoys.", id="no-join"),
    ],
)
def test_no_list_claim_without_a_plain_join(curated: Store, text: str) -> None:
    assert {c for c in claims_of(curated, text) if c[0] == "member_of"} == set()
