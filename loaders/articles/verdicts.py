"""Checking claims against the curated facts in the store: supported, contradicted or new.

The facts are read with a few parameterised queries scoped to the entities
the claims name, then every verdict is decided in Python, so one article
costs four reads however many claims it makes.

Rules (the curated data is the reference):

- ``partner_in``: supported when the country has a PARTNER_IN to that
  framework, whatever its status (the correction says so when it is
  suspended, ended, became_member, invited or requested). Contradicted when
  the country takes part in other *regional* frameworks (PfP, EAPC, MD, ICI,
  PAG, IP4 are exclusive families: a country is in one of them), pointing at
  its real ones, PAG rather than IP4 for the Indo-Pacific four; or when the
  country is a NATO member and the framework is for partners. New otherwise
  (programmes such as SPS or PARP are open to many partners and the data
  does not list every participant, so silence there is no contradiction).
- ``member_of``: supported when MEMBER_OF exists; contradicted when the
  country is a known partner that never became a member (pointing at its
  frameworks); new when the country is unknown to the data.
- ``cooperates_on`` and ``addresses``: supported when the fact exists, else new.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nato_graph.loaders.articles.claims import RawClaim
from nato_graph.loaders.articles.entities import Entity
from nato_graph.queries.catalogue import internal

if TYPE_CHECKING:
    from nato_graph.stores import Store

VERDICTS = ("supported", "contradicted", "new")
REGIONAL_KINDS = frozenset({"framework", "forum", "grouping"})

# The facts a claim is checked against: queries/internal/fact-*.cypher.
_PARTNERSHIPS = "fact-partnerships"
_MEMBERSHIPS = "fact-memberships"
_COOPERATION = "fact-cooperation"
_ADDRESSES = "fact-addresses"
_KINDS = "fact-framework-kinds"


@dataclass(frozen=True)
class Pointer:
    """A CONTRADICTS edge: the entity holding the correct value and the fact, in words."""

    entity: Entity
    fact: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    verdict: str
    correction: str | None = None
    sources: tuple[str, ...] = ()
    pointers: tuple[Pointer, ...] = ()


@dataclass
class Facts:
    """The curated facts about the entities some claims name."""

    partnerships: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    memberships: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cooperation: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    addresses: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store, claims: list[RawClaim]) -> Facts:
        countries = sorted({c.subject.key for c in claims if c.subject.label == "Country"})
        frameworks = sorted(
            {e.key for c in claims for e in (c.subject, c.object) if e.label == "Framework"}
        )
        facts = cls()
        if countries:
            for row in store.read(internal(_PARTNERSHIPS), {"countries": countries}):
                facts.partnerships[row["country"]].append(row)
            for row in store.read(internal(_MEMBERSHIPS), {"countries": countries}):
                facts.memberships[(row["country"], row["org"])] = row
            for row in store.read(internal(_COOPERATION), {"countries": countries}):
                facts.cooperation[(row["country"], row["threat"])] = list(row["sources"] or [])
        if frameworks:
            for row in store.read(internal(_ADDRESSES), {"frameworks": frameworks}):
                facts.addresses[(row["framework"], row["threat"])] = list(row["sources"] or [])
            facts.kinds = {
                row["key"]: row["kind"]
                for row in store.read(internal(_KINDS), {"frameworks": frameworks})
            }
        return facts

    def nato(self, iso3: str) -> dict[str, Any] | None:
        return next((v for (c, _), v in self.memberships.items() if c == iso3), None)


def _framework_name(row: dict[str, Any]) -> str:
    return f"{row['name']} ({row['acronym']})" if row.get("acronym") else str(row["name"])


def _status_note(country: str, row: dict[str, Any]) -> str | None:
    """What the correction says when a partnership exists but is not simply active."""
    fw, year = _framework_name(row), row.get("changed_year")
    since, in_year = (f" since {year}", f" in {year}") if year else ("", "")
    return {
        "suspended": f"{country}'s cooperation in the {fw} has been suspended{since}",
        "became_member": f"{country} took part in the {fw} until it became a NATO member{in_year}",
        "ended": f"{country}'s participation in the {fw} ended{in_year}",
        "invited": f"{country} was invited to the {fw} but has not taken part",
        "requested": f"{country} has asked to take part in the {fw}; it is not a participant yet",
    }.get(str(row.get("status")))


def _contradicted(
    subject: Any, real: list[dict[str, Any]], template: str, obj: str = ""
) -> Verdict:
    """A contradicted verdict pointing at the frameworks the country really takes part in."""
    pointers = _pointers(subject, real)
    names = _joined([f"the {_framework_name(r)}" for r in real])
    correction = template.format(
        subject=subject.name, names=names, obj=obj
    )  # names are values, never templates
    return Verdict(
        "contradicted", correction, tuple(s for p in pointers for s in p.sources), pointers
    )


def _real_frameworks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A country's regional frameworks, the framework proper first (PAG rather than IP4)."""
    regional = [
        r for r in rows if r.get("kind") in REGIONAL_KINDS and r.get("status") != "became_member"
    ]
    proper = [r for r in regional if r.get("kind") == "framework"]
    return proper or regional


def _pointers(country: Entity, rows: list[dict[str, Any]]) -> tuple[Pointer, ...]:
    out = []
    for r in rows:
        status = "" if r.get("status") == "active" else f" (status: {r['status']})"
        since = f" since {r['joined_year']}" if r.get("joined_year") else ""
        out.append(
            Pointer(
                Entity("Framework", r["key"], r["name"]),
                f"{country.name} takes part in the {_framework_name(r)}{since}{status}",
                tuple(r.get("sources") or ()),
            )
        )
    return tuple(out)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def judge(claim: RawClaim, facts: Facts, nato: Entity | None) -> Verdict:
    """The verdict on one claim, with the correction and the sources of the fact that decides it."""
    subject, obj = claim.subject, claim.object
    if claim.predicate == "partner_in":
        rows = facts.partnerships.get(subject.key, [])
        row = next((r for r in rows if r["key"] == obj.key), None)
        if row is not None:
            return Verdict(
                "supported", _status_note(subject.name, row), tuple(row.get("sources") or ())
            )
        if facts.kinds.get(obj.key) not in REGIONAL_KINDS:
            return Verdict("new")
        real = _real_frameworks(rows)
        if real:
            return _contradicted(
                subject, real, "{subject} takes part in {names}, not the {obj}", obj.name
            )
        member = facts.nato(subject.key)
        if member is not None and nato is not None:
            since = f" since {member['joined_year']}" if member.get("joined_year") else ""
            fact = f"{subject.name} is a NATO member{since}"
            sources = tuple(member.get("sources") or ())
            return Verdict(
                "contradicted",
                f"{fact}, not a partner in the {obj.name}",
                sources,
                (Pointer(nato, fact, sources),),
            )
        return Verdict("new")
    if claim.predicate == "member_of":
        member = facts.memberships.get((subject.key, obj.key))
        if member is not None:
            return Verdict("supported", None, tuple(member.get("sources") or ()))
        real = _real_frameworks(facts.partnerships.get(subject.key, [])) or [
            r for r in facts.partnerships.get(subject.key, []) if r.get("status") != "became_member"
        ]
        if real:
            return _contradicted(
                subject, real, "{subject} is not a NATO member; it is a partner in {names}"
            )
        return Verdict("new")
    if claim.predicate == "cooperates_on":
        known = facts.cooperation.get((subject.key, obj.key))
        return Verdict("supported", None, tuple(known)) if known is not None else Verdict("new")
    if claim.predicate == "addresses":
        known = facts.addresses.get((subject.key, obj.key))
        return Verdict("supported", None, tuple(known)) if known is not None else Verdict("new")
    raise ValueError(f"unknown predicate {claim.predicate!r}")
