"""One article through the pipeline: sentences, mentions, claims and verdicts."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nato_graph.loaders.articles.claims import RawClaim, claims_in
from nato_graph.loaders.articles.entities import Entity, Gazetteer, matches_in
from nato_graph.loaders.articles.text import Article
from nato_graph.loaders.articles.verdicts import Facts, Verdict, judge

if TYPE_CHECKING:
    from spacy.language import Language

    from nato_graph.stores import Store

NOT_CHECKED = Verdict("new")  # until check() reads the facts
MAX_EVIDENCE_SENTENCES = 20  # per MENTIONS edge; the count keeps the full number


@dataclass
class Mention:
    entity: Entity
    count: int = 0
    sentences: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    raw: RawClaim
    sentence: str
    position: int  # the sentence's index in the article
    document: str
    verdict: Verdict = NOT_CHECKED

    @property
    def key(self) -> str:
        parts = (
            self.document,
            self.sentence,
            self.raw.predicate,
            self.raw.subject.key,
            self.raw.object.key,
        )
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class Analysis:
    article: Article
    sentences: int = 0
    mentions: dict[str, Mention] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)

    @property
    def verdicts(self) -> Counter[str]:
        return Counter(c.verdict.verdict for c in self.claims)


def analyse(article: Article, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    """Sentences, mentions and (unchecked) claims of one article."""
    result = Analysis(article)
    seen: set[tuple[str, RawClaim]] = set()
    for doc in nlp.pipe(article.paragraphs):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            position = result.sentences
            result.sentences += 1
            matches = matches_in(sent, gazetteer)
            for m in matches:
                mention = result.mentions.setdefault(m.entity.ref, Mention(m.entity))
                mention.count += 1
                if (
                    text not in mention.sentences
                    and len(mention.sentences) < MAX_EVIDENCE_SENTENCES
                ):
                    mention.sentences.append(text)
            for raw in claims_in([t.text for t in sent], matches):
                if (text, raw) not in seen:
                    seen.add((text, raw))
                    result.claims.append(Claim(raw, text, position, article.key))
    return result


def check(analyses: list[Analysis], store: Store, gazetteer: Gazetteer) -> None:
    """Give every claim its verdict, reading the facts once for all the articles."""
    raws = [c.raw for a in analyses for c in a.claims]
    if not raws:
        return
    facts = Facts.read(store, raws)
    nato = gazetteer.entities.get("Organization|NATO")
    for a in analyses:
        a.claims = [
            Claim(c.raw, c.sentence, c.position, c.document, judge(c.raw, facts, nato))
            for c in a.claims
        ]
