"""Checking the claims already in the graph again, after the facts changed.

A verdict is only as current as the facts it was checked against. A data load
can change a partnership's status or date, and an article loaded again is not
analysed again; so every load ends by judging every claim in the graph anew
(in batches of ``RECHECK_BATCH``, read in key order, so memory does not grow
with the number of claims) and rewriting the ones whose verdict, correction,
fact, sources or known error changed, with their CONTRADICTS and REPEATS
edges. A claim whose facts did not change is not written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.entities import Entity
from nato_graph.queries.catalogue import internal

if TYPE_CHECKING:
    from spacy.language import Language

    from nato_graph.loaders.articles.entities import Gazetteer
    from nato_graph.loaders.articles.verdicts import Verdict
    from nato_graph.stores import Store

RECHECK_BATCH = 500

# The labels of a claim's two ends, by predicate (the Claim node keeps their keys and names).
ENDS = {
    "partner_in": ("Country", "Framework"),
    "member_of": ("Country", "Organization"),
    "cooperates_on": ("Country", "Threat"),
    "addresses": ("Framework", "Threat"),
}

# The Claim properties a verdict sets (see write.claim_properties).
_VERDICT_FIELDS = ("verdict", "correction", "sources", "fact", "fact_dates", "known_error")


def raw_claim(row: dict[str, Any]) -> RawClaim | None:
    """The claim a stored Claim node states, as the checker reads it."""
    ends = ENDS.get(str(row["predicate"]))
    if ends is None or row["subject"] is None or row["object"] is None:
        return None
    subject = Entity(ends[0], str(row["subject"]), str(row["subject_name"] or row["subject"]))
    obj = Entity(ends[1], str(row["object"]), str(row["object_name"] or row["object"]))
    return RawClaim(
        str(row["predicate"]),
        subject,
        obj,
        bool(row["negated"]),
        str(row["tense"] or "present"),
        row["year"],
        row["month"],
        row["until"],
        tuple(row["years"] or ()),
    )


def verdict_properties(v: Verdict) -> dict[str, Any]:
    return {
        "verdict": v.verdict,
        "correction": v.correction,
        "sources": list(v.sources),
        "fact": v.fact,
        "fact_dates": list(v.dates),
        "known_error": v.known_error,
    }


def _stored(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in _VERDICT_FIELDS}
    for k in ("sources", "fact_dates"):
        out[k] = list(out[k] or [])
    return out


def recheck_claims(
    store: Store,
    nlp: Language | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    batch_size: int = RECHECK_BATCH,
) -> int:
    """Judge every claim in the store against the current facts; returns how many changed."""
    query = internal("claims-to-recheck")
    first = store.read(query, {"after": "", "limit": batch_size}).rows
    if not first:
        return 0  # no claims: nothing to read, no pipeline to build
    from nato_graph.loaders.articles.analyse import known_errors
    from nato_graph.loaders.articles.verdicts import Facts, judge
    from nato_graph.loaders.articles.write import verdict_edges

    if gazetteer is None or nlp is None:
        from nato_graph.loaders.articles.entities import build_pipeline, read_gazetteer

        gazetteer = read_gazetteer(store)
        nlp = build_pipeline(gazetteer)
    errors = known_errors(store, nlp, gazetteer)
    nato = gazetteer.entities.get("Organization|NATO")
    changed = 0
    rows = first
    while rows:
        claims = [(row, raw_claim(row)) for row in rows]
        facts = Facts.read(store, [raw for _, raw in claims if raw is not None])
        facts.known_errors = errors
        updates: list[dict[str, Any]] = []
        edges: list[tuple[str, RawClaim, Verdict]] = []
        for row, raw in claims:
            if raw is None:
                continue
            verdict = judge(raw, facts, nato)
            props = verdict_properties(verdict)
            if props != _stored(row):
                updates.append({"key": row["key"], "props": props})
                edges.append((row["key"], raw, verdict))
        if updates:
            store.write_rows(internal("claim-verdict-set"), updates)
            for statement, edge_rows in verdict_edges(edges):
                store.write_rows(statement, edge_rows)
            changed += len(updates)
        rows = store.read(query, {"after": rows[-1]["key"], "limit": batch_size}).rows
    return changed
