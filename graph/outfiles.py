"""Writing output files whole or not at all.

Every file nato-graph writes for a user (views, exports, the browser kit) goes
through :func:`replacing`: the data is written to a temporary file beside the
target, flushed to disk, then renamed over it. A full disk, a killed process or
a writer that fails half-way leaves the old file (or none), never a truncated
one; an error is one :class:`OutputError` line naming the path.

Directories missing on the way to the path are made (``view -o out/views/x.html`` makes
``out/views``; tests/test_views.py writes a view into a new folder so): a command's ``--help`` and
the README say so, so that it is no surprise.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from nato_graph.errors import NatoGraphError
from nato_graph.settings import file_in_the_way
from nato_graph.text import escape_control


class OutputError(NatoGraphError):
    """An output file cannot be written (a full disk, no permission, a directory in the way)."""


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message may show it: control characters escaped.

    >>> shown("out/\\x1b[2Jview.html")
    'out/\\\\x1b[2Jview.html'
    """
    return escape_control(os.fspath(path))


def output_path(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path, or an OutputError when it is empty: ``Path("")`` is the current
    directory, so an empty ``-o ""`` would otherwise write into it or fall back to a default name.

    >>> output_path("")
    Traceback (most recent call last):
    ...
    nato_graph.outfiles.OutputError: the output path is empty; give a file or directory name
    """
    if os.fspath(path) in ("", b""):
        raise OutputError("the output path is empty; give a file or directory name")
    return Path(os.fsdecode(path))


def _failure(target: Path, exc: OSError, *, directory: bool = False) -> OutputError:
    """One line naming ``target``; a file where a directory must be is named, not "File exists"."""
    way = file_in_the_way(target if directory else target.parent)
    if way == target:
        return OutputError(f"cannot write into {shown(target)}: it is a file, not a directory")
    if way is not None:
        return OutputError(f"cannot write {shown(target)}: {shown(way)} is a file, not a directory")
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot write {shown(target)}: {reason}")


def directory(path: str | os.PathLike[str]) -> Path:
    """Make the directory ``path`` (and any missing on the way) to write files into, before any
    work that would fill it is done; an :class:`OutputError` naming what is in the way otherwise.
    """
    target = output_path(path)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failure(target, exc, directory=True) from None
    return target


@overload
def replacing(
    path: str | os.PathLike[str], binary: Literal[False] = False
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def replacing(
    path: str | os.PathLike[str], binary: Literal[True]
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def replacing(path: str | os.PathLike[str], binary: bool = False) -> Any:
    """A file object to write ``path`` through: on success the file replaces ``path`` whole,
    on any error nothing is left behind and an OSError becomes an :class:`OutputError`.

    Text mode writes UTF-8 with ``\\n`` line ends (``newline=""`` semantics for csv). An empty
    ``path`` is an OutputError (:func:`output_path`).
    """
    return _replacing(output_path(path), binary)


@contextlib.contextmanager
def _replacing(target: Path, binary: bool) -> Iterator[IO[Any]]:
    if target.is_dir():
        raise OutputError(f"cannot write {shown(target)}: a directory is in the way")
    # A link is written through: the file it names is replaced, the link kept (the rename put a
    # plain file in its place). A device or a pipe (/dev/stdout, a FIFO) is written into as it
    # is: there is no whole file to replace, and a rename made it a plain file.
    real = Path(os.path.realpath(target))
    if real != target and real.is_dir():
        raise OutputError(f"cannot write {shown(target)}: it links to a directory")
    try:
        mode = target.stat().st_mode  # of what a link names (/dev/stdout: this process's pipe)
    except OSError:
        mode = 0  # not there yet (or not to be looked at): made below, or the error named there
    if stat.S_ISSOCK(mode):
        raise OutputError(f"cannot write {shown(target)}: it is a socket")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode):
        with _into(target, binary) as stream:
            yield stream
        return
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise _failure(target, exc) from None
    try:
        if binary:
            f: IO[Any] = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would surprise whoever serves the file
        os.replace(tmp, real)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _failure(target, exc) from None
        raise


@contextlib.contextmanager
def _into(target: Path, binary: bool) -> Iterator[IO[Any]]:
    """Write into a device or pipe in place; its errors (a full device) as OutputError."""
    try:
        f: IO[Any] = (
            open(target, "wb")  # noqa: SIM115 - closed below
            if binary
            else open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115
        )
    except OSError as exc:
        raise _failure(target, exc) from None
    try:
        with f:
            yield f
            f.flush()
    except OSError as exc:
        raise _failure(target, exc) from None


def write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`replacing`); returns the path."""
    with replacing(path) as f:
        f.write(text)
    return Path(path)
