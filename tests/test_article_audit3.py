"""Phrasings a third audit asked the reader to judge, one family per test.

An exclusive claim of one country ("Only Kuwait joined the ICI") is checked against every partner
the data lists; a line opening with a year and a colon ("2004: NATO launched the ICI") dates the
rest of the line. Claims are (predicate, subject, object, verdict), "not " before a negated
predicate, read from a real embedded store as the other article tests read them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read


def _only_row(store: Store, text: str) -> dict:
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    (row,) = store.read(
        "MATCH (c:Claim) RETURN c.verdict AS v, c.correction AS correction, c.claim AS claim, "
        "c.sources AS sources"
    ).rows
    return row


@pytest.mark.parametrize(
    ("text", "claim", "too"),
    [
        pytest.param(
            "Only Kuwait joined the ICI.",
            ("only_partner_in", "KWT", "ici", "contradicted"),
            "Bahrain (2005-02), Qatar (2005-02) and the United Arab Emirates (2005-06) joined "
            "the ICI too",
            id="only-x-joined",
        ),
        pytest.param(
            "Kuwait alone joined the Istanbul Cooperation Initiative.",
            ("only_partner_in", "KWT", "ici", "contradicted"),
            "Bahrain (2005-02), Qatar (2005-02) and the United Arab Emirates (2005-06) joined "
            "the ICI too",
            id="x-alone-joined",
        ),
        pytest.param(
            "Israel is the only member of the Mediterranean Dialogue.",
            ("only_partner_in", "ISR", "md", "contradicted"),
            "Egypt (1995-02), Morocco (1995-02), Mauritania (1995-02), Tunisia (1995-02), "
            "Jordan (1995-11) and Algeria (2000-03) take part in the MD too",
            id="the-only-member-of",
        ),
        pytest.param(
            "Only Oman joined the ICI.",
            ("only_partner_in", "OMN", "ici", "contradicted"),
            "Oman was invited to the Istanbul Cooperation Initiative (ICI) in June 2004 but has "
            "not taken part",
            id="invited-only-did-not-join",
        ),
    ],
)
def test_an_exclusive_claim_of_one_country_is_checked_against_every_partner(
    curated: Store, text: str, claim: tuple, too: str
) -> None:
    """ "Only Kuwait joined the ICI" made no claim and was listed; the data lists the ICI's
    partners in full, so the others who joined (not Oman or Saudi Arabia, only invited) refute
    it, each named with its date, and their sources are cited."""
    assert read(curated, text) == ({claim}, [])
    curated.clear()
    from nato_graph.loaders.load import load

    load(curated)
    row = _only_row(curated, text)
    assert row["correction"] == too
    assert row["sources"]


def test_an_exclusive_claim_is_supported_only_when_no_other_took_part(curated: Store) -> None:
    """With the other partners of the ICI gone from the data, "Only Kuwait joined the ICI"
    holds; the claim's wording says it is exclusive."""
    curated.write(
        "MATCH (c:Country)-[r:PARTNER_IN]->(:Framework {key: 'ici'}) "
        "WHERE c.iso3 <> 'KWT' AND r.status = 'active' DELETE r"
    )
    row = _only_row(curated, "Only Kuwait joined the ICI.")
    assert (row["v"], row["claim"]) == (
        "supported",
        "Only Kuwait joined the Istanbul Cooperation Initiative",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Only Bahrain and Qatar joined the ICI.",  # several: whether exactly these is unchecked
        "Of the six GCC states, only Kuwait joined the ICI.",  # a qualifier
        "Jordan is the only Arab partner in the Mediterranean Dialogue.",
        "Kuwait is the only Gulf state in the ICI.",
        "Kuwait alone joined the ICI in 2004.",  # dated
        "Only four GCC states are ICI members.",  # a count
    ],
)
def test_an_exclusive_claim_the_reader_cannot_settle_is_listed(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "1995: The Mediterranean Dialogue was launched.",
            {("launched", "md", "md", "contradicted")},
            id="a-year-and-a-colon-known-error",
        ),
        pytest.param(
            "2004: NATO launched the Istanbul Cooperation Initiative.",
            {("launched", "ici", "ici", "supported")},
            id="a-year-and-a-colon",
        ),
        pytest.param(
            "In 2004, NATO launched the ICI.",
            {("launched", "ici", "ici", "supported")},
            id="a-fronted-year",
        ),
        pytest.param(
            "1999: Poland, Hungary and the Czech Republic joined NATO.",
            {("member_of", c, "NATO", "supported") for c in ("POL", "HUN", "CZE")},
            id="a-year-and-a-colon-joined",
        ),
    ],
)
def test_a_date_opening_the_line_dates_a_launch(curated: Store, text: str, claims: set) -> None:
    """ "1995: The Mediterranean Dialogue was launched." (a known error: December 1994) made no
    claim and was listed: a date before the launch's subject, set off by a colon or a comma,
    dates it, as it already dated a join."""
    assert read(curated, text) == (claims, [])


def test_a_date_opening_anothers_clause_dates_no_launch(curated: Store) -> None:
    no_claim_and_listed(curated, "In 1995, Jordan said the MD was launched.")


@pytest.mark.parametrize(
    "text",
    [
        "Just Bahrain and Qatar joined the ICI.",
        "Bahrain and Qatar exclusively joined the ICI.",
        "Simply Jordan joined the Mediterranean Dialogue.",
        "Nobody but Bahrain joined the ICI.",
        "Jordan and nobody else joined the MD in 1995.",
        "No one but Kuwait and Qatar joined the ICI.",
    ],
)
def test_other_words_of_exclusion_make_no_claim(curated: Store, text: str) -> None:
    """A fourth audit found exclusion said in other words supported as plain joins ("Just
    Bahrain and Qatar joined the ICI": Kuwait and the United Arab Emirates joined too), and the
    sentences not listed."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "The PfP was launched in 1994 and helped prepare countries for NATO. "
        "Poland, Hungary and Czechia became members in 1999.",
        "Hungary entered the PfP in 1994. It became a member in 1999.",
        "Slovakia joined the PfP in 1994. Slovakia and Slovenia became members in 2004.",
    ],
)
def test_members_of_an_unnamed_body_after_a_framework_are_not_read_into_it(
    curated: Store, text: str
) -> None:
    """'Became members' after a sentence on the PfP means NATO most often: it was read as a PfP
    join in that year and the true sentence contradicted. A bare membership noun takes no
    framework; its sentence is listed."""
    claims, unread = read(curated, text)
    assert not [c for c in claims if c[3] == "contradicted"], claims
    assert [s for s in unread if "member" in s]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_article_is_named_so(tmp_path: Path, encoding: str) -> None:
    """A UTF-16 file (Windows Notepad's "Unicode") was refused as "looks like a binary file";
    a Latin-1 one gets advice to save as UTF-8, and so does this now."""
    from nato_graph.loaders.articles.text import ArticleError, read_article

    path = tmp_path / "notes.txt"
    path.write_bytes("Kuwait joined the ICI in 2004.\n".encode(encoding))
    with pytest.raises(ArticleError, match=r"looks like UTF-16 text .*; save the article as UTF-8"):
        read_article(str(path))
    path.write_bytes(b"\x00\x01\x02\x03binary\x00")
    with pytest.raises(ArticleError, match="looks like a binary file"):
        read_article(str(path))
