"""Checking every record before anything is written.

All problems are collected and reported as ``file:line: field: what is wrong``;
a data set with any problem writes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import reprlib
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from nato_graph.errors import NatoGraphError
from nato_graph.loaders.files import MAX_STRING, Problem, Record
from nato_graph.loaders.model import (
    CHANGE_AUTHORS,
    CONFIDENCE_LEVELS,
    EARLIEST_YEAR,
    KINDS,
    LATEST_YEAR,
    PARTNERSHIP_STATUSES,
    SUBJECT_KIND,
    Field,
    Kind,
)
from nato_graph.names import looked_up
from nato_graph.schema import NAME_SOURCES, NAMED_LABELS
from nato_graph.text import clip, has_control

# \Z, not $ (which also matches before a final newline: "ISR\n" is no code); [0-9], not \d
# (which takes any Unicode digit: "١٩٩٥" is no ISO date, and would sort wrongly as text).
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,63}\Z")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}\Z")
ISO3_RE = re.compile(r"^[A-Z]{3}\Z")
DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
MAX_TEXT = MAX_STRING  # the reader stops longer values while parsing, with the same message


class ValidationError(NatoGraphError):
    def __init__(self, problems: list[Problem], more: int = 0) -> None:
        self.problems = problems
        self.more = more  # problems found beyond those listed
        total = len(problems) + more
        count = f"{total} problem{'s' if total != 1 else ''}"
        shown = "\n".join(map(str, problems))
        if more:
            shown += f"\n(and {more} more problems not listed)"
        super().__init__(f"{count} in the data; nothing was written:\n" + shown)


def parse_date(value: Any) -> str:
    """Normalise a date value to an ISO string at its own precision; raise ValueError.

    >>> parse_date("1995-02"), parse_date(1995), parse_date(dt.date(2023, 4, 4))
    ('1995-02', '1995', '2023-04-04')
    """
    if type(value) is str and value in _DATES:  # a big file repeats its dates
        return _DATES[value]
    if isinstance(value, dt.datetime):
        # an unquoted YAML timestamp: its day depends on its time zone, and no fact is dated
        # to the hour here, so it is refused rather than cut to a day it may not have been
        raise ValueError(
            f"{value.isoformat()} has a time of day; give the date alone, quoted: '1995-02-10'"
        )
    if isinstance(value, dt.date):  # an unquoted YAML date: same year range as text
        value = value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date like 1995, 1995-02 or 1995-02-10, got {_show(value)}")
    m = DATE_RE.match(value.strip())
    if not m:
        raise ValueError(f"{_show(value)} is not a date like 1995, 1995-02 or 1995-02-10")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        # "1995-00" names no month: only an absent part defaults to 1, not a zero one.
        dt.date(year or 1, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise ValueError(f"{_show(value)} is not a real date") from None
    if not EARLIEST_YEAR <= (year or 0) <= LATEST_YEAR:
        raise ValueError(f"{_show(value)}: year out of range {EARLIEST_YEAR}-{LATEST_YEAR}")
    # A fact is what happened: a date to come would make the graph print it as fact. A day of
    # slack for a date written where the day has already begun (a time zone ahead of this one).
    latest = dt.date.today() + dt.timedelta(days=1)
    if (year, month or 1, day or 1) > (latest.year, latest.month, latest.day):
        raise ValueError(
            f"{_show(value)} is in the future (today is {dt.date.today().isoformat()})"
        )
    if len(_DATES) < 100_000:
        _DATES[value] = value.strip()
    return value.strip()


_DATES: dict[str, str] = {}  # valid date text -> its normal form


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 60, 60


def _show(value: Any, limit: int = 40) -> str:
    # reprlib for containers: a YAML alias "bomb" is a small file that expands to a huge value.
    # An unquoted YAML date or timestamp is shown as written, not as Python's datetime.date(...).
    if isinstance(value, dt.date):
        kind = "timestamp" if isinstance(value, dt.datetime) else "date"
        return f"an unquoted {kind} {value.isoformat()} (quote it to make it text)"
    text = repr(value) if isinstance(value, str) else _REPR.repr(value)
    return clip(text, limit)


def _check_text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(_not_text(value))
    text = value
    if has_control(text):
        raise ValueError("contains control characters")
    if len(text) > MAX_TEXT:
        raise ValueError(f"longer than {MAX_TEXT} characters")
    return text


def _not_text(value: Any) -> str:
    """Why a value read from a file is no text. An unquoted number or true/false is read as one,
    and its text is lost (``1.5e3`` is 1500.0, ``0.10`` is 0.1, ``1e400`` infinity): refused, so
    that what is stored is what was written."""
    if isinstance(value, bool):
        return f"{value} is read as true or false, not text: quote it to keep it as written"
    if isinstance(value, int | float):
        return (
            f"{_show(value)} is read as a number, not text (an unquoted 1.5e3 reads as 1500.0): "
            "quote it to keep it as written"
        )
    return f"expected text, got {_show(value)}"


def _check_value(f: Field, value: Any) -> Any:
    if f.type == "text":
        return _check_text(value)
    if f.type == "key":
        if not isinstance(value, str) or not KEY_RE.match(value):
            raise ValueError(
                f"{_show(value)} is not a key (lowercase letters, digits, '_', '-', '.')"
            )
        return value
    if f.type == "code":
        if not isinstance(value, str) or not CODE_RE.match(value):
            raise ValueError(f"{_show(value)} is not a code (letters, digits, '_', '-', '.')")
        return value
    if f.type == "iso3":
        if not isinstance(value, str) or not ISO3_RE.match(value):
            raise ValueError(f"{_show(value)} is not an ISO 3166-1 alpha-3 code like ISR")
        return value
    if f.type == "date":
        return parse_date(value)
    if f.type == "choice":
        if value not in f.choices:
            raise ValueError(f"{_show(value)} is not one of {', '.join(f.choices)}")
        return value
    if f.type in ("texts", "refs"):
        if not isinstance(value, list):
            raise ValueError(f"expected a list, got {_show(value)}")
        return [_check_text(v) for v in value]
    if f.type == "history":
        if not isinstance(value, list):
            raise ValueError("expected a list of {date, status, by, sources, confidence, note}")
        out = []
        for i, entry in enumerate(value, 1):
            if (
                not isinstance(entry, dict)
                or set(entry) - _HISTORY_KEYS
                or not {"date", "status"} <= set(entry)
            ):
                # earliest is named apart: it belongs to an unverified date only
                raise ValueError(
                    f"entry {i}: expected {{date, status, by, sources, confidence, note}}, and "
                    "earliest for an unverified date"
                )
            status = entry["status"]
            if status not in PARTNERSHIP_STATUSES:
                raise ValueError(
                    f"entry {i}: status {_show(status)} is not one of {', '.join(PARTNERSHIP_STATUSES)}"
                )
            try:
                date = parse_date(entry["date"])
            except ValueError as exc:
                raise ValueError(f"entry {i}: {exc}") from None
            sources = entry.get("sources") or []
            if not isinstance(sources, list) or not all(
                isinstance(k, str) and KEY_RE.match(k) for k in sources
            ):
                raise ValueError(f"entry {i}: sources must be a list of source keys")
            confidence = entry.get("confidence")
            if confidence is not None and confidence not in CONFIDENCE_LEVELS:
                raise ValueError(
                    f"entry {i}: confidence {_show(confidence)} is not one of "
                    f"{', '.join(CONFIDENCE_LEVELS)}"
                )
            by = entry.get("by")
            if by is not None and by not in CHANGE_AUTHORS:
                raise ValueError(
                    f"entry {i}: by {_show(by)} is not one of {', '.join(CHANGE_AUTHORS)}"
                )
            note = entry.get("note")
            try:
                note = "" if note is None else _check_text(note)
            except ValueError as exc:
                raise ValueError(f"entry {i}: note: {exc}") from None
            event = {"date": date, "status": status, "sources": sources, "note": note}
            if confidence is not None:
                event["confidence"] = confidence
            if by is not None:
                event["by"] = by
            if entry.get("earliest") is not None:
                try:
                    earliest = parse_date(entry["earliest"])
                except ValueError as exc:
                    raise ValueError(f"entry {i}: earliest: {exc}") from None
                if _before(date, earliest):
                    raise ValueError(
                        f"entry {i}: earliest {earliest} is after the entry's date {date} (the "
                        "earliest a date can be is not after it)"
                    )
                event["earliest"] = earliest
            out.append(event)
        if [e["date"] for e in out] != sorted(e["date"] for e in out):
            raise ValueError("entries must be in date order")
        return out
    raise AssertionError(f"unknown field type {f.type}")


# The fields of a partnership's history entry (``earliest`` only with an unverified date).
_HISTORY_KEYS = frozenset(("date", "status", "by", "earliest", "sources", "confidence", "note"))


class Validator:
    """Checks records one at a time, keeping only what checks across records need.

    What it keeps: the keys of each kind (references must find them), one 64-bit
    hash per record identity (duplicates; a hash seen twice is confirmed against
    the records themselves in ``finish``, so a collision is never reported), the
    region names the planner needs, and references that point at a key not yet
    seen. Records are checked in the order given; ``nato_graph.loaders.load``
    feeds files in the order of ``KINDS``, so almost every reference finds its key
    already seen and nothing but keys and hashes grows with the input.
    """

    def __init__(
        self,
        known: dict[str, set[str]] | None = None,
        vias: set[tuple[str, str]] | None = None,
    ) -> None:
        self.keys: dict[str, set[str]] = defaultdict(
            set, {k: set(v) for k, v in (known or {}).items()}
        )
        self.region_names: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.more = 0  # problems past MAX_PROBLEMS, counted only
        self._identities = array("q")
        self._pending: list[tuple[str, int, str, str, str]] = []  # file, line, field, kind, ref
        # label -> each name in lower case -> (key, file, line, field) of the entity it names
        self._names: dict[str, dict[str, tuple[str, str, int, str]]] = defaultdict(dict)
        # the files of the bundled data, as problems name them: checked after the user's files
        # of their kind (a user's record replaces the bundled one of its identity), whose
        # records are still the ones a clash of names is told at
        self.bundled: set[str] = set()
        self._told: set[tuple[str, int, str, str, str]] = set()  # clashes told at a user's record
        # (label, name as looked up) of every name of the bundled data, when the user's files
        # are read before it: a user's name among them is kept as written, to be told as written
        self.bundled_names: set[tuple[str, str]] = set()
        self._written: dict[tuple[str, str], str] = {}
        # Facts a later record must agree with, each with where it was given ("file:line"):
        # NATO's founding, each Ally's accession, each framework's launch, each operation's span.
        self._founded: tuple[str, str] | None = None
        self._members: dict[str, tuple[str, str]] = {}
        self._launched: dict[str, tuple[str, str, str]] = {}  # key -> launched, acronym, where
        # (country, framework) -> the earliest its partnership can have begun, and where: kept for
        # the pairs a contribution of this load goes through (``vias``, read before the pass by
        # ``load.check_files``), all when not given; every partnership would grow with the input
        self._vias = vias
        self._partnered: dict[tuple[str, str], tuple[str, str]] = {}
        self._operations: dict[
            str, tuple[str, str | None, str, str]
        ] = {}  # start, end, name, where
        # part_of, replaced -> framework key -> (the framework it names, file, line)
        self._links: dict[str, dict[str, tuple[str, str, int]]] = defaultdict(dict)

    def report(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1

    def fields(self, rec: Record) -> set[str]:
        """Check and normalise one record's own fields in place; the fields found invalid."""
        kind = rec.kind
        invalid = set(rec.unreadable)  # reported once already: not "missing" as well
        values = rec.values
        spec = _spec(kind)
        if not spec.names.issuperset(values):
            for name in [n for n in values if n not in spec.names]:
                self.report(
                    Problem(
                        rec.file,
                        rec.line_of(name),
                        name,
                        f"unknown field (expected one of {', '.join(kind.field_names)})",
                    )
                )
                del values[name]
        for f in spec.fields:
            name = f.name
            value = values.get(name)
            if (
                value is None
                or (not value and type(value) in _EMPTY)
                or (f.type == "text" and type(value) is str and value.isspace())
            ):
                values.pop(name, None)
                if f.required and name not in invalid:
                    # "" or "   " given is there but says nothing: a text no one can read or ask by
                    self.report(_absent(rec, name, value))
                continue
            if type(value) is str and f.type in _SIMPLE and _SIMPLE[f.type](value):
                continue  # already in its normal form (the common case): nothing to redo
            try:
                values[name] = _check_value(f, value)
            except ValueError as exc:
                self.report(Problem(rec.file, rec.line_of(name), name, str(exc)))
                values.pop(name)
                invalid.add(name)
        _check_rules(rec, self.report, invalid)
        return invalid

    def check(self, rec: Record) -> None:
        """All of one record's checks; what needs later records waits for ``finish``."""
        self.fields(rec)
        kind, values = rec.kind, rec.values
        identity = tuple(values.get(n) for n in kind.identity)
        if None not in identity:
            self._identities.append(_hash(kind.name, identity))
            if len(identity) == 1:
                self.keys[kind.name].add(str(identity[0]))
        names = _spec(kind).name_fields
        if names:
            self._check_names(rec, names)
        if kind.name in _FACT_KINDS:
            self._check_facts(rec)
        if kind.name == "regions" and "key" in values and "name" in values:
            self.region_names.setdefault(values["key"], values["name"])
        for name, target, ref in references(rec):
            if ref not in self.keys[target]:
                self._pending.append((rec.file, rec.line_of(name), name, target, ref))

    def names_of(self, rec: Record) -> Iterator[tuple[str, str]]:
        """(label, name as a question looks it up) for each name, code or alias of a record of
        an entity (its fields read first, as ``check`` reads them)."""
        node, names = rec.kind.node, _spec(rec.kind).name_fields
        if node is None or not names:
            return
        self.fields(rec)
        for field in names:
            value = rec.values.get(field)
            for text in value if isinstance(value, list) else () if value is None else (value,):
                yield node.label, looked_up(str(text))

    def _check_names(self, rec: Record, fields: tuple[str, ...]) -> None:
        """A name, code or alias another entity of the same label goes by is refused: the
        questions find an entity by any of them in any case (``statements.names_of``), and
        would find two. An entity may repeat its own names; other labels may share them."""
        node = rec.kind.node
        assert node is not None
        key = rec.values.get(node.key)
        if key is None:
            return
        taken = self._names[node.label]
        for field in fields:
            value = rec.values.get(field)
            texts = value if isinstance(value, list) else () if value is None else (value,)
            checked = _spec(rec.kind).text_names
            for text in texts:
                text = str(text)
                wrong = _name_problem(text) if field in checked else None
                if wrong:
                    self.report(Problem(rec.file, rec.line_of(field), field, wrong))
                    continue
                # the form a question looks a name up by (nato_graph.names): two names of one
                # form would answer for either entity
                name = looked_up(text)
                here = (key, rec.file, rec.line_of(field), field)
                seen = taken.setdefault(name, here)
                if (
                    seen is here
                    and rec.file not in self.bundled
                    and (node.label, name) in self.bundled_names
                ):
                    self._written[(node.label, name)] = text  # a user's name a bundled one has
                if seen[0] != key:
                    if rec.file in self.bundled and seen[1] not in self.bundled:
                        text = self._written.get((node.label, name), text)
                        # the user's record, read first, is the one that clashes: told once per
                        # name, whichever of the bundled entity's fields holds it (key, acronym)
                        told = (seen[1], seen[2], seen[3], key, name)
                        if told in self._told:
                            continue
                        self._told.add(told)
                        here, seen = seen, here
                    other, file, line, other_field = seen
                    self.report(
                        Problem(
                            here[1],
                            here[2],
                            here[3],
                            f"{_show(text)} is already a name of the {node.label.lower()} "
                            f"{other} ({file}:{line}, its {other_field}); a name, code or "
                            f"alias may name one {node.label.lower()} only, whatever its case",
                        )
                    )

    def _check_facts(self, rec: Record) -> None:
        """A record that contradicts a fact of an earlier kind (``KINDS`` order: NATO before its
        members, members and frameworks before partnerships, operations before contributions) is
        refused at its own line, naming that fact; a fact not given (a partial load) checks
        nothing. The facts a record gives are kept for those after it."""
        v, kind, where = rec.values, rec.kind.name, f"{rec.file}:{rec.line}"

        def refuse(field: str, message: str) -> None:
            self.report(Problem(rec.file, rec.line_of(field), field, message))

        if kind == "organizations":
            if v.get("key") == "NATO" and v.get("founded"):
                self._founded = (v["founded"], where)
        elif kind == "nato_members":
            country, joined = v.get("country"), v.get("joined")
            founded, at = self._founded or (NATO_FOUNDED, "the North Atlantic Treaty")
            if joined and _before(joined, founded):
                refuse("joined", f"{joined} is before NATO was founded ({founded}, {at})")
            elif country and joined:
                self._members.setdefault(country, (joined, where))
        elif kind == "frameworks":
            if v.get("key") and v.get("launched"):
                shown = v.get("acronym") or v["key"]
                self._launched.setdefault(v["key"], (v["launched"], shown, where))
            for field in _LINKS:
                parent = v.get(field)
                if v.get("key") and parent and parent != v["key"]:  # itself: refused above
                    self._links[field].setdefault(v["key"], (parent, rec.file, rec.line_of(field)))
        elif kind == "operations":
            if v.get("key") and v.get("start"):
                shown = v.get("acronym") or v.get("name") or v["key"]
                self._operations.setdefault(v["key"], (v["start"], v.get("end"), shown, where))
        elif kind == "partnerships":
            self._check_partnership(rec, refuse)
            begun = v.get("joined_earliest") or v.get("joined")
            pair = (v.get("country"), v.get("framework"))
            if pair[0] and pair[1] and begun and (self._vias is None or pair in self._vias):
                self._partnered.setdefault((v["country"], v["framework"]), (begun, where))
        elif kind == "contributions":
            # A contribution through a framework: not from before the partner can have joined it
            # (Colombia's ISAF pledge of 2009 came eight years before its partnership).
            partnered = self._partnered.get((v.get("country", ""), v.get("via", "")))
            first = v.get("since") or v.get("until")
            if partnered and first and _before(first, partnered[0]):
                refuse(
                    "via",
                    f"{v['country']} cannot have joined {v['via']} before {partnered[0]} "
                    f"({partnered[1]}), so its contribution of {first} was not made through it; "
                    "leave via out",
                )
            op = self._operations.get(v.get("operation", ""))
            if op is None:
                return
            start, end, shown, at = op
            for field in ("since", "until"):
                date = v.get(field)
                if date and _before(date, start):
                    refuse(field, f"{date} is before {shown} began ({start}, {at})")
                elif date and end and _before(end, date):
                    refuse(field, f"{date} is after {shown} ended ({end}, {at})")

    def _check_partnership(self, rec: Record, refuse: Callable[[str, str], None]) -> None:
        v = rec.values
        country, status, changed = v.get("country"), v.get("status"), v.get("status_changed")
        member = self._members.get(country or "")
        if member and status:
            # An Ally's partnership is history: it ended when the country joined NATO, or before.
            accession, at = member
            if status in ("became_member", "ended", "superseded"):
                if changed and _before(accession, changed):
                    refuse(
                        "status_changed",
                        f"{changed} is after {country} joined NATO ({accession}, {at}): a "
                        f"member's partnership must have ended by then",
                    )
            else:
                refuse(
                    "status",
                    f"{country} is a NATO member since {accession} ({at}): a partnership after "
                    f"that date must not be {status} (became_member, or ended or superseded "
                    "by then)",
                )
        elif status == "became_member" and country and self._members:
            refuse(
                "status",
                f"{country} is not a NATO member (nato_members has no row for it): it cannot "
                "have become one",
            )
        self._check_member_steps(rec, refuse)
        framework, joined = self._launched.get(v.get("framework", "")), v.get("joined")
        if framework and joined and not v.get("joined_basis"):
            launched, shown, at = framework
            if _before(joined, launched):
                refuse(
                    "joined",
                    f"{joined} is before {shown} was launched ({launched}, {at}); if the date "
                    "marks the start of the relationship, say so in joined_basis",
                )

    def _check_member_steps(self, rec: Record, refuse: Callable[[str, str], None]) -> None:
        """Each step of a partnership's history held to the rule its status is held to: only an
        Ally's partnership became_member, and an Ally's is over (became_member, ended or
        superseded) by the day it joined NATO, not active, suspended, invited or requested after
        it. The last step is the status itself, checked as such above."""
        v = rec.values
        country, history = v.get("country"), v.get("history") or []
        if not country or not history:
            return
        member = self._members.get(country)
        last = history[-1]
        if last["status"] == v.get("status") and last["date"] == (
            v.get("status_changed") or last["date"]
        ):
            history = history[:-1]  # the status: reported as such, not twice
        for i, event in enumerate(history, 1):
            date, status = event["date"], event["status"]
            if member is None:
                if status == "became_member" and self._members:
                    refuse(
                        "history",
                        f"entry {i}: {country} is not a NATO member (nato_members has no row "
                        "for it): it cannot have become one",
                    )
                continue
            accession, at = member
            if not _before(accession, date):
                continue
            if status in _OVER:
                refuse(
                    "history",
                    f"entry {i}: {status} {date} is after {country} joined NATO ({accession}, "
                    f"{at}): a member's partnership must have ended by then",
                )
            else:
                refuse(
                    "history",
                    f"entry {i}: {country} is a NATO member since {accession} ({at}): a "
                    f"partnership after that date must not be {status} ({date})",
                )

    def _check_cycles(self) -> None:
        """A framework part of one that is part of it (XA in XB, XB in XA), or a chain of
        replacements that comes back to where it began: each cycle is refused once, at the
        record that closes it (the last of them in file order)."""
        for field, links in self._links.items():
            edges = {key: parent for key, (parent, _, _) in links.items()}
            for cycle in _cycles(edges):
                _, file, line, key = max(
                    (links[k] + (k,) for k in cycle), key=lambda o: (o[1], o[2])
                )
                start = cycle.index(key)
                loop = cycle[start:] + cycle[:start] + [key]
                self.report(
                    Problem(
                        file,
                        line,
                        field,
                        f"{' -> '.join(loop)}: a cycle ({field}); a framework cannot have "
                        f"{_LINKS[field]} itself, even through others",
                    )
                )

    # -- the store's facts ------------------------------------------------------------------

    @property
    def allies(self) -> list[str]:
        """The countries this load gives as NATO members."""
        return sorted(self.keys["nato_members"])

    @property
    def launches(self) -> list[dict[str, str]]:
        """The frameworks this load gives, each with the date it was launched."""
        return [{"key": k, "launched": d} for k, (d, _, _) in sorted(self._launched.items())]

    @property
    def spans(self) -> list[dict[str, str | None]]:
        """The operations this load gives, each with its start and end."""
        return [
            {"key": k, "start": start, "end": end}
            for k, (start, end, _, _) in sorted(self._operations.items())
        ]

    def names_given(self, label: str) -> list[str]:
        """Every name this load gives an entity of ``label``, as a question looks it up."""
        return sorted(self._names.get(label, {}))

    def given(self, kind: str, identities: Iterable[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
        """Those of ``identities`` (each the values of the kind's identity fields) that a
        record of this load has: the load replaces what the store holds of them. Found by
        the hashes kept for duplicates; a key is certain (``keys``)."""
        wanted = {_hash(kind, tuple(i)): tuple(i) for i in identities}
        if not wanted:
            return set()
        if len(self._identities) < 200_000:
            found = {h for h in self._identities if h in wanted}
        else:
            import numpy as np

            held = np.frombuffer(self._identities, dtype=np.int64)
            found = set(held[np.isin(held, np.fromiter(wanted, dtype=np.int64))].tolist())
        return {wanted[h] for h in found}

    def against(self, held: Held, records: Callable[[str], Iterable[Record]]) -> list[Problem]:
        """Every problem this load's records make with what the store holds from earlier loads
        (``held``), in file and line order; ``records`` gives this load's records of a kind
        again. Called once the load itself is valid (``finish`` found nothing): a load that
        would contradict a fact already written is refused as one that contradicts itself is,
        at the record of this load, naming the fact in the graph. A fact this load gives again
        is replaced by it, not held against it.

        (No link between frameworks need be read: ``part_of`` and ``replaced`` name a framework
        of this load, so a cycle runs through this load's frameworks alone, and ``finish`` has
        looked for it.)"""
        check = _Against(self, held, records)
        check.allies()
        check.launches()
        check.spans()
        check.via()
        check.names()
        self.problems.sort(key=lambda p: (p.file, p.line))
        return self.problems

    def broken_references(self, rec: Record) -> list[tuple[str, str, str]]:
        """The references of a checked record that no key answers (after ``finish``)."""
        return [(n, t, r) for n, t, r in references(rec) if r not in self.keys[t]]

    def finish(self, again: Callable[[], Iterable[Record]]) -> list[Problem]:
        """Every problem, in file and line order; ``again`` gives the same records once more.

        It is called only when two records may share an identity, to find where
        each first appeared.
        """
        for file, line, name, target, ref in self._pending:
            if ref not in self.keys[target]:
                self.report(Problem(file, line, name, f"{ref!r} is not in {target}"))
        self._pending = []
        self._check_cycles()
        suspects = _repeated(self._identities)
        if suspects:
            first: dict[tuple[str, tuple[Any, ...]], Record] = {}
            quiet = Validator()
            for rec in again():
                quiet.fields(rec)
                identity = tuple(rec.values.get(n) for n in rec.kind.identity)
                if None in identity or _hash(rec.kind.name, identity) not in suspects:
                    continue
                seen = first.setdefault((rec.kind.name, identity), rec)
                if seen is not rec:
                    where = f"{seen.file}:{seen.line}"
                    self.report(
                        Problem(
                            rec.file,
                            rec.line,
                            rec.kind.identity[0],
                            f"duplicate {'/'.join(map(str, identity))} (first at {where})",
                        )
                    )
        self.problems.sort(key=lambda p: (p.file, p.line))
        return self.problems


MAX_PROBLEMS = 1_000  # problems kept to report; the rest are counted

# Where a fact the store holds from an earlier load is said to be, in a problem.
EARLIER = "in the graph, from an earlier load"

_PAIR = ("country", "framework")  # a partnership's identity
_CONTRIBUTION = ("country", "operation")


class _Against:
    """The checks of ``Validator.against``, one method per rule across records."""

    def __init__(
        self, v: Validator, held: Held, records: Callable[[str], Iterable[Record]]
    ) -> None:
        self.v, self.held, self.records = v, held, records

    def refuse(self, rec: Record, field: str, message: str) -> None:
        self.v.report(Problem(rec.file, rec.line_of(field), field, message))

    def first(
        self, kind: str, fields: tuple[str, ...], wanted: set[tuple[Any, ...]]
    ) -> dict[tuple[Any, ...], Record]:
        """This load's record of ``kind`` for each identity in ``wanted``."""
        found: dict[tuple[Any, ...], Record] = {}
        if wanted:
            for rec in self.records(kind):
                ident = tuple(rec.values.get(f) for f in fields)
                if ident in wanted:
                    found.setdefault(ident, rec)
        return found

    def not_given(
        self, kind: str, rows: list[dict[str, Any]], fields: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        """The rows of ``rows`` (facts in the graph) that no record of this load gives again."""
        idents = [tuple(r[f] for f in fields) for r in rows]
        given = self.v.given(kind, idents)
        return [r for r, i in zip(rows, idents, strict=True) if i not in given]

    def allies(self) -> None:
        """An Ally in the graph that this load does not give: this load's partnerships of it are
        held to its accession, as if its nato_members row were given too. A partnership in the
        graph of an Ally this load gives: over by its accession."""
        v, given = self.v, self.v.keys["nato_members"]
        extra = {c: d for c, d in self.held.members.items() if c not in given}
        if extra:
            for country, joined in extra.items():
                v._members[country] = (joined, EARLIER)
            for rec in self.records("partnerships"):
                if rec.values.get("country") in extra:
                    v._check_partnership(rec, functools.partial(self.refuse, rec))
        ours = [p for p in self.held.partnerships if p["country"] in given]
        stale = self.not_given("partnerships", ours, _PAIR)
        members = self.first("nato_members", ("country",), {(p["country"],) for p in stale})
        for p in stale:
            accession = v._members[p["country"]][0]
            why = _ally_conflict(accession, p)
            member = members.get((p["country"],))
            if why and member is not None:
                self.refuse(
                    member,
                    "joined",
                    f"{p['country']} joined NATO on {accession}, but its partnership in "
                    f"{p['framework']} {why} ({EARLIER}): a member's partnership is "
                    "became_member, or ended or superseded, by then; load the partnership "
                    "corrected with this file",
                )

    def launches(self) -> None:
        """A partnership in the graph joined before this load's launch of its framework."""
        early = self.not_given("partnerships", self.held.early_joins, _PAIR)
        frameworks = self.first("frameworks", ("key",), {(p["framework"],) for p in early})
        for p in early:
            launched, shown, _ = self.v._launched[p["framework"]]
            framework = frameworks.get((p["framework"],))
            if framework is not None:
                self.refuse(
                    framework,
                    "launched",
                    f"{launched} is after {p['country']} joined {shown} ({p['joined']}, "
                    f"{EARLIER}, with no joined_basis to say what that date marks); load the "
                    "partnership corrected with this file",
                )

    def spans(self) -> None:
        """A contribution in the graph dated outside this load's span of its operation."""
        outside = self.not_given("contributions", self.held.outside, _CONTRIBUTION)
        operations = self.first("operations", ("key",), {(c["operation"],) for c in outside})
        for c in outside:
            start, end, shown, _ = self.v._operations[c["operation"]]
            operation = operations.get((c["operation"],))
            dates = [d for d in (c.get("since"), c.get("until")) if d]
            early = next((d for d in dates if _before(d, start)), None)
            late = next((d for d in dates if end and _before(end, d)), None)
            if operation is None or not (early or late):
                continue
            self.refuse(
                operation,
                "start" if early else "end",
                f"{start if early else end}: {c['country']}'s part in {shown} ({EARLIER}) is "
                f"dated {early or late}, {'before it began' if early else 'after it ended'}; "
                "load the contribution corrected with this file",
            )

    def via(self) -> None:
        """A contribution through a framework (``via``) is not from before the partnership
        began: a contribution in the graph through a partnership of this load, and one of this
        load through a partnership in the graph."""
        held = self.not_given("contributions", self.held.via, _CONTRIBUTION)
        partnered = dict(self.v._partnered)
        # the partnerships the pass did not keep (it kept those this load's contributions go
        # through): read again, only when a contribution in the graph goes through one
        missing = {(c["country"], c["via"]) for c in held} - partnered.keys()
        for pair, rec in self.first("partnerships", _PAIR, missing).items():
            begun = rec.values.get("joined_earliest") or rec.values.get("joined")
            if begun:
                partnered[pair] = (begun, f"{rec.file}:{rec.line}")
        late: list[tuple[dict[str, Any], str]] = []
        for c in held:
            begun = partnered.get((c["country"], c["via"]))
            when = c.get("since") or c.get("until")
            if begun and when and _before(when, begun[0]):
                late.append((c, when))
        ours = self.first("partnerships", _PAIR, {(c["country"], c["via"]) for c, _ in late})
        for c, when in late:
            partnership = ours.get((c["country"], c["via"]))
            if partnership is not None:
                self.refuse(
                    partnership,
                    "joined_earliest" if partnership.values.get("joined_earliest") else "joined",
                    f"{partnered[(c['country'], c['via'])][0]} is after {c['country']}'s part in "
                    f"{c['operation']} through {c['via']} ({when}, {EARLIER}): it was not made "
                    "through this partnership; load the contribution corrected with this file "
                    "(leave via out)",
                )
        begun_at = {
            (p["country"], p["framework"]): p["begun"]
            for p in self.not_given("partnerships", self.held.partnered, _PAIR)
            if p.get("begun")
        }
        if not begun_at:
            return
        for rec in self.records("contributions"):
            values = rec.values
            begun_then = begun_at.get((values.get("country"), values.get("via")))
            when = values.get("since") or values.get("until")
            if begun_then and when and _before(when, begun_then):
                self.refuse(
                    rec,
                    "via",
                    f"{values['country']} cannot have joined {values['via']} before "
                    f"{begun_then} ({EARLIER}), so its contribution of {when} was not made "
                    "through it; leave via out",
                )

    def names(self) -> None:
        """A name an entity in the graph goes by, given here to another entity of its label."""
        for label, nodes in self.held.names.items():
            kind, noun = _KIND_OF_LABEL[label], label.lower()
            taken = self.v._names.get(label, {})
            for key, names in nodes:
                if key in self.v.keys[kind]:
                    continue  # given again: its names are this load's
                for name in dict.fromkeys(looked_up(str(n)) for n in names or ()):
                    seen = taken.get(name)
                    if seen is None or seen[0] == key:
                        continue
                    _, file, line, where = seen
                    self.v.report(
                        Problem(
                            file,
                            line,
                            where,
                            f"{_show(name)} is already a name of the {noun} {key} ({EARLIER}); "
                            f"a name, code or alias may name one {noun} only, whatever its case",
                        )
                    )


# The kind whose records are the nodes of each label.
_KIND_OF_LABEL = {k.node.label: k.name for k in KINDS if k.node}


@dataclasses.dataclass
class Held:
    """What the store holds from earlier loads that a load's records must agree with, read by
    ``nato_graph.loaders.load`` once the files are valid and before anything is written, and
    only as much as the checks need (``Validator.against``). Rows are as the store gives them;
    those of records the load gives again are replaced by the load, not held against it."""

    # every Ally in the graph -> the date it joined NATO
    members: dict[str, str] = dataclasses.field(default_factory=dict)
    # the partnerships of the load's Allies: country, framework, status, changed, and the
    # history's dates and statuses (the join first)
    partnerships: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # partnerships joined, with no joined_basis, before the load's launch of their framework:
    # country, framework, joined
    early_joins: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # contributions dated outside the load's span of their operation: country, operation,
    # since, until
    outside: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # contributions made through a framework: country, operation, via, since, until
    via: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # the partnerships the load's contributions name in via: country, framework, begun
    partnered: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # label -> (key, names) of the nodes that may go by a name the load gives
    names: dict[str, list[tuple[str, list[str]]]] = dataclasses.field(default_factory=dict)


def _ally_conflict(accession: str, p: dict[str, Any]) -> str | None:
    """How a partnership in the graph (a row of ``Held.partnerships``) goes on after its
    country joined NATO on ``accession``, if it does."""
    status, changed = p.get("status"), p.get("changed")
    if status and status not in _OVER:
        return f"is {status}"
    if changed and _before(accession, changed):
        return f"is {status} since {changed}, after that"
    for date, step in zip(p.get("dates") or [], p.get("statuses") or [], strict=False):
        if date and _before(accession, date):
            return f"was {step} in {date}, after that"
    return None


# The kinds whose records give or must agree with facts of other records (``_check_facts``).
_FACT_KINDS = frozenset(
    ("organizations", "nato_members", "frameworks", "operations", "partnerships", "contributions")
)
# The North Atlantic Treaty was signed on 4 April 1949: no one joined NATO before. The NATO
# record's own ``founded`` is used when the load has it (organizations.yaml).
NATO_FOUNDED = "1949-04-04"


def _absent(rec: Record, name: str, value: Any) -> Problem:
    """The problem of a required field left out, or given as empty text (or only spaces)."""
    if type(value) is list:  # `sources: []`, a CSV cell of `;;`: given, and empty
        return Problem(rec.file, rec.line_of(name), name, "is empty: list at least one")
    if type(value) is not str:
        return Problem(rec.file, rec.line, name, "required field is missing")
    what = "is empty (only whitespace)" if value else "is empty"
    return Problem(rec.file, rec.line_of(name), name, what)


def references(rec: Record) -> Iterator[tuple[str, str, str]]:
    """(field, kind it refers to, key) for each reference a checked record holds."""
    values = rec.values
    for f in _spec(rec.kind).refs:
        value = values.get(f.name)
        if value is None:
            continue
        if f.type == "history":  # each status change cites its own sources
            for event in value:
                for ref in event.get("sources") or []:
                    yield f.name, "sources", ref
            continue
        target = SUBJECT_KIND.get(values.get("subject_type", "")) if f.name == "subject" else f.ref
        if not target:
            continue
        if isinstance(value, list):
            for ref in value:
                yield f.name, target, ref
        else:
            yield f.name, target, value


# The links between frameworks that may not come back to where they began, and what a link
# of each says one framework did to another.
_LINKS = {"part_of": "been part of", "replaced": "replaced"}


def _cycles(edges: dict[str, str]) -> list[list[str]]:
    """The cycles of a graph in which each node has at most one parent, each once, in the order
    its links are followed.

    >>> _cycles({"a": "b", "b": "a", "c": "a", "d": "e"})
    [['a', 'b']]
    """
    state: dict[str, int] = {}  # 1: on the path being followed, 2: done
    found = []
    for start in edges:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in state:
            state[node] = 1
            path.append(node)
            node = edges.get(node)
        if node is not None and state[node] == 1:
            found.append(path[path.index(node) :])
        for n in path:
            state[n] = 2
    return found


def _hash(kind: str, identity: tuple[Any, ...]) -> int:
    return hash((kind, identity))


def _repeated(hashes: array[int]) -> set[int]:
    """The values that occur more than once."""
    if len(hashes) < 200_000:
        seen: set[int] = set()
        return {h for h in hashes if h in seen or seen.add(h)}  # type: ignore[func-returns-value]
    import numpy as np  # a sort of 8-byte integers: a fraction of a set's memory at millions

    ordered = np.sort(np.frombuffer(hashes, dtype=np.int64))
    return set(ordered[1:][ordered[1:] == ordered[:-1]].tolist())


@dataclass(frozen=True)
class _Spec:
    names: frozenset[str]
    fields: tuple[Field, ...]
    refs: tuple[Field, ...]
    # the fields a record names its node by, as the questions look it up (code, key, acronym,
    # name, aliases: ``schema.NAME_SOURCES``); none for a kind not found by name
    name_fields: tuple[str, ...] = ()
    # those of them that are free text (a name, an acronym, aliases), not a checked key or code
    text_names: frozenset[str] = frozenset()


_SPECS: dict[str, _Spec] = {}
_EMPTY = (str, list)


def _spec(kind: Kind) -> _Spec:
    spec = _SPECS.get(kind.name)
    if spec is None:
        refs = tuple(f for f in kind.fields if f.ref or f.name == "subject" or f.type == "history")
        node = kind.node
        name_fields: tuple[str, ...] = ()
        if node is not None and node.label in NAMED_LABELS:
            written = {node.key, *node.props}
            name_fields = tuple(f for f in (*NAME_SOURCES, "aliases") if f in written)
        text_names = frozenset(n for n in name_fields if kind.field(n).type in ("text", "texts"))
        spec = _SPECS[kind.name] = _Spec(
            frozenset(kind.field_names), kind.fields, refs, name_fields, text_names
        )
    return spec


_KIND_ORDER = {k.name: i for i, k in enumerate(KINDS)}

# What a character that is no letter is called in a problem (control characters have no name).
_CONTROL_NAMES = {"\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN"}
# The scripts whose letters look like Latin ones: a name mixing them with Latin is a lookalike.
_LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK")


def _char(ch: str) -> str:
    """A character as a problem names it: itself (escaped where it does not print), its code
    point and its Unicode name.

    >>> _char("\\u200b")
    "'\\\\u200b' (U+200B ZERO WIDTH SPACE)"
    """
    name = _CONTROL_NAMES.get(ch) or unicodedata.name(ch, "") or unicodedata.category(ch)
    shown = ascii(ch) if not ch.isprintable() else repr(ch)
    return f"{shown} (U+{ord(ch):04X} {name})"


def _name_problem(text: str) -> str | None:
    """What makes ``text`` unfit to name an entity, if anything: a character that prints as
    nothing or moves the text (a format character: zero-width, bidi override; a control
    character, a line or paragraph separator), a form that Unicode compatibility
    normalisation (NFKC) changes, as the questions read it (full-width ISRAEL, U+FF29 U+FF33
    ..., is ISRAEL), or Latin letters mixed with Cyrillic or Greek lookalikes (``Isr\\u0430el``,
    its a Cyrillic). Each would let a name look like, or be read as, another entity's.

    >>> _name_problem("Israel"), _name_problem("\\u0423\\u043a\\u0440\\u0430\\u0457\\u043d\\u0430")
    (None, None)
    >>> _name_problem("Isr\\u0430el")[:40]
    'mixes Latin letters with Cyrillic ones ('
    """
    for ch in text:
        if unicodedata.category(ch) in ("Cf", "Cc", "Cs", "Zl", "Zp"):
            return (
                f"holds {_char(ch)}, an invisible or line-breaking character: a name, acronym "
                "or alias may hold no format, control or line-separator character (it would "
                "look like another name)"
            )
    normal = unicodedata.normalize("NFKC", text)
    if normal != text:
        return (
            f"is read by the questions as {_show(normal)} (Unicode compatibility normalisation, "
            "NFKC, changes it: full-width or other compatibility characters): write it as that"
        )
    latin, other = False, None
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            latin = latin or script == "LATIN"
            if script in _LOOKALIKE_SCRIPTS and other is None:
                other = ch
    if latin and other is not None:
        script = unicodedata.name(other).split(" ")[0].capitalize()
        return (
            f"mixes Latin letters with {script} ones ({_char(other)}): a lookalike of a Latin "
            "name; write a name in one script"
        )
    return None


def _plain_text(value: str) -> bool:
    return len(value) <= MAX_TEXT and not has_control(value)


# Text that is valid as it stands for a field type, tested without building anything.
_SIMPLE: dict[str, Callable[[str], object]] = {
    "text": _plain_text,
    "key": KEY_RE.match,
    "code": CODE_RE.match,
    "iso3": ISO3_RE.match,
    "date": lambda v: _DATES.get(v) == v,
}


def validate(records: Iterable[Record], known: dict[str, set[str]] | None = None) -> list[Problem]:
    """Check records in place (values are normalised); return every problem found.

    ``known`` holds keys already known per kind (e.g. the bundled data when
    validating user files); references may point at them.
    """
    # in the order of KINDS, as a load reads them: the facts of a kind come before their users
    records = sorted(records, key=lambda rec: _KIND_ORDER.get(rec.kind.name, -1))
    validator = Validator(known)
    for rec in records:
        validator.check(rec)
    return validator.finish(lambda: records)


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is surely before date ``b``, compared at the precision both have
    (``2004`` is not before ``2004-12``: the same year).

    >>> _before("2004", "2004-12"), _before("2004-11", "2004-12"), _before("2005", "2004-12")
    (False, True, False)
    """
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _url_problem(url: str) -> str | None:
    """What is wrong with a source's url, if anything: only a web address with a host is one
    (answers and views print it as a link, so ``javascript:`` or ``file:`` must not get there).

    >>> _url_problem("https://www.nato.int/cps/en/natohq/topics_52927.htm"), _url_problem("x")
    (None, "'x' is not a web address: give an http:// or https:// URL with a host")
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "http://[::1": an unclosed IPv6 host
        parts, host = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host:
        return f"{_show(url)} is not a web address: give an http:// or https:// URL with a host"
    if any(c.isspace() for c in url):
        return f"{_show(url)} holds a space: write it as %20"
    return None


def _check_rules(rec: Record, report: Callable[[Problem], None], invalid: set[str]) -> None:
    """Rules across fields of one record; ``invalid`` fields were reported already."""
    v = rec.values
    if rec.kind.name == "sources" and "url" in v and "url" not in invalid:
        wrong = _url_problem(v["url"])
        if wrong:
            report(Problem(rec.file, rec.line_of("url"), "url", wrong))
    if rec.kind.name == "frameworks" and v.get("listed_part") and v.get("listed") != "some":
        report(
            Problem(
                rec.file, rec.line_of("listed_part"), "listed_part", "given without `listed: some`"
            )
        )
    if rec.kind.name == "institutions":
        said = [name for name in ("status", "status_changed") if name in v and name not in invalid]
        if said == ["status"]:
            report(
                Problem(
                    rec.file,
                    rec.line_of("status"),
                    "status_changed",
                    f"required when status is {v['status']}",
                )
            )
        elif said == ["status_changed"]:
            report(
                Problem(
                    rec.file,
                    rec.line_of("status_changed"),
                    "status_changed",
                    "given without a `status`",
                )
            )
    if rec.kind.name == "partnerships":
        status = v.get("status")
        missing = {
            name for name in ("joined", "status_changed") if name not in v and name not in invalid
        }
        if status and status not in ("invited", "requested") and "joined" in missing:
            report(Problem(rec.file, rec.line, "joined", f"required when status is {status}"))
        if (
            status
            and status not in ("active", "invited", "requested")
            and "status_changed" in missing
        ):
            report(
                Problem(rec.file, rec.line, "status_changed", f"required when status is {status}")
            )
        extra = [
            k
            for k in v.get("joined_sources") or []
            if isinstance(k, str) and isinstance(v.get("sources"), list) and k not in v["sources"]
        ]
        if extra and "joined_sources" not in invalid:  # the join is part of the fact it cites
            report(
                Problem(
                    rec.file,
                    rec.line_of("joined_sources"),
                    "joined_sources",
                    f"{extra[0]!r} is not among the partnership's sources",
                )
            )
        if v.get("confidence") == "unverified":  # a dated event is never surer than its fact
            # but the join: a partnership whose present state alone is unsure (an IPAP agreed on
            # a day NATO gives, not known to be still in force) may have a confirmed join
            if v.get("joined_confidence") == "confirmed" and v.get("status") != "active":
                report(
                    Problem(
                        rec.file,
                        rec.line_of("joined_confidence"),
                        "joined_confidence",
                        "cannot be confirmed when the partnership is unverified, unless only "
                        "its present state is (status: active)",
                    )
                )
            for i, event in enumerate(v.get("history") or [], 1):
                if event.get("confidence") == "confirmed":
                    report(
                        Problem(
                            rec.file,
                            rec.line_of("history"),
                            "history",
                            f"entry {i}: confidence cannot be confirmed when the partnership "
                            "is unverified",
                        )
                    )
        for field in ("joined_confidence", "joined_basis", "joined_by", "joined_earliest"):
            if v.get(field) and not v.get("joined"):
                report(Problem(rec.file, rec.line_of(field), field, "given without a joined date"))
        joined, changed = v.get("joined"), v.get("status_changed")
        _check_earliest(rec, report, invalid)
        by = v.get("joined_by")
        if by and joined and "joined_by" not in invalid:
            if v.get("joined_confidence") != "unverified":  # a sure join needs no bound
                report(
                    Problem(
                        rec.file,
                        rec.line_of("joined_by"),
                        "joined_by",
                        "given without joined_confidence: unverified (a confirmed join date "
                        "needs no latest date)",
                    )
                )
            if _before(by, joined):
                report(
                    Problem(
                        rec.file,
                        rec.line_of("joined_by"),
                        "joined_by",
                        f"{by} is before joined {joined}",
                    )
                )
        if joined and changed and _before(changed, joined):
            report(
                Problem(
                    rec.file,
                    rec.line_of("status_changed"),
                    "status_changed",
                    f"{changed} is before joined {joined}",
                )
            )
        history = v.get("history")
        if history:
            if joined and _before(history[0]["date"], joined):
                report(
                    Problem(
                        rec.file,
                        rec.line_of("history"),
                        "history",
                        f"{history[0]['date']} is before joined {joined}",
                    )
                )
            last = history[-1]
            if status and (last["status"] != status or (changed and last["date"] != changed)):
                report(
                    Problem(
                        rec.file,
                        rec.line_of("history"),
                        "history",
                        "the last entry must be the current status and status_changed",
                    )
                )
        if "history" not in invalid:
            _check_steps(rec, report)
    if rec.kind.name == "frameworks" and v.get("key"):
        for field, what in _LINKS.items():
            if v.get(field) == v["key"]:
                report(
                    Problem(
                        rec.file,
                        rec.line_of(field),
                        field,
                        f"{v['key']!r} is this framework's own key: a framework cannot have "
                        f"{what} itself",
                    )
                )
    for start, end in (
        ("launched", "ended"), ("start", "end"), ("since", "until"), ("start", "nato_led_from"),
    ):  # fmt: skip
        # compared at the precision both have: "2010" is not before "2010-05"
        if v.get(start) and v.get(end) and _before(v[end], v[start]):
            report(
                Problem(rec.file, rec.line_of(end), end, f"{v[end]} is before {start} {v[start]}")
            )
    led, ended = v.get("nato_led_from"), v.get("end")
    if led and ended and _before(ended, led):  # the lead is the wrong date, not the end
        message = f"{led} is after end {ended}: NATO cannot take the lead after the operation ended"
        report(Problem(rec.file, rec.line_of("nato_led_from"), "nato_led_from", message))


# The statuses a partnership has once it was joined; `invited` and `requested` come before.
_NOT_YET = ("invited", "requested")
# The statuses of a partnership that is over: all an Ally's partnership may be after accession.
_OVER = ("became_member", "ended", "superseded")


def _check_steps(rec: Record, report: Callable[[Problem], None]) -> None:
    """A partnership's history is a list of changes, in the order they came: each step once, each
    a change from the step before it (the join is the first, as ``active``), and no invitation
    or request once the partner had joined. Answers print each step as an event: a step that
    repeats another, or changes nothing, is an event that never happened ("2010 resumed" twice)."""
    v = rec.values
    joined, history = v.get("joined"), v.get("history") or []

    def refuse(message: str) -> None:
        report(Problem(rec.file, rec.line_of("history"), "history", message))

    previous = f"from joining, {joined}" if joined else None
    status_before = "active" if joined else None
    entered = joined  # when the partner had joined, if it has
    seen: dict[tuple[str, str], int] = {}
    flagged = False
    for i, event in enumerate(history, 1):
        date, status = event["date"], event["status"]
        first = seen.setdefault((date, status), i)
        if first != i:
            refuse(f"entry {i} repeats entry {first} ({date} {status}): give each change once")
            flagged = True
            continue
        if status in _NOT_YET and entered:
            refuse(
                f"entry {i}: {status} {date}, after the partner had joined ({entered}): an "
                f"invitation or request comes before joining, not after"
            )
            flagged = True
        elif status == status_before:
            refuse(
                f"entry {i}: {status} {date} changes nothing: the partnership was already "
                f"{status} ({previous}); a history lists changes of status, so leave the entry out"
            )
            flagged = True
        if status not in _NOT_YET and not entered:
            entered = date
        previous, status_before = f"entry {i}, {date}", status
    status = v.get("status")
    if status in _NOT_YET and joined and not flagged:
        report(
            Problem(
                rec.file,
                rec.line_of("status"),
                "status",
                f"{status}, yet joined {joined} is given: a partnership that was joined is not "
                f"{status} (an invitation or request comes before joining); give joined only "
                "once the partner has joined",
            )
        )


def _check_earliest(rec: Record, report: Callable[[Problem], None], invalid: set[str]) -> None:
    """The lower bounds of a partnership's uncertain dates: ``joined_earliest`` for the join,
    ``earliest`` for a change of its history. Only a date that is not settled has one (a join
    dated from a ``joined_basis`` or held as unverified, a change held as unverified), and a bound
    must not be after its date; a change's must not be before the event before it either, where
    it would bound nothing."""
    v = rec.values
    joined, earliest = v.get("joined"), v.get("joined_earliest")
    if earliest and joined and "joined_earliest" not in invalid:
        problem = None
        if not v.get("joined_basis") and "unverified" not in (
            v.get("joined_confidence"),
            v.get("confidence"),
        ):
            problem = (
                "given without joined_basis or joined_confidence: unverified (a join confirmed as "
                "a formal accession begins on its date; it needs no earliest date)"
            )
        elif _before(joined, earliest):
            problem = (
                f"{earliest} is after joined {joined} (the earliest a date can be is not after it)"
            )
        if problem:
            report(Problem(rec.file, rec.line_of("joined_earliest"), "joined_earliest", problem))
    previous = joined
    for i, event in enumerate(v.get("history") or [], 1):
        bound = event.get("earliest")
        if bound and "unverified" not in (event.get("confidence"), v.get("confidence")):
            report(
                Problem(
                    rec.file,
                    rec.line_of("history"),
                    "history",
                    f"entry {i}: earliest given for a change whose date is confirmed (give "
                    "confidence: unverified for a date only bounded by the sources)",
                )
            )
        elif bound and previous and _before(bound, previous):
            report(
                Problem(
                    rec.file,
                    rec.line_of("history"),
                    "history",
                    f"entry {i}: earliest {bound} is before the event before it ({previous}): a "
                    "change comes after that anyway, so the bound says nothing",
                )
            )
        previous = event["date"]
