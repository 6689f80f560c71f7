"""Checking the entity and enumerated parameters of a canned question before it runs.

A query header names what a parameter must be with a ``// check:`` line::

    // check: framework framework
    // check: status status

An unknown value is an error naming it with the closest matches, not an empty
answer: ``--param framework XYZ`` must not look like "no partners". Kinds:
``country``, ``framework``, ``threat``, ``operation``, ``region``, ``entity``
(any of those, an institution or NATO), ``country_or_framework``,
``framework_or_nato``, ``status`` (a partnership status;
the reference's own wording, e.g. "invited, not joined", maps to ours), ``past_year`` (a
year not after this one: the data records what has happened, so "active partners in 2030"
would be a guess printed as a fact), ``span_end`` (the last year of a span, which may lie
ahead: the answer notes how far the data reaches, as for a ``past_year``; one before 1800 is
refused, as a ``past_year`` is), ``document`` and ``claim`` (a loaded article, or a claim
of one, picked as the article questions pick them: ``--param document myths2`` picks none, and
says so rather than print no rows) and ``country_or_text`` (a country, or text that some known
error holds: a misspelt country is not taken for text that happens to be in none).

``// check: to other_than from`` says that two parameters must name different entities:
``connection --param from Japan --param to JPN`` asks how Japan is connected to itself, and was
answered with no rows and advice to look further (:func:`different`).

Every parameter value, of a canned question or of ad-hoc Cypher, is first checked by
:func:`sendable`: nested at most ``MAX_PARAM_DEPTH`` lists and maps deep, text that is
valid Unicode (a lone surrogate, which is how Python holds bytes of a command-line argument
that are not UTF-8, cannot be sent to a database) without a NUL, and nothing but text,
numbers, booleans, null, lists and maps. Each refusal names the parameter as the caller gave
it, not a statement's own parameter the value would have reached (``$names`` of the look-up
by name).
"""

from __future__ import annotations

import difflib
import numbers
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from nato_graph.errors import NatoGraphError
from nato_graph.loaders.model import EARLIEST_YEAR
from nato_graph.text import clip, escape_control

if TYPE_CHECKING:
    from nato_graph.stores import Store

LABELS: dict[str, tuple[str, ...]] = {
    "country": ("Country",),
    "framework": ("Framework",),
    "threat": ("Threat",),
    "operation": ("Operation",),
    "region": ("Region",),
    "entity": ("Country", "Framework", "Threat", "Operation", "Region", "Institution",
               "Organization"),
    "country_or_framework": ("Country", "Framework"),
    "framework_or_nato": ("Framework", "Organization"),
}  # fmt: skip

# The reference fact sheet's wording of a status (meta.conventions.status_values) and plain
# English, mapped to the data's status values.
STATUS_WORDING: dict[str, str] = {
    "ended (became nato member)": "became_member",
    "became nato member": "became_member",
    "became member": "became_member",
    "became a member": "became_member",
    "member": "became_member",
    "invited, not joined": "invited",
    "requested, not implemented": "requested",
    "superseded by another programme": "superseded",
    "replaced": "superseded",
}


MAX_PARAM_DEPTH = 16  # lists and maps inside each other; a real question needs two
SENDABLE = "give text, a number, true or false, null, a list or a map; a date as ISO text"


class UnknownValueError(NatoGraphError):
    """A parameter names an entity or status the data does not hold."""


class ParameterError(NatoGraphError):
    """A parameter value cannot be sent: nested too deep, text that is not valid Unicode or holds
    a NUL, or a value of a type no store takes."""


def sendable(name: str, value: Any) -> Any:
    """``value`` when a store can take it as parameter ``name``; else ParameterError.

    Walks the value without recursion, so a value nested thousands deep is refused, not a crash.

    >>> sendable("years", [1994, [2004]])
    [1994, [2004]]
    >>> import numpy  # a number of another type (a pandas cell's int64) is sent as a plain one
    >>> sendable("year", numpy.int64(2010)), type(sendable("year", numpy.int64(2010)))
    (2010, <class 'int'>)
    >>> sendable("x", "Isr\\udcffael")
    Traceback (most recent call last):
    ...
    nato_graph.queries.checks.ParameterError: parameter x: text 'Isr\\udcffael' is not valid UTF-8 (a byte 0xff?)
    """
    _valid_text(name, name)
    if not isinstance(value, bool | int | float) and isinstance(value, numbers.Real):
        value = int(value) if isinstance(value, numbers.Integral) else float(value)
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _valid_text(name, item)
        elif isinstance(item, list | tuple | Mapping):
            if depth >= MAX_PARAM_DEPTH:
                raise ParameterError(
                    f"parameter {escape_control(name)}: nested more than {MAX_PARAM_DEPTH} "
                    "lists or maps deep"
                )
            if isinstance(item, Mapping):
                for key in item:
                    if not isinstance(key, str):
                        raise ParameterError(
                            f"parameter {escape_control(name)}: a map key of type "
                            f"{type(key).__name__} cannot be sent; map keys are text"
                        )
                    _valid_text(name, key)
                stack.extend((v, depth + 1) for v in item.values())
            else:
                stack.extend((v, depth + 1) for v in item)
        elif item is not None and not isinstance(item, bool | int | float):
            raise ParameterError(
                f"parameter {escape_control(name)}: a value of type {type(item).__name__} "
                f"cannot be sent ({SENDABLE})"
            )
    return value


def _valid_text(name: str, text: str) -> None:
    if "\x00" in text:  # it would end FalkorDB's query text; no name or key holds one
        raise ParameterError(
            f"parameter {escape_control(name)}: text {clip(escape_control(repr(text)), 80)} "
            "holds a NUL character, which cannot be sent"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = ord(text[exc.start])
        byte = f" (a byte 0x{bad - 0xDC00:02x}?)" if 0xDC80 <= bad <= 0xDCFF else ""
        raise ParameterError(
            f"parameter {escape_control(name)}: text {clip(escape_control(repr(text)), 80)} "
            f"is not valid UTF-8{byte}"
        ) from None


def past_year(name: str, value: Any) -> None:
    """Refuse a year after the current one (no data records it yet), or one before any date
    the data can hold (``validate.parse_date``: from 1800).

    >>> past_year("year", 2010)
    >>> past_year("year", 9999)
    Traceback (most recent call last):
    ...
    nato_graph.queries.checks.ParameterError: parameter year: 9999 is in the future; the data records what has happened (see `nato-graph status` for how far it goes)
    """
    import datetime as dt

    if isinstance(value, int) and value > dt.date.today().year:
        raise ParameterError(
            f"parameter {escape_control(name)}: {value} is in the future; the data records what "
            "has happened (see `nato-graph status` for how far it goes)"
        )
    before_any_date(name, value)


def before_any_date(name: str, value: Any) -> None:
    """Refuse a year before any date the data can hold (``validate.parse_date``: from 1800).

    >>> before_any_date("to", 1500)
    Traceback (most recent call last):
    ...
    nato_graph.queries.checks.ParameterError: parameter to: 1500 is before 1800, the earliest year a date in the data can have
    """
    if isinstance(value, int) and value < EARLIEST_YEAR:
        raise ParameterError(
            f"parameter {escape_control(name)}: {value} is before {EARLIEST_YEAR}, the earliest "
            "year a date in the data can have"
        )


def status(value: str, param: str | None = None) -> str:
    """A partnership status in the data's words; raise UnknownValueError with suggestions, naming
    ``param``, the parameter it was given for (``status: unknown status 'activ'; closest: active``).

    >>> status("Invited, not joined"), status("became member"), status("ACTIVE")
    ('invited', 'became_member', 'active')
    """
    from nato_graph.names import looked_up
    from nato_graph.schema import PARTNERSHIP_STATUSES

    text = looked_up(value.replace("_", " "))
    for known in PARTNERSHIP_STATUSES:
        if text == known.replace("_", " "):
            return known
    if text in STATUS_WORDING:
        return STATUS_WORDING[text]
    words = {s.replace("_", " "): s for s in PARTNERSHIP_STATUSES} | STATUS_WORDING
    close = difflib.get_close_matches(text, list(words), n=3, cutoff=0.5)
    hint = (
        f"closest: {', '.join(dict.fromkeys(words[c] for c in close))}"
        if close
        else f"a status is one of: {', '.join(PARTNERSHIP_STATUSES)}"
    )
    shown = clip(escape_control(repr(value)), 80)
    where = f"{escape_control(param)}: " if param else ""
    raise UnknownValueError(f"{where}unknown status {shown}; {hint}")


def matches(store: Store, kind: str, text: str) -> list[dict[str, Any]]:
    """The entities of ``kind`` that go by ``text`` (code, key, acronym, name or alias, any
    case): label, key, name, acronym and aliases of each."""
    return matches_each(store, kind, [text])[0]


_THE = "the "  # a name given with its article ("the Mediterranean Dialogue") is the name


def without_the(text: str) -> str:
    """``text`` (as looked up: lower case) without a leading "the"; unchanged without one.

    >>> without_the("the mediterranean dialogue"), without_the("netherlands")
    ('mediterranean dialogue', 'netherlands')
    """
    return text[len(_THE) :] if text.startswith(_THE) else text


def matches_each(store: Store, kind: str, texts: list[str]) -> list[list[dict[str, Any]]]:
    """``matches`` for each of ``texts``, in order, each compared as ``nato_graph.names`` says
    (compatibility forms, whitespace and case do not count; accents only where they tell names
    apart): one read for all (an index look-up per name and label:
    queries/internal/name-matches.cypher); for a name found so by none, a look-up without a
    leading "the" ("the Mediterranean Dialogue", where the data holds no name so), of its folded
    form, then a comparison with the folded form of every name of the kind ("Turkiye": Türkiye)."""
    from nato_graph.names import folded, looked_up

    wanted = {t: looked_up(t) for t in texts}
    store.ensure_names()
    found = _by_name(store, kind, list(wanted.values()))
    bare = [(without_the(w), w) for w in wanted.values() if not found.get(w) and w.startswith(_THE)]
    if bare:  # "the Mediterranean Dialogue": the name after its article
        again = _by_name(store, kind, [b for b, _ in bare])
        found.update({w: again[b] for b, w in bare if again.get(b)})
    missed = [(folded(t), w) for t, w in wanted.items() if not found.get(w)]
    if missed:  # "Israël": the data holds it as "israel"
        again = _by_name(store, kind, [f for f, w in missed if f != w])
        found.update({w: again[f] for f, w in missed if again.get(f)})
        missed = [(f, w) for f, w in missed if not found.get(w)]
    if missed:  # "Turkiye": the data holds it as "türkiye", which only its folded form meets
        from nato_graph.queries import internal

        rows = store.read(internal("gazetteer"), {"labels": list(LABELS[kind])}).rows
        by_folded: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            for text in {folded(str(t)) for t in _names_of(row)}:
                by_folded.setdefault(text, []).append(row)
        found.update({w: by_folded.get(f, []) for f, w in missed})
        keys = {looked_up(str(r["key"])) for f, _ in missed for r in by_folded.get(f, [])}
        if keys - set(_by_name(store, kind, sorted(keys))):
            # found, yet not in the index of names the questions find it by: nodes written by an
            # older version or by ad-hoc Cypher that has not refreshed them; repaired, or the
            # question would find nothing and answer as if the entity had no facts
            store.refresh_names()
    fields = ("label", "key", "name", "acronym", "aliases")
    return [[{f: r[f] for f in fields} for r in found.get(wanted[t], [])] for t in texts]


def _by_name(store: Store, kind: str, wanted: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The entities of ``kind`` each of ``wanted`` (lower case, as the store holds names) names."""
    from nato_graph.queries import internal

    if not wanted:
        return {}
    rows = store.read(
        internal("name-matches"), {"labels": list(LABELS[kind]), "names": sorted(set(wanted))}
    ).rows
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(row["given"], []).append(row)
    return found


def _names_of(row: Mapping[str, Any]) -> list[Any]:
    """Every name a gazetteer row goes by: key (ISO3 code), acronym, name, aliases."""
    return [t for t in (row["key"], row["acronym"], row["name"], *(row["aliases"] or [])) if t]


def names(store: Store, kind: str) -> dict[str, str]:
    """Every name a value of ``kind`` may be given by (lower case) -> how to show it."""
    from nato_graph.queries import internal

    result = store.read(internal("gazetteer"), {"labels": list(LABELS[kind])})
    found: dict[str, str] = {}
    for row in result.rows:
        shown = row["acronym"] or row["name"] or row["key"]
        for text in _names_of(row):
            found.setdefault(str(text).lower(), str(shown))
    return found


_FILLERS = {"a", "an", "and", "the", "of", "for", "in", "on", "to", "de", "la"}  # say nothing


def closest(text: str, known: dict[str, str], n: int = 3) -> list[str]:
    """Up to ``n`` entities (as ``known`` shows them) whose names are closest to ``text``.

    First the entities with a name that holds the whole text as words of its own ("energy":
    Energy security); then those with a name holding a word of it, by how rare the words they
    share are (a word many names hold, "republic" or "of", counts for little), keeping those near
    the best ("Moldova, Republic of": Moldova, not the Republic of Korea; "of" and the like
    count for nothing); only then the names a few letters away ("Isreal": Israel). Ties go to
    the name more like the text.

    >>> known = {"moldova": "Moldova", "republic of moldova": "Moldova",
    ...          "republic of korea": "Republic of Korea", "israel": "Israel"}
    >>> closest("Moldova, Republic of", known), closest("korea", known), closest("Isreal", known)
    (['Moldova'], ['Republic of Korea'], ['Israel'])
    >>> closest("Republik of Korae", known)[0]
    'Republic of Korea'
    >>> closest("Israel " * 100, known)
    []
    """
    import re

    if len(text) > 4 * max(map(len, known), default=0) + 16:
        return []  # far longer than any name (a pasted page): nothing is close, and no search
    wanted = " ".join(re.findall(r"\w+", text.lower()))

    def ranked(names: dict[str, float]) -> list[str]:
        """The entities of ``names`` (name -> score), best score and likeness first."""
        best: dict[str, tuple[float, float]] = {}
        for name, score in names.items():
            like = difflib.SequenceMatcher(None, wanted, name).ratio()
            best[known[name]] = max(best.get(known[name], (0.0, 0.0)), (score, like))
        return sorted(best, key=lambda shown: best[shown], reverse=True)[:n]

    words_of = {name: set(re.findall(r"\w+", name)) for name in known}
    if wanted:
        phrase = re.compile(rf"\b{re.escape(wanted)}\b")
        holding = {name: 1.0 for name in known if phrase.search(" ".join(re.findall(r"\w+", name)))}
        if holding:
            return ranked(holding)
    given = set(wanted.split()) - _FILLERS
    holders: dict[str, set[str]] = {w: set() for w in given}  # word -> entities holding it
    for name, words in words_of.items():
        for word in given & words:
            holders[word].add(known[name])
    scores = {
        name: sum(1 / len(holders[w]) for w in given & words)
        for name, words in words_of.items()
        if given & words
    }
    if scores:
        top = max(scores.values())
        return ranked({name: score for name, score in scores.items() if score >= top / 2})
    # a few letters away ("Isreal", "Irak"), not a name that only shares some ("Yugoslavia" is
    # no misspelt Latvia, nor "Soviet Union" Slovenia, at 0.6); a text of two or three letters is
    # a few letters away from any code ("EU" from DEU)
    wanted_text = text.strip().lower()
    if len(wanted_text) < 4:
        return []
    close = difflib.get_close_matches(wanted_text, list(known), n=2 * n, cutoff=0.7)
    return list(dict.fromkeys(known[c] for c in close))[:n]


def _as_named(found: list[dict[str, Any]]) -> str:
    """The entities a name names, as an error says them: "the framework MD"; NATO by its name."""
    return ", ".join(
        ("" if m["label"] == "Organization" else f"the {m['label'].lower()} ")
        + str(m["acronym"] or m["name"] or m["key"])
        for m in found
    )


def entity(store: Store, kind: str, value: Any, param: str) -> None:
    """Raise UnknownValueError unless ``value`` names an entity of ``kind`` in the store."""

    from nato_graph.names import looked_up

    given = str(value)
    text = looked_up(given)  # as the store holds the names: lower case
    # One look-up for the one value; every name is read only to suggest the closest on a miss.
    if matches(store, kind, given):
        return
    known = names(store, kind)
    if not known:
        return  # with nothing of that kind loaded (an empty store, a reload under way) no one can say
    if text in known:
        # Named in the data but not in the index of names: nodes written by an older version or
        # by ad-hoc Cypher that has not refreshed them. Repair them, or the question would find
        # nothing and answer as if the entity had no facts.
        store.refresh_names()
        if matches(store, kind, given):
            return
        raise NatoGraphError(
            f"{param}: the store's index of names does not find {clip(escape_control(repr(str(value))), 80)} "
            "though the data names it; reload the data (`nato-graph load`)"
        )
    what = kind.replace("_or_", " or ").replace("nato", "NATO")
    shown_value = clip(escape_control(repr(str(value))), 80)
    other = [] if kind == "entity" else matches(store, "entity", given)
    code = _world_code(given) if kind in _COUNTRY_KINDS else None
    if code is not None and code.lower() not in known:
        # "Iran": no look-alike (Iraq, Ireland) is what was meant; "China": the country first,
        # then the threat of that name, which is not NATO's word for the country
        also = f"; the name is also that of {_as_named(other)}" if other else ""
        raise UnknownValueError(f"{param}: {shown_value} {_NOT_HELD}{also}")
    former = _former_state(given) if kind in _COUNTRY_KINDS and not other else None
    if former is not None:
        # "Czechoslovakia": not Slovakia, the look-alike; the states that took its place
        ended, codes = former
        held = [known[c.lower()] for c in codes if c.lower() in known]
        raise UnknownValueError(
            f"{param}: {shown_value} no longer exists ({ended}); the data holds the states that "
            f"took its place by their own names: {', '.join(held) or 'none of them'}"
        )
    # "UA" is Ukraine's two-letter code: said as such, not United States by likeness of letters
    alpha2, world_name = _alpha2_code(given) if kind in _COUNTRY_KINDS else (None, None)
    two_letters = given.strip().upper()
    if alpha2 is not None and alpha2.lower() not in known and not other:
        # "KP": a country the data does not hold; its look-alikes are no better
        raise UnknownValueError(
            f"{param}: {two_letters} is the two-letter code of {world_name}, which "
            + _NOT_HELD.removeprefix("is a country ")
        )
    as_code = (
        f"{two_letters} is the two-letter code of {known[alpha2.lower()]}: give {alpha2} or its "
        "name"
        if alpha2 is not None and alpha2.lower() in known
        else ""
    )
    if other:  # "MD" given for a country: say what it is, not which countries look like it
        also = f"; {as_code}" if as_code else ""
        raise UnknownValueError(
            f"{param}: {shown_value} names {_as_named(other)}, not {article(what)}{also}"
        )
    if as_code:
        raise UnknownValueError(f"{param}: no {what} named {shown_value} in the data; {as_code}")
    if code is not None:
        # a name of a country the data holds, by a name the data does not give it ("Burma")
        raise UnknownValueError(
            f"{param}: no {what} named {shown_value} in the data; closest: {known[code.lower()]}"
        )
    if kind in ("region", "entity") and (spans := _regions_spanned(text, known)):
        # "Middle East" given for any entity: the regions it spans, not a look-alike name
        raise UnknownValueError(
            f"{param}: the data's regions are the UN's geographic subregions, and {shown_value} is "
            f"not one: ask for those it spans: {', '.join(spans)}"
        )
    shown = closest(text, known)
    hint = f"; closest: {', '.join(shown)}" if shown else f"; nothing close ({_known(store, kind)})"
    raise UnknownValueError(f"{param}: no {what} named {shown_value} in the data{hint}")


# The kinds a country may be given for: one the data does not hold is said to be one.
_COUNTRY_KINDS = frozenset(("country", "country_or_framework", "entity"))
_NOT_HELD = (
    "is a country the data does not hold: it holds NATO's Allies, its partners and a few other "
    "countries that took part in its operations (`nato-graph query run countries` lists them)"
)


def _alpha2_code(name: str) -> tuple[str | None, str | None]:
    """The ISO3 code and the name of the country whose ISO 3166-1 two-letter code ``name`` is
    ("UA": UKR, Ukraine), or Nones (pycountry, read only when a name is not found)."""
    text = name.strip()
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        return None, None
    import pycountry

    found = pycountry.countries.get(alpha_2=text.upper())
    if found is None:
        return None, None
    return str(found.alpha_3), str(getattr(found, "common_name", found.name))


def _world_code(name: str) -> str | None:
    """The ISO3 code of the country of the world ``name`` is, or None (loaders/articles/world.py,
    read only when a name is not found)."""
    from nato_graph.loaders.articles.world import country_code

    return country_code(name)


def _former_state(name: str) -> tuple[str, tuple[str, ...]] | None:
    """How a state that no longer exists ended and the codes of those that took its place, or
    None (loaders/articles/world.py, read only when a name is not found)."""
    from nato_graph.loaders.articles.world import former_state

    return former_state(name)


# Regions as people name them, and the UN geographic subregions (the data's regions) that hold
# their countries: "the Middle East" is Western Asia (Israel, Jordan, the Gulf, Iraq) and Northern
# Africa (Egypt); the South Caucasus is in Western Asia, the Western Balkans in Southern Europe.
_INFORMAL_REGIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("middle east", "near east", "mena", "middle east and north africa"),
                    ("Western Asia", "Northern Africa")),
    **dict.fromkeys(("gulf", "persian gulf", "arabian gulf", "gulf region", "arabian peninsula",
                     "levant", "caucasus", "south caucasus", "southern caucasus", "transcaucasia"),
                    ("Western Asia",)),
    **dict.fromkeys(("maghreb", "north africa"), ("Northern Africa",)),
    **dict.fromkeys(("west africa",), ("Western Africa",)),
    **dict.fromkeys(("indo pacific", "asia pacific"),
                    ("Eastern Asia", "South-eastern Asia", "Southern Asia",
                     "Australia and New Zealand")),
    **dict.fromkeys(("east asia", "far east", "northeast asia"), ("Eastern Asia",)),
    **dict.fromkeys(("southeast asia", "south east asia"), ("South-eastern Asia",)),
    **dict.fromkeys(("south asia",), ("Southern Asia",)),
    **dict.fromkeys(("oceania", "australasia"), ("Australia and New Zealand",)),
    **dict.fromkeys(("western balkans",), ("Southern Europe",)),
    **dict.fromkeys(("balkans",), ("Southern Europe", "Eastern Europe")),
    **dict.fromkeys(("central europe",), ("Western Europe", "Eastern Europe", "Southern Europe")),
    **dict.fromkeys(("scandinavia", "nordic countries", "nordics", "baltic states", "baltics"),
                    ("Northern Europe",)),
    **dict.fromkeys(("latin america",), ("South America",)),
    **dict.fromkeys(("north america",), ("Northern America",)),
    # continents: every UN subregion in them (those the store holds are named)
    **dict.fromkeys(("europe",),
                    ("Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe")),
    **dict.fromkeys(("asia",), ("Western Asia", "Central Asia", "Southern Asia", "Eastern Asia",
                                "South-eastern Asia")),
    **dict.fromkeys(("africa",), ("Northern Africa", "Western Africa", "Middle Africa",
                                  "Eastern Africa", "Southern Africa")),
    **dict.fromkeys(("america", "americas"),
                    ("Northern America", "Central America", "Caribbean", "South America")),
}  # fmt: skip


def _regions_spanned(text: str, known: Mapping[str, str]) -> list[str]:
    """The data's regions that hold the countries of a region as people name it ("Middle East",
    "the South Caucasus", "Indo-Pacific"), those the store holds only; none for other names."""
    import re

    words = [w for w in re.findall(r"\w+", text.lower()) if w != "the"]
    spans = _INFORMAL_REGIONS.get(" ".join(words), ())
    held = {str(shown).lower(): str(shown) for shown in known.values()}
    return [held[r.lower()] for r in spans if r.lower() in held]


def article(noun: str) -> str:
    """``noun`` with its indefinite article: "an operation", "a framework", "an ISO3 code".

    >>> article("operation"), article("country or framework"), article("framework or NATO")
    ('an operation', 'a country or framework', 'a framework or NATO')
    """
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"


# The question that lists every value of a kind; the kinds without one have few enough values to
# name them all (by key) in the message.
_LISTERS = {
    "framework": "`nato-graph query run frameworks` lists them",
    "framework_or_nato": "`nato-graph query run frameworks` lists them",
    "region": "`nato-graph query run region-coverage` lists them",
    "country": "`nato-graph query run countries` lists them",
    "country_or_framework": "`nato-graph query run countries` lists the countries, "
    "`nato-graph query run frameworks` the frameworks",
    "entity": "give a country, framework, threat, operation, region, institution or NATO by code, "
    "key, name or alias",
}


def _known(store: Store, kind: str) -> str:
    """Where to find the values of ``kind``: the question listing them, or their keys."""
    from nato_graph.queries import internal

    if kind in _LISTERS:
        return _LISTERS[kind]
    rows = store.read(internal("gazetteer"), {"labels": list(LABELS[kind])}).rows
    keys = sorted({str(r["key"]) for r in rows if r["key"]})
    return clip(escape_control("known: " + ", ".join(keys)), 600)


NO_ARTICLE = "no article is loaded (`nato-graph load ARTICLE` checks one)"
ARTICLE_KINDS = ("document", "claim")


def graph_is_empty(store: Store) -> bool:
    """Whether the graph holds no node at all (one read that stops at the first node)."""
    from nato_graph.queries import internal

    return not store.read(internal("any-node")).rows


def articles_loaded(store: Store) -> bool:
    """Whether the graph holds any loaded article."""
    from nato_graph.queries import internal

    return bool(store.read(internal("document-matches"), {"text": None}).rows)


def document(store: Store, value: Any, param: str) -> None:
    """Raise UnknownValueError unless a loaded article goes by ``value`` (the start of its key, or
    a piece of its title), naming the closest titles."""
    from nato_graph.queries import internal

    given = str(value)
    if store.read(internal("document-matches"), {"text": given}).rows:
        return
    shown = clip(escape_control(repr(given)), 80)
    rows = store.read(internal("documents")).rows
    if not rows:
        raise UnknownValueError(f"{param}: no article goes by {shown}: {NO_ARTICLE}")
    text = given.strip().lower()
    picked: list[dict[str, Any]] = []
    for row in rows:
        title = str(row["title"] or "").lower()
        words = [title, str(row["key"])[:12], *title.replace(":", " ").split()]
        if difflib.get_close_matches(text, words, n=1, cutoff=0.6) and row not in picked:
            picked.append(row)
    named = picked[:3] or rows[:3]

    def one(row: dict[str, Any]) -> str:
        return f"{clip(str(row['title']), 60)!r} (key {str(row['key'])[:12]})"

    listed = ", ".join(one(r) for r in named)
    if picked:
        hint = f"closest: {listed}"
    else:
        more = f" and {len(rows) - len(named)} more" if len(rows) > len(named) else ""
        hint = f"loaded: {listed}{more}"
    raise UnknownValueError(
        escape_control(f"{param}: no loaded article's title or key goes by {shown}; {hint}")
    )


def claim(store: Store, value: Any, param: str) -> None:
    """Raise UnknownValueError unless a claim of a loaded article goes by ``value`` (the start of
    its key, or a piece of its sentence or of the claim in words)."""
    from nato_graph.queries import internal

    given = str(value)
    if store.read(internal("claim-matches"), {"text": given}).rows:
        return
    shown = clip(escape_control(repr(given)), 80)
    if not articles_loaded(store):
        raise UnknownValueError(f"{param}: no claim goes by {shown}: {NO_ARTICLE}")
    raise UnknownValueError(
        f"{param}: no claim of a loaded article has a key starting with, or a sentence or words "
        f"containing, {shown} (`nato-graph query run claim-evidence` lists every claim)"
    )


def country_or_text(store: Store, value: Any, param: str) -> None:
    """Raise UnknownValueError unless ``value`` names a country or a framework, or is text a known
    error holds: 'Isreal' is none of them, and an empty answer would hide the typo; 'Iran' is a
    country the data does not hold, and is said to be one."""
    from nato_graph.queries import internal

    given = str(value).strip()
    if matches(store, "country", given) or matches(store, "framework", given):
        return  # a framework is searched for by its names (known-errors); none may be an answer
    if store.read(internal("known-error-mentions"), {"text": given}).rows:
        return
    known = names(store, "country")
    if not known:
        return  # nothing loaded: the command line says to load first
    other = matches(store, "entity", given)
    code = _world_code(given)
    if code is not None and code.lower() not in known:  # "Iran", not "closest: Iraq"
        also = f"; the name is also that of {_as_named(other)}" if other else ""
        raise UnknownValueError(
            f"{param}: {clip(escape_control(repr(str(value))), 80)} {_NOT_HELD}, and no known "
            f"error mentions it{also}"
        )
    if other:  # "MD": say what it is, not which countries look like it
        raise UnknownValueError(
            f"{param}: {clip(escape_control(repr(str(value))), 80)} names {_as_named(other)}, "
            "not a country, and no known error mentions that text"
        )
    shown = closest(given, known)
    hint = f"; closest: {', '.join(shown)}" if shown else f"; {_LISTERS['country']}"
    raise UnknownValueError(
        f"{param}: no country named {clip(escape_control(repr(str(value))), 80)} in the data, "
        f"and no known error mentions that text{hint}"
    )


class SameEntityError(NatoGraphError):
    """Two parameters that must name different entities name the same one."""


def different(pairs: tuple[tuple[str, str], ...], named: dict[str, list[dict[str, Any]]]) -> None:
    """Raise SameEntityError when both parameters of a pair name one and the same entity,
    whatever names they give it: ``named`` holds the gazetteer rows (label, key, name, acronym)
    each parameter's value names. A name of two kinds given on both sides is answered: it pairs
    each of its entities with the other ("defence capacity building": the programme DCB and the
    threat it addresses).

    >>> japan = [{"label": "Country", "key": "JPN", "name": "Japan", "acronym": None}]
    >>> different((("from", "to"),), {"from": japan, "to": japan})
    Traceback (most recent call last):
    ...
    nato_graph.queries.checks.SameEntityError: from and to both name Japan (JPN): name two different entities
    """
    for first, second in pairs:
        a, b = named.get(first), named.get(second)
        if not a or not b:
            continue  # a name that names nothing: the check of that parameter says so
        ends = {(r["label"], r["key"]) for r in a} | {(r["label"], r["key"]) for r in b}
        if len(ends) > 1:
            continue  # two entities at least: something to link
        (r,) = a[:1]
        shown = f"{r['name']} ({r['acronym'] or r['key']})" if r["name"] else str(r["key"])
        raise SameEntityError(
            escape_control(
                f"{first} and {second} both name {clip(shown, 160)}: name two different entities"
            )
        )


def check(
    store: Store, checks: tuple[tuple[str, str], ...], bound: dict[str, Any]
) -> dict[str, Any]:
    """``bound`` with every checked parameter verified (statuses in the data's words)."""
    out = dict(bound)
    for param, kind in checks:
        value = out.get(param)
        if value is None:
            continue
        if kind == "status":
            out[param] = status(str(value), param)
        elif kind == "past_year":
            past_year(param, value)
        elif kind == "span_end":
            # any later year may end a span (catalogue._beyond_coverage notes one past the data);
            # one before any date the data can hold ends a span with nothing in it
            before_any_date(param, value)
        elif kind == "document":
            document(store, value, param)
        elif kind == "claim":
            claim(store, value, param)
        elif kind == "country_or_text":
            country_or_text(store, value, param)
        else:
            entity(store, kind, value, param)
    return out
