"""The catalogue of canned questions: ``queries/*.cypher`` files with a parsed header.

A file starts with a comment header, then the Cypher::

    // name: framework-members
    // title: Partners of a framework
    // description: Every country that takes part in a framework, when it joined
    //   and its status now.
    // param: framework string = "MD" (example "ICI") -- a framework by acronym, key or name
    // param: status string = null (example "active") -- only partnerships with this status
    // columns: partner, iso3, joined, status
    // empty: the data records no partner of the framework (with that status, where one was given)
    MATCH ...

A ``check`` line names what a parameter must be (``// check: country country``; kinds in
``CHECK_KINDS``, verified by queries/checks.py), or that two parameters must name different
entities (``// check: to other_than from``: "from Japan to JPN" is no question).

An ``empty`` line says what an answer with no rows means ("no fact links them directly": try
``connection``); the command line prints it, on stderr, after an empty answer. A ``partners-of``
line names the parameters whose framework's partners the answer lists or rests on
(``// partners-of: framework``): where one names a framework the data holds no partner of (the
NACC), an empty answer says that, not its ``empty`` line, which would read as a fact about the
partners ("no partner of that framework became a NATO member"). A partner is one link from its
framework, so an answer of direct links rests on the partners only beside a country; one whose
chains may be longer (a ``max_hops`` of two or more: ``connection``) rests on them beside anything.
Where it names a framework whose partners the data lists only in part (``listed: some`` in
``frameworks.yaml``: the PII's Enhanced Opportunities Partners), the answer gets a note saying so
(``LISTED_IN_PART``). An ``as-partner`` line names the parameters whose country the answer reads
as a partner (``// as-partner: country``): an Ally named gets a note that it is one, and since
when, or that it never was a partner; ``// as-partner: a b -- TEXT`` gives the note's own words
after that (shared-threats: the data records no cooperation areas for Allies).

A parameter named ``limit`` caps the rows of an answer (``LIMIT $limit``). The catalogue asks for
one row more than that: an answer that had more is cut to the limit and says so in its notes, so
that 2000 paths of a neighbourhood's 3,800 are not read as all of them. A ranked question names
its ranking column (``// ranked-by: score``): where the cut runs through a tie (the first row
left out scores as the last one kept), the note says so.

Values in ``param`` lines are JSON. A parameter takes null only when null is its default or its
text says what null means ("null for all"); an integer's text may state its range ("1 to 6",
"at least 1"), which ``bind`` enforces: the text a user reads is the rule. Every file runs as it
is on Neo4j 5 and on the embedded store (the tests compare their rows on both).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nato_graph.errors import NatoGraphError
from nato_graph.queries import QUERY_DIR

if TYPE_CHECKING:
    from nato_graph.records import Result

TYPES = ("string", "integer", "float", "boolean", "list")
# What a `// check:` line may require of a parameter (queries/checks.py verifies it).
CHECK_KINDS = ("country", "framework", "threat", "operation", "region", "entity",
               "country_or_framework", "framework_or_nato", "status", "past_year",
               "span_end", "document", "claim", "country_or_text")  # fmt: skip
# `// check: B other_than A`: B and A must not name the same entity (checks.different).
OTHER_THAN = "other_than"
# The parameter that caps an answer's rows: an answer cut there says so (``run``).
LIMIT = "limit"
# The parameter that sets how many links an answer's chains may have (one without it).
HOPS = "max_hops"


class CatalogueError(NatoGraphError):
    """An unknown question, a bad parameter, or a malformed query file."""


_RANGE = re.compile(r"\b(\d+) to (\d+)\b")
_AT_LEAST = re.compile(r"\bat least (\d+)\b")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any
    example: Any
    description: str

    @property
    def nullable(self) -> bool:
        """Whether null is a value this parameter takes: its default, or its text says what null means."""
        return self.default is None or "null" in self.description

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """An integer parameter's range as its text states it: "1 to 6", "at least 1"."""
        if self.type != "integer":
            return None, None
        if m := _RANGE.search(self.description):
            return int(m.group(1)), int(m.group(2))
        if m := _AT_LEAST.search(self.description):
            return int(m.group(1)), None
        return None, None

    def coerce(self, value: Any, query: str) -> Any:
        """Turn a value (often command-line text) into this parameter's type, within its range."""
        if value is None:
            if self.nullable:
                return None
            raise CatalogueError(
                f"{query}: parameter {self.name!r} needs a value, null leaves the question "
                f"unanswerable (default {json.dumps(self.default, ensure_ascii=False)})"
            )
        coerced = self._coerce(value, query)
        low, high = self.bounds
        if (low is not None and coerced < low) or (high is not None and coerced > high):
            what = f"{low} to {high}" if high is not None else f"at least {low}"
            raise CatalogueError(f"{query}: parameter {self.name!r} must be {what}, got {coerced}")
        return coerced

    def _coerce(self, value: Any, query: str) -> Any:
        given = value  # said as typed: "1e3", not the 1000.0 JSON reads it as
        try:
            if self.type == "string" and not isinstance(value, list | tuple | Mapping):
                # a number or true typed where text goes reads as its text ("--param x 017")
                return value if isinstance(value, str) else json.dumps(value)
            if self.type in ("integer", "float", "boolean") and isinstance(value, str):
                # text is no number or true/false, even text that reads as one (limit="5", the
                # command line's '"5"'): refused below, as given
                raise ValueError(value)
            if self.type == "list" and isinstance(value, str):
                value = (
                    json.loads(value)
                    if value.lstrip().startswith("[")
                    else [v.strip() for v in value.split(",") if v.strip()]
                )
            if self.type == "integer" and isinstance(value, int) and not isinstance(value, bool):
                return value
            if (
                self.type == "float"
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                return float(value)
            if self.type == "boolean" and isinstance(value, bool):
                return value
            if self.type == "list" and isinstance(value, list):
                return value
        except ValueError:
            pass
        raise CatalogueError(
            f"{query}: parameter {self.name!r} expects {self._expects()}, got {_as_given(given)}"
        )

    def _expects(self) -> str:
        """What the parameter takes, with its own example from the header (a year's example for
        `limit` would mislead)."""
        low, high = self.bounds
        span = (
            f" {low} to {high}" if high is not None
            else f" of at least {low}" if low is not None
            else ""
        )  # fmt: skip
        what = {"integer": f"a whole number{span}", "float": "a number", "boolean": "true or false",
                "list": "a JSON list or comma-separated values", "string": "text"}[self.type]  # fmt: skip
        if self.type in ("integer", "float", "list") and self.example is not None:
            what += f", e.g. {json.dumps(self.example, ensure_ascii=False, separators=(',', ':'))}"
        return what


def _as_given(value: Any) -> str:
    """A value as the user wrote it: JSON spelling (``true``, ``null``, ``[1,2]``), text quoted."""
    from nato_graph.text import clip, escape_control

    if isinstance(value, str):
        return clip(escape_control(repr(value)), 80)
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        shown = repr(value)
    return clip(escape_control(shown), 80)


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str  # the whole file, header included: what Neo4j Browser gets
    path: Path
    checks: tuple[tuple[str, str], ...] = ()  # (parameter, kind): see queries/checks.py
    empty: str | None = None  # what an answer with no rows means (`// empty:`)
    # What a reader must know to read any answer of it right, printed below its table
    # (`// caveat:`): what a score counts, that a count includes former partners, ...
    caveat: str | None = None
    # (first, second): parameters that must not name the same entity (`// check: B other_than A`)
    distinct: tuple[tuple[str, str], ...] = ()
    # parameters whose framework's partners the answer lists or rests on (`// partners-of:`)
    partners_of: tuple[str, ...] = ()
    # parameters whose country the answer reads as a partner (`// as-partner:`): an Ally named
    # gets a note that it is one, and since when
    as_partner: tuple[str, ...] = ()
    # what the note on an Ally named by an `as-partner` parameter says of it, where the
    # question's own words are needed (`// as-partner: a b -- TEXT`)
    ally_note: str | None = None
    # the column a `limit`-ed answer is ranked by (`// ranked-by: score`): a cut through rows of
    # the same value is named in the answer's notes
    ranked_by: str | None = None

    @property
    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    @property
    def examples(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Defaults overlaid with ``given``, checked and coerced; errors list the valid names."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            valid = ", ".join(known) or "none"
            raise CatalogueError(
                f"{self.name}: unknown parameter {unknown[0]!r}; valid parameters: {valid}"
            )
        bound = {name: p.coerce(given.get(name, p.default), self.name) for name, p in known.items()}
        first, last = bound.get("from"), bound.get("to")
        if isinstance(first, int) and isinstance(last, int) and first > last:  # a span of years
            raise CatalogueError(f"{self.name}: 'from' {first} is after 'to' {last}")
        return bound

    def browser_params(self, values: dict[str, Any] | None = None) -> str:
        """``:param`` lines for Neo4j Browser."""
        values = {**self.defaults, **(values or {})}
        return "\n".join(
            f":param {name} => {json.dumps(values[name], ensure_ascii=False)};" for name in values
        )


_HEADER = re.compile(r"^//\s?(?P<body>.*)$")
_FIELD = re.compile(
    r"^(?P<key>name|title|description|param|columns|engine|check|empty|caveat|partners-of|as-partner|ranked-by):\s*(?P<value>.*)$"
)
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s*=\s*(?P<default>.+?)\s+\(example\s+(?P<example>.+?)\)\s+--\s+(?P<text>.+)$"
)


def parse(path: Path) -> Query:
    """Parse one query file's header; raise CatalogueError naming the line at fault."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line.strip())
        if not m:
            break
        body = m.group("body")
        f = _FIELD.match(body)
        if f:
            last = f.group("key")
            fields.setdefault(last, []).append(f.group("value").strip())
        elif body.startswith(" ") and last in ("description", "title", "empty", "caveat"):
            fields[last][-1] += " " + body.strip()
        elif body.strip() and last is None:
            raise CatalogueError(f"{path.name}:{number}: header lines are `// field: value`")
    for required in ("name", "title", "description", "columns"):
        if required not in fields:
            raise CatalogueError(f"{path.name}: header has no `// {required}:` line")
    params = []
    for spec in fields.get("param", []):
        m = _PARAM.match(spec)
        if not m:
            raise CatalogueError(
                f"{path.name}: cannot parse `param: {spec}`; expected "
                "`param: NAME TYPE = DEFAULT (example EXAMPLE) -- what it accepts`"
            )
        if m.group("type") not in TYPES:
            raise CatalogueError(
                f"{path.name}: parameter {m.group('name')} has unknown type {m.group('type')}"
            )
        try:
            default, example = json.loads(m.group("default")), json.loads(m.group("example"))
        except ValueError as exc:
            raise CatalogueError(
                f"{path.name}: parameter {m.group('name')}: default/example must be JSON ({exc})"
            ) from None
        params.append(Param(m.group("name"), m.group("type"), default, example, m.group("text")))
    checks, distinct = [], []
    names = {p.name for p in params}
    for spec in fields.get("check", []):
        parts = spec.split()
        if len(parts) == 3 and parts[1] == OTHER_THAN and parts[0] != parts[2]:
            if {parts[0], parts[2]} <= names:
                distinct.append((parts[2], parts[0]))
                continue
        elif len(parts) == 2 and parts[1] in CHECK_KINDS and parts[0] in names:
            checks.append((parts[0], parts[1]))
            continue
        raise CatalogueError(
            f"{path.name}: cannot parse `check: {spec}`; expected `check: PARAMETER KIND` "
            f"with KIND one of {', '.join(CHECK_KINDS)}, or `check: PARAMETER {OTHER_THAN} "
            "OTHER_PARAMETER`"
        )
    partners_of = tuple(p for spec in fields.get("partners-of", []) for p in spec.split())
    checked = {p for p, k in checks if k in _FRAMEWORK_KINDS}
    for param in partners_of:
        if param not in checked:
            raise CatalogueError(
                f"{path.name}: `partners-of: {param}` names no parameter checked as a framework "
                f"(a `check:` of kind {', '.join(_FRAMEWORK_KINDS)})"
            )
    # `as-partner: a b -- TEXT`: TEXT, where given, is what the note on an Ally says of it
    specs = [spec.partition(" -- ") for spec in fields.get("as-partner", [])]
    as_partner = tuple(p for names_given, _, _ in specs for p in names_given.split())
    ally_note = next((text.strip() for _, _, text in specs if text.strip()), None)
    countries = {p for p, k in checks if k in ("country", "country_or_framework")}
    for param in as_partner:
        if param not in countries:
            raise CatalogueError(
                f"{path.name}: `as-partner: {param}` names no parameter checked as a country"
            )
    columns = tuple(c.strip() for c in fields["columns"][0].split(","))
    ranked_by = fields["ranked-by"][0] if "ranked-by" in fields else None
    if ranked_by is not None and (ranked_by not in columns or LIMIT not in names):
        raise CatalogueError(
            f"{path.name}: `ranked-by: {ranked_by}` must name one of its columns, in a question "
            f"with a `{LIMIT}` parameter"
        )
    name = fields["name"][0]
    if name != path.name.split(".")[0]:
        raise CatalogueError(f"{path.name}: header name {name!r} does not match the file name")
    return Query(
        name=name,
        title=fields["title"][0],
        description=fields["description"][0],
        params=tuple(params),
        columns=columns,
        text=text,
        path=path,
        checks=tuple(checks),
        empty=fields["empty"][0] if "empty" in fields else None,
        caveat=fields["caveat"][0] if "caveat" in fields else None,
        distinct=tuple(distinct),
        partners_of=partners_of,
        as_partner=as_partner,
        ally_note=ally_note,
        ranked_by=ranked_by,
    )


def _cut_note(query: Query, rows: list[dict[str, Any]], limit: int) -> str:
    """What an answer cut at ``limit`` of ``rows`` (one more than the limit) says of the cut: that
    there are more, and where the first row left out ranks as the last one kept, that the cut
    runs through a tie, which a reader of the top three would otherwise take for a ranking."""
    cut = f"{LIMIT}: the answer is cut at {limit} row{'s' if limit != 1 else ''}"
    column = query.ranked_by
    if column is not None and rows[limit].get(column) == rows[limit - 1].get(column):
        return (
            f"{cut}, through a tie: the next ranks level with the last one listed ({column} "
            f"{rows[limit - 1].get(column)}), and the order within a tie is alphabetical, not a "
            f"ranking; a larger {LIMIT} lists the rest"
        )
    return f"{cut}; there are more (a larger {LIMIT} lists them)"


# The kinds of check that may name a framework (a `partners-of` parameter is one of them).
_FRAMEWORK_KINDS = ("framework", "framework_or_nato", "country_or_framework", "entity")


@cache
def catalogue() -> dict[str, Query]:
    """Every canned question, by name."""
    return {q.name: q for q in (parse(p) for p in sorted(QUERY_DIR.glob("*.cypher")))}


def get(name: str) -> Query:
    if not isinstance(name, str):
        raise CatalogueError(
            f"a question's name must be text naming a canned question (`nato-graph query list`), "
            f"got {_as_python(name)}"
        )
    queries = catalogue()
    if name in queries:
        return queries[name]
    # a part of a name ("members", "turned-allies"), else a near spelling ("timline"); not any
    # name that shares a few letters ("nonexistent" is no "known-errors")
    wanted = name.strip().lower()
    holding = [q for q in queries if len(wanted) >= 4 and wanted in q]
    close = difflib.get_close_matches(
        wanted, holding or list(queries), n=1, cutoff=0 if holding else 0.6
    )
    hint = f"; did you mean {close[0]!r}?" if close else "; see `nato-graph query list`"
    raise CatalogueError(f"no canned question named {name!r}{hint}")


def _as_python(value: Any) -> str:
    """A value given from Python as Python shows it (``123``, ``None``, ``['Japan']``)."""
    from nato_graph.text import clip, escape_control

    return clip(escape_control(repr(value)), 80)


def given_params(params: Any = None, more: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A question's parameters as one dict: ``params`` (a mapping, for names such as ``from``
    that are no Python identifier) with the keywords ``more``. Anything but a mapping, or a name
    that is not text, is a CatalogueError saying what a question takes, not a TypeError; so is a
    name given both ways, as the command line refuses ``--param`` given twice (not the keyword's
    value silently)."""
    if params is None:
        params = {}
    if not isinstance(params, Mapping):
        raise CatalogueError(
            f"a question's parameters must be a mapping of names to values (or keywords), e.g. "
            f'{{"from": "Japan", "to": "Israel"}}, got {_as_python(params)}'
        )
    out = dict(params)
    for name in out:
        if not isinstance(name, str):
            raise CatalogueError(f"a parameter's name must be text, got {_as_python(name)}")
    from nato_graph.text import clip, escape_control

    for name, value in (more or {}).items():
        if name in out:
            raise CatalogueError(
                f"parameter {clip(escape_control(name), 80)} given twice ({_as_python(out[name])} "
                f"in the mapping and {_as_python(value)} as a keyword); give it once"
            )
        out[name] = value
    return out


def run(store: Any, name: str, params: Mapping[str, Any] | None = None) -> Result:
    """Run a canned question on the store's read path, its parameters checked first.

    Every way in goes through here (``Connection.ask``, so the command line, and the views): each
    value is first checked to be sendable (``checks.sendable``: nesting, valid Unicode), each
    checked parameter (``// check:`` lines) is verified by ``checks.check`` and an entity given
    by code, name or alias is replaced by its key (``resolve``), so that every question answers
    an alias as it answers the key. On an empty graph every question raises EmptyStoreError
    (``refuse_empty``): its empty answer, or a name it cannot find, would read as a fact.
    """
    from nato_graph.queries.checks import (
        ARTICLE_KINDS,
        NO_ARTICLE,
        UnknownValueError,
        articles_loaded,
        sendable,
    )

    query = get(name)
    given = {k: sendable(k, v) for k, v in given_params(params).items()}
    bound = query.bind(given)
    store.ensure_names()  # a graph from before nodes held names gets them (once per process)
    notes: list[str] = []
    named: dict[str, list[dict[str, Any]]] = {}
    try:
        values = resolve(store, query, bound, notes, named)
    except UnknownValueError:  # no article named so, no country or known error: on an empty
        refuse_empty(store, query.name)  # graph, that is because nothing is loaded
        raise
    limit = values.get(LIMIT) if any(p.name == LIMIT for p in query.params) else None
    if isinstance(limit, int):  # one row more than the limit tells an answer that was cut
        result = store.read(query.text, {**values, LIMIT: limit + 1})
        if len(result.rows) > limit:
            notes.append(_cut_note(query, result.rows, limit))
            del result.rows[limit:]
    else:
        result = store.read(query.text, values)
    if "history" in result.columns:
        _events_in_order(result.rows)
    result.notes = notes
    result.question, result.params = query.name, dict(given_params(params))
    result.caveat = _with_horizon(query)
    if result.rows:
        return result
    # "no partnership is suspended" from a graph nobody loaded would read as a fact
    refuse_empty(store, query.name)
    if any(kind in ARTICLE_KINDS for _, kind in query.checks) and not articles_loaded(store):
        # with no article named there is nothing to check, but "no rows" would read as an answer
        result.empty_reason = NO_ARTICLE
    else:
        result.empty_reason = _partners_unheld(store, query, named, values) or query.empty
        result.empty_reason = _with_what_addresses(store, query, named, result.empty_reason)
    return result


# The keys of a status history's event, in the order its queries write them and the README gives
# them: FalkorDB keeps a map's keys in the order written, Neo4j in an order of its own, so the
# same answer's JSON and CSV differed as text between the stores.
EVENT_KEYS = ("date", "event", "basis", "by", "sources", "confidence", "note")


def _events_in_order(rows: list[dict[str, Any]]) -> None:
    """Each event of each row's ``history`` with its keys in EVENT_KEYS's order (any other key
    after them, as it came)."""
    for row in rows:
        events = row.get("history")
        if isinstance(events, list):
            row["history"] = [
                {**{k: e[k] for k in EVENT_KEYS if k in e}, **e} if isinstance(e, dict) else e
                for e in events
            ]


def _with_what_addresses(
    store: Any, query: Query, named: dict[str, list[dict[str, Any]]], reason: str | None
) -> str | None:
    """An empty answer about one threat's partners, with what the data does link to the threat:
    "no partner cooperates on the rise of China" read as if NATO met it with no partner, where
    the IP4, a grouping of four partners, addresses it."""
    from nato_graph.queries import internal
    from nato_graph.text import listed

    params = tuple(param for param, kind in query.checks if kind == "threat")
    threats = _named_keys(params, named, "Threat")
    if not reason or len(threats) != 1:
        return reason
    (key,) = threats.values()
    rows = store.read(internal("threat-addressed-by"), {"key": key}).rows
    if not rows:
        return reason
    names = [
        f"{r['name']}{' (unverified)' if r['confidence'] == 'unverified' else ''}" for r in rows
    ]
    first = str(rows[0]["name"])
    shown = f'"{first}"' if not first.replace("-", "").isalnum() else first
    return (
        f"{reason}; the data links it to {listed(names)}, which "
        f"{'address' if len(names) > 1 else 'addresses'} it (`evidence --param a {key} "
        f"--param b {shown}` gives the sources)"
    )


def _named_keys(
    params: tuple[str, ...], named: dict[str, list[dict[str, Any]]], label: str
) -> dict[str, str]:
    """The key of the one entity of ``label`` each of ``params`` names (a parameter that names
    none, several, or one of another kind is left out)."""
    return {
        param: rows[0]["key"]
        for param in params
        if len(rows := named.get(param, [])) == 1 and rows[0]["label"] == label
    }


def _partners_unheld(
    store: Any,
    query: Query,
    named: dict[str, list[dict[str, Any]]],
    values: Mapping[str, Any],
) -> str | None:
    """Why an answer is empty when a ``partners-of`` parameter names a framework the data holds
    no partner of (the NACC) and the answer could reach every other entity given through one of
    its partners: the data does not list who took part, so the question's own reason ("no
    partner of that framework became a NATO member") would be false. A partner is one link from
    its framework, so one link reaches a country only; a chain of two links (``max_hops``)
    reaches anything else through the partner's own links. None otherwise (evidence on a
    framework and a threat, or on two frameworks: the partners are not what the answer rests
    on). A chain shorter than it may be says that a longer one may go round the partners."""
    from nato_graph.queries import internal

    hops = values.get(HOPS)
    reach = hops if isinstance(hops, int) else 1
    frameworks = _named_keys(query.partners_of, named, "Framework")
    reached = {
        key
        for param, key in frameworks.items()
        if reach >= 2
        or all(r["label"] == "Country" for p, rows in named.items() if p != param for r in rows)
    }
    if not reached:
        return None
    unheld = store.read(internal("frameworks-unheld"), {"keys": sorted(reached)})
    if not unheld.rows:
        return None
    shown = " or ".join(_framework_shown(row) for row in unheld.rows)
    reason = (
        f"the data lists no participants of {shown}: who took part is not recorded, so this "
        "empty answer says nothing about them"
    )
    longest = next((p.bounds[1] for p in query.params if p.name == HOPS), None)
    if isinstance(hops, int) and longest is not None and hops < longest:
        reason += (
            f"; a larger {HOPS} (up to {longest}) may find a chain through the facts the data holds"
        )
    return reason


def _framework_shown(row: Mapping[str, Any]) -> str:
    """A framework with its name and years: the NACC (North Atlantic Cooperation Council, 1991-12
    to 1997-05-30)."""
    span = f"{row['launched']} to {row['ended']}" if row["ended"] else f"since {row['launched']}"
    name = f"{row['name']}, " if row["name"] and row["name"] != row["acronym"] else ""
    return f"the {row['acronym'] or row.get('key')} ({name}{span})"


class EmptyStoreError(CatalogueError):
    """The graph is empty, or holds nothing of a checked parameter's kind: load the data first."""


class AmbiguousNameError(CatalogueError):
    """A name given for one entity names several of the same kind (two countries)."""


def resolve(
    store: Any,
    query: Query,
    bound: dict[str, Any],
    notes: list[str] | None = None,
    named: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """``bound`` with its checked parameters verified and each entity replaced by its key.

    An entity is found as the questions that rank names find it: an ISO3 code, key or acronym
    first, then a name, then an alias, each compared as ``nato_graph.names`` says (case,
    compatibility forms such as full-width letters, runs of spaces and, where the data does not
    hold the name as given, accents do not count). One entity found
    at the best rank becomes its key (ISO3 code for a country): ``Med Dialogue`` is ``md``
    everywhere, as every question's Cypher finds it by its ``names``. A tie between kinds
    (``building integrity`` names a programme and a threat) is left to the question, which
    answers for both, and said in ``notes``; a tie within one kind (an alias two countries
    share) is an AmbiguousNameError naming them, not two countries' facts as one answer. An
    unknown name is left to ``checks.check``, which names the closest matches. With nothing of
    the kind loaded, the check could not tell a typo from a fact: that is an error saying to load
    first, not an empty answer. A value that is empty or blank names nothing: a ParameterError
    saying so. A ``country_or_text`` value that names a country is that country; text that names
    none is answered as text, with a note saying so (``known-errors --param country Korea``: no
    country is named Korea, the Republic of Korea is). ``named``, when given, receives the
    gazetteer rows (label, key, name, ...) each entity parameter names.
    """
    from nato_graph.names import spelled
    from nato_graph.queries.checks import LABELS, check, different, matches, matches_each, names
    from nato_graph.text import clip, escape_control

    out = dict(bound)
    _refuse_blank(query, out)
    unresolved: list[tuple[str, str]] = []
    looked = [(p, _LOOKED_UP.get(k, k)) for p, k in query.checks]
    named_params = [(p, k) for p, k in looked if out.get(p) is not None and k in LABELS]
    found: dict[str, list[dict[str, Any]]] = {}  # each named parameter's entities
    named_as: dict[str, list[dict[str, Any]]] = {}  # the entities each one names (a tie: several)
    kinds = dict.fromkeys(k for _, k in named_params)
    for kind in kinds:  # one look-up per kind, for all its values
        params = [p for p, k in named_params if k == kind]
        found.update(
            zip(params, matches_each(store, kind, [str(out[p]) for p in params]), strict=True)
        )
    for param, kind in query.checks:
        value = out.get(param)
        if param not in found:
            unresolved.append((param, kind))
            continue
        rows = found[param]  # only the entities that go by this name
        if not rows and kind in LABELS and not names(store, kind):  # is any of the kind loaded?
            raise EmptyStoreError(_nothing_loaded(store, query.name, kind))
        best = _best_matches(rows, str(value))
        named_as[param] = best
        if len(best) == 1:
            out[param] = best[0]["key"]
            continue
        given = clip(escape_control(repr(str(value).strip())), 80)
        if best:
            shown = ", ".join(
                f"{r['label'].lower()} {r['acronym'] or r['name'] or r['key']} ({r['key']})"
                for r in best
            )
            if len({r["label"] for r in best}) == 1:
                raise AmbiguousNameError(
                    f"{param}: {given} names {len(best)} entities of one kind: {shown}; "
                    "give one by its code or key"
                )
            if notes is not None:
                notes.append(
                    f"{param}: {given} names {shown}; the answer covers each (give a code or "
                    "key for one)"
                )
            out[param] = _matched_name(best[0], str(value))  # as the entities hold it
        else:
            out[param] = spelled(str(value))  # text (country_or_text), or an unknown name
            if kind == "country_or_text":  # a framework, by the name the store holds it by
                framework = _best_matches(matches(store, "framework", str(value)), str(value))
                if len(framework) == 1:
                    out[param] = framework[0]["name"] or framework[0]["key"]
        unresolved.append((param, kind))  # a tie between kinds, or an unknown name (the check)
    different(query.distinct, named_as)
    checked = check(store, tuple(unresolved), out)
    if named is not None:
        named.update(named_as)
    if notes is not None:
        notes += _as_text(store, query, bound, named_as)  # as given: "MD", not its name
        notes += _beyond_coverage(query, checked)
        notes += _partners_not_held(store, query, checked)
        notes += _partners_in_part(store, query, named_as)
        notes += _allies_as_partners(store, query, named_as)
    return checked


def _allies_as_partners(
    store: Any, query: Query, named: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """A note for each ``as-partner`` parameter that names a NATO member: the answer reads it as
    a partner (``similar-partners --param country Sweden``), from the ties it held as one; the
    reader is told it is an Ally, and since when. A country that was never a partner (only
    invited, or only asking: Saudi Arabia, Argentina; or neither: Singapore) is said to be one,
    so that its empty answer is not read as a partner with nothing in common. A partner, or an
    Ally that was one, of which the data records no area of cooperation is said to have none on
    record (Sweden), so that its likeness to others is not read as one of cooperation too."""
    from nato_graph.queries import internal

    keys = _named_keys(query.as_partner, named, "Country")
    if not keys:
        return []
    asked = sorted(set(keys.values()))
    allies = store.read(internal("allies-among"), {"keys": asked})
    joined = {row["iso3"]: row for row in allies.rows}
    outside = {
        row["iso3"]: row for row in store.read(internal("non-partners-among"), {"keys": asked}).rows
    }
    without = {
        row["iso3"]: row["name"]
        for row in store.read(internal("cooperation-counts"), {"keys": asked}).rows
        if row["areas"] == 0
    }
    notes = []
    for param, key in keys.items():
        ally = joined.get(key)
        if key in outside:  # Saudi Arabia, only invited to the ICI; Singapore, never asked
            notes.append(_never_a_partner(param, outside[key]))
            continue
        if ally is not None:
            notes.append(_an_ally(query, param, ally))
        if key in without and (ally is None or (ally["partnerships"] and not query.ally_note)):
            # Sweden's likeness to others rested on its frameworks alone, unsaid (analyst 14);
            # an Ally never a partner has no ties at all, and an ally_note says what is left out
            notes.append(
                f"{param}: the data records no area of cooperation of {without[key]} with NATO: "
                "none is in this answer"
            )
    return notes


def _never_a_partner(param: str, row: Mapping[str, Any]) -> str:
    """The note on a country never a partner: only invited or asking, or neither."""
    from nato_graph.text import listed

    asks = [
        f"{'was only invited to' if status == 'invited' else 'only asked to join'} the "
        f"{framework}" + (f" ({when})" if when else "")
        for framework, status, when in sorted(row["asked"])
    ]
    only = f": it {listed(asks)}" if asks else ""
    return (
        f"{param}: {row['name']} has never been a NATO partner{only}; the data records no ties of "
        "it as one"
    )


def _an_ally(query: Query, param: str, ally: Mapping[str, Any]) -> str:
    """The note on an Ally read as a partner: since when it is one, and what the answer reads."""
    said = f"{param}: {ally['name']} has been a NATO member since {ally['joined']}"
    if query.ally_note:
        return f"{said}: {query.ally_note}"
    if ally["partnerships"]:
        return (
            f"{said}: the answer reads the ties it held as a partner before that, and those it "
            "keeps as an Ally"
        )
    return f"{said} and was never a partner: it has no ties as one"


# The words of a note on a framework whose partners the data lists only in part; views find the
# note by them (graph/views.py).
LISTED_IN_PART = "the data lists only some of the participants of"


def _partners_in_part(
    store: Any, query: Query, named: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """The notes on each ``partners-of`` parameter that names a framework whose answer lists only
    part of who takes part, in one read: one whose partnership rows list only some of its
    partners (``listed: some``: the PII's six Enhanced Opportunities Partners, not the other
    partners of its Interoperability Platform), so that an answer on its partners must not read
    as all of them; and a forum of Allies and partners (the EAPC), whose NATO members sit in it
    as Allies and are not among its rows (a partner that joined NATO sits on as one); and one with
    participants that are no countries (the United Nations in the DCB), which no row holds."""
    from nato_graph.queries import internal

    keys = _named_keys(query.partners_of, named, "Framework")
    if not keys:
        return []
    read = store.read(internal("frameworks-partners-noted"), {"keys": sorted(set(keys.values()))})
    rows = {row["key"]: row for row in read.rows}
    noted = [(param, rows[key]) for param, key in keys.items() if key in rows]
    in_part = [
        f"{param}: {LISTED_IN_PART} {_framework_shown(row)}"
        + (
            f": {row['listed_part']}, which are not in this answer"
            if row["listed_part"]
            else ", those its sources name: others took part, and are not in this answer"
        )
        for param, row in noted
        if row["in_part"]
    ]
    with_allies = [
        f"{param}: {_framework_shown(row)} "
        + (
            "was a forum of Allies and partners: the answer lists its partners; the NATO "
            "members took part as Allies and are not in this answer"
            if row["ended"]
            else "is a forum of Allies and partners: the answer lists its partners; the NATO "
            "members take part as Allies (a partner that joined NATO sits on as one) and are "
            "not in this answer"
        )
        for param, row in noted
        if row["with_allies"]
    ]
    others = [
        f"{param}: {_framework_shown(row)} also counts among its participants "
        f"{row['other_participants']}; being no country, it is not in this answer"
        for param, row in noted
        if row["other_participants"]
    ]
    return in_part + with_allies + others


# The kind a checked value is looked up as: a country, or else text (checks.country_or_text).
_LOOKED_UP = {"country_or_text": "country"}


def _refuse_blank(query: Query, values: dict[str, Any]) -> None:
    """Raise ParameterError for an empty or blank value of a checked text parameter: it names no
    framework, country or status, and "no framework named ''" would say it does not exist."""
    from nato_graph.queries.checks import ParameterError, article
    from nato_graph.text import escape_control

    for param, kind in query.checks:
        value = values.get(param)
        if isinstance(value, str) and not value.strip():
            what = _BLANK.get(kind, f"{article(kind)} by code, name or alias")
            raise ParameterError(f"{escape_control(param)}: the value is empty; give {what}")


_BLANK = {
    "country_or_framework": "a country or a framework by code, name or alias",
    "framework_or_nato": "a framework by acronym, key, name or alias, or NATO",
    "entity": "an entity by code, key, name or alias",
    "status": "a status (active, suspended, became_member, ...)",
    "document": "a piece of an article's title or the start of its key",
    "claim": "the start of a claim's key or a piece of its sentence",
    "country_or_text": "a country by ISO3 code, name or alias, a framework, or text",
}


def _as_text(
    store: Any, query: Query, values: dict[str, Any], named: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """A note for a ``country_or_text`` value that names no country: the answer is about the text,
    not about a country (``Korea``: no country is named so; the Republic of Korea is)."""
    from nato_graph.queries.checks import _as_named, closest, matches, names
    from nato_graph.text import clip, escape_control

    out = []
    for param, kind in query.checks:
        value = values.get(param)
        if kind != "country_or_text" or value is None or named.get(param):
            continue
        framework = matches(store, "framework", str(value))
        if framework:  # "MD": the framework, searched for by its names
            out.append(
                f"{param}: {clip(escape_control(repr(str(value))), 80)} names "
                f"{_as_named(framework)}, not a country; the answer is the known errors that "
                "mention it by acronym, name or alias"
            )
            continue
        near = closest(str(value), names(store, "country"))
        hint = f" (closest: {', '.join(near)})" if near else ""
        out.append(
            f"{param}: {clip(escape_control(repr(str(value))), 80)} names no country in the "
            f"data{hint}; it is read as text, not as a country"
        )
    return out


def defaults_named(name: str, params: Mapping[str, Any], *, flag: str = "--param ") -> list[str]:
    """A note for each entity, or the one year, the answer to ``name`` is about only because its
    parameter was left out of ``params`` ("country-profile" alone answers for Israel, "as-of"
    for 2010), as the command line words it ("no --param year given"), or with ``flag=""`` as
    Python's ``ask`` does ("no year given"): an answer about a default must not be read as one
    about what the user had in mind. A span's default years (timeline's) are not noted: they
    are its whole reach (from the earliest event the data holds to the latest), not a
    pick."""
    from nato_graph.queries.checks import LABELS

    query = get(name)
    span = any(kind == "span_end" for _, kind in query.checks)
    naming = {
        param
        for param, kind in query.checks
        if kind in LABELS or (kind == "past_year" and not span)
    }
    return [
        f"no {flag}{p.name} given: the answer is for {p.default}, its default"
        for p in query.params
        if p.name in naming and p.name not in params and p.default is not None
    ]


def _partners_not_held(store: Any, query: Query, values: dict[str, Any]) -> list[str]:
    """Notes for a question on one year (``past_year``, not a span) on the frameworks, forums,
    groupings and programmes launched by then and not ended whose partners the answer cannot
    all give: one naming those of which the data holds none at all (the NACC, 1991-1997, is held
    without its partners; the SPS programme, since 1958, without its participants), one naming
    those of which it holds only some (``listed: some``: the PII, the ITPP, ...), and one for
    each of which it holds partners, none of them in that year: none yet (the MD, launched in
    December 1994, in 1994) or none any more (the ICP in 2025), which claims no more than that."""
    from nato_graph.queries import internal
    from nato_graph.text import listed

    if any(kind == "span_end" for _, kind in query.checks):
        return []
    out = []
    for param, kind in query.checks:
        year = values.get(param)
        if kind != "past_year" or not isinstance(year, int):
            continue
        running = store.read(internal("frameworks-without-partners"), {"year": year}).rows
        some = [_framework_shown(row) for row in running if row["partners"]]
        if some:
            out.append(
                f"{param}: {LISTED_IN_PART} {listed(some)} in {year}, those its sources name: "
                "others may have taken part then too, and are not in this answer"
            )
        # none held at all (the NACC's partners, the SPS's participants): the answer cannot
        # list them
        unheld = [row for row in running if not row["partners"] and not row["held"]]
        if len(unheld) == 1:
            whose = "its participants" if unheld[0]["kind"] == "programme" else "its partners"
            out.append(
                f"{param}: {_framework_shown(unheld[0])} was running in {year}, but the data "
                f"holds none of {whose}: they are not in this answer"
            )
        elif unheld:
            out.append(
                f"{param}: {listed([_framework_shown(row) for row in unheld])} were running in "
                f"{year}, but the data holds none of their partners or participants: they are "
                "not in this answer"
            )
        # partners held, none of them in that year: not yet (the MD's first joined in 1995),
        # or none any more; whether the framework itself still ran then is not claimed
        for row in running:
            if row["partners"] or not row["held"]:
                continue
            shown, first, held = _framework_shown(row), row["first"], row["held"]
            who = "participant" if row["kind"] == "programme" else "partner"
            in_part = f", and it lists only some of its {who}s" if row["listed"] == "some" else ""
            if first is not None and int(str(first)[:4]) > year:
                out.append(
                    f"{param}: the data holds no {who} of {shown} in {year}: the first it holds "
                    f"joined in {first}{in_part}"
                )
            else:
                those = f"the one {who}" if held == 1 else f"none of the {held} {who}s"
                out.append(
                    f"{param}: {those} the data holds of {shown} "
                    f"{'did not take' if held == 1 else 'took'} part in {year}{in_part}"
                )
    return out


# The questions that tell a partnership's status now: the status is the one last recorded, and
# the bundled data stops at its coverage (loaders.DATA_COVERAGE), which the answer says.
_STATUS_NOW = frozenset(("framework-members", "suspended", "country-profile", "frameworks"))


def _with_horizon(query: Query) -> str | None:
    """The question's caveat, and for one that tells a status now, how far the data reaches: a
    status read long after the data's last event is the one last recorded, not one checked."""
    if query.name not in _STATUS_NOW:
        return query.caveat
    from nato_graph.loaders import DATA_COVERAGE_REACH

    horizon = (
        f"statuses are those last recorded: the bundled data covers {DATA_COVERAGE_REACH}, and a "
        "later change is here only if data you loaded records it"
    )
    return f"{query.caveat.rstrip('.')}; {horizon}" if query.caveat else horizon


def _beyond_coverage(query: Query, values: dict[str, Any]) -> list[str]:
    """A note for a year (``past_year``) or a span's last year (``span_end``) the bundled data
    reaches only in part, or not at all: the answer is the state or the events as last
    recorded, not facts checked for those years. One note, on the latest such year."""
    from nato_graph.loaders import DATA_COVERAGE, DATA_COVERAGE_REACH

    last = int(DATA_COVERAGE[:4])
    # a span with no end (timeline's default) runs to the latest event held: up to this year
    open_end = {p for p, kind in query.checks if kind == "span_end" and values.get(p) is None}
    late = [
        (dt.date.today().year if param in open_end else values[param], kind == "span_end", param)
        for param, kind in query.checks
        if kind in ("past_year", "span_end")
        and (param in open_end or (isinstance(values.get(param), int) and values[param] >= last))
    ]
    if not late:
        return []
    year, span, param = max(late)
    later = f"an event after it (up to {year})" if span else f"a later change (in {year})"
    given = "none given, so the span runs to the latest event held; " if param in open_end else ""
    return [
        f"{param}: {given}the bundled data covers {DATA_COVERAGE_REACH}: {later} is in this "
        "answer only if data you loaded records it"
    ]


def _best_matches(rows: list[dict[str, Any]], value: str) -> list[dict[str, Any]]:
    """The gazetteer rows ``value`` names at the best rank (one, unless it is a tie), in label
    and key order; none if it names none. Names compare as the look-up compared them: as the
    store holds them (lower case), or, for a name found only so, with accents folded; a leading
    "the" only where the name is not found with it ("the Mediterranean Dialogue")."""
    from nato_graph.names import folded, looked_up
    from nato_graph.queries.checks import without_the

    found = {}
    for form in (looked_up, folded):  # as the store holds names; with accents folded ("Israël")
        found = _ranked(rows, form(value), form) or _ranked(rows, without_the(form(value)), form)
        if found or not rows:
            break
    if not found:
        return []
    best = found[min(found)]
    return [best[k] for k in sorted(best)]


def _ranked(
    rows: list[dict[str, Any]], wanted: str, form: Callable[[str], str]
) -> dict[int, dict[tuple[str, str], dict[str, Any]]]:
    """The rows ``wanted`` names, by rank: 1 a code, key or acronym, 2 the name, 3 an alias, each
    name taken in ``form``."""
    found: dict[int, dict[tuple[str, str], dict[str, Any]]] = {}
    for row in rows:
        codes = {form(str(t)) for t in (row["key"], row["acronym"]) if t}
        aliases = {form(str(a)) for a in row["aliases"] or [] if a}
        rank = (
            1 if wanted in codes
            else 2 if row["name"] and form(str(row["name"])) == wanted
            else 3 if wanted in aliases
            else None
        )  # fmt: skip
        if rank is not None:
            found.setdefault(rank, {})[(row["label"], str(row["key"]))] = row
    return found


def _matched_name(row: dict[str, Any], value: str) -> str:
    """The name of ``row`` that ``value`` gives, as the entity holds it in lower case (what the
    questions' Cypher looks up), or ``value`` as looked up when none is (it cannot be)."""
    from nato_graph.names import folded, looked_up

    held = [str(t) for t in (row["key"], row["acronym"], row["name"], *(row["aliases"] or [])) if t]
    for form in (looked_up, folded):
        for text in held:
            if form(text) == form(value):
                return text.lower()
    return looked_up(value)


def refuse_empty(store: Any, name: str) -> None:
    """Raise EmptyStoreError when the graph holds nothing: every question then says to load
    first, whatever it would have answered (the one place that says it, for ``Connection.ask``,
    the command line and the views)."""
    from nato_graph.queries.checks import graph_is_empty

    if graph_is_empty(store):
        raise EmptyStoreError(
            f"{name}: the graph is empty; load the data first (`nato-graph load`)"
        )


def _nothing_loaded(store: Any, name: str, kind: str) -> str:
    refuse_empty(store, name)
    what = kind.replace("_or_", " or ").replace("nato", "NATO")
    return f"{name}: the graph holds no {what}; load the data first (`nato-graph load`)"
