"""Loads that stopped part-way: said by every later command until a load completes them.

A load writes in batches, each its own transaction (on both stores), so a load
stopped half-way (Ctrl-C, a kill, a lost server) leaves the graph holding part of
it. Before its first write a load leaves a marker in the home directory
(``unfinished/load.PID.json``: when, where, which files); it removes the marker
when every row is written. A marker whose process is gone is a load that did not
finish: :func:`stopped` lists them, the CLI says so before every command, and a
later load that covers the same files (or a ``--reset``) clears them. Loading is
idempotent, so running the same load again completes the graph.

A marker whose process is alive is a load under way: :func:`under_way` lists those of other
processes, and every answer read meanwhile carries a note that it may see only part of the
load (the graph holds what the batches written so far hold). A marker records its process's
start time too, so a pid the system has given to another process since is not taken for the
load's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from nato_graph.settings import Settings

FOLDER = "unfinished"


def _folder(settings: Settings) -> Path:
    return Path(settings.home) / FOLDER


def _resolved(name: str) -> str:
    if name == "-":
        return name
    try:
        return str(Path(name).resolve())
    except (RuntimeError, OSError):
        return str(Path(name).absolute())


def _start_time(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot, /proc's ``starttime``); None when
    it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
        return int(fields[19])
    except (OSError, IndexError, ValueError):
        return None


def _alive(pid: int, doc: dict[str, Any] | None) -> bool:
    """Whether the process that left a marker still runs: alive, and started when the marker
    says (where it says)."""
    from nato_graph.stores.pids import pid_alive

    if not pid_alive(pid):
        return False
    started = (doc or {}).get("process_start")
    return started is None or started == _start_time(pid)


def begin(settings: Settings, files: list[str]) -> Path | None:
    """Leave this process's marker before a load's first write; None when it cannot be written
    (a read-only home: the load itself then says what is wrong, or works on Neo4j)."""
    from nato_graph.loaders import overrides

    path = _folder(settings) / f"load.{os.getpid()}.json"
    doc: dict[str, Any] = {
        "location": settings.location,
        "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "files": [_resolved(f) for f in files],
        "process_start": _start_time(os.getpid()),
    }
    # the user's records that replaced bundled ones when this load began: should it stop
    # part-way (a reset that cleared them, the bundled data written back over part of them), the
    # graph may no longer hold them, and what said so must not (overrides_kept)
    if (recorded := overrides.entry(settings)) is not None:
        doc["overrides"] = recorded
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # private, as every file of the home is (0600)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
            out.write(json.dumps(doc))
    except OSError:
        return None
    return path


def end(settings: Settings, marker: Path | None, files: list[str], *, reset: bool) -> None:
    """A load wrote every row: its marker goes, and so do those of stopped loads it covers (all
    of them after a reset: the graph holds only this load now)."""
    if marker is not None:
        with contextlib.suppress(OSError):
            marker.unlink()
    covered = {_resolved(f) for f in files}
    for path, doc in _stopped(settings):
        if reset or set(doc.get("files") or ()) <= covered:
            with contextlib.suppress(OSError):
                path.unlink()


def stopped(settings: Settings) -> list[dict[str, Any]]:
    """The loads into this store that stopped before writing every row, oldest first: each with
    ``started`` and ``files`` (the user's files; the bundled data is in every load)."""
    return [doc for _, doc in _stopped(settings)]


def stopped_since(settings: Settings, recorded: dict[str, Any]) -> bool:
    """Whether a load that began while the graph held the user's records ``recorded``
    (``overrides.entry``) stopped part-way: another process's that is gone, or this process's
    own that failed (a notebook's ``load(reset=True)``)."""
    mine = own(settings)
    return any(
        doc.get("overrides") == recorded
        for doc in [*stopped(settings), *([mine] if mine is not None else [])]
    )


def own(settings: Settings) -> dict[str, Any] | None:
    """This process's marker: a load of its own that began writing and has not finished."""
    try:
        doc = json.loads((_folder(settings) / f"load.{os.getpid()}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _markers(settings: Settings) -> list[tuple[Path, int | None, dict[str, Any]]]:
    """Every other process's marker for this store: (path, pid, what it holds)."""
    out: list[tuple[Path, int | None, dict[str, Any]]] = []
    with contextlib.suppress(OSError):
        markers = list(_folder(settings).glob("load.*.json"))
        if not markers:
            return out  # the common case, checked before every command: nothing more imported
        for path in markers:
            pid_text = path.name.split(".")[1]
            pid = int(pid_text) if pid_text.isdigit() else None
            if pid == os.getpid():
                continue  # this process's own load
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(doc, dict) and doc.get("location") == settings.location:
                out.append((path, pid, doc))
    return out


def _stopped(settings: Settings) -> list[tuple[Path, dict[str, Any]]]:
    out = [
        (path, doc)
        for path, pid, doc in _markers(settings)
        if not (pid is not None and _alive(pid, doc))  # a load under way is not stopped
    ]
    return sorted(out, key=lambda item: str(item[1].get("started")))


def under_way(settings: Settings) -> list[dict[str, Any]]:
    """The loads into this store that another live process is writing now, oldest first: each
    with ``started``, ``files`` and ``pid``."""
    out = [
        {**doc, "pid": pid}
        for _, pid, doc in _markers(settings)
        if pid is not None and _alive(pid, doc)
    ]
    return sorted(out, key=lambda doc: str(doc.get("started")))


def partial_notes(settings: Settings) -> list[str]:
    """A line for each load under way (``under_way_note``), then each stopped part-way
    (``warning``), oldest first, from one read of the markers: what an answer read now says."""
    live: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    for _, pid, doc in _markers(settings):
        if pid is not None and _alive(pid, doc):
            live.append({**doc, "pid": pid})
        else:
            gone.append(doc)
    live.sort(key=lambda doc: str(doc.get("started")))
    gone.sort(key=lambda doc: str(doc.get("started")))
    return [*(under_way_note(doc) for doc in live), *(warning(doc) for doc in gone)]


def under_way_note(doc: dict[str, Any]) -> str:
    """One line on a load under way: an answer read now may hold only part of it."""
    return (
        f"a load into this store is under way (process {doc.get('pid')}, started "
        f"{doc.get('started')}): the graph holds only what it has written so far, so this "
        "answer may be partial; ask again when the load has finished"
    )


def warning(doc: dict[str, Any]) -> str:
    """One line on a stopped load, saying what to run."""
    from nato_graph.text import shell_word

    # each file as a shell reads it back: a name that is not UTF-8 as $'d/\xfd.md', which can
    # be typed or pasted, not a lone surrogate's escape
    given = [str(f) for f in doc.get("files") or ()]
    files = [shell_word(f) for f in given]
    gone = [shell_word(f) for f in given if f != "-" and not os.path.lexists(f)]  # "-": stdin
    return _stopped_line(doc, files, gone) + _overrides_gone(doc)


def _overrides_gone(doc: dict[str, Any]) -> str:
    """What a stopped load may have undone of the user's records that replaced bundled ones
    (recorded in its marker when it began), and the load that has them again: the stopped
    load's files with those (a load without them writes the bundled records back); "" when
    there were none."""
    from nato_graph.loaders import overrides
    from nato_graph.text import shell_word

    recorded = doc.get("overrides")
    if not isinstance(recorded, dict) or not recorded.get("replaced"):
        return ""
    given = [str(f) for f in doc.get("files") or ()]
    theirs = [str(f) for f in recorded.get("files") or () if str(f) not in given]
    again = " ".join(["nato-graph load", *(shell_word(f) for f in [*given, *theirs])])
    return (
        f"; before it, {overrides.said(recorded, 'had replaced')}, which the graph may no longer "
        f"hold: run `{again}` to have them again"
    )


def _stopped_line(doc: dict[str, Any], files: list[str], gone: list[str]) -> str:
    """The line on a stopped load itself: that it stopped, and what to run."""
    if gone:
        # "run it again" cannot be done: the graph holds part of files no one can load again
        return (
            f"the load started {doc.get('started')} stopped part-way: the graph may hold only "
            f"part of it, and {', '.join(gone[:3])}{' ...' if len(gone) > 3 else ''} no longer "
            f"exist{'s' if len(gone) == 1 else ''}, so it cannot be run again; "
            "`nato-graph load --reset --yes` starts over (it clears the graph, your own loads too)"
        )
    again = " ".join(["nato-graph load", *files])
    return (
        f"the load started {doc.get('started')} stopped part-way: the graph may hold only part of "
        f"it; run `{again}` again to finish it (loading twice changes nothing), or "
        "`nato-graph load --reset --yes` to start over"
    )


def overrides_kept(settings: Settings) -> str | None:
    """Why a load of articles alone keeps the graph's data, in words ("records of your files
    replaced 1 bundled record (fix.partnerships.yaml, loaded 2026-12-06 15:40 UTC)"), or None
    when the last load of data replaced none, or when a load begun since stopped part-way: a
    ``load --reset`` that failed after its clear, a load that wrote part of the bundled data
    back over them. The graph then may no longer hold them, so no answer is said to rest on
    them; that load's warning says which records may be gone (``warning``)."""
    from nato_graph.loaders import overrides

    recorded = overrides.entry(settings)
    if recorded is None or stopped_since(settings, recorded):
        return None
    return overrides.said(recorded)
