"""Gaps a second audit with new articles found, one family per test.

A false claim passed without a word: NATO as the second object of one verb ("joined the PfP
and NATO"), "became members" of a body the sentence does not name, and a country's part in an
operation, which the reader does not judge. A fact said who suspended Malta's participation
the wrong way round, and an article loaded again from the same file after an edit kept the old
version's claims. Claims are (predicate, subject, object, verdict), "not " before a negated
predicate, read from a real embedded store as the other article tests read them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nato_graph.connection import Connection
from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Austria joined the PfP and NATO.",
            {
                ("partner_in", "AUT", "pfp", "supported"),
                ("member_of", "AUT", "NATO", "contradicted"),
            },
            id="joined-the-pfp-and-nato",
        ),
        pytest.param(
            "Austria and Ireland are members of the Partnership for Peace and NATO.",
            {
                ("partner_in", "AUT", "pfp", "supported"),
                ("partner_in", "IRL", "pfp", "supported"),
                ("member_of", "AUT", "NATO", "contradicted"),
                ("member_of", "IRL", "NATO", "contradicted"),
            },
            id="members-of-the-pfp-and-nato",
        ),
        pytest.param(
            "Croatia joined the PfP, the EAPC and NATO.",
            {
                ("partner_in", "HRV", "pfp", "supported"),
                ("partner_in", "HRV", "eapc", "supported"),
                ("member_of", "HRV", "NATO", "supported"),
            },
            id="a-list-of-three",
        ),
        pytest.param(
            "Croatia joined the PfP and NATO in 2004.",
            {
                ("partner_in", "HRV", "pfp", "supported"),
                ("member_of", "HRV", "NATO", "contradicted"),
            },
            id="nato-with-its-own-date",
        ),
    ],
)
def test_nato_after_a_framework_takes_the_verb_before_the_list(
    curated: Store, text: str, claims: set
) -> None:
    """ "Austria joined the PfP and NATO" was read as "Austria joined the PfP" alone, and its
    false half passed without a word: NATO, listed after a framework, is a second object of the
    verb before the list ("joined the", "are members of the")."""
    assert read(curated, text)[0] == claims


def test_nato_opening_a_clause_of_its_own_is_no_second_object(curated: Store) -> None:
    claims, _ = read(
        curated,
        "Austria joined the PfP and NATO is now its main partner. Croatia joined the PfP and NATO.",
    )
    assert claims == {
        ("partner_in", "AUT", "pfp", "supported"),
        ("partner_in", "HRV", "pfp", "supported"),
        ("member_of", "HRV", "NATO", "supported"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Both Finland and Sweden became members in 2023.",
        "Finland became a member in 2023.",
        "Austria and Ireland are not members.",
    ],
)
def test_members_of_a_body_left_unnamed_are_listed(curated: Store, text: str) -> None:
    """ "Both Finland and Sweden became members in 2023" (false for Sweden: March 2024) was
    neither read nor listed: with no body named, and none the sentence before was about, the
    reader cannot tell what they became members of, so it says so."""
    assert read(curated, text) == (set(), [text])


def test_members_take_nato_from_the_sentence_before(curated: Store) -> None:
    """ "became members" (plural, after a verb of becoming) takes the body the sentence before
    was about, as "became a member" does."""
    claims, _ = read(
        curated,
        "Finland and Sweden applied to join NATO in 2022. "
        "Both Finland and Sweden became members in 2023. "
        "Finland and Sweden are now full members.",
    )
    assert claims == {
        ("member_of", "FIN", "NATO", "supported"),
        ("member_of", "SWE", "NATO", "contradicted"),
    } | {("member_of", c, "NATO", "supported") for c in ("FIN", "SWE")}


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent combat troops to ISAF.",
        "Georgia contributed troops to the International Security Assistance Force.",
        "Mongolia sent troops to ISAF from 2010.",
        "Qatar contributed aircraft to Operation Unified Protector in Libya in 2011.",
        "Georgia took part in KFOR.",
    ],
)
def test_a_part_in_an_operation_is_listed_as_not_checked(curated: Store, text: str) -> None:
    """A country's part in an operation was neither judged nor listed, so "Japan sent combat
    troops to ISAF" (Japan sent none: it paid for projects) passed without a word. The reader
    does not judge such a part, nor the manner of it: it lists the sentence."""
    assert read(curated, text) == (set(), [text])


def test_a_part_in_an_operation_beside_a_claim_is_read_in_part(curated: Store) -> None:
    text = "Georgia, a PfP partner since 1994, sent troops to ISAF."
    assert read(curated, text) == ({("partner_in", "GEO", "pfp", "supported")}, [text])


def test_the_fact_says_whose_decision_a_suspension_was(curated: Store) -> None:
    """The data says Malta suspended its own participation in 1996 (history ``by: partner``):
    the fact said it "was suspended", as if by NATO."""
    load_articles(curated, ["-"], stdin=io.BytesIO(b"Malta joined the PfP in 1995."))
    fact = curated.read("MATCH (c:Claim) RETURN c.fact AS f").value(0)
    assert fact == (
        "Malta took part in the Partnership for Peace (PfP) from 26 April 1995, suspended its own "
        "participation on 27 October 1996 and took part again from 3 April 2008"
    )


def _documents(store: Store) -> list[tuple[str, list[str]]]:
    rows = store.read(
        "MATCH (d:Document) OPTIONAL MATCH (d)-[:MAKES]->(c:Claim) "
        "RETURN d.key AS key, d.path AS path, collect(c.claim) AS claims"
    ).rows
    return sorted(((r["path"], sorted(r["claims"])) for r in rows), key=repr)


def test_a_new_version_of_a_file_replaces_the_old_one(
    curated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading an edited article again kept both versions, and the old one's contradicted claim
    was still listed among the contradictions. A new version of the same file (by its resolved
    path, from any working directory) replaces the old Document, its claims and mentions, and the
    summary says so; an unreadable new version leaves the old one; stdin articles are all kept."""
    article = tmp_path / "e.txt"
    article.write_text("Kuwait joined the ICI in 1999.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (first,) = load_articles(curated, ["e.txt"])
    assert first.replaces == []
    article.write_text("Kuwait joined the ICI in 2005.\n", encoding="utf-8")
    (second,) = load_articles(curated, [str(article)])  # the same file, by another path
    assert len(second.replaces) == 1
    assert "replaces the version loaded on " in second.format().splitlines()[0]
    assert _documents(curated) == [
        (str(article), ["Kuwait joined the Istanbul Cooperation Initiative in 2005"])
    ]
    assert curated.read("MATCH (c:Claim) WHERE c.verdict = 'contradicted' RETURN c").rows == []
    assert curated.read("MATCH (d:Document)-[m:MENTIONS]->() RETURN count(m) AS n").value(0) == 2
    article.write_bytes(b"\x00\x01binary")
    with pytest.raises(Exception, match="binary"):
        load_articles(curated, ["e.txt"])
    assert len(_documents(curated)) == 1  # the version before is kept
    for text in (b"Kuwait joined the ICI in 1999.", b"Kuwait joined the ICI in 2005. Again."):
        load_articles(curated, ["-"], stdin=io.BytesIO(text))
    assert [p for p, _ in _documents(curated)].count(None) == 2


def test_a_version_another_file_still_holds_is_kept(
    curated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files with the same text share one Document. Editing the first deleted that Document
    though the second still held it: its claims and mentions were gone until it was loaded again.
    A Document now goes only when no file holds it; a file put back to a text another file holds
    joins that Document again, and says it replaced its own earlier version, not "unchanged"."""
    monkeypatch.chdir(tmp_path)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text("Kuwait joined the ICI in 1999.\n", encoding="utf-8")
    load_articles(curated, ["a.txt"])
    (again,) = load_articles(curated, ["b.txt"])
    assert again.format().splitlines()[0].startswith("already loaded, unchanged: ")
    first.write_text("Kuwait joined the ICI in 2005.\n", encoding="utf-8")
    (edited,) = load_articles(curated, ["a.txt"])
    assert len(edited.replaces) == 1
    claims = sorted(c for _, cs in _documents(curated) for c in cs)
    assert claims == [  # b.txt's version stays, with its claim
        "Kuwait joined the Istanbul Cooperation Initiative in 1999",
        "Kuwait joined the Istanbul Cooperation Initiative in 2005",
    ]
    first.write_text("Kuwait joined the ICI in 1999.\n", encoding="utf-8")  # put back
    (back,) = load_articles(curated, ["a.txt"])
    assert (
        back.format().splitlines()[0].startswith("already loaded, replaces the version loaded on ")
    )
    assert [cs for _, cs in _documents(curated)] == [
        ["Kuwait joined the Istanbul Cooperation Initiative in 1999"]
    ]
    second.write_text("Kuwait joined the ICI in 2004.\n", encoding="utf-8")
    load_articles(curated, ["b.txt"])
    assert sorted(c for _, cs in _documents(curated) for c in cs) == [
        "Kuwait joined the Istanbul Cooperation Initiative in 1999",  # a.txt holds it still
        "Kuwait joined the Istanbul Cooperation Initiative in 2004",
    ]


def test_a_version_another_file_holds_is_shown_by_that_file(
    curated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files of one text, loaded together, were both summarised as the first ("a.md"), and
    once the first was edited, the version the second still held went on being shown by the
    first's path and name, which no longer says it: `contradictions` quoted a.md for a sentence
    only b.md holds. Each file's summary names it, and a version is shown by a file that holds
    it."""
    monkeypatch.chdir(tmp_path)
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    for path in (first, second):
        path.write_text("Malta left the PfP in 1998.\n", encoding="utf-8")
    summaries = load_articles(curated, ["a.md", "b.md"])
    assert [(s.title, s.source) for s in summaries] == [("a.md", "a.md"), ("b.md", "b.md")]
    first.write_text("Kuwait joined the ICI in 2005.\n", encoding="utf-8")
    load_articles(curated, ["a.md"])
    rows = Connection.on(curated).ask("contradictions").rows
    assert [(r["document"], r["sentence"]) for r in rows] == [
        ("b.md", "Malta left the PfP in 1998.")
    ]
    rows = curated.read("MATCH (d:Document) RETURN d.path AS p ORDER BY p").rows
    assert [r["p"] for r in rows] == ["a.md", "b.md"]
