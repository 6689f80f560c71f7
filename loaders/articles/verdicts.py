"""Checking claims against the curated facts in the store.

The facts are read with a few parameterised queries scoped to the entities
the claims name, then every verdict is decided in Python, so one batch of
articles costs a handful of reads however many claims it makes.

Verdicts (the curated data is the reference):

- ``supported``: the data holds the fact, confirmed, with the status, tense
  and date the claim states.
- ``contradicted``: the data says otherwise: another framework (PfP, EAPC, MD,
  ICI, PAG and IP4 are exclusive families, and a NATO member is in none of
  them), another year, never took part (invited only), a break in a claimed
  unbroken partnership, a member called a non-member or the reverse; a country
  in none of the partners a regional framework lists in full; a year of joining
  before the framework's launch; a launch on another date than a confirmed
  launch date of the data's, whatever the kind of framework (a date its own note
  or place of launch gives it, not another body's, is only unverified); taking
  part at a date after a suspension that never ended ("Russia was an active PfP
  partner in 2023": suspended in 2014), citing the suspension; a present claim
  of a suspended partnership whose note says NATO no longer counts the country
  as a partner (Russia since 2022), that note added to the correction.
- ``outdated``: true once, not now: a present claim about a partnership that
  was suspended, ended, or left on joining NATO (Finland and Sweden in PfP),
  or about cooperation with a partner whose partnership is suspended.
- ``unverified``: the data holds the fact only as unverified (for a claim
  that gives a year: or any dated event of it, such as an inferred date of
  joining), or its own sources disagree on the date claimed (its note names
  that year), or it names a year before a join date that marks only an event
  of the partnership (``joined_basis``: a programme's signature), whether it
  says the partner joined then, was a partner then or was not ("New Zealand
  was one of NATO's contact countries in 2007": its 2012 is its IPCP). An
  unverified fact or date never contradicts a claim, but for a year before the
  framework was launched. Where the data dates a partnership from before its
  framework's launch (Japan's partners across the globe from 1990, the
  framework from 2006), a claim that puts the partner in the framework up to
  the launch ("joined in 1990", "was one in 2000") is unverified: the
  relationship is that old, the framework is not.
- ``new``: the data says nothing either way (programmes such as SPS are open
  to many partners and not every participant is listed, so silence there is
  no contradiction).

Tense: a present claim ("is", "remains", "still", "today") is checked against
the current status; "since YEAR" against the join year and an unbroken
history since; "joined in YEAR" against the join date at the precision the
data has (year, and month when both give one); "was", "took part" and
"until YEAR" against the past. A negated claim is checked as a negative claim.
A claim of leaving ("Malta left the PfP") is checked against the ends in the
partnership's history (ended, became a member, superseded), a claim of
suspension ("suspended its participation in", "was suspended from") against
its suspensions, at the date given, each citing that change's own sources. Who
decided counts where the data says: Malta suspended its own part in 1996, NATO
its cooperation with Russia in 2014, so "Russia suspended its participation"
and "Russia left the PfP" are contradicted, and so is "NATO suspended Malta from the
PfP in 1996" (nato_suspended: the sentence names NATO as the one who decided); a
suspension by the partner leaves a claim of leaving unverified, as does one whose
author the data does not give.

A claim the data leaves unverified that a curated known error makes, date included
("The MD was launched in 1995"), is contradicted with the error's correction.

Dates are compared at the precision the claim gives: a month before the earliest date the
sources allow a join ("Kuwait joined the ICI in May 2004": not before the ICI's launch on 28
June 2004) or after the latest (``joined_by``) is contradicted, whatever the data's own date and
however unsure; a year that holds both bounds is settled ("Serbia joined the EAPC in 2006": not
before the Riga invitation of 29 November 2006, and within 2006), its day still unverified. A
state in a year ("Malta took part in the PfP in 1996") holds when the history has the partner
active for part of it (until its suspension of 27 October 1996).

A rank among the Allies is checked against the order of accession ("NATO's 30th member"); the
newest now ("is NATO's newest member", "the most recent Ally") is outdated once another has
joined, and the newest in a past year ("Montenegro was NATO's newest member in 2019") holds from
its accession until the next one (North Macedonia's, 27 March 2020), not only in its own year.

A partner of NATO with no framework named ("Russia is an active NATO partner", "Mongolia became a
NATO partner in 2012") is checked against every partnership the data holds of the country
(``_partner_of``): now, it is one if it takes part in any; an Ally is not a partner.

Every verdict carries the fact it rests on in words, that fact's dates and
its sources; contradicted and outdated ones a one-sentence correction with the
right date. A claim that repeats a curated known error is linked to it and
takes its correction: same predicate, polarity and subject (one the error
names), and of those of the error's sources only the ones that back a fact
about the claim's own subject or object. An error about the use of a word (its
correction quotes it: 'Allies') is not attached, as the claim keeps no words
of its sentence ("Ukraine became a full member of NATO" says no "ally").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from nato_graph.loaders.articles.claims import (
    CHANGES,
    DECADE_PARTS,
    FIRST_YEAR,
    LAST_YEAR,
    LEAVING,
    RawClaim,
)
from nato_graph.loaders.articles.entities import Entity
from nato_graph.queries import internal

if TYPE_CHECKING:
    from nato_graph.stores import Store

VERDICTS = ("supported", "contradicted", "outdated", "unverified", "new")
REGIONAL_KINDS = frozenset({"framework", "forum", "grouping"})
TOOK_PART = frozenset({"active", "suspended", "became_member", "ended", "superseded"})

# The facts a claim is checked against: queries/internal/fact-*.cypher.
_PARTNERSHIPS = "fact-partnerships"
_MEMBERSHIPS = "fact-memberships"
_ACCESSIONS = "fact-accessions"
_OPERATIONS = "fact-operations"
_COOPERATION = "fact-cooperation"
_ADDRESSES = "fact-addresses"
_KINDS = "fact-framework-kinds"
_KNOWN_ERRORS = "fact-known-errors"
_SOURCES = "fact-sources"
# which part of its partners a framework whose rows list only some of them lists (listed_part)
_LISTED_PART = "frameworks-partners-noted"

_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


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
    fact: str | None = None  # the curated fact the verdict rests on, in words
    dates: tuple[str, ...] = ()  # that fact's dates (joined, status changed), ISO as in the data
    known_error: str | None = None  # the key of the KnownError the claim repeats
    # what the data's own note adds to the correction ("since 2022 NATO has stopped treating
    # Russia as a partner"), kept when a known error's correction takes the place of its own
    told: str | None = None


@dataclass(frozen=True)
class KnownError:
    key: str
    claim: str
    correction: str
    sources: tuple[str, ...]
    claims: tuple[RawClaim, ...] = ()  # what its claim text says, read by the claim reader


@dataclass
class Facts:
    """The curated facts about the entities some claims name."""

    partnerships: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    memberships: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cooperation: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    addresses: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    # each named framework: its kind, participants, end, name and how many partnerships it lists
    frameworks: dict[str, dict[str, Any]] = field(default_factory=dict)
    # every Ally's date of accession, in order, when a claim gives a rank ("NATO's 30th member")
    accessions: list[str] = field(default_factory=list)
    # the sources of NATO's list of its members, when a claim is of membership: a country not on
    # it is no Ally
    members_listed_by: tuple[str, ...] = ()
    # each operation a claim names: when it began and ended, and when NATO took its lead
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    known_errors: list[KnownError] = field(default_factory=list)
    # every country's name by its key, when a claim is exclusive ("Only Kuwait joined the ICI")
    # and the others who took part are named in its correction
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store, claims: list[RawClaim]) -> Facts:
        countries = sorted({c.subject.key for c in claims if c.subject.label == "Country"})
        frameworks = sorted(
            {e.key for c in claims for e in (c.subject, c.object) if e.label == "Framework"}
        )
        if any(c.predicate == "partner_of" for c in claims):
            # a partner of NATO at large is checked against every partnership of the country, in
            # whatever framework, and against the frameworks whose partners the data does not list
            keys = store.read(internal("fact-keys")).rows
            frameworks = sorted({str(r["key"]) for r in keys if r["label"] == "Framework"})
        if any(c.predicate in ("only_partner_in", "partner_count") or _founder(c) for c in claims):
            # an exclusive claim, a count, or a founding is checked against every partner of its
            # framework
            rows = store.read(internal("gazetteer"), {"labels": ["Country"]}).rows
            names = {str(r["key"]): str(r["name"]) for r in rows if r["label"] == "Country"}
            countries = sorted(set(countries) | set(names))
        else:
            names = {}
        operations = sorted({c.subject.key for c in claims if c.subject.label == "Operation"})
        facts = cls.about(store, countries, frameworks, operations)
        facts.names = names
        if any(c.rank is not None or c.predicate in _COUNTED_BY_ACCESSIONS for c in claims):
            # a rank is counted among every Ally's accession; and a country not among them is
            # no Ally (the data lists them all)
            rows = store.read(internal(_ACCESSIONS)).rows
            facts.accessions = sorted(str(r["joined"]) for r in rows if r["joined"])
            facts.members_listed_by = tuple(
                dict.fromkeys(str(k) for r in rows for k in r.get("list_sources") or ())
            )
        return facts

    @classmethod
    def about(
        cls,
        store: Store,
        countries: list[str],
        frameworks: list[str],
        operations: Sequence[str] = (),
    ) -> Facts:
        """The facts about these countries, frameworks and operations."""
        facts = cls()
        if operations:
            rows = store.read(internal(_OPERATIONS), {"operations": list(operations)})
            facts.operations = {str(row["key"]): row for row in rows}
            # what an operation deals with ("Sea Guardian covers maritime security")
            for row in store.read(internal(_ADDRESSES), {"frameworks": list(operations)}):
                facts.addresses[(row["framework"], row["threat"])] = row
        if countries:
            for row in store.read(internal(_PARTNERSHIPS), {"countries": countries}):
                facts.partnerships[row["country"]].append(row)
            for row in store.read(internal(_MEMBERSHIPS), {"countries": countries}):
                facts.memberships[(row["country"], row["org"])] = row
            for row in store.read(internal(_COOPERATION), {"countries": countries}):
                facts.cooperation[(row["country"], row["threat"])] = row
        if frameworks:
            for row in store.read(internal(_ADDRESSES), {"frameworks": frameworks}):
                facts.addresses[(row["framework"], row["threat"])] = row
            facts.frameworks = {
                row["key"]: row for row in store.read(internal(_KINDS), {"frameworks": frameworks})
            }
            facts.kinds = {key: row["kind"] for key, row in facts.frameworks.items()}
            for row in store.read(internal(_LISTED_PART), {"keys": frameworks}):
                if row["in_part"] and row["key"] in facts.frameworks and row["listed_part"]:
                    facts.frameworks[row["key"]]["listed_part"] = str(row["listed_part"])
        return facts

    def nato(self, iso3: str) -> dict[str, Any] | None:
        return next((v for (c, _), v in self.memberships.items() if c == iso3), None)


def read_known_errors(store: Store) -> list[dict[str, Any]]:
    return list(store.read(internal(_KNOWN_ERRORS)))


def read_sources(store: Store, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Title and address of each source key."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    return {
        r["key"]: (r["title"], r["url"]) for r in store.read(internal(_SOURCES), {"keys": keys})
    }


# --- words ---------------------------------------------------------------------------------


def format_date(value: str | None) -> str:
    """ "1995-02" -> "February 1995", "1995-02-10" -> "10 February 1995", "2005" -> "2005"."""
    if not value:
        return ""
    parts = str(value).split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTH_NAMES[int(parts[1]) - 1]
        if len(parts) == 3 and parts[2].isdigit():
            return f"{int(parts[2])} {month} {parts[0]}"
        return f"{month} {parts[0]}"
    return parts[0]


def _on(value: str | None) -> str:
    """ "in February 1995", "on 10 February 1995": a date with its preposition."""
    text = format_date(value)
    return f"on {text}" if text[:1].isdigit() and " " in text else f"in {text}"


def _claimed_on(claim: RawClaim) -> str:
    """The claimed date with its preposition: "in 2024", "in March 2024", "on 11 March 2024"."""
    date = _claimed_date(claim)
    if date.startswith(("before ", "after ")):
        return date  # "not before 2024", not "not in before 2024"
    return f"{'on' if claim.month and claim.day else 'in'} {date}"


def _claimed_date(claim: RawClaim) -> str:
    years = claim.years
    if len(years) > 2 and years == tuple(range(years[0], years[-1] + 1)):
        if years[0] == FIRST_YEAR:
            return f"before {years[-1] + 1}"
        if years[-1] == LAST_YEAR:
            return f"after {years[0] - 1}"
        return f"{years[0]}-{years[-1]}"  # a decade or a range: "1990-1999"
    if years:
        return " or ".join(str(y) for y in years)
    if claim.month and claim.day:
        return f"{claim.day} {_MONTH_NAMES[claim.month - 1]} {claim.year}"
    if claim.month:
        return f"{_MONTH_NAMES[claim.month - 1]} {claim.year}"
    return str(claim.year)


def _framework_name(row: dict[str, Any]) -> str:
    return f"{row['name']} ({row['acronym']})" if row.get("acronym") else str(row["name"])


def _event_sources(row: dict[str, Any], i: int) -> tuple[str, ...]:
    """The sources of the partnership's ``i``-th history event (``history_sources`` holds each
    event's keys space-separated), else the partnership's own."""
    cited = row.get("history_sources") or []
    return tuple(cited[i].split()) if i < len(cited) and cited[i] else _sources(row)


def _events(row: dict[str, Any]) -> list[tuple[str, str]]:
    return list(
        zip(row.get("history_dates") or [], row.get("history_statuses") or [], strict=False)
    )


# A step of a partnership's history in its fact, where the data says whose decision it was
# (``by``): Malta suspended its own participation in 1996, it was not suspended by NATO.
_HISTORY_STEP_BY = {
    ("suspended", "partner"): "suspended its own participation",
    ("suspended", "nato"): "was suspended by NATO",
}


def _last_by(row: dict[str, Any]) -> str:
    """Whose decision the partnership's last event was (``nato``, ``partner``, ``""``)."""
    by = list(row.get("history_by") or [])
    return str(by[-1] or "") if by else ""


def partnership_fact(country: str, row: dict[str, Any]) -> str:
    """A partnership, its dates and its status, in one sentence; a date of joining the data holds
    only as unverified says so, and one that is not a formal accession says what it marks."""
    fw = f"the {_framework_name(row)}"
    joined, changed = format_date(row.get("joined")), format_date(row.get("changed"))
    joined_on = _on(row.get("joined"))
    unsure = bool(joined) and (row.get("history_confidence") or [None])[0] == "unverified"
    if unsure:
        said = " (a date the data holds only as unverified)"
        joined, joined_on = joined + said, joined_on + said
    if joined and row.get("joined_basis"):
        basis = f" (dated from {row['joined_basis']})"
        joined, joined_on = joined + basis, joined_on + basis
    status = row.get("status")
    events = _events(row)
    if changed and _last_change_unsure(row):
        # "until a successor programme replaced it in 2024": a date the data holds only as
        # unverified says so, as the join's does; a latest bound is no date of the change
        bound = "by " + changed + " at the latest" if _bounded(row) else ""
        said = " (a date the data holds only as unverified)"
        changed = (bound or changed) + said
        changed_on = (bound or _on(row.get("changed"))) + said
    else:
        changed_on = _on(row.get("changed"))
    launched = _predates(row)
    if launched and status == "active" and len(events) == 1:
        # Japan's partnership across the globe is dated from 1990, the framework from 2006: the
        # partner is in it from the launch (unsure where its own date is), and the older date
        # is of its partnership with NATO
        told = ["a date the data holds only as unverified"] if unsure else []
        told += [str(row["joined_basis"])] if row.get("joined_basis") else []
        when = format_date(row.get("joined")) + (f" ({'; '.join(told)})" if told else "")
        part = (
            f"takes part in {fw}, launched {_on(launched)},"
            if unsure
            else f"has taken part in {fw} since its launch {_on(launched)},"
        )
        return f"{country} {part} and its partnership with NATO is dated from {when}"
    # a forum of Allies and partners (the EAPC): a partner that became an Ally sits on in it
    with_allies = row.get("participants") == "allies and partners"
    on_accession = (
        "and has sat in it as an Ally since it became a NATO member"
        if with_allies
        else "left it on becoming a NATO member"
    )
    if len(events) > 2 or (len(events) == 2 and status == "active"):
        words = {
            "active": "took part again from",
            "ended": "left it",
            "suspended": "was suspended",
            "became_member": on_accession,
            "superseded": "moved to its successor programme",
        }
        by = list(row.get("history_by") or [])
        sure = list(row.get("history_confidence") or [])
        steps = [
            f"{_HISTORY_STEP_BY.get((s, str(by[i]) if i < len(by) else ''), words.get(s, s))} "
            f"{format_date(d) if s == 'active' else _on(d)}"
            + (" (unverified)" if i < len(sure) and sure[i] == "unverified" else "")
            for i, (d, s) in enumerate(events[1:], 1)
        ]
        tail = ", ".join(steps[:-1]) + (" and " if len(steps) > 1 else "") + steps[-1]
        partner = (
            " as a partner" if with_allies and "became_member" in dict(events).values() else ""
        )
        return f"{country} took part in {fw}{partner} from {joined or format_date(events[0][0])}, {tail}"
    if status == "active":
        return (
            f"{country} has taken part in {fw} since {joined}"
            if joined
            else f"{country} takes part in {fw}"
        )
    if status == "suspended":
        since = f" since {changed}" if changed else ""
        if _last_by(row) == "partner":
            return (
                f"{country} joined {fw} {joined_on}; it has suspended its own participation{since}"
            )
        return f"{country} joined {fw} {joined_on}; its cooperation has been suspended{since}"
    if status == "became_member" and with_allies:
        return (
            f"{country} took part in {fw} as a partner from {joined}, and has sat in it as an "
            f"Ally since it became a NATO member {changed_on}"
        )
    if status == "became_member":
        return (
            f"{country} took part in {fw} from {joined} until it became a NATO member {changed_on}"
        )
    if status == "ended":
        return f"{country} took part in {fw} from {joined} until {changed}"
    if status == "superseded":
        return f"{country} took part in {fw} from {joined} until a successor programme replaced it {changed_on}"
    if status == "invited":
        when = f" {changed_on}" if changed else ""
        return f"{country} was invited to {fw}{when} but has not taken part"
    if status == "requested":
        return f"{country} has asked to take part in {fw}; it is not a participant"
    return f"{country} takes part in {fw}"


def _last_change_unsure(row: dict[str, Any]) -> bool:
    """Whether the partnership's last change of status (after its join) is one the data holds
    only as unverified."""
    sure = list(row.get("history_confidence") or [])
    return len(sure) > 1 and len(_events(row)) > 1 and sure[-1] == "unverified"


def _bounded(row: dict[str, Any]) -> bool:
    """Whether the last change's date is only the latest it can be: the data gives an earliest
    one for it too (Israel's ICP replaced between April 2011 and 2019)."""
    bounds, events = list(row.get("history_earliest") or []), _events(row)
    return len(bounds) == len(events) and bool(bounds[-1]) and bounds[-1] != events[-1][0]


def _membership_fact(country: str, row: dict[str, Any]) -> str:
    joined = format_date(row.get("joined"))
    return (
        f"{country} has been a NATO member since {joined}"
        if joined
        else f"{country} is a NATO member"
    )


def _dates(row: dict[str, Any]) -> tuple[str, ...]:
    """The dates a partnership's fact (``partnership_fact``) tells, in its order."""
    return tuple(str(d) for d in (_predates(row), row.get("joined"), row.get("changed")) if d)


def _predates(row: dict[str, Any]) -> str | None:
    """The launch of a framework the data dates a partnership in from a year before it (Japan's
    across the globe from its first security exchange with NATO in 1990, the framework from
    2006), else None: the partnership is with NATO that old, in the framework only from then."""
    launched, joined = str(row.get("launched") or ""), str(row.get("joined") or "")
    return launched if launched and joined and joined[:4] < launched[:4] else None


def _sources(row: dict[str, Any] | None) -> tuple[str, ...]:
    return tuple(row.get("sources") or ()) if row else ()


# --- rules ---------------------------------------------------------------------------------


def _real_frameworks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A country's regional frameworks, the framework proper first (PAG rather than IP4)."""
    regional = [
        r
        for r in rows
        if r.get("kind") in REGIONAL_KINDS and r.get("status") in ("active", "suspended")
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


def _was(name: str) -> str:
    """The verb a framework's name takes: "Partners across the globe were", "the MD was"."""
    words = name.lower().split()
    return "were" if words[0].endswith("s") or words[-1] in ("partners", "countries") else "was"


def _launch_fact(entity: Entity, framework: dict[str, Any]) -> str:
    """When a framework was launched, in words ("The MD was launched in December 1994")."""
    name = _framework_name(framework) if framework.get("name") else entity.name
    return f"The {name} {_was(entity.name)} launched {_on(framework.get('launched'))}"


def _launch(claim: RawClaim, facts: Facts) -> Verdict:
    """A framework's launch against the date the data gives it, to the precision both give."""
    framework = facts.frameworks.get(claim.subject.key) or {}
    launched = str(framework.get("launched") or "")
    if not launched:
        return Verdict("new")
    fact = _launch_fact(claim.subject, framework)
    sources, dates = tuple(framework.get("sources") or ()), (launched,)
    if not _same_date(claim, launched):
        # a launch date the data holds only as unverified, or another date the data's own words
        # give it ("named in 2008, formal in April 2011", "the name probably dates from the
        # mid-2000s"): not refuted, only not confirmed. A year its note gives another body (the
        # EAPC's predecessor, "set up in December 1991") is no date of this one.
        if framework.get("confidence") == "unverified" or any(
            _tells_of_a_start(framework, y) for y in _claimed_years(claim)
        ):
            return Verdict("unverified", None, sources, (), fact, dates)
        return Verdict(
            "contradicted", f"{fact}, not {_claimed_on(claim)}", sources, (), fact, dates
        )
    if _finer_than(claim, launched):  # finer than the data: unchecked
        return Verdict(
            "unverified", None, sources, (), f"{fact} (the data gives no finer date)", dates
        )
    if _at_the_edge(claim, launched):
        return Verdict("unverified", None, sources, (), _edge_note(fact, claim, launched), dates)
    return _confirmed(Verdict("supported", None, sources, (), fact, dates), framework)


def _same_date(claim: RawClaim, iso: str) -> bool:
    """Whether a claim's date is the date ``iso``, to the precision both give (a month or day
    either side leaves out is no disagreement; a span of years holds it when it holds its year)."""
    year, month, day = (int(p) for p in [*iso.split("-"), "0", "0"][:3])
    if claim.years:
        return year in claim.years
    return claim.year == year and all(
        not a or not b or a == b for a, b in ((claim.month, month), (claim.day, day))
    )


def _operation_date(claim: RawClaim, facts: Facts) -> Verdict:
    """When an operation began or ended ("ISAF ended in 2016", "KFOR was launched in June 1999")
    against the dates the data gives it. An operation that began under another and came under
    NATO's lead later (ISAF: December 2001, NATO's from August 2003) has two starts a text may
    mean, and a claim of either is only unverified; an end claimed of one still running is
    contradicted."""
    from nato_graph.loaders import DATA_COVERAGE, DATA_COVERAGE_REACH

    op = facts.operations.get(claim.subject.key)
    if op is None:
        return Verdict("new")
    name = claim.subject.name
    start, end, led = (str(op.get(k) or "") for k in ("start", "end", "nato_led_from"))
    sources = tuple(op.get("sources") or ())
    ran = (
        f"{name} ran from {format_date(start)} to {format_date(end)}"
        if end
        else (f"{name} has been under way since {format_date(start)}; the data records no end")
    )
    if led and led != start:
        ran += f" (NATO took its lead on {format_date(led)})"
    span = (start, end) if end else (start,)
    claimed = _claimed_years(claim)
    if claimed and min(claimed) > int(DATA_COVERAGE[:4]):
        # "KFOR ended in 2026": after the data's last event, of which it can say nothing
        told = f"{ran}; the bundled data covers {DATA_COVERAGE_REACH}"
        return Verdict("unverified", None, sources, (), told, span)
    if claim.predicate == "operation_ended":
        date, dates = end, span
        if not end:
            return Verdict("contradicted", ran, sources, (), ran, dates)
    elif claim.tense == "since" and end:
        # "Active Endeavour has been under way since October 2001": running still, it says, and
        # it has ended; out of date if it began then, else wrong
        if _same_date(claim, start) or (led and _same_date(claim, led)):
            return Verdict("outdated", ran, sources, (), ran, span)
        return Verdict("contradicted", ran, sources, (), ran, span)
    else:
        date, dates = start, (start, led) if led and led != start else (start,)
        if led and led != start:
            # "NATO launched ISAF in 2001" or "in 2003": the mandate's start or NATO's lead
            held = _same_date(claim, start) or _same_date(claim, led)
            if held:
                return Verdict("unverified", None, sources, (), ran, dates)
            return Verdict("contradicted", ran, sources, (), ran, dates)
    if not date:
        return Verdict("new")
    if not _same_date(claim, date):
        note = str(op.get("note") or "")
        if claim.year and not claim.years and _claimed_date(claim) in note:
            # "KFOR began on 11 June 1999": not the date the data holds, but one its own note
            # gives ("some copies give 11 June 1999")
            told = f"{ran}; the data's note: {note}"
            return Verdict("unverified", None, sources, (), told, dates)
        return Verdict("contradicted", ran, sources, (), ran, dates)
    if _finer_than(claim, date):  # finer than the data: unchecked
        return Verdict(
            "unverified", None, sources, (), f"{ran} (the data gives no finer date)", dates
        )
    if _at_the_edge(claim, date):
        return Verdict("unverified", None, sources, (), _edge_note(ran, claim, date), dates)
    return _confirmed(Verdict("supported", None, sources, (), ran, dates), op)


def _at_the_edge(claim: RawClaim, iso: str | None) -> bool:
    """Whether a date matches a vague part of a decade only at its edge ("the late 1990s" for
    1995: read generously it is not refuted, but it confirms nothing either)."""
    return bool(claim.core and iso) and int(str(iso)[:4]) not in claim.core


def _edge_note(fact: str, claim: RawClaim, iso: str | None) -> str:
    return f"{fact}; {str(iso)[:4]} is at the edge of {_claimed_date(claim)}, not within it"


# A sentence of a framework's note about another body that came before or after it.
_ANOTHER_BODY = re.compile(
    r"\b(successor|predecessor|forerunner|replac\w+|supersed\w+|succeeded|preceded)\b",
    re.IGNORECASE,
)
_DECADE = re.compile(r"\b(?:(early|mid|late)[- ])?(1[89]\d|20\d)0s\b", re.IGNORECASE)


def _tells_of_a_start(framework: dict[str, Any], year: int) -> bool:
    """Whether the framework's note or place of launch gives ``year`` (or a decade, or part of
    one, that holds it: "the mid-2000s") in a sentence that is not about another body."""
    for key in ("note", "launched_where"):
        for sentence in re.split(r"(?<=[.;])\s+", str(framework.get(key) or "")):
            if _ANOTHER_BODY.search(sentence):
                continue
            if _names_year(sentence, year):
                return True
            for part, decade in _DECADE.findall(sentence):
                # read as the claim reader reads a part of a decade, generously
                if year - int(decade) * 10 in DECADE_PARTS.get(part.lower(), range(10)):
                    return True
    return False


def _not_listed(claim: RawClaim, framework: dict[str, Any], part: str | None = None) -> Verdict:
    """A country in no framework at all, of a regional framework whose partners the data lists
    ("Libya is a member of the Mediterranean Dialogue"): not one of them. ``part``: the part of
    its partners the claim names, which the data lists in full ("the Enhanced Opportunities
    Partners" of the PII)."""
    name = _framework_name(framework) if framework.get("name") else claim.object.name
    fact = (
        f"The data lists every country that took part in the {name} or was invited to, and "
        f"{claim.subject.name} is not one"
        if part is None
        else f"The data lists every one of the {name}'s {part}, and {claim.subject.name} is not one"
    )
    sources = tuple(framework.get("sources") or ())
    if claim.negated and not claim.ceased:
        return Verdict("supported", None, sources, (), fact)
    return Verdict("contradicted", fact, sources, (), fact)  # or "is no longer in it": never was


def _stem(word: str) -> str:
    """A word without its plural ending: "opportunities" -> "opportunity", "partners" ->
    "partner"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _names_the_listed_part(claim: RawClaim, framework: dict[str, Any]) -> bool:
    """Whether a claim names its framework by the part of its partners the data lists in full
    (``listed_part``'s first phrase: "its Enhanced Opportunities Partners"), in those words or
    by their initials ("EOPs"), singular or plural. The framework's own name, or its wider
    platform's, names all its partners, whom the data does not list."""
    named, part = claim.named_as, framework.get("listed_part")
    if not named or not part:
        return False
    listed = [_stem(w) for w in re.findall(r"[a-z]+", part.split(",")[0].lower())]
    words = [_stem(w) for w in re.findall(r"[a-z]+", named.lower())]
    if len(words) == 1 and len(words[0]) >= 2 and words[0] not in listed:
        initials = words[0]  # "eop" of "EOPs", "eop" of "EOP"
        runs = ("".join(w[0] for w in listed[i : i + len(initials)]) for i in range(len(listed)))
        return initials in runs
    n = len(words)
    return n >= 2 and any(listed[i : i + n] == words for i in range(len(listed) - n + 1))


def _earlier_than(date: str | None, other: str) -> bool:
    """Whether ``date`` (ISO, at any precision) ends before ``other`` begins."""
    return date is not None and _last_day(date) < _first_day(other)


def _before_launch(
    claim: RawClaim, framework: dict[str, Any], row: dict[str, Any] | None
) -> Verdict | None:
    """A claim of joining a framework in a year before it was launched ("Kuwait joined the ICI in
    1999": launched in June 2004; "have belonged to the IP4 since 2010": launched in 2016) is false
    whatever the data holds of the join itself and whatever its join date marks
    (``joined_basis``), unless the data itself dates the partnership before the launch (Japan's
    partnership across the globe from relations that predate the name)."""
    if row is None:  # a country in none of its partners: said by _not_listed
        return None
    launched = str(framework.get("launched") or "")
    span = _claimed_span(claim)
    joined = str(row.get("joined") or "")
    earliest = _earliest_start(row)
    if (
        claim.predicate != "partner_in"
        or claim.negated
        or claim.tense not in ("event", "since")
        or not launched
        or span is None
        or (joined and joined[:4] < launched[:4])
        # before the earliest start the partnership's own sources allow, a bound later than the
        # launch: refuted by that tighter bound, whose correction says what the partnership's
        # date marks (Iraq's 2011 grant of partner status, for "Iraq joined the PAG in 2004";
        # Kuwait's earliest is the ICI's launch itself, which says it)
        or (
            earliest is not None
            and _earlier_than(launched, earliest)
            and _before_its_start(claim, row)
        )
        # an earliest start the sources allow before the launch: the data itself holds that the
        # partnership may be older than the framework's name (Korea's dialogue with NATO, opened
        # in 2005, before the PAG of 2006), so a year from then is judged by the partnership
        or _earlier_than(earliest, launched)
        # every date it names before the launch, at the precision it gives ("in May 2004", the
        # ICI launched on 28 June 2004)
        or not span[1] < _first_day(launched)
    ):
        return None
    fact = _launch_fact(claim.object, framework)
    correction = f"{fact}: no country took part in it before"
    return Verdict(
        "contradicted", correction, tuple(framework.get("sources") or ()), (), fact, (launched,)
    )


def _older_than_the_framework(
    claim: RawClaim, framework: dict[str, Any], row: dict[str, Any] | None
) -> Verdict | None:
    """A claim that puts a partner in a framework at a date up to its launch, where the data dates
    the partnership from before the launch ("Japan joined the partners across the globe in 1990",
    "was one in 2000": the data dates Japan's partnership from its first security exchange with
    NATO in 1990, the framework from 2006): the relationship is that old, the framework is not,
    and when the partner came into the framework itself the data does not say, so the claim is
    unverified whatever its polarity. None for any other claim (a state at a date after the
    launch is judged by the partnership)."""
    launched = str(framework.get("launched") or "")
    joined = str((row or {}).get("joined") or "")
    years = _claimed_years(claim)
    if (
        row is None
        or claim.predicate != "partner_in"
        or row.get("status") not in TOOK_PART
        or not (launched and joined and years)
        or int(joined[:4]) >= int(launched[:4])
        or _before_its_start(claim, row)  # before the relationship itself: judged as any other
    ):
        return None
    start = int(launched[:4])
    if claim.tense == "past" and claim.until is None:
        inside = max(years) < start  # a state at a date: in the framework's launch year, it was
    elif claim.tense in ("event", "since"):
        inside = max(years) <= start  # joined then, or when the framework began
    else:
        return None
    if not inside:
        return None
    name = _framework_name(framework) if framework.get("name") else claim.object.name
    basis = f" ({row['joined_basis']})" if row.get("joined_basis") else ""
    # a confirmed join is in the framework from its launch, as the answers say; one held only as
    # unverified (Mongolia's, Pakistan's: partners by 2012 at the latest) is not said to be
    sure = (list(row.get("history_confidence") or []) or [row.get("confidence")])[0]
    held = (
        f", and the data holds {claim.subject.name} in it from then" if sure == "confirmed" else ""
    )
    fact = (
        f"{claim.subject.name}'s partnership with NATO dates from {format_date(joined)}{basis}; "
        f"the {name} {_was(claim.object.name)} launched {_on(launched)}{held}, with no source "
        f"dating when {'it' if held else claim.subject.name} came into the framework itself"
    )
    sources = tuple(dict.fromkeys(_sources(row) + tuple(framework.get("sources") or ())))
    return Verdict("unverified", None, sources, (), fact, (joined, launched))


def _elsewhere(
    subject: Entity, real: list[dict[str, Any]], obj: str, negated: bool, ceased: bool = False
) -> Verdict:
    """The country takes part in other frameworks of the same family: a claim of this one is false,
    and so is one that it is in this one no longer (``ceased``): it never was. The correction
    names them; the fact tells each partnership with the dates it cites."""
    pointers = _pointers(subject, real)
    names = _joined([f"the {_framework_name(r)}" for r in real])
    said = f"{subject.name} takes part in {names}"  # names are values, never templates
    fact = _partnerships_told(subject.name, real)
    sources = tuple(s for p in pointers for s in p.sources)
    dates = tuple(d for r in real for d in _dates(r))
    if ceased:  # "Japan is no longer in the PfP": it never was
        correction = f"{subject.name} has never taken part in the {obj}; it takes part in {names}"
        return Verdict("contradicted", correction, sources, pointers, fact, dates)
    if negated:
        return Verdict("supported", None, sources, (), f"{fact}, not the {obj}", dates)
    return Verdict("contradicted", f"{said}, not the {obj}", sources, pointers, fact, dates)


def _partnerships_told(country: str, rows: list[dict[str, Any]]) -> str:
    """Each partnership in words with its dates ("Japan has taken part in the Partners across
    the globe (PAG) since 1990 (dated from ...)"), so that a verdict's fact says the dates it
    gives (``_dates`` of each): a date shown beside a fact that does not tell it misleads."""
    return "; ".join(partnership_fact(country, r) for r in rows)


def _claimed_years(claim: RawClaim) -> tuple[int, ...]:
    return claim.years or ((claim.year,) if claim.year is not None else ())


# A day as (year, month, day), compared as a tuple; a day past a month's last ("31" of June)
# orders as well as the real one.
_Day = tuple[int, int, int]


def _first_day(iso: str) -> _Day:
    """The earliest day an ISO date at its precision can be: "2004" is 1 January 2004."""
    parts = [int(p) for p in str(iso).split("-")[:3]] + [1, 1]
    return parts[0], parts[1], parts[2]


def _last_day(iso: str) -> _Day:
    """The latest day an ISO date at its precision can be: "2004-06" is the end of June 2004."""
    parts = [int(p) for p in str(iso).split("-")[:3]]
    return parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 31


def _claimed_span(claim: RawClaim) -> tuple[_Day, _Day] | None:
    """The first and last day a claim's date can mean, at the precision it gives: "in 2004" the
    whole year, "in May 2004" the month, "on 1 May 2004" the day, "in the 1990s" the decade."""
    years = _claimed_years(claim)
    if not years:
        return None
    if claim.years or claim.month is None:
        return (min(years), 1, 1), (max(years), 12, 31)
    year, month, day = years[0], claim.month, claim.day
    return (year, month, day or 1), (year, month, day or 31)


def _finer_than_a_year(claim: RawClaim) -> bool:
    """Whether a claim gives one date to the month or the day ("in May 2004")."""
    return not claim.years and claim.year is not None and claim.month is not None


_NO_END = 9999  # the last year of a state that has not ended


def _held_at(claim: RawClaim, joined: str | None, ended: str | None) -> str | None:
    """For a claim of a state at a date ("was a PfP partner in 2010", not a join nor "until"):
    "yes" when a year it names falls between the join and the end (or now), "edge" when only a
    year at the edge of a vague phrase does ("the late 1990s", RawClaim.core), "before" when every
    one comes before the join, "after" when every one comes after the end; None for any other
    claim. A month or a day ("in March 2023") is compared at the precision of the dates: before
    the join, after the end, or within (the month of joining holds the partner for part of it, as
    its year does); a day the dates cannot place (in the month of joining, the day not known) is
    at their edge."""
    years = _claimed_years(claim)
    if claim.tense != "past" or claim.negated or claim.until is not None or not years or not joined:
        return None
    span = _claimed_span(claim)
    if span is not None and _finer_than_a_year(claim):
        # "was an ICI partner in May 2004": the month against the dates at the precision they
        # have; a month that only overlaps the month of joining or of the end is at their edge
        if span[1] < _first_day(joined):
            return "before"
        if ended and span[0] > _last_day(ended):
            return "after"
        if _last_day(joined) <= span[1] and (not ended or _first_day(ended) > span[0]):
            return "yes"
        return "edge"
    first = int(str(joined)[:4])
    last = int(str(ended)[:4]) if ended else _NO_END
    if claim.throughout:  # "between 2006 and 2019": held in every one of the years, or not
        held = [first <= y <= last for y in years]
        if all(held):
            return "yes"
        if any(held):
            return "before" if min(years) < first else "after"
    if any(first <= y <= last for y in (claim.core or years)):
        return "yes"
    if any(first <= y <= last for y in years):
        return "edge"  # held only at the edge of "the late 1990s": neither confirmed nor refuted
    return "before" if max(years) < first else "after"


def _suspended_at(claim: RawClaim, events: list[tuple[str, str]]) -> bool:
    """Whether a claim of a past state ("Malta was a PfP partner in 2000", or was not) names a
    year in which the partnership's history has it suspended (Malta's from October 1996 to April
    2008): neither a plain part in it nor none, so the claim is left unverified."""
    years = _claimed_years(claim)
    if claim.tense != "past" or claim.until is not None or not years:
        return False
    for k, (date, status) in enumerate(events):
        if status != "suspended":
            continue
        end = int(str(events[k + 1][0])[:4]) if k + 1 < len(events) else _NO_END
        if any(int(str(date)[:4]) <= y <= end for y in years):
            return True
    return False


def _active_in_part(claim: RawClaim, events: list[tuple[str, str]]) -> bool:
    """Whether the partnership's history surely holds the partner active during part of a year
    the claim names (of its core, for "the late 1990s"), or of its month when it gives one: Malta
    took part in the PfP from April 1995 until its suspension on 27 October 1996, so "in 1996"
    holds, "in November 1996" does not. A change known only to the year ("suspended in 2014") may
    have come on its first day, so it leaves that year open."""
    span = _claimed_span(claim)
    if span is None:
        return False
    if _finer_than_a_year(claim):
        units = [span]
    else:
        units = [((y, 1, 1), (y, 12, 31)) for y in (claim.core or _claimed_years(claim))]
    for k, (date, status) in enumerate(events):
        if status != "active" or not date:
            continue
        end = events[k + 1][0] if k + 1 < len(events) else None
        for first, last in units:
            if _last_day(date) <= last and (not end or _first_day(end) > first):
                return True
    return False


def _a_return_then(claim: RawClaim, events: list[tuple[str, str]]) -> bool:
    """Whether the date a claim of joining or of a start gives is that of a return in the history
    (active again after a suspension or an end), at the precision the claim gives."""
    return (
        claim.tense == "event"
        and claim.until is None
        and claim.dated
        and any(
            status == "active" and events[k - 1][1] in _DEPARTED and not _date_differs(claim, d)
            for k, (d, status) in enumerate(events)
            if k > 0
        )
    )


def _active_every_year(claim: RawClaim, events: list[tuple[str, str]]) -> bool:
    """Whether the history holds the partner active during part of every year a claim of a state
    throughout names ("between 1995 and 2021": Belarus, suspended in November 2021, took part in
    part of 2021, as in every year before; Malta, suspended from October 1996 to April 2008, did
    not between 1995 and 2010)."""
    years = _claimed_years(claim)
    return bool(years) and all(
        _active_in_part(replace(claim, years=(y,), year=None, month=None, core=()), events)
        for y in years
    )


def _a_run_from_to(claim: RawClaim, events: list[tuple[str, str]]) -> bool:
    """Whether a claim of a past state "from YEAR to YEAR" (or "until YEAR") is a stretch of the
    history: the partner became active in the start year (its join, or a return) and left, or
    had its part suspended, in the end year, with no change between (Malta from 1995 to 1996,
    suspending its own part on 27 October 1996, though it took part again from 2008)."""
    if claim.until is None or claim.negated or claim.years:
        return False
    for k, (date, status) in enumerate(events[:-1]):
        end, after = events[k + 1]
        if status != "active" or after not in _DEPARTED or not date or not end:
            continue
        starts = claim.year is None or not _date_differs(claim, date)
        if starts and int(str(end)[:4]) == claim.until:
            return True
    return False


def _before_joining(claim: RawClaim, joined: str | None) -> bool:
    """Whether every year a claim of a past state names ("was not a member in 2023") comes before
    the year of joining: it was not yet in. (A "since" claim is not a state at a date.)"""
    years = _claimed_years(claim)
    return bool(years and joined) and claim.tense == "past" and max(years) < int(str(joined)[:4])


# The North Atlantic Treaty was signed on 4 April 1949: its founding members were never outside
# NATO, a later member was until it joined.
_FOUNDED = "1949-04-04"


def _not_yet_then(claim: RawClaim, joined: str | None) -> bool:
    """Whether an undated denial of membership now ("is not a NATO member", "is not a member
    yet") held before the country joined, NATO being older than its membership."""
    return (
        claim.tense == "present"
        and not claim.dated
        and bool(joined)
        and str(joined)[:10] > _FOUNDED
    )


def _year_of_joining(claim: RawClaim, joined: str | None) -> bool:
    """Whether a claim of a past state names the year of joining itself: in for part of it only."""
    years = _claimed_years(claim)
    return bool(years and joined) and claim.tense == "past" and int(str(joined)[:4]) in years


def _date_differs(claim: RawClaim, iso: str | None) -> bool:
    """Whether the claimed year (and month, and day, when both give one) differs from an ISO
    date."""
    if claim.years and iso:  # one of several years: the recorded one must be among them
        return int(str(iso).split("-")[0]) not in claim.years
    if claim.year is None or not iso:
        return False
    parts = str(iso).split("-")
    if int(parts[0]) != claim.year:
        return True
    if claim.month and len(parts) >= 2 and int(parts[1]) != claim.month:
        return True
    return bool(claim.month and claim.day and len(parts) >= 3 and int(parts[2]) != claim.day)


# Words with which a note says its sources disagree ("Sources differ: December 2004 according to
# Kuwaiti media"); a note that only names another event of that date ("the flag was raised on
# 11 March 2024") does not make a claim of that date unverified.
_DISAGREE = re.compile(
    r"\b(differ\w*|disagree\w*|conflict\w*|other sources|some sources|according to|"
    r"(once )?(reported|said)|inconsistent|variously)\b",
    re.IGNORECASE,
)


_HALT = re.compile(
    r"\b(halt\w*|suspen\w*|stopped|stop|froze|frozen|freez\w*|interrupt\w*|paus\w*)\b",
    re.IGNORECASE,
)


def _note_sentences(note: Any, year: int) -> list[str]:
    """The sentences of a note that name ``year``."""
    return [t for t in re.split(r"(?<=[.;])\s+", str(note or "")) if _names_year(t, year)]


# What a halt must stop to be one of the partnership: its cooperation, meetings or activities
# ("formal meetings and part of the cooperation were halted in August 2008"), not a way of seeing
# the partner ("in 2022 NATO stopped treating Russia as a partner" is no suspension in 2022).
_HALTED = re.compile(
    r"\b(cooperation|co-operation|meetings?|activit\w+|contacts?|programmes?|exercises?|"
    r"support|work|dialogue|participation)\b",
    re.IGNORECASE,
)


def _tells_of_a_halt(note: str, year: int) -> bool:
    """Whether a sentence of the note tells of a halt or suspension of cooperation in ``year``."""
    return any(
        _HALT.search(sentence) and _HALTED.search(sentence)
        for sentence in _note_sentences(note, year)
    )


def _names_year(text: Any, year: int) -> bool:
    return bool(re.search(rf"\b{year}\b", str(text or "")))


def _note_names_year(row: dict[str, Any], year: int, recorded: int | None) -> bool:
    """The data's own note (or what its join date marks) gives the claimed year, next to the
    recorded one, as another date of the same event: Colombia's partnership was agreed in May
    2017 and formally marked in 2018. A claim of the recorded year itself that only differs in
    month or day needs the note to say its sources disagree: "the flag was raised on 11 March
    2024" is another event of that year, not another date of the accession."""
    if recorded is None:
        return False
    if _names_year(row.get("joined_basis"), year):
        return True  # what the join date marks names the claimed year too ("... since 2005")
    if abs(recorded - year) > 1:
        return False
    # the note's sentences that name the year, but not for a halt (Malta's 1996 interruption is
    # no other date of its joining)
    told = [
        t
        for t in _note_sentences(row.get("note"), year)
        if not _HALT.search(t) and not _LOOSE.search(t)
    ]
    return bool(told) and (year != recorded or any(_DISAGREE.search(t) for t in told))


def _other_date(row: dict[str, Any], year: int, recorded: int | None) -> str:
    """What of the data gives the claimed year (see ``_note_names_year``), in words: the step of
    the partnership its join date is not (New Zealand's IPCP of 2012, its partnership dated from
    2001), or the note's sentences that name the year. Only a note's date other than the
    recorded one is "another date": a note that only restates the recorded date is not quoted."""
    if _names_year(row.get("joined_basis"), year) and year != recorded:
        return (
            f"{year} is the date of another step the data records, not of the start it dates "
            "the partnership from"
        )
    told = [
        t
        for t in _note_sentences(row.get("note"), year)
        if not _HALT.search(t) and not _LOOSE.search(t)
    ]
    if year != recorded:
        return f"the curated data's own note gives another date: {' '.join(told)}"
    return f"the curated data's own note says its sources differ on the date: {' '.join(told)}"


# Words with which a note says that a year some texts give is loose or wrong ("Some documents
# loosely date Israel's MD partnership to 1994; it actually joined in February 1995"): that year
# is no other date of the event, and a claim of it is contradicted.
_LOOSE = re.compile(
    r"\b(loosely|actually|in fact|mistaken\w*|wrongly|erroneous\w*|incorrect\w*|inaccurate\w*)\b",
    re.IGNORECASE,
)


def _finer_than(claim: RawClaim, iso: str | None) -> str | None:
    """What a claim's date gives that the data's date ``iso`` does not: "the month" ("in January
    2011" of a join the data dates to 2011), "the day" ("on 15 November 2021" of one it dates to
    November 2021); None when the data's date is as fine."""
    if not iso:
        return None
    parts = len(str(iso).split("-"))
    if claim.month and parts < 2:
        return "the month"
    if claim.day and claim.month and parts < 3:
        return "the day"
    return None


def _date_verdict(
    claim: RawClaim, row: dict[str, Any], iso: str | None, fact: str, what: str
) -> Verdict | None:
    """Contradicted (or unverified, when the data's sources differ) if the claimed date is wrong;
    unverified when it gives a day the data does not (Hungary joined the PfP in February 1994,
    its day not recorded)."""
    sources, dates = _sources(row), _dates(row)
    if not _date_differs(claim, iso):
        if _at_the_edge(claim, iso):
            return Verdict("unverified", None, sources, (), _edge_note(fact, claim, iso), dates)
        finer = _finer_than(claim, iso)
        if finer:  # "in January 2011" of a join the data dates to 2011: one month of twelve
            note = f"{fact}; the curated data dates it to {format_date(iso)}, not to {finer}"
            return Verdict("unverified", None, sources, (), note, dates)
        return None
    recorded = int(str(iso).split("-")[0]) if iso else None
    is_join = iso is not None and iso == row.get("joined")
    before_start = is_join and _before_its_start(claim, row)
    # a date outside the bounds the sources set ("in May 2004", before the ICI's launch on 28
    # June 2004; "in April 2005", after the first quarter of 2005 by which Kuwait had joined)
    # is no other date of the event that the note's disagreeing sources leave open
    outside = before_start or (is_join and bool(row.get("joined_by_past")))
    if claim.year is not None and not outside and _note_names_year(row, claim.year, recorded):
        note = f"{fact}; {_other_date(row, claim.year, recorded)}"
        return Verdict("unverified", None, sources, (), note, dates)
    basis = row.get("joined_basis") if is_join else None
    claimed = max(claim.years or (claim.year or 0,))
    if (
        basis
        and recorded is not None
        and claim.year is not None
        and claim.year > recorded
        and _tells_of_a_start({"note": row.get("framework_note")}, claim.year)
    ):
        # "Australia joined the IP4 in 2022": its 2016 is a date by convention, and the grouping's
        # own note tells of that year ("the labels IP4/AP4 have been used since about 2022")
        told = f"the data's note on the {_framework_name(row)}: {row['framework_note']}"
        return Verdict("unverified", None, sources, (), f"{fact}; {told}", dates)
    if basis and recorded is not None and claimed < recorded and not before_start:
        # Mongolia's 2012 in the PAG is its IPCP, not a formal accession, and the relationship
        # may be older ("since 2005"): an earlier year is not refuted by the convention. A later
        # one is: by then the data already has the partner in it. So is one before the earliest
        # the sources allow the start (joined_earliest: Colombia's partnership was agreed in May
        # 2017, and began then).
        return _before_a_basis(fact, row)
    if row.get("confidence") == "unverified":  # an unverified date refutes nothing
        return _refutes_nothing(fact, row, sources, dates)
    if row.get("joined_by_past") and is_join:
        # the date is disputed: say the bound the sources give, not the date as a fact
        when = f"by {format_date(row['joined_by'])} at the latest (the date the data gives, {_on(iso)}, is unverified)"
        correction = f"{claim.subject.name} {what} {when}, not {_claimed_on(claim)}"
        return Verdict("contradicted", correction, sources, (), fact, dates)
    launched = _predates(row) if is_join and not before_start else None
    if launched and claimed > int(launched[:4]):
        # "Japan joined the partners across the globe in 2010": it took part from the launch in
        # 2006; no join in 1990, before the framework existed, is its correction
        correction = f"{fact}; it was already a partner {_claimed_on(claim)}"
        return Verdict("contradicted", correction, sources, (), fact, dates)
    when = _start(row) if before_start else f"{_on(iso)}{f' (dated from {basis})' if basis else ''}"
    correction = f"{claim.subject.name} {what} {when}, not {_claimed_on(claim)}"
    return Verdict("contradicted", correction, sources, (), fact, dates)


def _earlier_than_its_basis(claim: RawClaim, row: dict[str, Any]) -> bool:
    """Whether every year a claim names comes before a join date that only marks an event of the
    partnership (``joined_basis``: a programme's signature, a first exchange), not an accession:
    the partnership may be older, so such a year is neither confirmed nor refuted; unless it is
    before the earliest the sources allow the start too (``joined_earliest``)."""
    years, joined = _claimed_years(claim), str(row.get("joined") or "")
    return (
        bool(years and joined and row.get("joined_basis"))
        and max(years) < int(joined[:4])
        and not _before_its_start(claim, row)
    )


def _earliest_start(row: dict[str, Any]) -> str | None:
    """The earliest date the partnership can have begun, where the sources settle it
    (``joined_earliest``, the join's entry in ``history_earliest``): the date of joining itself
    where its basis is the start (Colombia's partnership, agreed in May 2017), an earlier one where
    a source gives how early it can be (Korea's dialogue with NATO, opened in 2005)."""
    bounds = row.get("history_earliest") or []
    return str(bounds[0]) if bounds and bounds[0] and row.get("joined") else None


def _before_its_start(claim: RawClaim, row: dict[str, Any]) -> bool:
    """Whether every date a claim names comes before the earliest date the partnership can have
    begun, at the precision the claim gives ("in May 2004" before the ICI's launch on 28 June
    2004, "in 2004" not): the partner was not in it then, whatever its date of joining marks and
    however unsure that date is."""
    span, earliest = _claimed_span(claim), _earliest_start(row)
    if span is None or not earliest or claim.until is not None:
        return False
    return span[1] < _first_day(earliest)


def _within_its_bounds(claim: RawClaim, row: dict[str, Any]) -> bool:
    """Whether the earliest date the sources allow a join (``joined_earliest``) and the latest
    (``joined_by``) both fall within the date a claim names, so that the claim's date is settled
    however unsure the day the data records: Serbia joined the EAPC no earlier than the Riga
    invitation of 29 November 2006 and by the end of 2006, so "in 2006" holds, "in December 2006"
    is not settled. The recorded date itself is no bound: it is the unsure one (Bosnia and
    Herzegovina's EAPC seat, with no latest date in the sources, stays unsure in 2006). A claim
    of one of several years ("Bahrain, Kuwait, Qatar and the UAE joined in 2004 and 2005") is not
    settled so: which year the sentence gives each partner it does not say."""
    span, earliest, latest = _claimed_span(claim), _earliest_start(row), row.get("joined_by")
    if span is None or claim.years or not (earliest and latest) or claim.until is not None:
        return False
    return span[0] <= _first_day(earliest) and _last_day(str(latest)) <= span[1]


def _start(row: dict[str, Any]) -> str:
    """When the partnership began, with what its date marks and the earliest the sources allow it,
    for a correction of a year before that: "in May 2017 (dated from the partnership agreed in
    May 2017, ...)", "in 2006 (dated from ...; not before 2005)"; a date the data holds only as
    unverified is not given as a fact: "no earlier than 2005 (the date the data gives, in 2006, is
    unverified)"."""
    joined, earliest = row.get("joined"), _earliest_start(row) or ""
    if (row.get("history_confidence") or [None])[0] == "unverified":
        return f"no earlier than {format_date(earliest)} (the date the data gives, {_on(joined)}, is unverified)"
    said = [f"dated from {row['joined_basis']}"] if row.get("joined_basis") else []
    if earliest and earliest != joined:
        said.append(f"not before {format_date(earliest)}")
    return _on(joined) + (f" ({'; '.join(said)})" if said else "")


def _before_a_basis(fact: str, row: dict[str, Any]) -> Verdict:
    """Unverified: a year before a join date that only marks what ``joined_basis`` says."""
    note = (
        f"{fact}: a date the data takes from {row['joined_basis']}, not from a formal accession, "
        "so an earlier year is neither confirmed nor refuted"
    )
    return Verdict("unverified", None, _sources(row), (), note, _dates(row))


def _held_unverified(fact: str | None, row: dict[str, Any]) -> str:
    """A fact in words, saying that the data holds it only as unverified, and why (its note)."""
    note = f" ({row['note']})" if row.get("note") else ""
    return f"{fact or ''} -- held as unverified in the curated data{note}"


def _refutes_nothing(
    fact: str, row: dict[str, Any], sources: tuple[str, ...], dates: tuple[str, ...]
) -> Verdict:
    """The verdict where only an unverified fact or date could contradict the claim: unverified."""
    return Verdict("unverified", None, sources, (), _held_unverified(fact, row), dates)


def _confirmed(verdict: Verdict, row: dict[str, Any] | None) -> Verdict:
    """A supported verdict resting on an unverified fact is only unverified."""
    if verdict.verdict == "supported" and row is not None and row.get("confidence") == "unverified":
        return replace(verdict, verdict="unverified", fact=_held_unverified(verdict.fact, row))
    return verdict


def _dated(claim: RawClaim, row: dict[str, Any]) -> dict[str, Any]:
    """The partnership as a claim that gives a year sees it: unverified when the data holds any
    dated event of it only as unverified (an inferred date of joining), however sure the fact."""
    dated = claim.dated
    events = list(row.get("history_confidence") or [])
    if claim.predicate == "partner_in" and claim.tense == "event" and claim.until is None:
        # a claim of joining rests on the join alone: a later change held only as unverified
        # (Israel's ICP superseded in 2019 at the latest) leaves its confirmed start confirmed
        events = events[:1]
        if dated and events == ["confirmed"] and row.get("confidence") == "unverified":
            # "Azerbaijan agreed its IPAP in May 2005": the data confirms the join, though not
            # that the partnership holds now (joined_confidence: confirmed); the claim is of the
            # join alone
            return {**row, "confidence": "confirmed"}
    if claim.predicate == "partner_in" and events:
        if _before_its_start(claim, row) or _within_its_bounds(claim, row):
            # every date it names is before the earliest the partnership can have begun, or the
            # sources bound the join within the date it names: however unsure the day of
            # joining, the partner had not joined then, or joined then
            events[0] = "confirmed"
        if claim.tense == "past" and claim.until is None:
            # a state at a date rests on no change that cannot have come by then (Israel's ICP
            # gave way to an IPCP in 2019 at the latest and not before April 2011: in 2008 it held)
            events = [c for k, c in enumerate(events) if k == 0 or not _not_yet(claim, row, k)]
    if dated and "unverified" in events:
        if _past_joined_by(claim, row) and "unverified" not in events[1:]:
            # "Kuwait joined the ICI in 2012", "was an ICI partner in 2010": its join date is
            # disputed, but it had joined by early 2005 (joined_by), so years after that are
            # judged as a confirmed fact judges them
            return {**row, "joined_by_past": True}
        return {**row, "confidence": "unverified"}
    return row


def _sure_after_its_end(row: dict[str, Any]) -> bool:
    """Whether a partnership's end is sure once its date has passed: the partnership confirmed,
    and its last change confirmed, or unverified with the earliest date the sources allow it
    (``history_earliest``), which makes its date the latest it can have come (Kuwait's IPCP, taken
    to have given way to an ITPP in 2024: gone in 2025)."""
    held = list(row.get("history_confidence") or [])
    if row.get("confidence") == "unverified" and "unverified" not in held:
        return False  # the partnership itself is unverified
    if not held or held[-1] != "unverified":
        return True
    bounds = row.get("history_earliest") or []
    return len(bounds) >= len(held) and bool(bounds[len(held) - 1])


def _not_yet(claim: RawClaim, row: dict[str, Any], k: int) -> bool:
    """Whether every year a claim names comes before the year of the earliest date the sources
    allow the partnership's ``k``-th event (``history_earliest``): it cannot have come by then."""
    bounds, years = row.get("history_earliest") or [], _claimed_years(claim)
    bound = str(bounds[k]) if k < len(bounds) and bounds[k] else ""
    return bool(bound and years) and max(years) < int(bound[:4])


def _past_joined_by(claim: RawClaim, row: dict[str, Any]) -> bool:
    """Whether every year a claim names is after the year by which the sources show the partner
    had joined (``joined_by``), where the data's join date itself is unverified."""
    years, by = _claimed_years(claim), row.get("joined_by_year")
    if not years or by is None:
        return False
    if _finer_than_a_year(claim) and row.get("joined_by"):
        # "joined the ICI in April 2005": after the first quarter of 2005, at the month
        span = _claimed_span(claim)
        return span is not None and span[0] > _last_day(str(row["joined_by"]))
    # "had joined by 2006" (every year up to 2006): settled when the bound is within it
    return min(years) > int(by) or (years[0] == FIRST_YEAR and max(years) >= int(by))


# A sentence of a partnership's note saying that NATO no longer counts the partner as one ("Since
# 2022 NATO has stopped treating Russia as a partner"): a present claim of the partnership is then
# false, not merely out of date.
_NO_LONGER_A_PARTNER = re.compile(
    r"\b(no longer|stopped|ceased|cannot|can ?not|can no longer)\b[^.;]*"
    r"\b(treat|consider|regard|count|see|recogni[sz]e)\w*\b[^.;]*\bpartners?\b",
    re.IGNORECASE,
)


def _no_longer_a_partner(row: dict[str, Any]) -> str | None:
    """The sentence of the partnership's note that says NATO no longer counts the country as a
    partner, without its full stop; None when it says no such thing."""
    for sentence in re.split(r"(?<=[.;])\s+", str(row.get("note") or "")):
        if _NO_LONGER_A_PARTNER.search(sentence):
            return sentence.rstrip(".; ")
    return None


def _lasting_change(claim: RawClaim, row: dict[str, Any]) -> Verdict:
    """A claim that the partner took part at a date after its partnership was suspended (or
    ended) for good ("Russia was an active PfP partner in 2023": NATO suspended its cooperation
    on 1 April 2014 and it has not resumed): contradicted, citing that change and its own
    sources."""
    subject, fw = claim.subject.name, f"the {_framework_name(row)}"
    events = _events(row)
    date, status = events[-1] if events else (row.get("changed"), row.get("status"))
    k = len(events) - 1
    cited = (row.get("history_sources") or [])[k:] if events else []
    by = (row.get("history_by") or [None] * (k + 1))[k] if events else None
    template = (_SUSPENDED_BY.get(str(by)) if status == "suspended" else None) or _DEPARTED.get(
        str(status), "{s}'s part in {fw} changed {on}"
    )
    said = template.format(s=subject, fw=fw, on=_on(date))
    if status == "suspended":
        said += ", and it has not resumed"
    told = _no_longer_a_partner(row)
    correction = f"{said}; {_lower(told)}" if told else said
    own = tuple(cited[0].split()) if cited and cited[0] else ()
    sources = tuple(dict.fromkeys(own + _sources(row)))
    fact = partnership_fact(subject, row)
    if row.get("confidence") == "unverified":  # an unverified change refutes nothing
        return _refutes_nothing(fact, row, sources, _dates(row))
    return Verdict("contradicted", correction, sources, (), fact, _dates(row), told=told)


def _lower(sentence: str) -> str:
    """A sentence to go after a semicolon: its first letter in lower case."""
    return sentence[:1].lower() + sentence[1:]


def _partner_in(claim: RawClaim, row: dict[str, Any]) -> Verdict:
    row = _dated(claim, row)
    subject = claim.subject.name
    fact = partnership_fact(subject, row)
    status = row.get("status")
    events = _events(row)
    sources, dates = _sources(row), _dates(row)
    took_part = status in TOOK_PART
    joined_what = f"joined the {row['name']}"

    def v(verdict: str, correction: str | None = None) -> Verdict:
        return _confirmed(Verdict(verdict, correction, sources, (), fact, dates), row)

    if claim.negated:
        if claim.tense == "present" and claim.ceased and not took_part:
            return v("contradicted", fact)  # "no longer a partner" of one only invited: never was
        if claim.tense == "present":
            return v("contradicted", fact) if status == "active" else v("supported")
        if claim.tense == "since" and claim.year is not None and took_part:
            # "Sweden has not been a PfP partner since 2024": true when its part ended or was
            # suspended by then, and has not resumed
            changed = str(row.get("changed") or "")
            if status != "active" and changed and int(changed[:4]) <= claim.year:
                return v("supported")
            if row.get("confidence") == "unverified":
                return _refutes_nothing(fact, row, sources, dates)
            return v("contradicted", fact)
        if took_part and claim.tense in ("event", "past") and _earlier_than_its_basis(claim, row):
            # "New Zealand was not a contact country in 2007", "did not join in 2007": its 2012 is
            # a programme's signature, the partnership may be older
            return _before_a_basis(fact, row)
        if claim.tense == "event" and (claim.year or claim.years) and took_part:
            # "did not join in 1995": true when it joined in another year
            if _date_differs(claim, row.get("joined")):
                return v("supported")
            if row.get("confidence") == "unverified":  # an unverified date refutes nothing
                return _refutes_nothing(fact, row, sources, dates)
            return v("contradicted", f"{subject} {joined_what} {_on(row.get('joined'))}")
        if took_part and _before_joining(claim, row.get("joined")):
            return v("supported")  # "Ireland was not a PfP partner in 1998": not yet
        ended = str(row.get("changed") or "") if status in _ENDS else ""
        years = _claimed_years(claim)
        if took_part and claim.tense == "past" and ended and years and claim.until is None:
            # "Croatia was not a PfP partner in 2015": it had left on joining NATO in 2009
            if min(years) > int(ended[:4]):
                return v("supported")
            if int(ended[:4]) in years and not any(
                int(str(row.get("joined"))[:4]) <= y < int(ended[:4]) for y in years
            ):
                note = f"{fact}: a partner for part of {_claimed_date(claim)} only"
                return Verdict("unverified", None, sources, (), note, dates)
        if took_part and _year_of_joining(claim, row.get("joined")):
            note = f"{fact}: a partner for part of {_claimed_date(claim)} only"
            return Verdict("unverified", None, sources, (), note, dates)
        if took_part and _suspended_at(claim, events):
            return Verdict("unverified", None, sources, (), fact, dates)  # suspended then
        return v("contradicted", fact) if took_part else v("supported")
    if not took_part:  # invited or requested: never took part
        return v("contradicted", fact)
    told = _no_longer_a_partner(row) if status == "suspended" else None
    if claim.tense == "present":
        if status == "active":
            return v("supported")
        if told:  # "Russia is an active PfP partner": NATO no longer counts it as a partner
            return replace(v("contradicted", f"{fact}; {_lower(told)}"), told=told)
        return v("outdated", fact)
    if claim.tense == "since":
        # the last time it became active: after a break, "since" counts from there
        start = next((d for d, s in reversed(events) if s == "active"), row.get("joined"))
        if status != "active":
            dated = _date_verdict(claim, row, row.get("joined"), fact, joined_what)
            if dated is None and told:
                return replace(v("contradicted", f"{fact}; {_lower(told)}"), told=told)
            return dated or v("outdated", fact)
        if start != row.get("joined") and not _date_differs(claim, row.get("joined")):
            return v("contradicted", fact)  # "without a break since 1995", but there was one
        return _date_verdict(claim, row, start, fact, joined_what) or v("supported")
    held = _held_at(claim, row.get("joined"), None if status == "active" else row.get("changed"))
    if held == "yes" and _suspended_at(claim, events):
        # "Malta was a PfP partner in 2000": it had suspended its participation (1996-2008); "...
        # between 2000 and 2010", every year of it, is not so; "in 1996", "in 2008", when it
        # took part until its suspension or from its return, is
        if claim.throughout and _active_every_year(claim, events):
            # "Belarus took part in the PfP between 1995 and 2021": suspended in November 2021,
            # it took part in part of 2021, as in every year before
            return v("supported")
        if claim.throughout and row.get("confidence") != "unverified":
            return v("contradicted", fact)
        if not claim.throughout and _active_in_part(claim, events):
            return v("supported")
        return Verdict("unverified", None, sources, (), fact, dates)
    if held == "after" and status == "suspended":
        # "Russia was an active PfP partner in 2023": suspended in 2014, never resumed
        return _lasting_change(claim, row)
    if held is not None:  # "Ukraine was a PfP partner in 2010": a partner then?
        if held == "after" and status != "suspended" and not _sure_after_its_end(row):
            # an end whose date the data holds only as unverified, with no bound to make its date
            # the latest it can be: an unverified date refutes nothing
            return _refutes_nothing(fact, row, sources, dates)
        if held == "yes" or (held == "after" and status not in ("suspended",)):
            return v("supported") if held == "yes" else v("contradicted", fact)
        if held == "before" and _earlier_than_its_basis(claim, row):
            # "New Zealand was a contact country in 2007": its 2012 is its IPCP's signature, and
            # the partnership may be older (as "joined in 2007" is not refuted either)
            return _before_a_basis(fact, row)
        if held == "before" and _before_its_start(claim, row):
            return v("contradicted", f"{subject} {joined_what} {_start(row)}")
        if held == "before" and row.get("confidence") == "unverified":
            # "Kuwait was an ICI partner in October 2004": before the date the data gives, which
            # it holds only as unverified (KUNA once reported November), and after the earliest
            # the sources allow: an unverified date refutes nothing
            return _refutes_nothing(fact, row, sources, dates)
        if held == "before":
            return v("contradicted", f"{subject} {joined_what} {_on(row.get('joined'))}")
        return Verdict("unverified", None, sources, (), fact, dates)
    # event or past: it happened; check the dates given
    if claim.until is not None and _a_run_from_to(claim, events):
        # "Malta took part in the PfP from 1995 to 1996": from its join (or a return) to a
        # departure of that year (its own suspension of 27 October 1996), whatever came after
        return v("supported")
    dated = _date_verdict(claim, row, row.get("joined"), fact, joined_what)
    if dated and dated.verdict == "contradicted" and _a_return_then(claim, events):
        again = f"{_claimed_date(claim)} is when it took part again, not when it joined"
        if claim.began is not False:
            # "Malta had been a PfP partner since 2008": a state that began with its return after
            # its suspension, and has lasted since; a start then is not refuted
            return Verdict("unverified", None, sources, (), f"{fact}: {again}", dates)
        # "Malta joined the PfP in 2008": it joined in 1995; 2008 is the year of its return
        return replace(
            dated, correction=f"{dated.correction}; {again}" if dated.correction else again
        )
    if dated:
        return dated
    if claim.until is not None:
        if status == "active":
            return v("contradicted", fact)
        end = row.get("changed")
        if end and int(str(end)[:4]) != claim.until:
            return v("contradicted", fact)
    return v("supported")


# The events of a partnership's history that end or suspend it, and how each is said: neutrally,
# unless the data says whose decision a suspension was (Malta's own in 1996, NATO's with Russia
# in 2014).
_DEPARTED = {
    "suspended": "{s}'s participation in {fw} was suspended {on}",
    "ended": "{s} left {fw} {on}",
    "became_member": "{s} left {fw} on becoming a NATO member {on}",
    "superseded": "{s} moved from {fw} to its successor programme {on}",
}
_SUSPENDED_BY = {
    "nato": "NATO suspended its cooperation with {s} in {fw} {on}",
    "partner": "{s} suspended its own participation in {fw} {on}",
}
_ENDS = frozenset(("ended", "became_member", "superseded"))

# A departure: its date, the status it led to, its sources, and whose decision it was ("" when
# the data does not say).
_Departure = tuple[str, str, tuple[str, ...], str]


def _left(claim: RawClaim, row: dict[str, Any]) -> Verdict:
    """ "Malta withdrew from the PfP in 1996", "suspended its participation in", "was suspended
    from": checked against the ends and suspensions in the partnership's history, at the date
    given, each citing that change's own sources.

    A claim of leaving rests on an end. A suspension is not a departure: by NATO's decision it
    contradicts a claim that the partner left (the partner did not go; NATO stopped working with
    it), by the partner's own or by an unrecorded hand it leaves the claim unverified. A claim
    that the partner suspended its participation rests on a suspension of its own; one that NATO
    decided contradicts it, one whose author the data does not give leaves it unverified. A
    passive claim ("was suspended from") rests on any suspension."""
    row = _dated(claim, row)
    subject, fw = claim.subject.name, f"the {_framework_name(row)}"
    fact = partnership_fact(subject, row)
    if claim.negated and claim.ceased and claim.tense == "present":
        # "Russia is no longer suspended from the PfP": true where a suspension was lifted (Malta
        # took part again from 2008), false where it holds (Russia) or never was; it was read as
        # "did not suspend", and Russia's supported
        lifted = row.get("status") == "active" and any(s == "suspended" for _, s in _events(row))
        verdict = Verdict(
            "supported" if lifted else "contradicted",
            None if lifted else fact,
            _sources(row),
            (),
            fact,
            _dates(row),
        )
        return _confirmed(verdict, row)
    by = row.get("history_by") or []
    departures: list[_Departure] = [
        (d, st, _event_sources(row, i), by[i] if i < len(by) else "")
        for i, (d, st) in enumerate(_events(row))
        if st in _DEPARTED
    ]
    dated = claim.year is not None or bool(claim.years)
    at_date = [e for e in departures if not (dated and _date_differs(claim, e[0]))]
    kinds = _ENDS if claim.predicate == "left" else {"suspended"}

    def basis(events: list[_Departure]) -> tuple[Any, ...]:
        said = "; ".join(
            ((_SUSPENDED_BY.get(who) if st == "suspended" else None) or _DEPARTED[st]).format(
                s=subject, fw=fw, on=_on(d)
            )
            for d, st, _, who in events
        )
        sources = tuple(dict.fromkeys(k for _, _, ks, _ in events for k in ks)) or _sources(row)
        return said, sources, tuple(d for d, _, _, _ in events) or _dates(row)

    matching = [e for e in at_date if e[1] in kinds]
    suspended = [e for e in at_date if e[1] == "suspended"]
    nato_only = bool(suspended) and all(e[3] == "nato" for e in suspended)
    if claim.predicate == "left" and not matching and suspended:
        said, sources, dates = basis(suspended)
        if nato_only:  # NATO suspended its cooperation; the partner did not leave
            return _not_by_subject(claim, row, fact, said, sources, dates)
        note = f"{said}: a suspension, not a departure" + (
            "" if any(e[3] for e in suspended) else ", and the data does not say whose decision"
        )
        return Verdict("unverified", None, sources, (), note, dates)
    if claim.predicate in ("suspended", "nato_suspended") and matching:
        # whose decision the claim says it was: the partner's own, or NATO's
        claimed_by = "partner" if claim.predicate == "suspended" else "nato"
        own = [e for e in matching if e[3] == claimed_by]
        if not own:
            said, sources, dates = basis(matching)
            other = "nato" if claimed_by == "partner" else "partner"
            if all(e[3] == other for e in matching):  # the other's decision, not the one claimed
                return _not_by_subject(claim, row, fact, said, sources, dates, other)
            note = f"{said}, and the data does not say whose decision it was"
            return Verdict("unverified", None, sources, (), note, dates)
        matching = own
    said, sources, dates = basis(matching or departures)
    if matching and not claim.negated and claim.tense in ("since", "present"):
        # "Malta's participation in the PfP has been suspended since 1996": a state up to now,
        # which a later change undid (Malta resumed it in 2008): true once, out of date now
        last = _first_day(matching[-1][0])
        after = [(i, d, st) for i, (d, st) in enumerate(_events(row)) if _first_day(d) > last]
        if after:
            i, later, status = after[-1]
            now = (
                "it took part again"
                if status == "active"
                else f"its status changed to {status.replace('_', ' ')}"
            )
            cited = tuple(dict.fromkeys(sources + _event_sources(row, i)))
            if row.get("confidence") == "unverified":  # an unverified change refutes nothing
                return _refutes_nothing(fact, row, cited, (*dates, later))
            correction = f"{said}; {now} {_on(later)}"
            return Verdict("outdated", correction, cited, (), fact, (*dates, later))
    finer = _finer_than(claim, matching[0][0]) if matching and dated else None
    if finer:
        # "Belarus was suspended from the PfP on 15 November 2021": the data dates it to the
        # month, and a denial of that day ("was not suspended on 15 November") is as unsure
        note = f"{said}; the curated data dates it to {format_date(matching[0][0])}, not to {finer}"
        return Verdict("unverified", None, sources, (), note, dates)
    if bool(matching) != claim.negated:
        return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)
    note = str(row.get("note") or "")
    if dated and not claim.negated and claim.year and _tells_of_a_halt(note, claim.year):
        # "Russia was suspended from the PfP in 2008": the note tells of a partial halt that
        # year, not recorded as a change of status; too much to contradict, too little to support
        # (a note naming the year for something else, Belarus condemned in 2022, does not count)
        note = f"{fact}; the curated data's own note tells of {claim.year}: {note}"
        return Verdict("unverified", None, sources, (), note, dates)
    if row.get("confidence") == "unverified":  # an unverified fact or date refutes nothing
        return _refutes_nothing(fact, row, sources, dates)
    # a framework's history records each change (the data's contract), so one with no suspension
    # refutes a claim of one ("Uzbekistan suspended its participation in the PfP in 2005"); a
    # partner's whole cooperation is another matter, which no one record holds
    # (_suspended_cooperation)
    correction = said if departures and not claim.negated else fact
    if (
        departures
        and not claim.negated
        and claim.predicate != "left"
        and all(st != "suspended" for _, st, _, _ in departures)
    ):
        # "Finland suspended its participation in the PfP in 2010": no suspension at all, which
        # the correction says first; the partner's departure (on joining NATO in 2023) is no
        # suspension at another date
        correction = f"No suspension of {subject}'s participation in {fw} is recorded; {said}"
    elif departures and dated and not claim.negated:
        correction += f", not {_claimed_on(claim)}"
        told = _no_longer_a_partner(row)
        if told and claim.year is not None and _names_year(told, claim.year):
            # what the claimed year was ("in 2022 NATO stopped treating Russia as a partner")
            correction += f"; {_lower(told)}"
    elif (
        not departures
        and not claim.negated
        and claim.year is not None
        and _names_year(note, claim.year)
    ):
        # no break recorded, and the data's own note tells of the claimed year: what did happen
        # then ("Uzbekistan suspended its participation in the PfP in 2005": relations cooled
        # after Andijan, and no suspension is recorded)
        correction += f"; the curated data's own note: {note}"
    return Verdict("contradicted", correction, sources, (), fact, dates)


def _not_by_subject(
    claim: RawClaim,
    row: dict[str, Any],
    fact: str,
    said: str,
    sources: tuple[str, ...],
    dates: tuple[str, ...],
    by: str = "nato",
) -> Verdict:
    """A claim that the partner left, or suspended its own part, where the data has NATO
    suspending its cooperation (``by`` "nato"), or that NATO suspended it, where the data has the
    partner suspending its own part (``by`` "partner"): contradicted, and a denial of it
    supported."""
    if claim.negated:
        return _confirmed(Verdict("supported", None, sources, (), said, dates), row)
    if row.get("confidence") == "unverified":
        return _refutes_nothing(said, row, sources, dates)
    subject = claim.subject.name
    whose = ("NATO's", f"{subject}'s") if by == "nato" else (f"{subject}'s", "NATO's")
    correction = f"{said}: {whose[0]} decision, not {whose[1]}"
    return Verdict("contradicted", correction, sources, (), fact, dates)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _newest_at(claim: RawClaim, joined: str, later: list[str], said: str) -> Verdict | None:
    """ "Montenegro was NATO's newest member in 2019": the newest at that date, from its own
    accession until the next one (North Macedonia's, 27 March 2020), not a join then; None for a
    claim of no past state at a date. A year that holds the accession or the next one holds it
    for part of the year, as a year of joining holds a member."""
    until = later[0] if later else None
    held = _held_at(claim, joined, until)
    if held is None:
        return None
    name, then = claim.subject.name, _claimed_on(claim)
    span = f"from {format_date(joined)}" + (
        f" until the next Ally joined on {format_date(until)}" if until else ""
    )
    fact = f"{said}; NATO's newest member {span}"
    if held == "yes":
        return Verdict("supported", None, (), (), fact, ())
    if held == "edge":
        return Verdict("unverified", None, (), (), fact, ())
    if held == "before":
        correction = f"{name} was not yet a NATO member {then}: it joined {_on(joined)}"
    else:
        correction = f"{name} was no longer NATO's newest member {then}: it was the newest {span}"
    return Verdict("contradicted", correction, (), (), fact, ())


def _rank_verdict(
    claim: RawClaim, member: dict[str, Any], accessions: list[str], fact: str
) -> Verdict | None:
    """A rank among the Allies ("NATO's 30th member", "its newest member") against the order of
    accession: the places of everyone who acceded on the same day are shared. None when the claim
    gives no rank, or the data cannot order it (a date not known to the day)."""
    joined = str(member.get("joined") or "")
    if claim.rank is None or not accessions or len(joined) < 10:
        return None
    if any(len(d) < 10 for d in accessions):
        return None
    first = sum(d < joined for d in accessions) + 1
    last = sum(d <= joined for d in accessions)
    places = _ordinal(first) if first == last else f"{_ordinal(first)}-{_ordinal(last)}"
    said = f"{fact}: the {places} of {len(accessions)} Allies in order of accession"
    sources, dates = _sources(member), _dates(member)
    if claim.rank == -1:  # "its newest member": every Ally was, when it joined
        if claim.tense == "present" and last < len(accessions):
            newest = format_date(accessions[-1])
            correction = (
                f"{claim.subject.name} is no longer NATO's newest member (one joined {newest})"
            )
            return Verdict("outdated", correction, sources, (), said, dates)
        newest_then = _newest_at(claim, joined, accessions[last:], said)
        if newest_then is not None:
            return _confirmed(replace(newest_then, sources=sources, dates=dates), member)
        wanted = first
    else:
        wanted = claim.rank
    if (
        claim.rank == 1
        and first <= wanted <= last
        and claim.tense == "past"
        and claim.until is None
        and _claimed_years(claim)
        and min(_claimed_years(claim)) > int(joined[:4])
    ):
        # "As of 2024, Norway is a founding member of NATO", "was a founding member in 1955":
        # of the founding (then wrong), or of the membership then (then true)?
        told = (
            f"{said}; {_claimed_date(claim)} is after the founding: whether it dates the founding"
            " or the membership then, the checker cannot tell"
        )
        return Verdict("unverified", None, sources, (), told, dates)
    if first <= wanted <= last:
        return _date_verdict(claim, member, joined, said, "joined NATO") or _confirmed(
            Verdict("supported", None, sources, (), said, dates), member
        )
    if claim.rank == 1:  # "a founding member": one of the first twelve, not the first alone
        correction = (
            f"{claim.subject.name} was not a founding member of NATO: it joined "
            f"{_on(joined)}, the {places} of its members in order of accession"
        )
    else:
        correction = (
            f"{claim.subject.name} was NATO's {places} member ({format_date(joined)}), "
            f"not its {_ordinal(wanted)}"
        )
    return Verdict("contradicted", correction, sources, (), said, dates)


def _membership(claim: RawClaim, facts: Facts, nato: Entity | None) -> Verdict:
    subject, obj = claim.subject, claim.object
    member = facts.memberships.get((subject.key, obj.key))
    if member is not None:
        fact = _membership_fact(subject.name, member)
        sources, dates = _sources(member), _dates(member)
        if claim.negated and claim.ceased:
            # "Poland is no longer a NATO member": it has been one since it joined (no Ally has
            # left); not "true once", as "Poland is not a NATO member" was until 1999
            return Verdict("contradicted", fact, sources, (), fact, dates)
        joined = str(member.get("joined") or "")
        if claim.negated and claim.tense == "past" and not claim.dated and joined[:4] > "1949":
            # "Finland applied in May 2022. It was not a NATO member then.": true before its
            # accession, and the sentence gives no date to compare (it was contradicted)
            note = f"{fact}: the sentence gives no date to compare with its accession"
            return Verdict("unverified", None, sources, (), note, dates)
        if claim.negated:
            if claim.tense == "event" and (claim.year or claim.years):
                # "did not join NATO in 2023": true when it joined in another year
                if _date_differs(claim, member.get("joined")):
                    return _confirmed(Verdict("supported", None, sources, (), fact, dates), member)
                correction = f"{subject.name} joined NATO {_on(member.get('joined'))}"
                return Verdict("contradicted", correction, sources, (), fact, dates)
            if _before_joining(claim, member.get("joined")):
                # "Sweden was not a NATO member in 2023": not yet, it joined in 2024
                return _confirmed(Verdict("supported", None, sources, (), fact, dates), member)
            if _year_of_joining(claim, member.get("joined")):  # a member for part of that year
                note = f"{fact}: a member for part of {_claimed_date(claim)} only"
                return Verdict("unverified", None, sources, (), note, dates)
            if _not_yet_then(claim, member.get("joined")):
                # "Finland is not a NATO member" (true until April 2023): true once, not now, as
                # "Finland is a PfP partner" is
                correction = f"{fact}; it was not one before"
                return Verdict("outdated", correction, sources, (), fact, dates)
            return Verdict("contradicted", fact, sources, (), fact, dates)
        if claim.until is not None:
            return Verdict("contradicted", fact, sources, (), fact, dates)
        ranked = _rank_verdict(claim, member, facts.accessions, fact)
        if ranked is not None:
            return ranked
        held = _held_at(claim, member.get("joined"), None)
        if held == "edge":
            return Verdict("unverified", None, sources, (), fact, dates)
        if held == "yes":
            return _confirmed(Verdict("supported", None, sources, (), fact, dates), member)
        if held == "before":  # "a member in 1995"
            correction = f"{subject.name} joined NATO {_on(member.get('joined'))}"
            return Verdict("contradicted", correction, sources, (), fact, dates)
        dated = _date_verdict(claim, member, member.get("joined"), fact, "joined NATO")
        if dated:
            return dated
        return _confirmed(Verdict("supported", None, sources, (), fact, dates), member)
    rows = facts.partnerships.get(subject.key, [])
    real = _real_frameworks(rows) or [r for r in rows if r.get("status") in ("active", "suspended")]
    if real:
        names = _joined([f"the {_framework_name(r)}" for r in real])
        said = f"{subject.name} is not a NATO member; it is a partner in {names}"
        # the fact with the partnerships' dates it cites ("it has taken part in the MD since
        # February 1995"): a join date beside "is not a NATO member" alone read as NATO's
        fact = f"{subject.name} is not a NATO member; {_partnerships_told('it', real)}"
        pointers = _pointers(subject, real)
        sources = tuple(s for p in pointers for s in p.sources)
        dates = tuple(d for r in real for d in _dates(r))
        if claim.negated and claim.ceased:  # "Austria is no longer a NATO member": never was
            never = f"{subject.name} has never been a NATO member; it is a partner in {names}"
            return Verdict("contradicted", never, sources, pointers, fact, dates)
        if claim.negated:
            return Verdict("supported", None, sources, (), fact, dates)
        return Verdict("contradicted", said, sources, pointers, fact, dates)
    if facts.accessions and obj.label == "Organization":
        # the data lists every Ally, with the date it joined: a country it does not list is
        # not one, and never was ("Argentina is not a member of NATO"), on the list's sources
        fact = f"{subject.name} is not a NATO member"
        listed = (
            f"{fact}: the data lists every one of NATO's {len(facts.accessions)} members, with "
            f"the date each joined, the latest on {format_date(facts.accessions[-1])}"
        )
        sources, latest = facts.members_listed_by, (facts.accessions[-1],)
        if claim.negated and claim.ceased:  # "... is no longer a NATO member": it never was one
            never = f"{subject.name} has never been a NATO member"
            return Verdict("contradicted", never, sources, (), listed, latest)
        if claim.negated:
            return Verdict("supported", None, sources, (), listed, latest)
        return Verdict("contradicted", fact, sources, (), listed, latest)
    return Verdict("new")


def _suspended_partner(facts: Facts, iso3: str) -> dict[str, Any] | None:
    """The partnership row when every regional partnership of the country is suspended or ended."""
    rows = [r for r in facts.partnerships.get(iso3, []) if r.get("kind") in REGIONAL_KINDS]
    if rows and all(r.get("status") in ("suspended", "ended") for r in rows):
        return next((r for r in rows if r.get("kind") == "framework"), rows[0])
    return None


def _cooperation(claim: RawClaim, facts: Facts) -> Verdict:
    subject, obj = claim.subject, claim.object
    row = facts.cooperation.get((subject.key, obj.key))
    if row is None:
        return Verdict("new")
    area = str(row.get("name") or obj.name).lower()
    until = row.get("until")
    if until:  # ended or suspended: it holds for the past, not now
        since = f" from {format_date(row['since'])}" if row.get("since") else ""
        fact = f"{subject.name} cooperated with NATO on {area}{since} until {format_date(until)}"
    else:
        since = f" (since {format_date(row['since'])})" if row.get("since") else ""
        fact = f"{subject.name} cooperates with NATO on {area}{since}"
    sources = _sources(row)
    dates = tuple(str(row[k]) for k in ("since", "until") if row.get(k))

    def out_of_partnership(first: _Day, last: _Day) -> bool:
        """Whether the country took part in no partnership from ``first`` to ``last``."""
        rows = facts.partnerships.get(subject.key, [])
        return bool(rows) and all(
            _status_on(r, first) not in ("active", None) and _status_on(r, last) != "active"
            for r in rows
        )

    if claim.negated and claim.dated:
        return _cooperation_dated(claim, row, fact, sources, dates, out_of_partnership)
    if claim.negated:
        if until and claim.tense in ("present", "since"):  # "no longer cooperates": so it is
            return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)
        verdict = "unverified" if row.get("confidence") == "unverified" else "contradicted"
        return Verdict(
            verdict, fact if verdict == "contradicted" else None, sources, (), fact, dates
        )
    if until and claim.tense in ("present", "since"):
        return Verdict("outdated", fact, sources, (), fact, dates)
    lapsed = _suspended_partner(facts, subject.key)
    if lapsed is not None and claim.tense in ("present", "since"):
        correction = partnership_fact(subject.name, lapsed)
        return Verdict(
            "outdated", correction, sources + _sources(lapsed), (), fact, dates + _dates(lapsed)
        )
    if claim.dated:
        return _cooperation_dated(claim, row, fact, sources, dates, out_of_partnership)
    return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)


def _cooperation_dated(
    claim: RawClaim,
    row: dict[str, Any],
    fact: str,
    sources: tuple[str, ...],
    dates: tuple[str, ...],
    out_of_partnership: Callable[[_Day, _Day], bool],
) -> Verdict:
    """A cooperation claimed of a date ("In 2019, Russia cooperated with NATO on terrorism",
    "has worked with NATO on border security since 2005", "from 2004 until 2014"), held up to
    the dates the data gives it, at the precision both have ("in November 2008" against
    October 2008).

    Its start is the first step the data records (an action plan, a programme), not the first
    cooperation there ever was: a start claimed before it, or any date where the data gives no
    start, confirms nothing. Its end may be only that of the evidence (a relief mission's last
    day, a contingent's withdrawal), so a date after it is contradicted only when the partner
    took part in no partnership then (``out_of_partnership``: Russia's suspended since April
    2014); otherwise it is unverified, as an earlier end than the data's is (a strand's)."""
    since: str | None = str(row["since"]) if row.get("since") else None
    until: str | None = str(row["until"]) if row.get("until") else None
    span = _claimed_span(claim)
    undated = "" if since else "; the data does not say since when"

    def unsure() -> Verdict:
        return Verdict("unverified", None, sources, (), f"{fact}{undated}", dates)

    def refuted() -> Verdict:
        if row.get("confidence") == "unverified":
            return _refutes_nothing(fact, row, sources, dates)
        return Verdict("contradicted", fact, sources, (), fact, dates)

    def upheld() -> Verdict:
        return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)

    def surely_held(first: _Day, last: _Day) -> bool:
        """Whether the span lies where the data has the cooperation going on, whatever the
        precision of its dates."""
        return (
            since is not None
            and _last_day(since) <= first
            and (not until or last < _first_day(until))
        )

    def over_by(first: _Day, last: _Day) -> bool:
        """Whether the span lies after the data's end, the partner then in no partnership."""
        return until is not None and first > _last_day(until) and out_of_partnership(first, last)

    def covers_start(first: _Day, last: _Day) -> bool:
        return since is not None and first <= _first_day(since) and _last_day(since) <= last

    if claim.until is not None:  # "until 2014", "from 2004 to 2008", "stopped ... in 2008"
        end = ((claim.until, 1, 1), (claim.until, 12, 31))
        if claim.negated or not until or end[1] < _first_day(until):
            # the data knows of no end, or the cooperation went on past it: a strand of it may
            # have ended then ("from 2004 to 2008, when Russian ships supported Active Endeavour")
            return unsure()
        if end[0] > _last_day(until):
            return refuted() if over_by(*end) else unsure()
        if span is not None and not covers_start(*span):
            return unsure()  # "from 2010": a start the data gives otherwise
        return upheld()
    if span is None:
        return upheld()
    if claim.negated:
        # "In 2020, Russia did not cooperate with NATO on terrorism"; "has not ... since 2014"
        if over_by(*span):
            return upheld()
        if (
            claim.tense == "since"
            and until
            and span[0][0] >= _first_day(until)[0]
            and out_of_partnership(max(span[0], _last_day(until)), span[1])
        ):
            return upheld()  # "has not cooperated since 2014": it stopped that year
        return refuted() if claim.tense != "since" and surely_held(*span) else unsure()
    if over_by(*span):
        return refuted()  # after it stopped, the partner in no partnership then
    if claim.tense in ("since", "event"):
        # "has cooperated since 2008", "began to cooperate in 2008": its start, at the precision
        # of the data's ("in 2008" holds October 2008; "in November 2008" is after it)
        if covers_start(*span):
            return upheld()
        if claim.tense == "event" and since is not None and span[0] > _last_day(since):
            return refuted() if row.get("confidence") != "unverified" else unsure()
        return unsure()
    if claim.throughout:  # "between 2006 and 2012": every year of it
        return upheld() if surely_held(*span) else unsure()
    if (
        since is not None
        and span[1] >= _last_day(since)
        and (not until or span[0] < _first_day(until))
    ):
        return upheld()  # going on at some time in the span ("in 2010", "in the 2000s")
    return unsure()  # before the data's start, at its edges, or no start given


def _addresses(claim: RawClaim, facts: Facts) -> Verdict:
    row = facts.addresses.get((claim.subject.key, claim.object.key))
    if row is None:
        return Verdict("new")
    fact = f"{_titled(claim.subject)} addresses {claim.object.name.lower()}"
    if claim.negated:
        return Verdict("contradicted", fact, _sources(row), (), fact)
    return _confirmed(Verdict("supported", None, _sources(row), (), fact), row)


def judge(claim: RawClaim, facts: Facts, nato: Entity | None, *, at_large: bool = False) -> Verdict:
    """The verdict on one claim, with the fact, dates and sources it rests on. ``at_large``: the
    claim is of a partnership with NATO at large, judged by one of its frameworks (``_partner_of``):
    a partnership older than its framework's name, claimed from the very date the data gives
    it, is as old as that."""
    verdict = _judge(claim, facts, nato, at_large)
    if (
        verdict.verdict in ("contradicted", "supported")
        and claim.tense in ("event", "since")
        and _reaches_past_the_data(claim)
    ):
        verdict = _past_the_data(claim, verdict, facts, nato, at_large)
    errors = [e for e in facts.known_errors if not _turns_on_a_word(e)]
    if verdict.verdict == "unverified":
        # a curated known error that gives the claim's own date ("The MD was launched in 1995")
        # settles it before any rule that only leaves it open (a year the data's note names)
        error = _repeated_with_its_date(claim, errors)
        if error is not None:
            sources = _cited(verdict, error, claim, facts)
            return replace(
                verdict,
                verdict="contradicted",
                correction=error.correction,
                sources=sources,
                known_error=error.key,
            )
    if verdict.verdict in ("contradicted", "outdated", "unverified"):
        error = repeated_error(claim, errors, never_held=_never_held(claim, facts))
        if error is not None:
            correction = error.correction if verdict.verdict != "unverified" else verdict.correction
            if verdict.told and correction and verdict.told not in correction:
                # what the data's note adds, which the curated error may not say
                correction = f"{correction.rstrip('. ')}; {_lower(verdict.told)}."
            sources = _cited(verdict, error, claim, facts)
            return replace(verdict, correction=correction, sources=sources, known_error=error.key)
    return verdict


def _reaches_past_the_data(claim: RawClaim) -> bool:
    """Whether a date the claim names may fall after the data's end (DATA_COVERAGE, June 2025):
    its last year with no month or a later one ("in 2025", "between 2020 and 2025"), or a later
    year (a claim wholly after the end is not read at all: claims ``_to_come``). Asked of an event
    or a start ("joined in 2025", "has been a member since 2025"), which a day after June would
    make true; a state in that year ("As of 2025, Oman is an ICI member") is judged by the part of
    the year the data covers, as before."""
    from nato_graph.loaders import DATA_END_MONTH, DATA_END_YEAR

    years = [y for y in (claim.year, claim.until, *claim.years) if y is not None]
    if not years or max(years) < DATA_END_YEAR:
        return False
    if max(years) > DATA_END_YEAR or claim.month is None:
        return True
    return claim.month > DATA_END_MONTH


def _past_the_data(
    claim: RawClaim, verdict: Verdict, facts: Facts, nato: Entity | None, at_large: bool
) -> Verdict:
    """A verdict on a claim of an event dated into the time after the data's end, where the data
    records no such event at any date: a join of NATO or of a partnership ("Ukraine joined NATO in
    2025": it may have, after June; "Ukraine did not join NATO in 2025" as unsure), or an end of
    an operation the data gives none ("KFOR ended in 2025"). Unverified then, saying how far the
    data goes. Where the data records the event (Finland joined NATO in 2023, ISAF ended in 2014,
    the MD was launched in 1994), or the claim gives a rank, the verdict stands."""
    from nato_graph.loaders import DATA_COVERAGE_REACH

    if claim.rank is not None:
        return verdict
    if claim.negated and (claim.years or claim.until is not None):
        # "Some guides claim that Moldova joined after 2022; they are wrong": a denial over years
        # up to now is judged at the data's end, as "Moldova is not a NATO member" is
        return verdict
    if claim.predicate in ("member_of", "partner_in", "partner_of"):
        undated = replace(
            claim,
            negated=False,
            tense="present" if claim.tense == "since" else claim.tense,
            year=None, month=None, day=None, until=None, years=(), core=(), throughout=False,
        )  # fmt: skip
        unrecorded = _judge(undated, facts, nato, at_large).verdict == "contradicted"
    elif claim.predicate == "operation_ended":
        op = facts.operations.get(claim.subject.key)
        unrecorded = op is not None and not op.get("end")
    else:
        return verdict
    if not unrecorded or verdict.verdict != ("supported" if claim.negated else "contradicted"):
        return verdict
    said = verdict.fact or verdict.correction
    told = f"{said}; the bundled data covers {DATA_COVERAGE_REACH}, and a later event is not in it"
    return Verdict("unverified", None, verdict.sources, (), told, verdict.dates)


# A term a known error's correction puts in quotes ("In NATO usage 'Allies' are only the 32
# member states"): the error is about the word, not only the fact.
_QUOTED_TERM = re.compile(r"(?<![\w])['\u2018\u201c\"]([A-Za-z][\w -]*?)['\u2019\u201d\"](?![\w])")


def _turns_on_a_word(error: KnownError) -> bool:
    """Whether a known error is about the use of a word ("partners such as Japan ... are NATO
    allies": 'Allies' are only the members), which a claim repeats only in that word. The claim
    reader keeps no words of the sentence ("Ukraine became a full member of NATO" reads as
    "Japan is a NATO ally" does), so such an error is never attached: its correction would
    answer a word the sentence may not use."""
    return bool(_QUOTED_TERM.search(error.correction))


def _cited(verdict: Verdict, error: KnownError, claim: RawClaim, facts: Facts) -> tuple[str, ...]:
    """The verdict's sources, and those of the known error's that back a fact about the claim's
    own subject or object (not its whole list: Sweden's accession or a page on Pakistan are no
    source for a claim about Israel)."""
    about = _sources_about(claim, facts)
    return tuple(dict.fromkeys(verdict.sources + tuple(k for k in error.sources if k in about)))


def _sources_about(claim: RawClaim, facts: Facts) -> set[str]:
    """Every source of a fact the data holds about the claim's subject or object."""
    keys: set[str] = set()
    for entity in (claim.subject, claim.object):
        rows: list[dict[str, Any]] = list(facts.partnerships.get(entity.key, []))
        rows += [r for (c, _), r in facts.memberships.items() if c == entity.key]
        rows += [r for (c, _), r in facts.cooperation.items() if c == entity.key]
        rows += [r for (f, _), r in facts.addresses.items() if f == entity.key]
        if entity.key in facts.frameworks:
            rows.append(facts.frameworks[entity.key])
        for row in rows:
            keys.update(row.get("sources") or ())
            for cited in row.get("history_sources") or ():
                keys.update(str(cited or "").split())
    return keys


def _resumed(claim: RawClaim, row: dict[str, Any]) -> Verdict:
    """ "Malta rejoined the PfP in 2008", "returned to", "resumed its participation in": checked
    against the returns in the partnership's history (a change to active after a suspension or an
    end), at the date given, each citing the return's own sources.

    With no return recorded, a claim of one is contradicted when the partnership's last change
    was a suspension or an end that still holds (Russia's suspension of 2014); when the data
    records no break at all it is unverified: a history that shows none may still miss one."""
    row = _dated(claim, row)
    subject, fw = claim.subject.name, f"the {_framework_name(row)}"
    fact = partnership_fact(subject, row)
    events = _events(row)
    returns = [
        (date, _event_sources(row, i))
        for i, (date, status) in enumerate(events)
        if i > 0 and status == "active" and events[i - 1][1] in _DEPARTED
    ]
    dated = claim.year is not None or bool(claim.years)
    matching = [r for r in returns if not (dated and _date_differs(claim, r[0]))]
    shown = matching or returns
    sources = tuple(dict.fromkeys(k for _, ks in shown for k in ks)) or _sources(row)
    dates = tuple(d for d, _ in shown) or _dates(row)
    away = bool(events) and events[-1][1] in _DEPARTED  # suspended or ended, and still so
    finer = _finer_than(claim, matching[0][0]) if matching and dated else None
    if finer:  # "rejoined on 20 March 2008" of a return dated to March, or denied on that day
        note = f"{fact}; the curated data dates the return to {format_date(matching[0][0])}, not to {finer}"
        return Verdict("unverified", None, sources, (), note, dates)
    if (matching and not claim.negated) or (claim.negated and not matching and (returns or away)):
        return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)
    if row.get("confidence") == "unverified" and (returns or away):
        return _refutes_nothing(fact, row, sources, dates)  # an unverified history refutes nothing
    if returns:  # it came back at another date than the claim's, or the claim denies it did
        said = "; ".join(
            f"{subject} took part in {fw} again from {format_date(d)}" for d, _ in shown
        )
        correction = f"{said}, not {_claimed_on(claim)}" if dated and not claim.negated else said
        return Verdict("contradicted", correction, sources, (), fact, dates)
    if away and not claim.negated:
        return _lasting_change(claim, row)
    note = f"{fact}; the data records no break in it, so no return"
    return Verdict("unverified", None, _sources(row), (), note, _dates(row))


def _the(name: str) -> str:
    """A country's name as it stands in a sentence: "the United Arab Emirates"."""
    plural = name.split()[0] in ("United", "Netherlands", "Philippines", "Czech", "Republic")
    return f"the {name}" if plural else name


def _only(claim: RawClaim, facts: Facts, nato: Entity | None) -> Verdict:
    """An exclusive claim ("Only Kuwait joined the ICI", "Israel is the only member of the MD"):
    the country took part, and no other did. Its own part is judged as a claim of taking part
    (a verdict other than supported stands); then, of a framework whose partners the data lists
    in full, the others who joined it (an undated join: any who ever took part, not those only
    invited) or take part in it now (the present) contradict it, each named with its date and
    sources; none, and it is supported. Of another framework, that no other did is not known."""
    verdict = _judge(replace(claim, predicate="partner_in"), facts, nato)
    framework = facts.frameworks.get(claim.object.key) or {}
    if verdict.verdict != "supported":
        return verdict
    if (
        framework.get("kind") not in REGIONAL_KINDS
        or not framework.get("partners")
        or framework.get("participants") == "allies and partners"
    ):
        return Verdict(
            "new", fact=f"the data does not list every partner of the {claim.object.name}"
        )
    now = claim.tense == "present"
    others = sorted(
        (
            r
            for rows in facts.partnerships.values()
            for r in rows
            if r["key"] == claim.object.key
            and r["country"] != claim.subject.key
            and (r.get("status") == "active" if now else r.get("status") in TOOK_PART)
        ),
        key=lambda r: (str(r.get("joined") or ""), r["country"]),
    )
    acronym = framework.get("acronym") or claim.object.name
    if not others:
        partners = "partner" if now else "country to have joined it"
        return replace(verdict, fact=f"{verdict.fact}; the data lists no other {partners}")
    named = [
        _the(facts.names.get(r["country"], r["country"]))
        + (f" ({str(r['joined'])[:7]})" if r.get("joined") else "")
        for r in others
    ]
    said = "take part in" if now else "joined"
    correction = f"{_joined(named)} {said} the {acronym} too"
    pointers = tuple(
        Pointer(
            Entity("Country", r["country"], facts.names.get(r["country"], r["country"])),
            partnership_fact(facts.names.get(r["country"], r["country"]), r),
            _sources(r),
        )
        for r in others
    )
    sources = tuple(dict.fromkeys(s for r in others for s in _sources(r)))
    return Verdict(
        "contradicted",
        correction,
        sources,
        pointers,
        "; ".join(p.fact for p in pointers),
        tuple(d for r in others for d in _dates(r)),
    )


def _judge(claim: RawClaim, facts: Facts, nato: Entity | None, at_large: bool = False) -> Verdict:
    subject, obj = claim.subject, claim.object
    if claim.predicate == "only_partner_in":
        return _only(claim, facts, nato)
    if claim.predicate == "partner_in" or claim.predicate in CHANGES:
        rows = facts.partnerships.get(subject.key, [])
        row = next((r for r in rows if r["key"] == obj.key), None)
        framework = facts.frameworks.get(obj.key) or {}
        ally = _as_an_ally(claim, facts.nato(subject.key), framework, row)
        if ally is not None:
            return ally
        older = _older_than_the_framework(claim, framework, row)
        if (
            older is not None
            and at_large
            and _same_date(claim, str((row or {}).get("joined") or ""))
        ):
            # "Australia has been a NATO partner since 2005": the partnership, as old as the data
            # dates it, not the PAG's name; another year before the name stays unsettled, as
            # the date may be looser than a formal start (Japan's first security exchange, 1990)
            older = None
        if older is not None:
            return older
        before = _before_launch(claim, framework, row)
        if before is not None:
            return before
        if _founder(claim) and row is not None:
            if claim.negated:
                return _founding_denied(claim, facts, row, framework)
            return _founding_partner(claim, facts, row, framework)
        if row is not None:
            if claim.predicate == "resumed":
                return _resumed(claim, row)
            return _partner_in(claim, row) if claim.predicate == "partner_in" else _left(claim, row)
        if claim.predicate == "partner_in" and _names_the_listed_part(claim, framework):
            # "Kazakhstan is one of NATO's Enhanced Opportunities Partners": the PII's rows list
            # its EOPs in full, though not every partner of its wider platform
            return _not_listed(claim, framework, str(claim.named_as))
        if framework.get("listed") == "all" and facts.kinds.get(obj.key) not in REGIONAL_KINDS:
            # a programme whose rows list every participant ("Ukraine joined the Membership Action
            # Plan in 2008": it never had one)
            return (
                _not_listed(claim, framework) if claim.predicate == "partner_in" else Verdict("new")
            )
        if facts.kinds.get(obj.key) not in REGIONAL_KINDS or not framework.get("partners", 1):
            # not a regional framework, or one whose participants the data does not list (the
            # NACC): nothing to compare with
            return Verdict("new")
        real = _real_frameworks(rows)
        if real:  # "Japan is in the PfP", "Japan quit the PfP": it is in the PAG
            return _elsewhere(subject, real, obj.name, claim.negated, claim.ceased)
        if claim.predicate in CHANGES:
            return Verdict("new")
        member = facts.nato(subject.key)
        if member is not None and nato is not None:
            fact = _membership_fact(subject.name, member)
            sources = _sources(member)
            if claim.negated and not claim.ceased:
                return Verdict("supported", None, sources, (), fact, _dates(member))
            return Verdict(
                "contradicted",
                f"{fact}, not a partner in the {obj.name}",
                sources,
                (Pointer(nato, fact, sources),),
                fact,
                _dates(member),
            )
        return _not_listed(claim, framework)
    if claim.predicate == "member_of":
        return _membership(claim, facts, nato)
    if claim.predicate in ("nato_suspended_cooperation", "cooperation_suspended"):
        return _suspended_cooperation(claim, facts, nato)
    if claim.predicate == "partner_of":
        return _partner_of(claim, facts, nato)
    if claim.predicate == "cooperates_on":
        return _cooperation(claim, facts)
    if claim.predicate == "addresses":
        return _addresses(claim, facts)
    if claim.predicate == "launched":
        return _launch(claim, facts)
    if claim.predicate in ("operation_began", "operation_ended"):
        return _operation_date(claim, facts)
    if claim.predicate == "member_count":
        return _member_count(claim, facts)
    if claim.predicate == "partner_count":
        return _partner_count(claim, facts)
    raise ValueError(f"unknown predicate {claim.predicate!r}")


# The claims checked against every Ally's accession: a membership (a country not among them is
# no Ally) and a count of the members.
_COUNTED_BY_ACCESSIONS = ("member_of", "member_count", "partner_count")


def _member_count(claim: RawClaim, facts: Facts) -> Verdict:
    """How many members NATO has, against every Ally's accession (the data lists them all): now,
    supported when it is the number of Allies, out of date when it was once ("NATO has 30
    members": from March 2020 to April 2023), contradicted when it never was; in a year, supported
    when NATO had that many all through it, unverified when it had that many for part of it (an
    accession that year: which side of it the count is on, the reader does not tell),
    contradicted when it never had."""
    joined = sorted(d for d in facts.accessions if d)
    sources = facts.members_listed_by
    if not joined or claim.count is None:
        return Verdict("unverified", None, sources, (), "the data holds no list of NATO's members")
    said = claim.count

    def at(day: str) -> int:  # members on a day ("2020-12-31"), those who joined that day counted
        return sum(d[: len(day)] <= day for d in joined)

    changes = list(dict.fromkeys(joined))  # the days the count changed, in order
    now = len(joined)
    fact = f"NATO has had {now} members since {format_date(changes[-1])}"
    if claim.tense == "past" and claim.year is not None:
        year = str(claim.year)
        counts = [at(f"{claim.year - 1}-12-31")] + [at(d) for d in changes if d[:4] == year]
        counts = [c for c in dict.fromkeys(counts) if c]  # none before its founding
        if said in counts and len(counts) > 1:
            # "NATO had 16 members until Spain joined in 1982": it had 15, then 16, that year;
            # on which side of an accession the count stands, the reader does not tell
            held = f"NATO had {_counts_in_words(counts)} members in {year}"
            return Verdict("unverified", None, sources, (), held, (changes[-1],))
        if said in counts:
            held = f"NATO had {said} members in {year}"
            return Verdict("supported", None, sources, (), held, (changes[-1],))
        if counts:
            had = f"NATO had {_counts_in_words(counts)} members in {year}"
        else:
            had = f"NATO had no members in {year} (its first joined {_on(changes[0])})"
        return Verdict("contradicted", f"{had}, not {said}", sources, (), had, (changes[-1],))
    if said == now:
        return Verdict("supported", None, sources, (), fact, (changes[-1],))
    for start, end in zip(changes, [*changes[1:], ""], strict=True):
        if end and at(start) == said:
            correction = (
                f"NATO had {said} members from {format_date(start)} to {format_date(end)}; {fact}"
            )
            return Verdict("outdated", correction, sources, (), fact, (start, end))
    return Verdict("contradicted", f"{fact}, not {said}", sources, (), fact, (changes[-1],))


def _partner_count(claim: RawClaim, facts: Facts) -> Verdict:
    """How many partners a framework has now ("The ICI has four members", "the seven MD
    partners"), of one whose partners the data lists in full: supported when it is how many take
    part, or that with those whose participation is suspended (NATO counts the PfP's eighteen
    with Russia and Belarus); out of date when it was once so (a partner that became an Ally, or
    left, counted until then); contradicted otherwise. Of another framework, not known."""
    key, name = claim.object.key, claim.object.name
    framework = facts.frameworks.get(key) or {}
    acronym = framework.get("acronym") or name
    if (
        framework.get("kind") not in REGIONAL_KINDS
        or not framework.get("partners")
        or claim.count is None
    ):
        return Verdict("new", fact=f"the data does not list every partner of the {name}")
    rows = [r for rows in facts.partnerships.values() for r in rows if r["key"] == key]
    active = sorted(_the(facts.names.get(r["country"], r["country"])) for r in rows
                    if r.get("status") == "active")  # fmt: skip
    held = sorted(_the(facts.names.get(r["country"], r["country"])) for r in rows
                  if r.get("status") == "suspended")  # fmt: skip
    sources = tuple(dict.fromkeys(s for r in rows for s in _sources(r)))
    fact = f"the {acronym} has {len(active)} partners ({_joined(active)})"
    if held:
        fact += (
            f"; {len(active) + len(held)} with {_joined(held)}, whose participation is suspended"
        )
    dates = tuple(sorted(str(r.get("joined")) for r in rows if r.get("joined")))
    counts = [len(active), len(active) + len(held)]
    if framework.get("participants") == "allies and partners" and facts.accessions:
        # "The EAPC has 50 members": the Allies sit in it too
        allies = len(facts.accessions)
        fact += f"; with the {allies} Allies, {' or '.join(str(allies + c) for c in counts)}"
        counts += [allies + c for c in counts]
    if claim.count in counts:
        return Verdict("supported", None, sources, (), fact, dates)
    if framework.get("participants") == "allies and partners":
        # a count of another time: the Allies' own changes are not counted here
        return Verdict("unverified", None, sources, (), fact, dates)
    span = _count_held(rows, claim.count)
    if span is not None:
        since, until = format_date(span[0]), format_date(span[1])
        correction = f"the {acronym} had {claim.count} partners from {since} to {until}; {fact}"
        return Verdict("outdated", correction, sources, (), fact, dates)
    return Verdict("contradicted", f"{fact}, not {claim.count}", sources, (), fact, dates)


def _count_held(rows: Sequence[dict[str, Any]], count: int) -> tuple[str, str] | None:
    """When a framework last had ``count`` partners, suspended ones counted, before now: from
    the day its count became that to the day it changed (its history's joins, and its partners'
    accessions or departures); None when it never had, or has it now."""
    changes: dict[str, int] = {}
    for r in rows:
        inside = False
        for date, status in zip(r.get("history_dates") or (), r.get("history_statuses") or (),
                                strict=False):  # fmt: skip
            now_inside = status in ("active", "suspended")
            if now_inside != inside:
                changes[str(date)] = changes.get(str(date), 0) + (1 if now_inside else -1)
            inside = now_inside
    held, last, span = 0, None, None
    for date in sorted(changes):
        if last is not None and held == count and changes[date]:
            span = (last, date)
        if changes[date]:
            held += changes[date]
            last = date
    return span


def _counts_in_words(counts: Sequence[int]) -> str:
    """ "30", "30 and then 31", "29, 30 and then 31": a count through a year, in order."""
    words = [str(c) for c in counts]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and then {words[-1]}"


def _partner_of(claim: RawClaim, facts: Facts, nato: Entity | None) -> Verdict:
    """A country called a partner of NATO with no framework named ("Russia is an active NATO
    partner", "Afghanistan was a NATO partner in 2021", "Mongolia became a NATO partner in 2012"),
    checked against every partnership the data holds of it: each is judged as the same claim of
    that framework would be (its dates, history, notes and known errors), and the answers are
    put together as the claim means them.

    - Now: supported when it takes part in one (Jordan in the MD); when none is active, the
      framework proper's answer (Russia's PfP, suspended on 1 April 2014: contradicted, as NATO no
      longer counts it a partner; Belarus's, suspended since November 2021: outdated); an Ally is
      not a partner: one that was a partner before joining NATO is out of date (Finland since
      April 2023), any other contradicted. Denied ("is no longer a NATO partner"), the reverse.
    - At a date ("was a NATO partner in 2021"): supported when it was one in any framework then,
      contradicted when in none, unverified otherwise.
    - Joining ("became a NATO partner in 2012") and "since": the earliest partnership decides.
    - Until: every partnership ended or was suspended that year.

    The NACC (1991-1997) does not list its participants: a country the data has in a forum of
    Allies and partners (the EAPC, which replaced it) may have been a partner in it, so a date of
    joining up to its first recorded partnership, or a year in the NACC's time, is not settled.
    """
    subject = claim.subject
    rows = held = facts.partnerships.get(subject.key, [])  # held: for the NACC, as they are
    member = facts.nato(subject.key)
    if member is not None:
        # an Ally takes part in a forum of Allies and partners (the EAPC) as an Ally: only its
        # partnerships before it joined NATO count
        rows = [r for r in rows if _participants(facts, r) != "allies and partners"]
    took = _ordered([r for r in rows if r.get("status") in TOOK_PART])
    active = [r for r in took if r.get("status") == "active"]

    def judged(row: dict[str, Any], **changes: Any) -> Verdict:
        """The same claim of this partnership's framework, judged as any such claim is."""
        framework = Entity("Framework", str(row["key"]), str(row.get("name") or row["key"]))
        said = replace(claim, predicate="partner_in", object=framework, **changes)
        return judge(said, facts, nato, at_large=True)

    if not took:
        if member is not None:  # an Ally that was never a partner
            return _an_ally_not_a_partner(claim, member)
        # invited or requested only: never took part
        if rows:
            return judged(rows[0])
        return _in_no_partnership(claim, facts)
    if claim.tense == "present":
        if claim.negated:
            return judged(active[0], negated=True) if active else judged(took[0], negated=True)
        if active:
            return _first_supported([judged(r) for r in active])
        return judged(took[0])
    if claim.tense == "since":
        if claim.negated:
            return _all_supported([judged(r, negated=True) for r in took])
        if not active:
            return judged(took[0])
        return _unlisted_start(claim, facts, held, _earliest(active), judged(_earliest(active)))
    if claim.tense == "event":
        # "became a NATO partner in 2012": when its first partnership began ("did not become
        # one in 1997": not then)
        first = _earliest(took)
        verdict = _unlisted_start(claim, facts, held, first, judged(first, negated=False))
        return _turned(verdict) if claim.negated else verdict
    # a past state: at a date, until a date, or at some time
    if claim.until is not None:
        if active:
            return judged(active[0])
        last = max(took, key=lambda r: _first_day(str(r.get("changed") or r.get("joined") or "1")))
        return judged(last)
    # a partner then in any framework ("was not one in 2008": in none); one not yet launched then
    # answers nothing (Georgia's DCB, launched in 2014, for 1993)
    launched = [r for r in took if not _not_yet_launched(claim, facts, r)] or took[:1]
    verdict = _first_supported([judged(r, negated=False) for r in launched])
    then = _unlisted_then(claim, facts, held)
    if verdict.verdict == "contradicted" and then:
        verdict = _unsettled(verdict, then)
    return _turned(verdict) if claim.negated else verdict


def _founder(claim: RawClaim) -> bool:
    """Whether a claim calls its subject a founding member of a framework ("Egypt was a founding
    member of the Mediterranean Dialogue"): a rank of 1, of a partnership (claims.py)."""
    return claim.predicate == "partner_in" and claim.rank == 1


# How long after a framework's first participants joined a partner may have joined and still be
# called one of its founders by some: the PfP's signatories of 1994 are often so called, though
# Romania signed first, in January; the ICI's four Gulf partners joined within six months of
# each other. A partner that joined in the same month as the first is among the founders; one
# that joined later than this is not.
_FOUNDING_YEAR_MONTHS = 12
# How a founding verdict says a partner joined too late to be one (``_founding_denied`` reads it)
_NOT_AMONG_THE_FIRST = " was not among the first "
_NAMED_FIRSTS = 8  # more first participants than this are counted, not named (the EAPC's 28)


def _months_after(first: _Day, day: _Day) -> int:
    return (day[0] - first[0]) * 12 + day[1] - first[1]


def _founding_partner(
    claim: RawClaim, facts: Facts, row: dict[str, Any], framework: dict[str, Any]
) -> Verdict:
    """ "Egypt was a founding member of the MD (in 1994)": whether the partner joined with the
    framework's first participants, as far as the data dates them, and whether what the claim
    says of its part then holds (its tense, end, month and day, judged as any such claim is).

    The founding: the partner joined in the same month as the first (the MD's five of February
    1995, Romania in the PfP in January 1994) or not; more than a year after the first (Algeria
    in the MD, in 2000), it is no founder (contradicted); in between (Finland in the PfP, May
    1994: called a founder by some), or where the dates are not sure (Kuwait's in the ICI,
    disputed), unverified. The part: a date that is the framework's launch, before the partner
    joined ("a founding member of the MD in 1994", launched in December 1994), is the founding's
    and is not compared with the join; "remains a founding partner" of a partner now an Ally is
    out of date, "until 2010" of one that left in 2004 contradicted; a bare past year that is
    neither the launch's nor the join's ("was a founding member in 1998": of the founding, or of
    the part then?) leaves it unverified. Of a forum the same holds, among its partners' seats
    (Kyrgyzstan's in the EAPC, from its creation in May 1997). Of a grouping, a programme, or a
    framework whose partners' dates mark conventions (the PAG), founding is not checked: the part
    is judged, and what it would support is only unverified."""
    plain = replace(claim, rank=None)
    others = [
        (key, r)
        for key, rows in facts.partnerships.items()
        for r in rows
        if r["key"] == row["key"] and r.get("status") in TOOK_PART and r.get("joined")
    ]
    if (
        row.get("status") not in TOOK_PART
        # a framework or a forum (the EAPC, whose partners' seats date from its creation on 30
        # May 1997): not a grouping or a programme
        or row.get("kind") not in ("framework", "forum")
        or not row.get("joined")
        # a partnership dated by convention (Japan's across the globe, from its first security
        # exchange in 1990) tells nothing of who took part first
        or any(r.get("joined_basis") for _, r in others)
    ):
        part = _partner_in(plain, row)
        if part.verdict != "supported" or row.get("status") not in TOOK_PART:
            return part
        told = f"{part.fact}; who founded the {row['name']} is not checked"
        return replace(part, verdict="unverified", fact=told)
    first = min(_first_day(str(r["joined"])) for _, r in others)
    firsts = [
        (key, r) for key, r in others if _months_after(first, _first_day(str(r["joined"]))) == 0
    ]
    joined = str(row["joined"])
    after = _months_after(first, _first_day(joined))
    start = _earliest_start(row)  # the earliest the sources allow the join, where they differ
    earliest = _months_after(first, _first_day(start or joined))
    name = row["name"]
    subject = claim.subject.name
    first_names = (
        _joined(sorted(facts.names.get(key, key) for key, _ in firsts))
        if len(firsts) <= _NAMED_FIRSTS
        else f"{len(firsts)} countries"
    )
    # of a forum of Allies and partners, its partners: the Allies sat in it from the start too
    noun = "partner" if row.get("participants") == "allies and partners" else "participant"
    launched = str(framework.get("launched") or row.get("launched") or "")
    launch = f", after its launch {_on(launched)}" if launched else ""
    disputed = any(r.get("joined_by") or _earliest_start(r) for _, r in firsts)
    firsts_are = noun if len(firsts) == 1 else f"{noun}s"
    first_date = min(str(r["joined"]) for _, r in firsts)
    firsts_joined = (
        f"its first {firsts_are} ({first_names}) joined {_on(first_date)}"
        + (" (a date its sources dispute)" if disputed else "")
        + launch
    )
    if any(key == claim.subject.key for key, _ in firsts):
        among = f"its first {noun}" if len(firsts) == 1 else f"among its first {firsts_are}"
        names = f" ({first_names})" if len(firsts) > 1 else ""
        dispute = " by the date the data gives, which its sources dispute" if disputed else ""
        fact = f"{subject} joined the {name} {_on(joined)}, {among}{names}{dispute}{launch}"
    else:
        fact = f"{subject} joined the {name} {_on(joined)}; {firsts_joined}"
    sources = tuple(dict.fromkeys([*_sources(row), *(k for _, r in firsts for k in _sources(r))]))
    dates = tuple(dict.fromkeys([*_dates(row), first_date]))
    unsure = bool(
        row.get("confidence") == "unverified"
        or row.get("joined_basis")
        or row.get("joined_by")
        or start
        or disputed
        or any(r.get("confidence") == "unverified" for _, r in firsts)
    )
    if earliest > _FOUNDING_YEAR_MONTHS and row.get("confidence") != "unverified":
        correction = (
            f"{subject}{_NOT_AMONG_THE_FIRST}{noun}s in the {name}: it joined "
            f"{_on(joined)}; {firsts_joined}"
        )
        return Verdict("contradicted", correction, sources, (), fact, dates)
    years = _claimed_years(claim)
    allowed = {int(joined[:4]), *((int(launched[:4]),) if launched else ())}
    bounds = [str(b)[:4] for b in (start, row.get("joined_by")) if b]
    if bounds:  # any year the sources allow for the join, where they differ
        allowed |= set(range(int(min(*bounds, joined[:4])), int(max(*bounds, joined[:4])) + 1))
    if (
        launched
        and claim.until is None
        and claim.tense != "event"  # "became a founding member in January 1994": its join
        and _same_date(claim, launched)
        and _first_day(launched) < _first_day(joined)
    ):
        # the founding's date, not the part's: "a founding member of the MD in (December) 1994"
        plain = replace(plain, year=None, years=(), month=None, day=None, core=())
    part = _partner_in(plain, row)
    if part.verdict in ("contradicted", "outdated"):
        return part
    ambiguous = years and claim.tense == "past" and claim.until is None and not set(years) & allowed
    if part.verdict == "supported" and after == 0 and not unsure and not ambiguous:
        return _confirmed(Verdict("supported", None, sources, (), fact, dates), row)
    if ambiguous:
        told = (
            f"{fact}; {_claimed_date(claim)} is neither the year it joined nor the launch's:"
            " whether it dates the founding (then wrong) or the part then (then true), the"
            " checker cannot tell"
        )
    elif after:
        told = f"{fact}; the data cannot settle whether {subject} counts among its founders"
    elif unsure:
        told = f"{fact}; the dates are not sure (see the data's note)"
    else:
        told = f"{fact}; {_lower(part.fact or '')}" if part.fact else fact
    return Verdict("unverified", None, sources, (), told, dates)


def _founding_denied(
    claim: RawClaim, facts: Facts, row: dict[str, Any], framework: dict[str, Any]
) -> Verdict:
    """ "Algeria was not a founding member of the MD" (claims.py reads one only with no date):
    the founding judged as ``_founding_partner`` judges it, in the past (a founder stays one), and
    turned: a founder denied is contradicted, a partner that joined more than a year after the
    first is rightly denied one; what that leaves unsettled stays unverified."""
    said = _founding_partner(replace(claim, negated=False, tense="past"), facts, row, framework)
    if said.verdict == "supported":
        correction = (
            f"{claim.subject.name} was a founding member of the {row['name']} ({said.fact})"
        )
        return Verdict("contradicted", correction, said.sources, (), said.fact, said.dates)
    if said.verdict == "contradicted" and _NOT_AMONG_THE_FIRST in (said.correction or ""):
        # joined more than a year after the first (``_founding_partner``'s founding verdict, not
        # its part's): rightly denied a founder
        return _confirmed(Verdict("supported", None, said.sources, (), said.fact, said.dates), row)
    return (
        replace(said, verdict="unverified", correction=None)
        if said.verdict != "unverified"
        else said
    )


def _in_no_partnership(claim: RawClaim, facts: Facts) -> Verdict:
    """A country the data holds in no partnership at all, called a NATO partner now or denied to
    be one ("Singapore is not a NATO partner"): NATO's partners are those of its partnership
    frameworks, whose partners the data lists in full, so it is none. A claim of another time is
    left "new": the NACC (1991-1997) did not list its participants."""
    if claim.tense != "present":
        return Verdict("new")
    listed = sorted(
        (
            f
            for key, f in facts.frameworks.items()
            if facts.kinds.get(key) in ("framework", "forum") and f.get("partners")
        ),
        key=lambda f: str(f.get("launched") or ""),
    )
    if not listed:
        return Verdict("new")
    names = _joined([f"the {_framework_name(f)}" for f in listed])
    fact = (
        f"NATO's partners are those of its partnership frameworks, {names}; the data lists every "
        f"one of them, and {claim.subject.name} is in none"
    )
    sources = tuple(dict.fromkeys(s for f in listed for s in (f.get("sources") or ())[:1]))
    if claim.negated and not claim.ceased:
        return Verdict("supported", None, sources, (), fact)
    return Verdict("contradicted", fact, sources, (), fact)  # or "is no longer one": never was


def _status_on(row: dict[str, Any], day: _Day) -> str | None:
    """A partnership's status on a day, from its history (None before it began)."""
    status = None
    for d, st in _events(row):
        if _first_day(d) <= day:
            status = st
    return status


def _suspended_cooperation(claim: RawClaim, facts: Facts, nato: Entity | None) -> Verdict:
    """A partner's whole cooperation with NATO suspended, no framework named ("NATO suspended
    all practical cooperation with Russia in April 2014", "Russia's cooperation with NATO was
    suspended in 2014"), checked against its partnerships: each suspended one is judged as the
    same claim of that framework would be (its date, whose decision it was, the data's notes),
    and the claim holds when one does and no other partnership went on through that date
    ("all" cooperation). A partner of which the data records no suspension leaves the claim
    unverified: the data does not date every halt of a part of the cooperation (the NRC's formal
    meetings in 2008), so its silence refutes nothing; the fact says what it holds."""
    subject = claim.subject
    rows = facts.partnerships.get(subject.key, [])
    if facts.nato(subject.key) is not None:  # an Ally's seat in a forum of Allies and partners
        rows = [r for r in rows if _participants(facts, r) != "allies and partners"]
    took = _ordered([r for r in rows if r.get("status") in TOOK_PART])
    if not took:
        return Verdict("new")
    by = "nato_suspended" if claim.predicate == "nato_suspended_cooperation" else "was_suspended"

    def judged(row: dict[str, Any]) -> Verdict:
        framework = Entity("Framework", str(row["key"]), str(row.get("name") or row["key"]))
        return judge(replace(claim, predicate=by, object=framework), facts, nato)

    suspended = [r for r in took if any(st == "suspended" for _, st in _events(r))]
    if not suspended:
        facts_held = "; ".join(partnership_fact(subject.name, r) for r in took)
        fact = f"The data records no suspension of {subject.name}'s partnerships: {facts_held}"
        sources = tuple(dict.fromkeys(k for r in took for k in _sources(r)))
        dates = tuple(d for r in took for d in _dates(r))
        return Verdict("unverified", None, sources, (), fact, dates)
    verdict = _first_supported([judged(r) for r in suspended])
    if verdict.verdict != "supported":
        return verdict
    day = _first_day(verdict.dates[0]) if verdict.dates else None
    went_on = [
        r for r in took if r not in suspended and day is not None and _status_on(r, day) == "active"
    ]
    if went_on:  # "all" cooperation: another partnership went on through it
        others = "; ".join(partnership_fact(subject.name, r) for r in went_on)
        return replace(verdict, verdict="unverified", fact=f"{verdict.fact}; but {_lower(others)}")
    return verdict


def _not_yet_launched(claim: RawClaim, facts: Facts, row: dict[str, Any]) -> bool:
    """Whether every date a claim names comes before the launch of the partnership's framework,
    the partnership not being dated from before it (as Japan's across the globe is)."""
    span = _claimed_span(claim)
    launched = str((facts.frameworks.get(str(row.get("key"))) or {}).get("launched") or "")
    joined = str(row.get("joined") or "")
    return (
        span is not None
        and bool(launched)
        and span[1] < _first_day(launched)
        and not (joined and joined[:4] < launched[:4])
    )


def _participants(facts: Facts, row: dict[str, Any]) -> str | None:
    return (facts.frameworks.get(str(row.get("key"))) or {}).get("participants")


def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Partnerships in the order they answer for the country: a framework proper (the PfP, the
    MD) before a forum or grouping (the EAPC, the IP4), a programme last."""
    order = {"framework": 0, "forum": 1, "grouping": 1}
    return sorted(rows, key=lambda r: order.get(str(r.get("kind")), 2))


def _earliest(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The partnership that began first (the framework proper, of two begun the same day)."""
    return min(rows, key=lambda r: _first_day(str(r.get("joined") or "9999")))


def _first_supported(verdicts: list[Verdict]) -> Verdict:
    """Of the answers for each partnership, where any holds: a supported one, else an unverified
    one, else the first (the framework proper's)."""
    for wanted in ("supported", "unverified"):
        for v in verdicts:
            if v.verdict == wanted:
                return v
    return verdicts[0]


def _turned(verdict: Verdict) -> Verdict:
    """The answer to a denial, from the answer to the claim it denies: supported and contradicted
    change places (the fact that held the claim up is the correction of its denial)."""
    turned = {"supported": "contradicted", "contradicted": "supported"}
    if verdict.verdict not in turned:
        return verdict
    correction = verdict.fact if verdict.verdict == "supported" else None
    return replace(
        verdict,
        verdict=turned[verdict.verdict],
        correction=correction,
        pointers=(),
        known_error=None,
        told=None,
    )


def _unsettled(verdict: Verdict, unlisted: list[dict[str, Any]]) -> Verdict:
    """A refutation that a framework whose participants the data does not list leaves open: the
    fact says so."""
    names = _joined([f"the {_framework_name(f)}" for f in unlisted])
    fact = f"{verdict.fact}; the data does not list who took part in {names}"
    return replace(
        verdict, verdict="unverified", correction=None, pointers=(), known_error=None, fact=fact
    )


def _all_supported(verdicts: list[Verdict]) -> Verdict:
    """Where every partnership must agree ("has not been a partner since 2014": none took part
    since): contradicted when any answer refutes it, supported when all support it, else
    unverified."""
    for v in verdicts:
        if v.verdict in ("contradicted", "outdated"):
            return v
    if all(v.verdict == "supported" for v in verdicts):
        return verdicts[0]
    return next(v for v in verdicts if v.verdict != "supported")


def _unlisted(facts: Facts, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The frameworks whose participants the data does not list (the NACC, to 1997) that the
    country may have taken part in: it took part in a framework of the same participants (the
    EAPC, a forum of Allies and partners as the NACC was, which replaced it) from the other's end
    or before, as the NACC's partners passed to the EAPC on its creation (Georgia; not Serbia,
    in the EAPC from 2006)."""
    out = []
    for f in facts.frameworks.values():
        if f.get("partners") or f.get("kind") not in REGIONAL_KINDS or not f.get("launched"):
            continue
        end = _last_day(str(f.get("ended") or _NO_END))
        if any(
            _participants(facts, r) == f.get("participants")
            and r.get("status") in TOOK_PART
            and r.get("joined")
            and _first_day(str(r["joined"])) <= end
            for r in rows
        ):
            out.append(f)
    return out


def _unlisted_then(
    claim: RawClaim, facts: Facts, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The frameworks whose participants the data does not list, that the country may have taken
    part in (``_unlisted``), in whose time a year the claim names falls."""
    years = _claimed_years(claim)
    return [
        f
        for f in _unlisted(facts, rows)
        if any(
            int(str(f["launched"])[:4]) <= y <= int(str(f.get("ended") or _NO_END)[:4])
            for y in years
        )
    ]


def _unlisted_start(
    claim: RawClaim,
    facts: Facts,
    rows: list[dict[str, Any]],
    first: dict[str, Any],
    verdict: Verdict,
) -> Verdict:
    """A claim of when the country became a partner, judged by its first recorded partnership,
    where a framework whose participants the data does not list began before it (the NACC,
    December 1991, before Georgia's PfP of March 1994): a date up to the first recorded join may
    be when it came into that one, so it is neither confirmed nor refuted; a later one is
    refuted all the same (it was a partner by then)."""
    years = _claimed_years(claim)
    joined = str(first.get("joined") or "")
    if verdict.verdict not in ("supported", "contradicted") or not years or not joined:
        return verdict
    earlier = [
        f for f in _unlisted(facts, rows) if _first_day(str(f["launched"])) < _first_day(joined)
    ]
    if not earlier or min(years) > int(joined[:4]):
        return verdict
    if verdict.verdict == "contradicted" and max(years) < min(
        int(str(f["launched"])[:4]) for f in earlier
    ):
        return verdict  # before any of them began
    verdict = replace(verdict, fact=verdict.fact or partnership_fact(claim.subject.name, first))
    unsettled = _unsettled(verdict, earlier)
    return replace(unsettled, fact=f"{unsettled.fact}, which began earlier")


def _an_ally_not_a_partner(claim: RawClaim, member: dict[str, Any]) -> Verdict:
    """An Ally the data holds in no partnership, called a partner of NATO: its members are Allies,
    its partners the countries outside it it works with ("Türkiye is a NATO partner")."""
    fact = _membership_fact(claim.subject.name, member)
    sources, dates = _sources(member), _dates(member)
    said = f"{fact}: an Ally, not one of NATO's partners (countries outside the Alliance)"
    joined = str(member.get("joined") or "")
    years = _claimed_years(claim)
    if claim.tense in ("event", "since") or (years and joined and min(years) < int(joined[:4])):
        # when it would have become one, or a year before it joined NATO: the data says nothing
        return Verdict("new", None, sources, (), fact, dates)
    if claim.negated:
        return Verdict("supported", None, sources, (), said, dates)
    return Verdict("contradicted", said, sources, (), said, dates)


def _as_an_ally(
    claim: RawClaim,
    member: dict[str, Any] | None,
    framework: dict[str, Any],
    row: dict[str, Any] | None,
) -> Verdict | None:
    """A claim that an Ally takes part in a framework the Allies take part in too ("Turkey is a
    member of the EAPC"): judged by its NATO membership; None when that does not decide it.

    A dated claim of a partnership the data records (Finland joined the EAPC in 1997, as a
    partner) is left to the partnership, but one that it takes part "since" a year runs on
    through its accession; an Ally that joined NATO after the framework ended (the NACC, 1997)
    did not take part in it as an Ally."""
    if member is None or framework.get("participants") != "allies and partners":
        return None
    ended, joined = framework.get("ended"), str(member.get("joined") or "")
    name = framework.get("name") or claim.object.name
    allies = (
        f"the Allies took part in the {name} until {format_date(ended)}"
        if ended
        else f"the Allies take part in the {name}"
    )
    fact = f"{_membership_fact(claim.subject.name, member)}, and {allies}"
    sources, dates = _sources(member), _dates(member)
    if claim.predicate == "left" and not ended:
        # "Finland left the EAPC in 2023": on joining NATO it stayed in, as an Ally
        if claim.negated:
            return Verdict("supported", None, sources, (), fact, dates)
        return Verdict("contradicted", f"{fact}: it did not leave", sources, (), fact, dates)
    if claim.predicate != "partner_in":
        return None
    if row is not None and claim.tense == "since" and row.get("status") == "became_member":
        # "Finland has been a member of the EAPC since 1997": a partner, then an Ally
        return _partner_in(claim, {**row, "status": "active"})
    if row is not None and claim.tense != "present":
        return None
    if ended and joined[:10] > str(ended):
        return None
    # in it as an Ally from the later of its accession and the framework's start
    start = max(joined, str(framework.get("launched") or ""))
    present = claim.tense == "present"
    if claim.negated:
        if present and (ended or claim.as_partner):
            # "Finland is no longer an EAPC partner: it is an Ally": it sits in the council as an
            # Ally, and no Ally is a partner
            return Verdict("supported", None, sources, (), fact, dates)
        if present:
            return Verdict("contradicted", fact, sources, (), fact, dates)
        return Verdict("unverified", None, sources, (), fact, dates)
    if present and claim.as_partner and not ended:
        # "Turkey is an EAPC partner": it sits in the council, but as an Ally, and no Ally is a
        # partner (the denial, "no longer an EAPC partner", is supported above)
        correction = f"{fact}, as Allies, not as partners"
        return Verdict("contradicted", correction, sources, (), fact, dates)
    if present:
        return Verdict("outdated" if ended else "supported", fact if ended else None, sources, (),
                       fact, dates)  # fmt: skip
    claimed = _claimed_years(claim)
    if claim.tense == "past" and claimed:  # "was a member of the EAPC in 2010": in it then?
        last = int(str(ended)[:4]) if ended else _NO_END
        inside = any(int(start[:4]) <= y <= last for y in claimed)
    else:
        inside = not (claimed and _date_differs(claim, start))
    if not inside:
        correction = f"{claim.subject.name} took part from {format_date(start)}, as an Ally" + (
            f", until {format_date(ended)}" if ended else ""
        )
        return Verdict("contradicted", correction, sources, (), fact, dates)
    return Verdict("supported", None, sources, (), fact, dates)


_PRESENT_CLASS = frozenset({"present", "since"})


def _never_held(claim: RawClaim, facts: Facts) -> bool:
    """Whether the data holds no such link at all: no membership of NATO, no partnership in the
    framework (so that "joined" repeats an error that it "is" one: it never was)."""
    if claim.predicate == "member_of":
        return facts.memberships.get((claim.subject.key, claim.object.key)) is None
    if claim.predicate == "partner_in":  # an invitation or a request is no partnership held
        rows = facts.partnerships.get(claim.subject.key, [])
        return not any(
            r.get("key") == claim.object.key and r.get("status") in TOOK_PART for r in rows
        )
    return False


def _repeated_with_its_date(claim: RawClaim, errors: Iterable[KnownError]) -> KnownError | None:
    """The curated known error whose own text makes this very claim, date and tense included."""
    if claim.year is None and not claim.years:
        return None
    for error in errors:
        if any(
            (k.predicate, k.subject, k.object, k.negated, k.tense, k.year, k.years)
            == (
                claim.predicate,
                claim.subject,
                claim.object,
                claim.negated,
                claim.tense,
                claim.year,
                claim.years,
            )
            for k in error.claims
        ):
            return error
    return None


def repeated_error(
    claim: RawClaim, errors: Iterable[KnownError], never_held: bool = False
) -> KnownError | None:
    """The curated known error a (false) claim repeats, if any.

    Same predicate, subject, object and polarity; a known error about the
    present status ("are still", "remains") only matches present claims, and
    one about an unbroken partnership since a year only the same claim. Where
    the link never held (``never_held``: "Israel joined NATO in 2016"), a claim
    of joining repeats the error that it holds now ("Israel is a NATO member").
    """
    for error in errors:
        for k in error.claims:
            if (k.predicate, k.subject, k.object, k.negated) != (
                claim.predicate,
                claim.subject,
                claim.object,
                claim.negated,
            ):
                continue
            joins_what_never_held = never_held and not claim.negated and claim.tense == "event"
            if (
                k.tense in _PRESENT_CLASS
                and claim.tense not in _PRESENT_CLASS
                and not joins_what_never_held
            ):
                continue
            if k.tense == "since" and (claim.tense != "since" or claim.year != k.year):
                continue
            if not _repeats_its_date(claim, k):
                continue
            return error
    return None


def _repeats_its_date(claim: RawClaim, said: RawClaim) -> bool:
    """Whether a claim gives a date the known error's own claim gives, when that claim gives one:
    "Algeria joined the MD in 1998" (or "in the late 1990s") does not repeat "all seven joined in
    1994 or 1995", though it is as false. A vague claim repeats it when the years it means at
    its core do ("in the mid-1990s": 1994-1996)."""
    if said.year is None and not said.years:
        return True
    told = set(said.years or (said.year,))
    claimed = set(claim.core or claim.years or ((claim.year,) if claim.year is not None else ()))
    return bool(told & claimed)


def statement(claim: RawClaim) -> str:
    """The claim in words, as the article makes it: "Saudi Arabia takes part in the ICI"."""
    text = _statement(claim)
    if claim.month and claim.day:  # "joined NATO on 7 March 2024"
        text = text.replace(f" in {_claimed_date(claim)}", f" {_claimed_on(claim)}")
    for open_ended in ("before", "after"):  # "joined NATO after 2020", not "in after 2020"
        text = text.replace(f" in {open_ended} ", f" {open_ended} ")
    return text


def _statement(claim: RawClaim) -> str:
    s, o = claim.subject.name, claim.object.name
    year = _claimed_date(claim) if claim.year or claim.years else ""
    if claim.predicate == "launched":
        return f"The {s} {_was(s)} launched in {year}"
    if claim.predicate == "operation_began":
        return f"{s} began in {year}"
    if claim.predicate == "operation_ended":
        return f"{s} ended in {year}"
    if claim.predicate == "partner_count":
        return f"The {o} has {claim.count} partners"
    if claim.predicate == "member_count":  # of NATO, named as the other claims of it name it
        if claim.tense == "past" and year:
            return f"NATO had {claim.count} members in {year}"
        return f"NATO has {claim.count} members"
    if claim.predicate == "member_of" and claim.rank is not None and not claim.negated:
        when = f" in {year}" if year else ""
        if claim.rank == 1:  # the first twelve, who founded it
            return f"{s} is a founding member of NATO{when}"
        place = "newest" if claim.rank == -1 else _ordinal(claim.rank)
        if claim.tense == "present":
            return f"{s} is NATO's {place} member"
        return f"{s} became NATO's {place} member{when}"
    if claim.predicate == "member_of":
        if claim.negated and claim.tense == "event" and year:
            return f"{s} did not join NATO in {year}"
        if claim.negated and claim.tense == "past" and year and claim.until:
            # "France quit NATO in 1966 but rejoined in 2009": the return kept in the words
            return f"{s} was not a NATO member from {year} until {claim.until}"
        if claim.negated and claim.tense == "past" and year:
            return f"{s} was not a NATO member in {year}"
        if claim.negated and claim.tense == "since" and year:
            # "France left NATO in 1966": out of it since then, not never in it
            return f"{s} has not been a NATO member since {year}"
        if claim.negated:
            return (
                f"{s} is not a NATO member"
                if claim.tense == "present"
                else f"{s} has never been a NATO member"
            )
        if claim.tense == "event":
            return f"{s} joined NATO in {year}" if year else f"{s} joined NATO"
        if claim.tense == "since":
            return f"{s} has been a NATO member since {year}"
        if claim.tense == "past" and year and not claim.until:
            return f"{s} was a NATO member {'throughout' if claim.throughout else 'in'} {year}"
        if claim.tense == "past":
            return f"{s} was a NATO member" + (f" until {claim.until}" if claim.until else "")
        return f"{s} is a NATO member"
    if claim.predicate in LEAVING:
        when = f" in {year}" if year else ""
        verb, past = {
            "left": ("leave", "left"),
            "suspended": ("suspend its participation in", "suspended its participation in"),
            "was_suspended": ("have its participation suspended in", "was suspended from"),
            "nato_suspended": ("", ""),
        }[claim.predicate]
        if claim.predicate == "nato_suspended":
            did = "did not suspend" if claim.negated else "suspended"
            return f"NATO {did} {s}'s participation in the {o}{when}"
        return f"{s} did not {verb} the {o}{when}" if claim.negated else f"{s} {past} the {o}{when}"
    if claim.predicate in ("nato_suspended_cooperation", "cooperation_suspended"):
        when = f" in {year}" if year else ""
        if claim.tense == "since" and year:
            when = f" since {year}"
        if claim.predicate == "nato_suspended_cooperation":
            return f"NATO suspended its cooperation with {s}{when}"
        return f"{s}'s cooperation with NATO was suspended{when}"
    if claim.predicate == "resumed":
        when = f" in {year}" if year else ""
        return (
            f"{s} did not return to the {o}{when}"
            if claim.negated
            else f"{s} returned to the {o}{when}"
        )
    if claim.predicate == "only_partner_in":
        if claim.tense == "present":
            return f"{s} alone takes part in the {o}"
        return f"Only {s} joined the {o}"
    if claim.predicate == "partner_in":
        fw = f"the {o}"
        if claim.rank == 1:  # among the first participants, or denied to be (with no date)
            was = "was not" if claim.negated else "was"
            return f"{s} {was} a founding member of {fw}" + (f" in {year}" if year else "")
        if claim.negated:
            if claim.tense == "event" and year:
                return f"{s} did not join {fw} in {year}"
            if claim.tense == "present":
                return f"{s} does not take part in {fw}"
            if claim.tense == "past" and year:
                return f"{s} did not take part in {fw} in {year}"
            if claim.tense == "since" and year:
                return f"{s} has not taken part in {fw} since {year}"
            return f"{s} has never taken part in {fw}"
        if claim.tense == "event":
            return f"{s} joined {fw} in {year}" if year else f"{s} joined {fw}"
        if claim.tense == "since":
            return f"{s} has taken part in {fw} since {year}"
        if claim.tense == "past" and claim.throughout:
            return f"{s} took part in {fw} throughout {year}"
        if claim.tense == "past" and year and not claim.until:
            return f"{s} took part in {fw} in {year}"
        if claim.tense == "past":
            start = f" from {year}" if year else ""
            end = f" until {claim.until}" if claim.until else ""
            return f"{s} took part in {fw}{start}{end}"
        return f"{s} takes part in {fw} now"
    if claim.predicate == "partner_of":
        return _partner_of_statement(claim, s, year)
    if claim.predicate == "cooperates_on":
        return _cooperation_statement(claim, s, o.lower(), year)
    verb = "does not address" if claim.negated else "addresses"
    return f"{_titled(claim.subject)} {verb} {o.lower()}"


def _titled(entity: Entity) -> str:
    """A framework's or an operation's name opening a sentence: "The Mediterranean Dialogue",
    "Operation Sea Guardian" (an operation named "Operation ..." takes no article)."""
    if entity.label == "Operation" and entity.name.startswith("Operation "):
        return entity.name
    return f"The {entity.name}"


def _cooperation_statement(claim: RawClaim, s: str, area: str, year: str) -> str:
    """A claim of cooperation in words: "Russia cooperated with NATO on terrorism in 2010"."""
    on = f"with NATO on {area}"
    end = f" until {claim.until}" if claim.until else ""
    if claim.tense == "since" and year:
        verb = "has not cooperated" if claim.negated else "has cooperated"
        return f"{s} {verb} {on} since {year}"
    if claim.tense == "event" and year:
        verb = "did not begin" if claim.negated else "began"
        return f"{s} {verb} to cooperate {on} in {year}"
    if claim.negated:
        when = f" in {year}" if year else end
        return f"{s} did not cooperate {on}{when}" if when else f"{s} does not cooperate {on}"
    if claim.tense == "past" and claim.until:
        return f"{s} cooperated {on}{f' from {year}' if year else ''}{end}"
    if year:
        return f"{s} cooperated {on} in {year}"
    return f"{s} {'cooperated' if claim.tense == 'past' else 'cooperates'} {on}"


def _partner_of_statement(claim: RawClaim, s: str, year: str) -> str:
    """A claim of partnership with NATO at large in words: "Russia is a partner of NATO now"."""
    if claim.negated:
        if claim.tense == "event" and year:
            return f"{s} did not become a partner of NATO in {year}"
        if claim.tense == "present":
            return f"{s} is not a partner of NATO"
        if claim.tense == "past" and year:
            return f"{s} was not a partner of NATO in {year}"
        if claim.tense == "since" and year:
            return f"{s} has not been a partner of NATO since {year}"
        return f"{s} has never been a partner of NATO"
    if claim.tense == "event":
        return (
            f"{s} became a partner of NATO in {year}" if year else f"{s} became a partner of NATO"
        )
    if claim.tense == "since":
        return f"{s} has been a partner of NATO since {year}"
    if claim.tense == "past" and claim.throughout:
        return f"{s} was a partner of NATO throughout {year}"
    if claim.tense == "past" and year and not claim.until:
        return f"{s} was a partner of NATO in {year}"
    if claim.tense == "past":
        start = f" from {year}" if year else ""
        end = f" until {claim.until}" if claim.until else ""
        return f"{s} was a partner of NATO{start}{end}"
    return f"{s} is a partner of NATO now"
