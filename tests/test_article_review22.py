"""A read-only review of this session's checker rules (/work/review-2026-12-07h.md) found:

- F7: "Speaking to students, Stoltenberg said that Ukraine joined NATO in 2020." made no claim:
  a crowd word ("students") among the four words before "said" made the clause hearsay, though
  it was not the verb's subject. Words before a comma are no subject of the verb after it.
- F10: a word hyphenated across a line break was mended by dropping the hyphen ("NATO-" / "led":
  "NATOled"), and "Euro-" / "Atlantic Partnership Council" was not joined at all: an acronym's
  hyphen and one before a capital are kept.
- F6: "NATO suspended military cooperation with Israel in 2010" was read as all cooperation (the
  Israel known error contradicted it, though military activities were blocked until 2016): one
  side alone, military or civilian, is a part of the cooperation, and the sentence is listed.
- F1: "NATO suspended Russia's participation in the PfP in 2014, and Belarus's participation
  followed in 2021." made the claim "Belarus joined the PfP in 2021", contradicted, where the
  sentence is true: "followed" after a change other than joining follows into that change; the
  sentence is listed, read in part.
Claims are (predicate, subject, object, verdict) from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        (
            "Speaking to students, Stoltenberg said that Ukraine joined NATO in 2020.",
            {("member_of", "UKR", "NATO", "contradicted")},
            False,
        ),
        # the crowd as the subject: still hearsay
        ("A quarter of respondents said that Ukraine joined NATO in 2020.", set(), True),
        ("Many students said Ukraine joined NATO in 2020.", set(), True),
    ],
)
def test_a_crowd_word_before_a_comma_is_not_the_speaker(
    curated: Store, text: str, expected: Claims, listed: bool
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert (unread == [text]) is listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The memo notes that Austria took part in NATO-\nled operations, and that Sweden "
            "joined the Euro-\nAtlantic Partnership Council in 1997.",
            {("partner_in", "SWE", "eapc", "supported")},
        ),
        (
            "The memo notes that Kazakh-\nstan joined the Partnership for Peace in 1995.",
            {("partner_in", "KAZ", "pfp", "contradicted")},
        ),
        (
            "The memo notes that Georgia's counter-\nterrorism cooperation with NATO began in "
            "2001, and that Georgia joined the Partnership for Peace in 1994.",
            {("partner_in", "GEO", "pfp", "supported")},
        ),
    ],
)
def test_a_word_broken_across_lines_is_mended_with_the_hyphen_it_needs(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert expected <= claims, claims


def test_the_mended_words_keep_their_hyphens() -> None:
    from nato_graph.loaders.articles.text import text_blocks

    (block,) = text_blocks(
        "Austria took part in NATO-\nled operations in the Euro-\nAtlantic area."
    )
    assert "NATO-led" in block and "Euro-Atlantic" in block


@pytest.mark.parametrize(
    "text",
    [
        "NATO suspended military cooperation with Israel in 2010.",
        "NATO suspended civilian cooperation with Russia in 2014.",
    ],
)
def test_one_side_of_cooperation_is_a_part(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set() and unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        "NATO suspended all practical civilian and military cooperation with Russia in April 2014.",
        "NATO suspended civilian and military cooperation with Russia in 2014.",
        "NATO suspended all military cooperation with Russia in 2014.",
    ],
)
def test_the_whole_of_cooperation_is_still_read(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == {("nato_suspended_cooperation", "RUS", "NATO", "supported")}


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        (
            "NATO suspended Russia's participation in the PfP in 2014, and Belarus's "
            "participation followed in 2021.",
            {("nato_suspended", "RUS", "pfp", "supported")},
            True,
        ),
        # after a join, "followed" is a join still
        (
            "Kuwait joined the ICI in 2004, and Qatar followed in 2005.",
            {("partner_in", "KWT", "ici", "unverified"), ("partner_in", "QAT", "ici", "supported")},
            False,
        ),
        (
            "NATO launched the PfP in 1994, and Romania followed.",
            {("launched", "pfp", "pfp", "supported"), ("partner_in", "ROU", "pfp", "supported")},
            False,
        ),
    ],
)
def test_followed_after_a_suspension_is_no_join(
    curated: Store, text: str, expected: Claims, listed: bool
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert (unread == [text]) is listed


def test_an_unverified_join_before_the_launch_is_not_held_in_it_from_then(curated: Store) -> None:
    """F8: the checker said "the data holds Pakistan in it [the PAG] from then [2006]", where the
    data's note says Pakistan was a partner by 2012 at the latest and the answers leave it out for
    a join held only as unverified (Japan's too, since no source dates its entry: review
    2026-12-08, H1)."""
    read(curated, "Pakistan joined the partners across the globe in 2005.")
    fact = curated.read("MATCH (c:Claim {subject: 'PAK'}) RETURN c.fact").value(0)
    assert "in it from then" not in fact
    assert "with no source dating when Pakistan came into the framework itself" in fact
    read(curated, "Japan joined NATO's partners across the globe in 1990.")
    fact = curated.read("MATCH (c:Claim {subject: 'JPN'}) RETURN c.fact").value(0)
    assert "in it from then" not in fact
    assert "with no source dating when Japan came into the framework itself" in fact
