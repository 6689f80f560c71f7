"""Loading articles: what they mention, what they claim, and what the curated facts say about it.

``load_articles(store, paths)`` (``read_articles`` then ``write_articles``,
for callers that validate other input in between) reads every article first (a binary, empty,
non-UTF-8 or unreadable file raises ArticleError and nothing is written),
finds mentions of the entities already in the store and the claims the
sentences make, checks each claim against the curated facts, and then writes
Document, Claim, MENTIONS, MAKES, ABOUT and CONTRADICTS in batches.

spaCy, pycountry, BeautifulSoup and markdown-it are imported only on this
path, so the rest of the command line starts fast.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from nato_graph.loaders.articles.claims import PREDICATES
from nato_graph.loaders.articles.text import (
    ARTICLE_SUFFIXES,
    STDIN,
    Article,
    ArticleError,
    is_article,
    read_article,
)
from nato_graph.loaders.articles.verdicts import VERDICTS
from nato_graph.text import clip

if TYPE_CHECKING:
    from nato_graph.loaders.articles.analyse import Analysis
    from nato_graph.stores import Store

__all__ = [
    "ARTICLE_SUFFIXES",
    "PREDICATES",
    "STDIN",
    "VERDICTS",
    "Article",
    "ArticleError",
    "DocumentSummary",
    "is_article",
    "load_articles",
    "read_articles",
    "write_articles",
]

MAX_LISTED_CONTRADICTIONS = 5


@dataclass
class DocumentSummary:
    """What loading one article found, for the command line to print."""

    title: str
    key: str
    source: str  # the path as given, or "stdin"
    mentions: int  # distinct entities mentioned
    mention_count: int  # every mention
    sentences: int
    claims: dict[str, int] = field(default_factory=dict)  # by verdict
    contradictions: list[tuple[str, str]] = field(default_factory=list)  # (sentence, correction)
    already_loaded: bool = False
    seconds: float = 0.0

    def format(self) -> str:
        """One line, then up to five sentences with contradicted claims and their corrections."""
        verdicts = ", ".join(f"{self.claims.get(v, 0)} {v}" for v in VERDICTS)
        state = "already loaded, unchanged" if self.already_loaded else "loaded"
        lines = [
            f'{state}: "{self.title}" ({self.source}, key {self.key[:12]}): '
            f"{_count(self.sentences, 'sentence')}, "
            f"{_count(self.mentions, 'entity', 'entities')} mentioned "
            f"({_count(self.mention_count, 'mention')}); "
            f"{_count(sum(self.claims.values()), 'claim')}: {verdicts}"
        ]
        by_sentence: dict[str, list[str]] = {}
        for sentence, correction in self.contradictions:
            by_sentence.setdefault(sentence, []).append(correction)
        for sentence, corrections in list(by_sentence.items())[:MAX_LISTED_CONTRADICTIONS]:
            lines.append(
                f'  contradicted: "{clip(sentence, 100, "...")}" -- {"; ".join(corrections)}'
            )
        if len(by_sentence) > MAX_LISTED_CONTRADICTIONS:
            more = len(by_sentence) - MAX_LISTED_CONTRADICTIONS
            lines.append(f"  ... and {more} more (nato-graph query run contradictions)")
        return "\n".join(lines)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def read_articles(paths: Sequence[str], stdin: BinaryIO | None = None) -> list[Article]:
    """Read and clean every article; the first unusable one raises ArticleError."""
    if list(paths).count(STDIN) > 1:
        raise ArticleError("stdin ('-') can be given only once")
    return [read_article(p, stdin) for p in paths]


def load_articles(
    store: Store, paths: Sequence[str], *, stdin: BinaryIO | None = None
) -> list[DocumentSummary]:
    """Load articles (``-`` for stdin) into ``store``; nothing is written unless all can be read.

    Mentions are found for the entities already in the store, so load the
    curated data first. Returns one summary per article, in the order given.
    """
    return write_articles(store, read_articles(paths, stdin))


def write_articles(store: Store, articles: Sequence[Article]) -> list[DocumentSummary]:
    """Analyse articles already read (see read_articles), check their claims, and write them."""
    from nato_graph.loaders.articles.analyse import analyse, check
    from nato_graph.loaders.articles.entities import build_pipeline, read_gazetteer
    from nato_graph.loaders.articles.write import write

    started = time.perf_counter()
    gazetteer = read_gazetteer(store)
    nlp = build_pipeline(gazetteer)
    analyses: list[Analysis] = []
    by_key: dict[str, Analysis] = {}
    for article in articles:
        if article.key not in by_key:  # the same text twice in one call is one document
            by_key[article.key] = analyse(article, nlp, gazetteer)
        analyses.append(by_key[article.key])
    unique = list(by_key.values())
    check(unique, store, gazetteer)
    existing = _existing(store, list(by_key))
    write(store, unique)
    seconds = time.perf_counter() - started
    return [_summary(a, a.article.key in existing, seconds) for a in analyses]


def _existing(store: Store, keys: list[str]) -> set[str]:
    from nato_graph.queries.catalogue import internal

    rows = store.read(internal("documents-loaded"), {"keys": keys})
    return {row["key"] for row in rows}


def _summary(a: Analysis, already: bool, seconds: float) -> DocumentSummary:
    art = a.article
    return DocumentSummary(
        title=art.title,
        key=art.key,
        source=art.path or "stdin",
        mentions=len(a.mentions),
        mention_count=sum(m.count for m in a.mentions.values()),
        sentences=a.sentences,
        claims=dict(a.verdicts),
        contradictions=[
            (c.sentence, c.verdict.correction or "")
            for c in a.claims
            if c.verdict.verdict == "contradicted"
        ],
        already_loaded=already,
        seconds=seconds,
    )
