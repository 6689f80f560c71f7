"""What the embedded store should hold: counts kept beside its data, checked when the server starts.

After every process that wrote to the graph, ``data/nato-graph.manifest.json``
records the number of nodes per label and relationships per type, the SHA-256
of every file of the server's append-only store, and a SHA-256 of that record.
Before the server starts, the files must have the recorded checksums (a cut,
flipped, emptied, appended-to or deleted file is named). When no checksums
could be recorded (a rewrite of the files took too long), the counts the
server read back must be the recorded ones instead. While a process writes, the manifest says so
(``writing``): a writer that dies (Ctrl-C, a kill) leaves the graph in a state
no one recorded, so the next start does not compare. When a server starts on
its files, the counts it read back must equal the recorded ones; if not, or
if the manifest itself is altered, the store says the data is damaged.

The server writes every command to disk before replying (``appendfsync
always``), so a recorded count is never ahead of what is on disk.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nato_graph.errors import DamagedStoreError

NAME = "nato-graph.manifest.json"
VERSION = 1
AOF_DIR = "appendonlydir"


def file_digests(data_dir: Path) -> dict[str, str]:
    """SHA-256 of the base and incremental files in the server's append-only directory.

    Not of the server's own ``appendonly.aof.manifest``, which it rewrites at shutdown
    (the end offset of the incremental file); the server itself refuses a damaged one.
    """
    digests = {}
    folder = Path(data_dir) / AOF_DIR
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.endswith(".manifest"):
                h = hashlib.sha256()
                with open(path, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
                digests[path.name] = h.hexdigest()
    return digests


def _advice() -> str:
    from nato_graph.errors import REPAIR_ADVICE

    return REPAIR_ADVICE


@dataclass(frozen=True)
class Recorded:
    """The manifest's content: counts, or None while a writer is at work."""

    labels: dict[str, int] | None
    types: dict[str, int] | None
    files: dict[str, str] | None = None  # name in appendonlydir -> SHA-256


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


class Manifest:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / NAME

    @contextlib.contextmanager
    def _locked(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.path.with_suffix(".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def read(self) -> Recorded | None:
        """The recorded state, None when there is no manifest (a new store or an older version)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise DamagedStoreError(
                f"cannot read the store's manifest {self.path}: {exc}"
            ) from None
        try:
            doc = json.loads(text)
            body, digest = doc["body"], doc["sha256"]
            if _digest(body) != digest or body.get("version") != VERSION:
                raise ValueError
            if body["state"] == "writing":
                return Recorded(None, None)
            labels = {str(k): int(v) for k, v in body["labels"].items()}
            types = {str(k): int(v) for k, v in body["types"].items()}
            files = body.get("files")
            files = None if files is None else {str(k): str(v) for k, v in files.items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DamagedStoreError(
                f"the store's manifest {self.path} is damaged (it does not match its checksum); "
                + _advice()
            ) from None
        return Recorded(labels, types, files)

    def check_files(self) -> None:
        """Before a start: the append-only files are the ones recorded after the last write."""
        recorded = self.read()
        if recorded is None or recorded.files is None:
            return
        now = file_digests(self.path.parent)
        for name, digest in sorted(recorded.files.items()):
            where = self.path.parent / AOF_DIR / name
            if name not in now:
                problem = f"{where} is missing"
            elif now[name] != digest:
                problem = f"{where} has changed since the last write (its SHA-256 differs)"
            else:
                continue
            raise DamagedStoreError(f"the embedded store's data is damaged: {problem}; {_advice()}")
        extra = sorted(set(now) - set(recorded.files))
        if extra:
            raise DamagedStoreError(
                f"the embedded store's data is damaged: {self.path.parent / AOF_DIR / extra[0]} "
                f"was not there after the last write; {_advice()}"
            )

    def _write(self, body: dict[str, Any]) -> None:
        body = {"version": VERSION, **body}
        text = json.dumps({"body": body, "sha256": _digest(body)}, indent=1, sort_keys=True)
        tmp = self.path.with_name(f".{NAME}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def _marker(self, pid: int) -> Path:
        return self.path.with_name(f".writer.{pid}")

    def writing(self) -> None:
        """Say that a write is under way: until ``record``, the counts are not known."""
        with self._locked():
            self._marker(os.getpid()).touch(mode=0o600)
            self._write({"state": "writing"})

    def record(
        self, labels: dict[str, int], types: dict[str, int], files: dict[str, str] | None = None
    ) -> None:
        """Record the counts the graph holds now, after a write.

        While another live process is still writing, the counts are not final:
        the manifest keeps saying ``writing`` and that process records them.
        """
        from nato_graph.stores.pids import pid_alive

        with self._locked():
            with contextlib.suppress(FileNotFoundError):
                self._marker(os.getpid()).unlink()
            others = False
            for marker in self.path.parent.glob(".writer.*"):
                pid = marker.name.rpartition(".")[2]
                if pid.isdigit() and pid_alive(int(pid)):
                    others = True
                else:  # a writer that died: what it left is in the counts read now
                    with contextlib.suppress(FileNotFoundError):
                        marker.unlink()
            if others:
                self._write({"state": "writing"})
            else:
                self._write({"state": "clean", "labels": labels, "types": types, "files": files})


def compare(recorded: Recorded, labels: dict[str, int], types: dict[str, int]) -> str | None:
    """How the graph differs from the record, in a few words; None when it does not.

    >>> compare(Recorded({"Country": 3}, {"IN_REGION": 3}), {"Country": 3}, {"IN_REGION": 2})
    'IN_REGION: 2 relationships where 3 were written'
    """
    if recorded.labels is None or recorded.types is None:
        return None
    diffs = []
    for kind, want, have in (
        ("nodes", recorded.labels, labels),
        ("relationships", recorded.types, types),
    ):
        for name in sorted(set(want) | set(have)):
            if want.get(name, 0) != have.get(name, 0):
                diffs.append(
                    f"{name}: {have.get(name, 0)} {kind} where {want.get(name, 0)} were written"
                )
    if not diffs:
        return None
    more = f" (and {len(diffs) - 3} more differences)" if len(diffs) > 3 else ""
    return "; ".join(diffs[:3]) + more
