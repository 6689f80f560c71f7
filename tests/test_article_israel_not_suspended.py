"""NATO did not suspend Israel's partnership in 2010: from 2010 Turkey, an Ally, vetoed Israel's
part in NATO's partnership activities, let non-military ones through from 2013 and lifted the veto
in May 2016; the partnership itself went on (the MD partnership's note, and the reference's
timeline of Israel). "NATO suspended Israel's partnership in 2010, officials said" was judged
unverified (analyst audit 21): the data records no suspension of Israel's partnerships but holds
them as several programmes, so an absence alone settles no claim of NATO at large.

The known error ``err_israel_suspended`` settles it: a claim that NATO suspended Israel's
partnership (or its MD partnership) in 2010 is contradicted, with the veto as the correction. A
claim that names no one ("Israel's cooperation with NATO was suspended in 2010 because of a
Turkish veto") is near enough to what happened to stay unverified, and another year stays as it
was. Claims and corrections are read back from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


def _verdicts(store: Store, text: str) -> list[tuple[str, str | None, str | None]]:
    read(store, text)
    rows = store.read(
        "MATCH (c:Claim) RETURN c.verdict AS v, c.correction AS c, c.known_error AS k"
    ).rows
    return [(r["v"], r["c"], r["k"]) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "NATO suspended Israel's partnership in 2010, officials said.",
        "In 2010 NATO suspended Israel's Mediterranean Dialogue partnership.",
        "NATO suspended cooperation with Israel in 2010.",
        "The Alliance suspended Israel's partnership in 2010.",
        "NATO suspended Israel's participation in the Mediterranean Dialogue in 2010.",
    ],
)
def test_nato_suspending_israels_partnership_in_2010_is_contradicted(
    curated: Store, text: str
) -> None:
    ((verdict, correction, error),) = _verdicts(curated, text)
    assert (verdict, error) == ("contradicted", "err_israel_suspended")
    assert correction is not None
    assert correction.startswith("Israel's partnership with NATO was not suspended.")
    assert "Turkey" in correction and "May 2016" in correction


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # no one named: one Ally's veto did stop Israel's activities
        (
            "Israel's cooperation with NATO was suspended in 2010 because of a Turkish veto.",
            "unverified",
        ),
        ("Israel's partnership with NATO was suspended in 2010.", "unverified"),
        # another year is not the error's claim
        ("NATO suspended Israel's partnership in 2012.", "unverified"),
        # another partner's: its MD history records no suspension, and no veto is told of
        ("NATO suspended Jordan's Mediterranean Dialogue partnership in 2010.", "contradicted"),
        (
            "NATO suspended Russia's participation in the Partnership for Peace in 2014.",
            "supported",
        ),
    ],
)
def test_near_misses_keep_their_verdicts(curated: Store, text: str, verdict: str) -> None:
    verdicts = _verdicts(curated, text)
    assert [v for v, _, _ in verdicts] == [verdict]
    assert all(k != "err_israel_suspended" for _, _, k in verdicts)
