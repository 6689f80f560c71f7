"""The Membership Action Plan in articles: checked by its full name as by "the MAP", and, as its
rows list every participant (`listed: all` in frameworks.yaml), a country they do not list never
had one ("Ukraine joined the Membership Action Plan in 2008" is contradicted: it was promised
membership at Bucharest, not a MAP). Its full name was once taken as a sign that NATO membership
was not meant, and the sentence skipped. Claims are (predicate, subject, object, verdict) from a
real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Albania joined the Membership Action Plan in 1999.",
            {("partner_in", "ALB", "map", "supported")},
            id="full-name",
        ),
        pytest.param(
            "Montenegro joined NATO's Membership Action Plan in 2009.",
            {("partner_in", "MNE", "map", "supported")},  # no claim of joining NATO
            id="nato-s-programme",
        ),
        pytest.param(
            "Bosnia and Herzegovina joined NATO's Membership Action Plan in 2010.",
            {("partner_in", "BIH", "map", "supported")},  # invited at Tallinn, April 2010
            id="bosnia-invited-2010",
        ),
        pytest.param(
            "Albania, which joined the Membership Action Plan in 1999, became a NATO member in "
            "2009.",
            {("partner_in", "ALB", "map", "supported"), ("member_of", "ALB", "NATO", "supported")},
            id="with-membership-after",
        ),
        pytest.param(
            "Ukraine joined the Membership Action Plan in 2008.",
            {("partner_in", "UKR", "map", "contradicted")},
            id="never-given-one",
        ),
        pytest.param(
            "Poland joined the MAP in 1999.",
            {("partner_in", "POL", "map", "contradicted")},  # an Ally before the MAP began
            id="an-ally-before-it",
        ),
        pytest.param(
            "Georgia and Ukraine were promised membership but not given a Membership Action "
            "Plan in 2008.",
            {
                ("not partner_in", "GEO", "map", "supported"),
                ("not partner_in", "UKR", "map", "supported"),
            },
            id="denied-for-both",
        ),
        # a programme whose rows may not list every participant: not listed says nothing
        pytest.param(
            "Ukraine joined the Science for Peace and Security Programme in 2005.",
            {("partner_in", "UKR", "sps", "new")},
            id="another-programme-not-complete",
        ),
    ],
)
def test_the_membership_action_plan_is_checked(curated: Store, text: str, expected: Claims) -> None:
    assert claims_of(curated, text) == expected
