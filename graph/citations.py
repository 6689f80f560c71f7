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


def cite(store: Store, result: Result) -> Result:
    """``result`` with every list of source keys replaced by source objects.

    A list is replaced only when each of its items is the key of a stored source: columns that
    already hold titles (the article questions) stay as they are. The per-change sources of a
    status history (the ``history`` column's events) are replaced the same way. The rows are
    changed in place (``result`` is a fresh answer, owned by the caller); each row gets its own
    copy of each source object.
    """
    from nato_graph.queries import internal
    from nato_graph.values import collector_paused

    columns = source_columns(result) + [c for c in result.columns if c == "history"]
    keys = {
        k
        for row in result.rows
        for c in columns
        for found in _key_lists(row.get(c))
        for k in found
        if isinstance(k, str)
    }
    if not keys:
        return result
    found = {
        r["key"]: {f: r.get(f) for f in FIELDS}
        for r in store.read(internal("source-details"), {"keys": sorted(keys)}).rows
    }
    known = found.keys()

    def objects(value: Any) -> Any:
        if value and isinstance(value, list) and known >= set(value):
            return [found[k].copy() for k in value]
        return value

    with collector_paused():  # one new dict per row and per source: a big answer makes many
        for row in result.rows:
            for c in columns:
                value = row.get(c)
                if c == "history" and isinstance(value, list):
                    row[c] = [
                        {**e, "sources": objects(e["sources"])}
                        if isinstance(e, dict) and isinstance(e.get("sources"), list)
                        else e
                        for e in value
                    ]
                else:
                    row[c] = objects(value)
    return result
