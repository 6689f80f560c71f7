"""Checking the claims already in the graph again, after the facts changed.

A verdict is only as current as the facts it was checked against. A data load
can change a partnership's status or date, and an article loaded again is not
analysed again; so every load judges again every claim in the graph that was
not checked under the current facts. Each Claim keeps, as ``checked``, the
digest of all the facts and rules it was checked under (``facts_digest``):
when nothing changed, one read finds no claim to check. Otherwise the stale
claims are judged anew in batches of ``RECHECK_BATCH``, read in key order (so
memory does not grow with the number of claims); those whose verdict,
correction, fact, sources or known error changed are rewritten with their
CONTRADICTS and REPEATS edges, and the rest only take the new digest.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.entities import Entity
from nato_graph.queries import internal

if TYPE_CHECKING:
    from spacy.language import Language

    from nato_graph.loaders.articles.entities import Gazetteer
    from nato_graph.loaders.articles.verdicts import Verdict
    from nato_graph.stores import Store

RECHECK_BATCH = 500

# The labels of a claim's two ends, by predicate (the Claim node keeps their keys and names).
ENDS = {
    "partner_in": ("Country", "Framework"),
    "partner_of": ("Country", "Organization"),
    "only_partner_in": ("Country", "Framework"),
    "left": ("Country", "Framework"),
    "suspended": ("Country", "Framework"),
    "was_suspended": ("Country", "Framework"),
    "nato_suspended": ("Country", "Framework"),
    "nato_suspended_cooperation": ("Country", "Organization"),
    "cooperation_suspended": ("Country", "Organization"),
    "resumed": ("Country", "Framework"),
    "member_of": ("Country", "Organization"),
    "cooperates_on": ("Country", "Threat"),
    "addresses": ("Framework", "Threat"),
    "launched": ("Framework", "Framework"),
    "operation_began": ("Operation", "Operation"),
    "operation_ended": ("Operation", "Operation"),
    "member_count": ("Organization", "Organization"),
    "partner_count": ("Framework", "Framework"),
}

# The Claim properties a verdict sets (see write.claim_properties).
_VERDICT_FIELDS = ("verdict", "correction", "sources", "fact", "fact_dates", "known_error")


def raw_claim(row: dict[str, Any]) -> RawClaim | None:
    """The claim a stored Claim node states, as the checker reads it: every field of RawClaim,
    each a column of claims-to-recheck (a column left out is an error here, not a default)."""
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
        row["day"],
        row["rank"],
        tuple(row["core"] or ()),
        bool(row["throughout"]),
        None if row["began"] is None else bool(row["began"]),
        row["object_named"],
        bool(row["as_partner"]),
        bool(row["ceased"]),
        row["count"],
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


def facts_digest(store: Store) -> str:
    """A digest of everything a verdict rests on: every fact the checker reads, the known errors,
    the checker's own rules and how a stored claim is read back (their source), so that a claim
    checked under the same digest needs no second look, and any change to the facts, the rules
    or the reading shows as a new digest."""
    from nato_graph.loaders.articles import claims, triggers, verdicts
    from nato_graph.loaders.articles.verdicts import Facts, read_known_errors

    keys = store.read(internal("fact-keys")).rows
    countries = sorted(str(r["key"]) for r in keys if r["label"] == "Country")
    frameworks = sorted(str(r["key"]) for r in keys if r["label"] == "Framework")
    operations = sorted(str(r["key"]) for r in keys if r["label"] == "Operation")
    facts = Facts.about(store, countries, frameworks, operations)
    content = {
        "partnerships": {k: v for k, v in sorted(facts.partnerships.items())},
        "memberships": sorted(map(list, facts.memberships.items()), key=repr),
        "cooperation": sorted(map(list, facts.cooperation.items()), key=repr),
        "addresses": sorted(map(list, facts.addresses.items()), key=repr),
        "frameworks": facts.frameworks,
        "operations": facts.operations,
        # NATO's list of its members, whose sources a non-member's verdict cites
        "members_listed_by": store.read(internal("fact-accessions")).rows,
        "known_errors": read_known_errors(store),
    }
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode("utf-8"))
    for module in (claims, triggers, verdicts):
        digest.update(Path(str(module.__file__)).read_bytes())
    # and how a claim is read back: a claim read back wrong once (a count lost) is read again
    digest.update(Path(__file__).read_bytes())
    digest.update(internal("claims-to-recheck").encode("utf-8"))
    return digest.hexdigest()


def recheck_claims(
    store: Store,
    nlp: Language | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    digest: str | None = None,
    batch_size: int = RECHECK_BATCH,
) -> int:
    """Judge every claim not yet checked under the current facts (``facts_digest``) again;
    returns how many changed their verdict."""
    query = internal("claims-to-recheck")
    if digest is None:
        digest = facts_digest(store)
    params = {"after": "", "limit": batch_size, "digest": digest}
    first = store.read(query, params).rows
    if not first:
        return 0  # every claim is current (or there are none): no pipeline to build
    from nato_graph.loaders.articles.analyse import known_errors
    from nato_graph.loaders.articles.verdicts import Facts, judge
    from nato_graph.loaders.articles.write import claim_in_words, verdict_edges

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
        current: list[dict[str, Any]] = []
        edges: list[tuple[str, RawClaim, Verdict]] = []
        for row, raw in claims:
            if raw is None:
                continue
            verdict = judge(raw, facts, nato)
            props = verdict_properties(verdict)
            # the claim in words too, as the checker now words it ("France has not been a NATO
            # member since 1966", once "has never been"): not a change of verdict
            words = claim_in_words(raw)
            judged_anew = props != _stored(row)
            if judged_anew or words != row["claim"]:
                updates.append(
                    {"key": row["key"], "props": {**props, "claim": words, "checked": digest}}
                )
                edges.append((row["key"], raw, verdict))
                changed += judged_anew
            else:
                current.append({"key": row["key"], "checked": digest})
        if updates:
            store.write_rows(internal("claim-verdict-set"), updates)
            for statement, edge_rows in verdict_edges(edges):
                store.write_rows(statement, edge_rows)
        if current:
            store.write_rows(internal("claim-checked-set"), current)
        rows = store.read(query, {**params, "after": rows[-1]["key"]}).rows
    return changed
