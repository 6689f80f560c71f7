"""Whether the graph holds records of the user's files that replaced bundled ones.

A record of the user's files replaces the bundled record of the same identity, and a later load
of the data without that file writes the bundled record back (README). A load of articles alone
writes the bundled data too, so that a graph written by an older version of the data is checked
against the current one; but where the last load of data replaced bundled records, that would
undo the user's corrections, unsaid, and change the verdicts resting on them. Each load of data
says here, in the home directory (``overrides.json``, by store location), which of its files
replaced bundled records, or that none did; a load of articles alone then keeps the graph's data
as it stands while any did.

Kept per home and store (a Neo4j store by its database too): a Neo4j graph another home loaded
since is not known here, and a record of this home's may then say a correction is in the graph
that another load has written over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nato_graph.settings import Settings

FILE = "overrides.json"
ADDED = "added.json"  # the user's records that add to the bundled data, by store (``added``)


def _path(settings: Settings, name: str = FILE) -> Path:
    return Path(settings.home) / name


def _where(settings: Settings) -> str:
    """The store a record is of: its location, and a Neo4j store's database (two databases of
    one server are two graphs)."""
    database = settings.database if settings.kind == "neo4j" else None
    return f"{settings.location}#{database}" if database else str(settings.location)


def _read(settings: Settings, name: str = FILE) -> dict[str, Any]:
    try:
        doc = json.loads(_path(settings, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def remember(settings: Settings, files: Iterable[Path], replaced: list[str]) -> None:
    """After a load of data: which of ``files`` replaced bundled records (``replaced``, in
    words), or, with none replaced, that the graph holds the bundled data as it is. A home that
    cannot be written keeps nothing: a load of articles alone then writes the data, as before."""
    doc = _read(settings)
    location = _where(settings)
    if replaced:
        doc[location] = {
            "files": [str(f) for f in files],
            "replaced": len(replaced),
            "loaded": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
    elif location in doc:
        del doc[location]
    else:
        return  # the common case: nothing to say, nothing written
    _write(_path(settings), doc)


def _write(path: Path, doc: dict[str, Any]) -> None:
    """``doc`` as the JSON file ``path`` (removed when empty); a home that cannot be written keeps
    nothing."""
    with contextlib.suppress(OSError):
        if not doc:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # written aside and moved in: a reader never sees it half-written (and so empty)
        aside = path.with_name(f".{path.name}.{os.getpid()}")
        with os.fdopen(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
            out.write(json.dumps(doc))
        os.replace(aside, path)


def entry(settings: Settings) -> dict[str, Any] | None:
    """What the last load of data into this store recorded of the user's records that replaced
    bundled ones (``files``, ``replaced``, ``loaded``), or None when it replaced none. A load
    that begins writing keeps a copy in its marker (``unfinished.begin``): should it stop
    part-way, the graph may no longer hold them (``unfinished.overrides_kept``)."""
    found = _read(settings).get(_where(settings))
    return found if isinstance(found, dict) and found.get("replaced") else None


def said(recorded: dict[str, Any], replaced: str = "replaced") -> str:
    """An entry in words: "records of your files replaced 1 bundled record
    (fix.partnerships.yaml, loaded 2026-12-06 15:40 UTC)" (``replaced``: "had replaced")."""
    n = int(recorded["replaced"])
    files = ", ".join(Path(str(f)).name for f in recorded.get("files") or [])
    return (
        f"records of your files {replaced} {n} bundled record{'s' if n != 1 else ''} ({files}, "
        f"loaded {recorded.get('loaded', 'before')})"
    )


# -- records that add to the bundled data ---------------------------------------------------
#
# A record of the user's files that gives what no bundled record does (a country, a partnership,
# a cooperation of its own) is written beside the bundled data and stays when the bundled data is
# loaded again without it, until the graph is cleared. It cites the sources it names, and an
# answer resting on it looked like one resting on the curated data (analyst audit 23): the home
# keeps, by store, how many such records each of the user's files added, and every answer, view
# and `status` says so while the graph may hold them.


def remember_added(settings: Settings, added: dict[str, int], *, fresh: bool = False) -> None:
    """After a load of data: how many records of each of the user's files (by name) added to the
    bundled data, kept with those of earlier loads (a file loaded again counts as this load
    found it) unless the load was ``fresh``, into a graph that held no data."""
    if fresh:
        forget_added(settings)  # the graph held nothing: none of the earlier additions is left
    if not added:
        return  # nothing added: what earlier loads added is still in the graph
    doc = _read(settings, ADDED)
    location = _where(settings)
    before = doc.get(location)
    files = dict(before.get("files") or {}) if isinstance(before, dict) else {}
    loaded = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    doc[location] = {"files": {**files, **added}, "loaded": loaded}
    _write(_path(settings, ADDED), doc)


def forget_added(settings: Settings) -> None:
    """The graph is being cleared: the records the user's files added go with it."""
    doc = _read(settings, ADDED)
    if doc.pop(_where(settings), None) is not None:
        _write(_path(settings, ADDED), doc)


def added(settings: Settings) -> str | None:
    """The user's files whose records added to the bundled data, in words, while the graph may
    hold them: "records of your files add what the bundled data does not hold
    (zed.countries.yaml, zed.partnerships.yaml; last loaded 2026-12-08 01:50 UTC)"; None when
    none did. Files, not a count: a file edited and loaded again leaves the records it no longer
    gives in the graph, and two files may give the same record, so a count kept here could be
    wrong (each load says how many of its records add)."""
    found = _read(settings, ADDED).get(_where(settings))
    if not isinstance(found, dict) or not isinstance(files := found.get("files"), dict):
        return None
    names = sorted({Path(str(name)).name for name, n in files.items() if isinstance(n, int) and n})
    if not names:
        return None
    return (
        f"records of your files add what the bundled data does not hold ({', '.join(names)}; "
        f"last loaded {found.get('loaded', 'before')})"
    )
