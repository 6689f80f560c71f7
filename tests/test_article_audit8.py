"""A false claim a ninth article audit (audit 8's probes) found judged supported.

"Russia is, once again, an active participant in the Partnership for Peace" was supported: the
"once" of "once again" was read as "formerly", so the claim was of the past, when Russia did take
part. "Once again" and "once more" say the state holds now, as it did before; a bare "once" ("was
once a partner") still tells of the past. Claims are (predicate, subject, object, verdict), read
from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Russia is, once again, an active participant in the Partnership for Peace.",
            ("partner_in", "RUS", "pfp", "contradicted"),  # suspended since April 2014
            id="once-again-suspended",
        ),
        pytest.param(
            "Russia is once again an active participant in the Partnership for Peace.",
            ("partner_in", "RUS", "pfp", "contradicted"),
            id="once-again-no-commas",
        ),
        pytest.param(
            "Belarus is once more a partner in the Partnership for Peace.",
            ("partner_in", "BLR", "pfp", "outdated"),  # suspended since November 2021
            id="once-more-suspended",
        ),
        pytest.param(
            "Finland is once more a participant in the Partnership for Peace.",
            ("partner_in", "FIN", "pfp", "outdated"),  # an Ally since April 2023
            id="once-more-now-an-ally",
        ),
        pytest.param(
            "Malta is once again a member of the Partnership for Peace.",
            ("partner_in", "MLT", "pfp", "supported"),  # back since April 2008
            id="once-again-true",
        ),
        pytest.param(
            "Russia was once a partner in the Partnership for Peace.",
            ("partner_in", "RUS", "pfp", "supported"),  # a bare "once": the past, when it was
            id="bare-once-is-past",
        ),
    ],
)
def test_once_again_is_now(curated: Store, text: str, claim: tuple[str, str, str, str]) -> None:
    claims, _ = read(curated, text)
    assert claims == {claim}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Ukraine, NATO's closest partner, is not an Ally, and neither is Georgia.",
            # the aside's claim is Ukraine's alone; "neither" denies only what is denied
            {("partner_of", "UKR", "NATO", "supported")},
            id="aside-not-echoed",
        ),
        pytest.param(
            "Moldova, a PfP partner, is not an Ally, and neither is Armenia.",
            {
                ("partner_in", "MDA", "pfp", "supported"),
                ("not member_of", "MDA", "NATO", "supported"),
                ("not member_of", "ARM", "NATO", "supported"),
            },
            id="denial-echoed",
        ),
        pytest.param(
            "Japan is not an Ally, and neither is Australia.",
            {
                ("not member_of", "JPN", "NATO", "supported"),
                ("not member_of", "AUS", "NATO", "supported"),
            },
            id="plain",
        ),
    ],
)
def test_neither_echoes_only_what_is_denied(
    curated: Store, text: str, claims: set[tuple[str, str, str, str]]
) -> None:
    """ "Ukraine, NATO's closest partner, is not an Ally, and neither is Georgia" made Georgia
    "not a partner of NATO", contradicted: a true sentence read as false. "Neither" and "nor"
    take only the negated claims of the clause before."""
    found, _ = read(curated, text)
    assert found == claims
