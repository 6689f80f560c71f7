"""What the article tests read back from a real embedded store after checking one text.

A claim is (predicate, subject, object, verdict), "not " before a negated predicate. The text is
loaded from stdin under a heading line ("Note"), as an article piped to ``load -`` is.
"""

from __future__ import annotations

import io

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store

Claim = tuple[str, str, str, str]
Claims = set[Claim]  # what a text claims, as the tests compare it


def read(store: Store, text: str) -> tuple[set[Claim], list[str]]:
    """The claims a text makes, and the sentences listed as not checked."""
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    rows = store.read(
        "MATCH (c:Claim) RETURN c.predicate AS p, c.negated AS negated, c.subject AS s, "
        "c.object AS o, c.verdict AS v"
    ).rows
    claims = {(("not " if r["negated"] else "") + r["p"], r["s"], r["o"], r["v"]) for r in rows}
    unread = store.read("MATCH (d:Document) RETURN d.unread_sentences AS u").value(0) or []
    return claims, list(unread)


def claims_of(store: Store, text: str) -> set[Claim]:
    """The claims a text makes."""
    return read(store, text)[0]


def no_claim_and_listed(store: Store, text: str) -> None:
    """The text makes no claim, and is itself the one sentence listed as not checked."""
    claims, unread = read(store, text)
    assert claims == set()
    assert unread == [text]
