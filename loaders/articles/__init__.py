"""Loading articles: what they mention, what they claim, and what the curated facts say about it.

``load_articles(store, paths)`` (``read_articles`` then ``write_articles``,
for callers that validate other input in between) reads every article first,
folders included (a binary, empty, non-UTF-8 or unreadable file raises
ArticleError and nothing is written), then goes through them in batches:
finds mentions of the entities already in the store and the claims the
sentences make, checks each claim against the curated facts and known errors
(see verdicts.py), and writes Document, Claim, MENTIONS, MAKES, ABOUT,
CONTRADICTS and REPEATS. An article already loaded is not analysed again; the
claims already in the graph are checked again first (recheck.py), so a
verdict follows the facts when they change. A new version of an article read
from the same file (its resolved absolute path) replaces the earlier version's
Document, claims and mentions once it is written (write.py); stdin's articles
have no file, and every one is kept.

spaCy, pycountry, BeautifulSoup and markdown-it are imported only on this
path, so the rest of the command line starts fast.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, overload

from nato_graph.loaders.articles.claims import PREDICATES
from nato_graph.loaders.articles.text import (
    ARTICLE_SUFFIXES,
    MAX_UNREAD_SENTENCES,
    STDIN,
    Article,
    ArticleError,
    is_article,
    not_read,
    read_article,
)
from nato_graph.loaders.articles.verdicts import VERDICTS
from nato_graph.queries import internal
from nato_graph.text import clip
from nato_graph.text import shown_path as _shown  # one line each: no name forges a summary line

if TYPE_CHECKING:
    from spacy.language import Language

    from nato_graph.loaders.articles.analyse import Analysis
    from nato_graph.loaders.articles.entities import Gazetteer
    from nato_graph.stores import Store

__all__ = [
    "ARTICLE_SUFFIXES",
    "PREDICATES",
    "STDIN",
    "VERDICTS",
    "Article",
    "ArticleError",
    "ArticleSet",
    "DocumentSummary",
    "article_paths",
    "is_article",
    "load_articles",
    "read_articles",
    "write_articles",
]

MAX_LISTED_CONTRADICTIONS = 5
MAX_LISTED_UNVERIFIED = 3
MAX_LISTED_UNREAD = 3
ARTICLE_BATCH = 50  # articles analysed, checked and written together


# how a load's summary counts the supported claims of sentences read only in part
PARTLY_CHECKED = (
    "partly checked (supported as far as read; the rest of the sentence was not checked)"
)


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
    # (verdict, sentence, correction) of the contradicted and outdated claims
    contradictions: list[tuple[str, str, str]] = field(default_factory=list)
    # (sentence, fact) of the claims judged unverified: what the data holds, and how unsure
    unverified: list[tuple[str, str]] = field(default_factory=list)
    # sentences of a partnership or membership read in part or not at all (analyse.py)
    unread_count: int = 0
    unread: list[str] = field(default_factory=list)
    # the supported claims whose sentence says more than they do (listed as not checked in part):
    # "Qatar joined the ICI in 2005 and later became a NATO member" is no supported sentence
    supported_in_part: int = 0
    already_loaded: bool = False
    # the title the graph holds the text under, when it was loaded before (from another file,
    # maybe): what ``query run ... --param document`` finds it by
    held_title: str | None = None
    # when the earlier versions of the same file this one replaced were loaded (write.py)
    replaces: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # why the checker could not read the text's claims, when it could not: a text in another
    # language, or in lower case throughout (text.not_read)
    not_read: str | None = None

    def again(self, article: Article) -> DocumentSummary:
        """This summary (read back from the store) for an article given again."""
        return replace(
            self,
            title=article.title,
            source=article.path or "stdin",
            not_read=not_read(article.text),
        )

    def format(self) -> str:
        """One line, then up to five sentences with contradicted claims and their corrections, up
        to three with unverified ones and what the data holds, and the sentences not checked."""
        # a claim supported in a sentence read only in part has a count of its own: the rest of
        # its sentence was not checked and may be false (analyst audit 22, F4), so "supported"
        # counts only the others; the counts still add up to the claims
        counts = [
            (self.claims.get(v, 0) - (self.supported_in_part if v == "supported" else 0), v)
            for v in VERDICTS
        ]
        if self.supported_in_part:
            counts.insert(1, (self.supported_in_part, PARTLY_CHECKED))
        verdicts = ", ".join(f"{n} {v}" for n, v in counts)
        # the same text from another file, or from this one before its last edit
        state = "already loaded" if self.already_loaded else "loaded"
        if self.already_loaded and not self.replaces:
            state += ", unchanged"
        if self.already_loaded and self.held_title and self.held_title != self.title:
            # "v09copy.md" holds the text of "v09.md": the questions find it by that title
            state += f', the same text as "{_shown(self.held_title)}"'
        if self.replaces:
            versions = "the version" if len(self.replaces) == 1 else "the versions"
            state += f", replaces {versions} loaded on {_and(map(_when, self.replaces))}"
        lines = [
            f'{state}: "{_shown(self.title)}" ({_shown(self.source)}, key {self.key[:12]}): '
            f"{_count(self.sentences, 'sentence')}, "
            f"{_count(self.mentions, 'entity', 'entities')} mentioned "
            f"({_count(self.mention_count, 'mention')}); "
            f"{_count(sum(self.claims.values()), 'claim')}: {verdicts}; "
            f"{_count(self.unread_count, 'sentence')} not checked"
        ]
        if self.not_read:
            lines.append(f"  {self.not_read}")
        by_sentence: dict[tuple[str, str], list[str]] = {}
        for verdict, sentence, correction in self.contradictions:
            corrections = by_sentence.setdefault((verdict, sentence), [])
            if correction not in corrections:
                corrections.append(correction)
        for (verdict, sentence), corrections in list(by_sentence.items())[
            :MAX_LISTED_CONTRADICTIONS
        ]:
            said = _shown("; ".join(corrections))
            lines.append(f'  {verdict}: "{_shown(clip(sentence, 100, "..."))}" -- {said}')
        if len(by_sentence) > MAX_LISTED_CONTRADICTIONS:
            more = len(by_sentence) - MAX_LISTED_CONTRADICTIONS
            lines.append(f"  ... and {more} more (nato-graph query run contradictions)")
        # an unverified verdict is said plainly, with what the data holds: a reader must not take
        # a count of them for "nothing to see"
        unsure: dict[str, list[str]] = {}
        for sentence, fact in self.unverified:
            facts = unsure.setdefault(sentence, [])
            if fact and fact not in facts:
                facts.append(fact)
        for sentence, facts in list(unsure.items())[:MAX_LISTED_UNVERIFIED]:
            held = f" -- {_shown(clip('; '.join(facts), 240, '...'))}" if facts else ""
            lines.append(f'  unverified: "{_shown(clip(sentence, 100, "..."))}"{held}')
        if len(unsure) > MAX_LISTED_UNVERIFIED:
            more = len(unsure) - MAX_LISTED_UNVERIFIED
            lines.append(f"  ... and {more} more unverified (nato-graph query run claim-evidence)")
        if self.unread_count:
            lines.append(
                f"  not checked: {_count(self.unread_count, 'sentence')} "
                f"{'speaks' if self.unread_count == 1 else 'speak'} of a partnership or "
                "membership in words the checker does not read, in whole or in part (hedged, "
                "of a kind it does not check, or of a country the data does not hold):"
            )
            lines += [
                f'    "{_shown(clip(t, 100, "..."))}"' for t in self.unread[:MAX_LISTED_UNREAD]
            ]
            if self.unread_count > MAX_LISTED_UNREAD:
                kept = min(self.unread_count, MAX_UNREAD_SENTENCES)
                lines.append(
                    f"    ... and {self.unread_count - MAX_LISTED_UNREAD} more; the first {kept} "
                    "are kept on the Document (unread_sentences): nato-graph cypher "
                    f"\"MATCH (d:Document) WHERE d.key STARTS WITH '{self.key[:12]}' "
                    'UNWIND d.unread_sentences AS s RETURN s"'
                )
        return "\n".join(lines)


def _when(loaded_at: str) -> str:
    """A Document's ``loaded_at`` (ISO, UTC) as the summary says it: "2026-12-05 10:51 UTC"."""
    return f"{loaded_at[:10]} {loaded_at[11:16]} UTC" if len(loaded_at) >= 16 else loaded_at or "?"


def _and(items: Iterable[str]) -> str:
    words = list(items)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


class ArticleSet(Sequence[Article]):
    """Articles that have all been read once and found usable, read again when iterated.

    Only the names are kept (and stdin's text, which cannot be read twice), so
    a folder of thousands of articles costs the memory of one batch.
    """

    def __init__(self, names: list[str], stdin: Article | None = None) -> None:
        self.names = names
        self._stdin = stdin

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...
    def __getitem__(self, index: int | slice) -> Article | list[Article]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        name = self.names[index]
        if name == STDIN and self._stdin is not None:
            return self._stdin
        return read_article(name)


def article_paths(paths: Sequence[str]) -> list[str]:
    """The articles named: files as given, and every article file in a folder (sorted, recursive)."""
    out: list[str] = []
    for p in paths:
        if p != STDIN and Path(p).is_dir():
            found = sorted(
                str(f)
                for f in Path(p).rglob("*")
                if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
            )
            if not found:
                suffixes = ", ".join(ARTICLE_SUFFIXES)
                raise ArticleError(f"{p}: no articles ({suffixes}) in this folder")
            out += found
        else:
            out.append(p)
    return out


def read_articles(
    paths: Sequence[str],
    stdin: BinaryIO | None = None,
    progress: Callable[[int], object] | None = None,
) -> ArticleSet:
    """Read and check every article (folders included); the first unusable one raises ArticleError."""
    names = article_paths(paths)
    if names.count(STDIN) > 1:
        raise ArticleError("stdin ('-') can be given only once")
    from_stdin = None
    for name in names:
        article = read_article(name, stdin)
        if name == STDIN:
            from_stdin = article
        if progress is not None:
            progress(1)
    return ArticleSet(names, from_stdin)


def load_articles(
    store: Store,
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[int], object] | None = None,
) -> list[DocumentSummary]:
    """Load articles (``-`` for stdin, folders of them) into ``store``; nothing is written unless
    all can be read.

    Mentions are found for the entities already in the store, so load the
    curated data first. Returns one summary per article, in the order given.
    """
    return write_articles(store, read_articles(paths, stdin), progress=progress)


def write_articles(
    store: Store,
    articles: Sequence[Article],
    *,
    batch_size: int = ARTICLE_BATCH,
    progress: Callable[[int], object] | None = None,
    on_recheck: Callable[[int], object] | None = None,
) -> list[DocumentSummary]:
    """Analyse articles already read (see read_articles), check their claims, and write them.

    Articles go through in batches of ``batch_size``: analysed, checked and
    written before the next batch is read, so memory does not grow with the
    number of articles. An article already in the store is not analysed again,
    but every claim already in the store is first checked again against the
    facts as they are now (see recheck.py), so no verdict outlives its facts: ``on_recheck``
    hears how many of them changed their verdict.
    """
    from nato_graph.loaders.articles.entities import build_pipeline, read_gazetteer
    from nato_graph.loaders.articles.recheck import facts_digest, recheck_claims

    started = time.perf_counter()
    gazetteer = read_gazetteer(store)
    nlp = build_pipeline(gazetteer)
    # the claims already in the graph (an article given again among them) as the facts are now
    digest = facts_digest(store)
    changed = recheck_claims(store, nlp, gazetteer, digest=digest)
    if on_recheck is not None:
        on_recheck(changed)
    summaries: list[DocumentSummary] = []
    for first in range(0, len(articles), batch_size):
        batch = [articles[k] for k in range(first, min(first + batch_size, len(articles)))]
        summaries += _write_batch(store, batch, nlp, gazetteer, digest)
        if progress is not None:
            progress(len(batch))
    seconds = time.perf_counter() - started
    for summary in summaries:
        summary.seconds = seconds
    return summaries


def _write_batch(
    store: Store, batch: list[Article], nlp: Language, gazetteer: Gazetteer, digest: str
) -> list[DocumentSummary]:
    from nato_graph.loaders.articles.analyse import analyse, check
    from nato_graph.loaders.articles.write import earlier_versions, versions, write

    existing = _existing(store, [a.key for a in batch])
    by_key: dict[str, Analysis] = {}
    for article in batch:
        if article.key not in by_key and article.key not in existing:
            by_key[article.key] = analyse(article, nlp, gazetteer)
    unique = list(by_key.values())
    check(unique, store, gazetteer, nlp)
    # An article read from a file whose earlier version is in the graph replaces it: only after
    # the new version is analysed, checked and written, so a failure before leaves the old one.
    earlier = earlier_versions(store, batch, {a.key for a in batch})
    write(store, unique, digest)
    versions(store, batch, earlier)
    # each article's summary names its own file, though two files of one text share one analysis
    summaries = [
        existing[a.key].again(a) if a.key in existing else _summary(by_key[a.key], False).again(a)
        for a in batch
    ]
    for a, summary in zip(batch, summaries, strict=True):
        summary.replaces = [held.loaded_at for held in earlier.get(a.key, [])]
    return summaries


def _existing(store: Store, keys: list[str]) -> dict[str, DocumentSummary]:
    """Summaries of the documents already loaded, read back from the store."""
    out = {}
    for row in store.read(internal("documents-loaded"), {"keys": keys}):
        out[row["key"]] = DocumentSummary(
            title="",
            key=row["key"],
            source="",
            mentions=row["mentions"] or 0,
            mention_count=int(row["mention_count"] or 0),  # FalkorDB's sum() is a float
            sentences=row["sentences"] or 0,
            claims=dict(Counter(v for v in row["verdicts"] if v)),
            contradictions=[tuple(w) for w in row["wrong"] if w],  # type: ignore[misc]
            unverified=[(str(u[0]), str(u[1])) for u in row["unsure"] if u],
            unread_count=int(row["unread_count"] or 0),
            unread=list(row["unread"] or []),
            supported_in_part=len([p for p in row["supported_in_part"] if p]),
            already_loaded=True,
            held_title=row["title"],
        )
    return out


def _summary(a: Analysis, already: bool, seconds: float = 0.0) -> DocumentSummary:
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
            (c.verdict.verdict, c.sentence, c.verdict.correction or "")
            for c in a.claims
            if c.verdict.verdict in ("contradicted", "outdated")
        ],
        unverified=[
            (c.sentence, c.verdict.fact or "")
            for c in a.claims
            if c.verdict.verdict == "unverified"
        ],
        unread_count=a.unread_count,
        unread=a.unread,
        supported_in_part=sum(
            c.verdict.verdict == "supported" and a.read_in_part(c.sentence) for c in a.claims
        ),
        already_loaded=already,
        seconds=seconds,
        not_read=not_read(art.text),
    )
