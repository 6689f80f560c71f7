"""The fourteenth analyst's audit (2026-12), on the real embedded store.

- A partnership the data dates from before its framework's launch (Japan's across the globe from
  its first security exchange with NATO in 1990, the framework from 2006) was told as "Japan has
  taken part in the Partners across the globe since 1990", and "Japan joined the partners across
  the globe in 2010" was corrected to "Japan joined ... in 1990", years before the framework
  existed. Its fact now says the partner is in the framework from its launch and its partnership
  with NATO is dated from the older year; a later year's correction says it was already a partner.
"""

from __future__ import annotations

import io

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store


def _verdict(store: Store, text: str) -> dict:
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    return store.read(
        "MATCH (c:Claim) RETURN c.verdict AS verdict, c.correction AS correction, "
        "c.fact AS fact, c.fact_dates AS dates"
    ).first()


@pytest.mark.parametrize(
    ("text", "verdict", "said"),
    [
        (
            "Japan joined the partners across the globe in 2010.",
            "contradicted",
            "Japan has taken part in the Partners across the globe (PAG) since its launch in 2006, "
            "and its partnership with NATO is dated from 1990 (the first NATO-Japan security "
            "exchange); it was already a partner in 2010",
        ),
        (
            "New Zealand has been one of NATO's global partners since 2009.",
            "contradicted",
            "New Zealand has taken part in the Partners across the globe (PAG) since its launch in "
            "2006, and its partnership with NATO is dated from 2001",
        ),
    ],
)
def test_a_later_year_is_corrected_from_the_launch_not_the_older_date(
    curated: Store, text: str, verdict: str, said: str
) -> None:
    row = _verdict(curated, text)
    assert row["verdict"] == verdict
    assert said in row["correction"]
    assert "joined the Partners across the globe in" not in row["correction"]


def test_a_partnership_older_than_its_framework_tells_both_dates(curated: Store) -> None:
    row = _verdict(curated, "Japan is one of NATO's partners across the globe.")
    assert row["verdict"] == "supported"
    assert row["fact"].startswith(
        "Japan has taken part in the Partners across the globe (PAG) since its launch in 2006, "
        "and its partnership with NATO is dated from 1990"
    )
    assert row["dates"] == ["2006", "1990"]


def test_an_unsure_older_date_makes_no_since_of_the_launch(curated: Store) -> None:
    """Mongolia's 2005 is when contacts began, held as unverified: its fact says that it takes
    part, not since when; the claim of a later year refutes nothing."""
    row = _verdict(curated, "Mongolia became one of NATO's partners across the globe in 2010.")
    assert row["verdict"] == "unverified"
    assert row["fact"].startswith(
        "Mongolia takes part in the Partners across the globe (PAG), launched in 2006, and its "
        "partnership with NATO is dated from 2005 (a date the data holds only as unverified; "
    )
