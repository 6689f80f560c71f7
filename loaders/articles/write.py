"""Writing analysed articles: Document, Claim, MENTIONS, MAKES, ABOUT, CONTRADICTS.

Every statement is a batched ``UNWIND $rows`` from ``nato_graph.statements``;
values travel only as parameters. Nodes and edges are
merged on their keys and their properties set ``ON CREATE`` only, so loading
the same text again creates and changes nothing (the Document's
``loaded_at`` stays the time it was first loaded).

A Document is keyed by its text's hash; it also keeps ``file_keys``, the hashes
of the resolved absolute paths of the files whose text it is now (the path itself
stays as the user gave it, and no home directory travels in an exported view).
A new version of an article at the same file takes that file from the earlier
Document (``versions``): a Document no file holds any more goes, with its Claims
and their edges; one another file still holds stays. This happens only once the
new version has been analysed, checked and written, so a failure leaves the
earlier version as it was. Articles from stdin have no file and are kept as they
are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from nato_graph.loaders.articles.analyse import Analysis, Claim
from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.text import Article
from nato_graph.loaders.articles.verdicts import Verdict
from nato_graph.loaders.articles.verdicts import statement as claim_in_words
from nato_graph.queries import internal
from nato_graph.statements import merge_nodes, merge_relationships

if TYPE_CHECKING:
    from nato_graph.records import Counters
    from nato_graph.stores import Store


def _node(label: str) -> str:
    return merge_nodes(label, on_create=True)


def _edge(rtype: str, start: str, end: str, *, role: bool = False) -> str:
    return merge_relationships(
        rtype, start, end, on_create=True, keyed_on=("role",) if role else ()
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def file_key(article: Article) -> str | None:
    """The hash of the resolved absolute path of the file an article was read from (None for
    stdin): two loads of one file, from any working directory, share it."""
    if article.path is None:
        return None
    # the name the file was read by: the path shown for one that is not UTF-8 may differ
    resolved = Path(article.name).expanduser().resolve()
    # the path's bytes as the file system holds them: a name that is not UTF-8 (``d/\xfd.md``,
    # read as a lone surrogate) hashes as it is, and a UTF-8 one as it always did
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()


# An earlier version of an article file: the Document's key, when it was loaded, and the files
# it holds (their hashes and, where recorded, their paths as given), its path and title.
class Held(NamedTuple):
    key: str
    loaded_at: str
    files: tuple[str, ...]
    paths: tuple[str, ...] | None  # None for a Document from before paths were kept
    path: str | None
    title: str


def _held(row: dict[str, Any]) -> Held:
    files = tuple(row["file_keys"] or ())
    paths = tuple(row.get("file_paths") or ())
    return Held(
        str(row["key"]),
        str(row.get("loaded_at") or ""),
        files,
        paths if len(paths) == len(files) else None,
        row.get("path"),
        str(row.get("title") or ""),
    )


def earlier_versions(
    store: Store, articles: list[Article], current: set[str]
) -> dict[str, list[Held]]:
    """For each article read from a file (by key), every Document of an earlier version of that
    file, oldest first, with every file that Document holds; ``current`` holds the keys of the
    texts this load gives, which are never an earlier one."""
    by_file = {fk: a.key for a in articles if (fk := file_key(a)) is not None}
    if not by_file:
        return {}
    rows = store.read(
        internal("document-earlier-versions"),
        {"files": list(by_file), "current": sorted(current)},
    ).rows
    out: dict[str, list[Held]] = {}
    for row in rows:
        out.setdefault(by_file[row["file"]], []).append(_held(row))
    return out


def versions(store: Store, articles: list[Article], earlier: dict[str, list[Held]]) -> None:
    """After a load's Documents are written: each file given is held by the Document of its text
    now, and no longer by that of an earlier version; a Document no file holds any more goes
    (its claims, mentions and edges with it), one another file still holds stays, and is shown
    by a file it still holds: a Document whose path was the file just edited takes the path of
    another of its files (and, if its title was that file's name, the other's name)."""
    gained: dict[str, dict[str, str]] = {}
    for a in articles:
        fk = file_key(a)
        if fk is not None:
            gained.setdefault(a.key, {})[fk] = a.path or ""
    moved = {f for held in gained.values() for f in held}
    docs: dict[str, Held] = {}
    files: dict[str, dict[str, str | None]] = {}
    for versions_of in earlier.values():
        for held in versions_of:
            docs[held.key] = held
            paths = held.paths or (None,) * len(held.files)
            files[held.key] = {
                f: p for f, p in zip(held.files, paths, strict=True) if f not in moved
            }
    if gained:
        now = store.read(internal("document-files-of"), {"keys": list(gained)}).rows
        for row in now:
            held = _held(row)
            docs[held.key] = held
            paths = held.paths or (None,) * len(held.files)
            files[held.key] = dict(zip(held.files, paths, strict=True))
        for key, new in gained.items():
            files.setdefault(key, {}).update(new)
    gone = [key for key, held in files.items() if not held]
    kept = []
    for key, held_files in files.items():
        if not held_files:
            continue
        doc = docs.get(key)
        shown = [p for p in held_files.values() if p]
        update: dict[str, Any] = {
            "key": key,
            "file_keys": list(held_files),
            "file_paths": [p or "" for p in held_files.values()],
            "path": doc.path if doc else None,
            "title": doc.title if doc else None,
        }
        if doc is not None and doc.path and shown and doc.path not in shown:
            # the path it was shown by is no file of it now: another it holds shows it
            update["path"] = shown[0]
            if doc.title == Path(doc.path).name:  # a title that was only the file's name
                update["title"] = Path(shown[0]).name
        kept.append(update)
    if kept:
        store.write(internal("document-files"), {"rows": kept})
    if gone:
        store.write(internal("document-remove"), {"keys": gone})


def claim_properties(c: Claim) -> dict[str, Any]:
    """What a Claim node holds beyond the sentence: the claim in words, its tense, the fact."""
    raw, v = c.raw, c.verdict
    return {
        "claim": claim_in_words(raw),
        "negated": raw.negated,
        "tense": raw.tense,
        "year": raw.year,
        "month": raw.month,
        "day": raw.day,
        "until": raw.until,
        "years": list(raw.years),
        "core": list(raw.core),  # read back by a recheck: "the late 1990s" keeps its core
        "throughout": raw.throughout,  # read back by a recheck: "between 2006 and 2019"
        "began": raw.began,  # read back by a recheck: "had been since 2008", not "joined in 2008"
        "rank": raw.rank,
        # read back by a recheck: "one of the EOPs" is judged against the PII's EOPs alone
        "object_named": raw.named_as,
        "as_partner": raw.as_partner,  # read back by a recheck: "no longer EAPC partners"
        "ceased": raw.ceased,  # read back by a recheck: "is no longer a NATO member"
        "count": raw.count,  # read back by a recheck: "NATO has 32 members"
        "fact": v.fact,
        "fact_dates": list(v.dates),
        "known_error": v.known_error,
    }


def writes(
    analyses: list[Analysis], checked: str | None = None
) -> list[tuple[str, list[dict[str, Any]]]]:
    """(statement, rows) pairs in dependency order: nodes before the edges between them.

    ``checked`` is the digest of the facts the verdicts were checked under (recheck.py).
    """
    documents, claims, makes = [], [], []
    edges: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = defaultdict(list)
    for a in analyses:
        art = a.article
        documents.append(
            {
                "key": art.key,
                "props": {
                    "title": art.title,
                    "path": art.path,
                    "url": art.url,
                    "format": art.format,
                    "loaded_at": _now(),
                    "sentences_count": a.sentences,
                    "characters": len(art.text),
                    "unread_count": a.unread_count,
                    "unread_sentences": a.unread,
                },
            }
        )
        for m in a.mentions.values():
            edges[("MENTIONS", "Document", m.entity.label, False)].append(
                {
                    "start": art.key,
                    "end": m.entity.key,
                    "props": {"count": m.count, "sentences": m.sentences},
                }
            )
        for c in a.claims:
            raw, v = c.raw, c.verdict
            claims.append(
                {
                    "key": c.key,
                    "props": {
                        "sentence": c.sentence,
                        "position": c.position,
                        "document": c.document,
                        "predicate": raw.predicate,
                        "subject": raw.subject.key,
                        "object": raw.object.key,
                        "subject_name": raw.subject.name,
                        "object_name": raw.object.name,
                        "verdict": v.verdict,
                        "correction": v.correction,
                        "sources": list(v.sources),
                        "checked": checked,
                        # its sentence is listed as not checked in part: the claim is not all
                        # it says ("Qatar joined the ICI in 2005 and later became a NATO member")
                        "read_in_part": a.read_in_part(c.sentence),
                        **claim_properties(c),
                    },
                }
            )
            makes.append({"start": art.key, "end": c.key, "props": {}})
            for role, entity in (("subject", raw.subject), ("object", raw.object)):
                edges[("ABOUT", "Claim", entity.label, True)].append(
                    {"start": c.key, "end": entity.key, "role": role, "props": {}}
                )
            _verdict_edges(edges, c.key, v)
    out = [
        (_node("Document"), documents),
        (_node("Claim"), claims),
        (_edge("MAKES", "Document", "Claim"), makes),
    ]
    out += [
        (_edge(rtype, start, end, role=role), rows)
        for (rtype, start, end, role), rows in edges.items()
    ]
    return [(statement, rows) for statement, rows in out if rows]


def _verdict_edges(
    edges: dict[tuple[str, str, str, bool], list[dict[str, Any]]], key: str, v: Verdict
) -> None:
    """The edges a verdict adds to its claim: REPEATS a known error, CONTRADICTS the right fact."""
    if v.known_error:
        edges[("REPEATS", "Claim", "KnownError", False)].append(
            {"start": key, "end": v.known_error, "props": {}}
        )
    for p in v.pointers:
        edges[("CONTRADICTS", "Claim", p.entity.label, False)].append(
            {
                "start": key,
                "end": p.entity.key,
                "props": {"fact": p.fact, "sources": list(p.sources)},
            }
        )


def verdict_edges(
    claims: list[tuple[str, RawClaim, Verdict]],
) -> list[tuple[str, list[dict[str, Any]]]]:
    """(statement, rows) for the REPEATS and CONTRADICTS edges of claims checked again."""
    edges: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = defaultdict(list)
    for key, _, v in claims:
        _verdict_edges(edges, key, v)
    return [(_edge(rtype, start, end), rows) for (rtype, start, end, _), rows in edges.items()]


def write(store: Store, analyses: list[Analysis], checked: str | None = None) -> Counters:
    """Write every analysed article; returns what changed."""
    from nato_graph.records import Counters

    store.ensure_schema()
    total = Counters()
    for statement, rows in writes(analyses, checked):
        total += store.write_rows(statement, rows)
    return total
