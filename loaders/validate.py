"""Checking every record before anything is written.

All problems are collected and reported as ``file:line: field: what is wrong``;
a data set with any problem writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from nato_graph.errors import NatoGraphError
from nato_graph.loaders.files import Problem, Record
from nato_graph.loaders.model import SUBJECT_KIND, Field
from nato_graph.text import clip, has_control

# \Z, not $ (which also matches before a final newline: "ISR\n" is no code); [0-9], not \d
# (which takes any Unicode digit: "١٩٩٥" is no ISO date, and would sort wrongly as text).
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,63}\Z")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}\Z")
ISO3_RE = re.compile(r"^[A-Z]{3}\Z")
DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
MAX_TEXT = 10_000


class ValidationError(NatoGraphError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(
            f"{count} in the data; nothing was written:\n" + "\n".join(map(str, problems))
        )


def parse_date(value: Any) -> str:
    """Normalise a date value to an ISO string at its own precision; raise ValueError.

    >>> parse_date("1995-02"), parse_date(1995), parse_date(dt.date(2023, 4, 4))
    ('1995-02', '1995', '2023-04-04')
    """
    if isinstance(value, dt.datetime):
        value = value.date()
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
    if not 1800 <= (year or 0) <= 2100:
        raise ValueError(f"{_show(value)}: year out of range 1800-2100")
    return value.strip()


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 60, 60


def _show(value: Any, limit: int = 40) -> str:
    # reprlib for containers: a YAML alias "bomb" is a small file that expands to a huge value.
    text = repr(value) if isinstance(value, str) else _REPR.repr(value)
    return clip(text, limit)


def _check_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"expected text, got {_show(value)}")
    text = str(value)
    if has_control(text):
        raise ValueError("contains control characters")
    if len(text) > MAX_TEXT:
        raise ValueError(f"longer than {MAX_TEXT} characters")
    return text


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
            raise ValueError("expected a list of {date, status, sources, note}")
        out = []
        for i, entry in enumerate(value, 1):
            if (
                not isinstance(entry, dict)
                or set(entry) - {"date", "status", "sources", "note"}
                or not {"date", "status"} <= set(entry)
            ):
                raise ValueError(f"entry {i}: expected {{date, status, sources, note}}")
            status = entry["status"]
            from nato_graph.schema import PARTNERSHIP_STATUSES

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
            out.append(
                {"date": date, "status": status, "sources": sources,
                 "note": _check_text(entry.get("note") or "")}
            )  # fmt: skip
        if [e["date"] for e in out] != sorted(e["date"] for e in out):
            raise ValueError("entries must be in date order")
        return out
    raise AssertionError(f"unknown field type {f.type}")


def validate(records: Iterable[Record], known: dict[str, set[str]] | None = None) -> list[Problem]:
    """Check records in place (values are normalised); return every problem found.

    ``known`` holds keys already known per kind (e.g. the bundled data when
    validating user files); references may point at them.
    """
    records = list(records)
    problems: list[Problem] = []
    keys: dict[str, set[str]] = defaultdict(set, {k: set(v) for k, v in (known or {}).items()})
    seen: dict[tuple[str, tuple[Any, ...]], Record] = {}

    for rec in records:
        kind = rec.kind
        invalid = set(rec.unreadable)  # reported once already: not "missing" as well
        for name in list(rec.values):
            if name not in kind.field_names:
                problems.append(
                    Problem(
                        rec.file,
                        rec.line_of(name),
                        name,
                        f"unknown field (expected one of {', '.join(kind.field_names)})",
                    )
                )
                del rec.values[name]
        for f in kind.fields:
            value = rec.values.get(f.name)
            if value is None or value == "" or value == []:
                rec.values.pop(f.name, None)
                if f.required and f.name not in invalid:
                    problems.append(
                        Problem(rec.file, rec.line, f.name, "required field is missing")
                    )
                continue
            try:
                rec.values[f.name] = _check_value(f, value)
            except ValueError as exc:
                problems.append(Problem(rec.file, rec.line_of(f.name), f.name, str(exc)))
                rec.values.pop(f.name)
                invalid.add(f.name)
        identity = tuple(rec.values.get(n) for n in kind.identity)
        if None not in identity:
            first = seen.get((kind.name, identity))
            if first is not None:
                where = f"{first.file}:{first.line}"
                problems.append(
                    Problem(
                        rec.file,
                        rec.line,
                        kind.identity[0],
                        f"duplicate {'/'.join(map(str, identity))} (first at {where})",
                    )
                )
            else:
                seen[(kind.name, identity)] = rec
                if len(kind.identity) == 1:
                    keys[kind.name].add(str(identity[0]))
        _check_rules(rec, problems, invalid)

    for rec in records:
        for f in rec.kind.fields:
            target = (
                SUBJECT_KIND.get(rec.values.get("subject_type", ""))
                if f.name == "subject"
                else f.ref
            )
            value = rec.values.get(f.name)
            if f.type == "history" and value:  # each status change cites its own sources
                target, value = "sources", [k for e in value for k in e["sources"]]
            if not target or value is None:
                continue
            for ref in value if isinstance(value, list) else [value]:
                if ref not in keys[target]:
                    problems.append(
                        Problem(
                            rec.file, rec.line_of(f.name), f.name, f"{ref!r} is not in {target}"
                        )
                    )
    problems.sort(key=lambda p: (p.file, p.line))
    return problems


def _check_rules(rec: Record, problems: list[Problem], invalid: set[str]) -> None:
    """Rules across fields of one record; ``invalid`` fields were reported already."""
    v = rec.values
    if rec.kind.name == "partnerships":
        status = v.get("status")
        missing = {
            name for name in ("joined", "status_changed") if name not in v and name not in invalid
        }
        if status and status not in ("invited", "requested") and "joined" in missing:
            problems.append(
                Problem(rec.file, rec.line, "joined", f"required when status is {status}")
            )
        if (
            status
            and status not in ("active", "invited", "requested")
            and "status_changed" in missing
        ):
            problems.append(
                Problem(rec.file, rec.line, "status_changed", f"required when status is {status}")
            )
        joined, changed = v.get("joined"), v.get("status_changed")
        if joined and changed and changed < joined:
            problems.append(
                Problem(
                    rec.file,
                    rec.line_of("status_changed"),
                    "status_changed",
                    f"{changed} is before joined {joined}",
                )
            )
        history = v.get("history")
        if history:
            if joined and history[0]["date"] < joined:
                problems.append(
                    Problem(
                        rec.file,
                        rec.line_of("history"),
                        "history",
                        f"{history[0]['date']} is before joined {joined}",
                    )
                )
            last = history[-1]
            if status and (last["status"] != status or (changed and last["date"] != changed)):
                problems.append(
                    Problem(
                        rec.file,
                        rec.line_of("history"),
                        "history",
                        "the last entry must be the current status and status_changed",
                    )
                )
    for start, end in (("launched", "ended"), ("start", "end")):
        if v.get(start) and v.get(end) and v[end] < v[start]:
            problems.append(
                Problem(rec.file, rec.line_of(end), end, f"{v[end]} is before {start} {v[start]}")
            )
