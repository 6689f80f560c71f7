"""Sources as a reader can check them: each source key in an answer becomes its title and address.

The questions return source keys (``nato-md-topic``): short, stable, what the data files use.
A reader needs the title, the address, the publisher and the date, so answers given through
``Connection.ask`` carry, in every ``sources`` or ``*_sources`` column, one object per source::

    {"key": "nato-md-topic", "title": "Mediterranean Dialogue (topic page)",
     "url": "https://www.nato.int/...", "publisher": "NATO", "kind": "official",
     "date": "page last updated 2024-08-23"}

Tables print them as numbered references with the list below (see ``output.table``).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nato_graph.records import Result
    from nato_graph.stores import Store

FIELDS = ("key", "title", "url", "publisher", "kind", "date")


def source_columns(result: Result) -> list[str]:
    return [c for c in result.columns if c == "sources" or c.endswith("_sources")]


def _key_lists(value: Any) -> list[list[Any]]:
    """The source-key lists a cell holds: the cell itself, or each event's ``sources`` in a list
    of events (a status history: ``[{"date": ..., "event": ..., "sources": [...]}, ...]``)."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [v["sources"] for v in value if isinstance(v.get("sources"), list)]
    return [value] if isinstance(value, list) else []


def _distinct(value: Any, seen: dict[tuple[Any, ...], None]) -> None:
    """Add the source-key lists ``value`` holds (see ``_key_lists``) to ``seen``, as tuples."""
    if not isinstance(value, list):
        return
    try:
        seen[tuple(value)] = None  # the common case: a list of keys
    except TypeError:  # unhashable items: maybe a list of events
        for found in _key_lists(value):
            with contextlib.suppress(TypeError):
                seen[tuple(found)] = None


def cite(store: Store, result: Result) -> Result:
    """``result`` with every list of source keys replaced by source objects.

    A list is replaced only when each of its items is the key of a stored source: columns that
    already hold titles (the article questions) stay as they are. The per-change sources of a
    status history (the ``history`` column's events) are replaced the same way. The rows are
    changed in place (``result`` is a fresh answer, owned by the caller); each row gets its own
    copy of each source object.

    A big answer repeats a few lists (the sources of its facts) over and over: each distinct
    list is looked at once, and its rows get copies of the objects found for it.
    """
    from nato_graph.values import collector_paused

    with collector_paused(kept=True):  # many tuples, lists and dicts, none in a cycle
        return _cite(store, result)


def _cite(store: Store, result: Result) -> Result:
    from nato_graph.queries import internal

    columns = source_columns(result)
    history = "history" in result.columns
    rows = result.rows
    seen: dict[tuple[Any, ...], None] = {}
    # Each column whose every cell is a list of hashable items: each row's cell as a tuple, to
    # look up in C below (map over the rows, no Python call per row).
    keyed: dict[str, list[tuple[Any, ...]]] = {}
    for c in columns:
        cells = [row.get(c) for row in rows]
        lists: list[list[Any]] = [v for v in cells if isinstance(v, list)]
        every = len(lists) == len(cells)
        tuples = list(map(tuple, lists))
        try:
            seen.update(dict.fromkeys(tuples))  # lists of keys: one pass in C
        except TypeError:  # unhashable items: maybe lists of events
            for cell in lists:
                _distinct(cell, seen)
        else:
            if every:
                keyed[c] = tuples
    # Each event of a status history with a list of keys, and that list as a tuple: looked at
    # once here and replaced below, without taking the event apart a second time.
    events_keyed: list[tuple[dict[str, Any], tuple[Any, ...]]] = []
    if history:
        for row in rows:
            events = row.get("history")
            if isinstance(events, list):
                for e in events:
                    if isinstance(e, dict):
                        listed = e.get("sources")
                        if isinstance(listed, list) and listed:
                            keyed_event = tuple(listed)
                            try:
                                seen[keyed_event] = None
                            except TypeError:  # unhashable items: not source keys
                                continue
                            events_keyed.append((e, keyed_event))
    keys = {k for listed in seen for k in listed if isinstance(k, str)}
    if not keys:
        return result
    found = {
        r["key"]: {f: r.get(f) for f in FIELDS}
        for r in store.read(internal("source-details"), {"keys": sorted(keys)}).rows
    }
    known = found.keys()
    # Each distinct list: the objects its rows get copies of, or None when it is not all keys.
    objects_of = {t: [found[k] for k in t] if t and known >= set(t) else None for t in seen}
    shared_of = objects_of.get
    copy = dict.copy

    def objects(value: Any) -> Any:
        """Copies of the source objects for ``value``, or None to leave it as it is."""
        if value and isinstance(value, list):
            try:
                shared = shared_of(tuple(value))
            except TypeError:  # unhashable items: not source keys
                return None
            if shared is not None:
                return list(map(copy, shared))
        return None

    for c in columns:
        if c in keyed:
            for row, shared in zip(rows, map(shared_of, keyed[c]), strict=True):
                if shared is not None:
                    row[c] = list(map(copy, shared))
            continue
        for row in rows:
            cited = objects(row.get(c))
            if cited is not None:
                row[c] = cited
    # each event's own sources, in the event (a fresh answer's own map)
    for e, keyed_event in events_keyed:
        shared = shared_of(keyed_event)
        if shared is not None:
            e["sources"] = list(map(copy, shared))
    return result
