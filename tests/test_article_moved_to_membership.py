"""A partner said to have passed from a partnership to NATO membership is read: "Sweden moved from
the PfP to full NATO membership in 2024" and "Montenegro graduated from the PfP to NATO in 2017"
were only listed, the date with them ("in 2023" of Sweden passed unchecked). Read: a join of NATO
at the date given, and the part in the framework named, undated (its date is the join's, judged
once). Denied, hedged, a move to a framework or to another bond, and a destination that says more
than membership are not read, and stay listed.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

SWE_PFP = ("partner_in", "SWE", "pfp", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sweden moved from the PfP to full NATO membership in 2024.",
            {("member_of", "SWE", "NATO", "supported"), SWE_PFP},
            id="moved",
        ),
        pytest.param(
            "Sweden moved from the Partnership for Peace to full NATO membership in 2023.",
            {("member_of", "SWE", "NATO", "contradicted"), SWE_PFP},
            id="moved-wrong-year",
        ),
        pytest.param(
            "Montenegro graduated from the PfP to NATO in 2017.",
            {("member_of", "MNE", "NATO", "supported"), ("partner_in", "MNE", "pfp", "supported")},
            id="graduated",
        ),
        pytest.param(
            "Albania finally progressed from the Partnership for Peace to NATO membership in 2008.",
            {
                ("member_of", "ALB", "NATO", "contradicted"),
                ("partner_in", "ALB", "pfp", "supported"),
            },
            id="progressed-wrong-year",
        ),
    ],
)
def test_a_move_from_a_partnership_to_membership_is_read(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Georgia has not moved from the PfP to NATO membership.", id="denied"),
        pytest.param("Ukraine may move from partner to NATO member in 2030.", id="hedged"),
        pytest.param(
            "Ukraine effectively moved from the PfP to NATO membership in 2022.",
            id="hedged-by-an-adverb",
        ),
        pytest.param("Sweden moved from the PfP to the EAPC in 1997.", id="to-a-framework"),
        pytest.param(
            "Serbia moved from the PfP to closer partnership with NATO in 2015.",
            id="more-than-membership",
        ),
        # from a standing the reader does not read: listed, where it passed in silence
        pytest.param("Poland moved from the Warsaw Pact to NATO in 1999.", id="from-another-bond"),
    ],
)
def test_a_move_not_to_membership_is_not_read(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert not any(c[0] == "member_of" for c in claims)
    assert unread == [text]
