"""Writing output files whole or not at all.

Every file nato-graph writes for a user (views, exports, the browser kit) goes
through :func:`replacing`: the data is written to a temporary file beside the
target, flushed to disk, then renamed over it. A full disk, a killed process or
a writer that fails half-way leaves the old file (or none), never a truncated
one; an error is one :class:`OutputError` line naming the path.

Directories missing on the way to the path are made (``view -o out/views/x.html`` makes
``out/views``; tests/test_views.py writes a view into a new folder so): a command's ``--help`` and
the README say so, so that it is no surprise.

A set of files that belong together (the neo4j-admin CSV export) goes through
:func:`replacing_directory`: every file is written into a temporary directory (inside the
target directory, or beside it when it is new), and only when all are written are they moved
into it (the export's own files of an
earlier export that this one no longer writes are removed then), so a failure half-way leaves
the earlier set as it was, never a mix of two.

A path is checked before any work (:func:`output_path`, :func:`check_file`,
:func:`check_directory`): an empty path, a name longer than the file system allows, or a
directory or file in the way is one line before a question is asked or the graph is read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from nato_graph.errors import NatoGraphError
from nato_graph.settings import file_in_the_way
from nato_graph.text import clip, shown_path

NAME_MAX = 255  # bytes in one file name, where the file system does not say (Linux's)
PATH_MAX = 4096  # bytes in a path handed to the kernel, its end included (Linux's)


class OutputError(NatoGraphError):
    """An output file cannot be written (a full disk, no permission, a directory in the way)."""


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message may show it: control characters escaped, and a byte that is not
    UTF-8 as ``\\xNN`` (``text.shown_path``).

    >>> shown("out/\\x1b[2Jview.html")
    'out/\\\\x1b[2Jview.html'
    """
    return shown_path(os.fsdecode(os.fspath(path)))


def _name_max(path: Path) -> int:
    """How many bytes a file name may have in the directory ``path`` would be made in."""
    for step in (path, *path.parents):
        with contextlib.suppress(OSError, ValueError):
            if step.is_dir():
                most = os.pathconf(step, "PC_NAME_MAX")
                return most if most > 0 else NAME_MAX
    return NAME_MAX


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
    target = Path(os.fsdecode(path))
    raw = os.fsencode(target)
    if b"\0" in raw:
        raise OutputError(f"cannot write {clip(shown(target), 80)}: a path cannot hold a NUL byte")
    if len(raw) >= PATH_MAX:
        raise OutputError(
            f"cannot write {clip(shown(target), 80)}: the path is {len(raw):,} bytes long; "
            f"a path may have at most {PATH_MAX - 1:,}"
        )
    most = _name_max(Path(os.path.abspath(target)).parent)
    for part in target.parts:
        if len(os.fsencode(part)) > most:
            raise OutputError(
                f"cannot write {clip(shown(target), 80)}: the name {clip(shown(part), 40)!r} is "
                f"{len(os.fsencode(part)):,} bytes long; a file name may have at most {most} bytes"
            )
    return target


def kind_of(mode: int) -> str:
    """What a file of ``mode`` is, in words: "a file", "a character device", ...

    >>> kind_of(stat.S_IFCHR), kind_of(stat.S_IFREG)
    ('a character device', 'a file')
    """
    for test, kind in (
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "a file"


def _kind(path: Path) -> str:
    try:
        return kind_of(path.stat().st_mode)
    except OSError:
        return "a file"


def _failure(target: Path, exc: OSError, *, directory: bool = False) -> OutputError:
    """One line naming ``target``; a file where a directory must be is named, not "File exists"."""
    way = file_in_the_way(target if directory else target.parent)
    if way == target:
        return OutputError(
            f"cannot write into {shown(target)}: it is {_kind(way)}, not a directory"
        )
    if way is not None:
        return OutputError(
            f"cannot write {shown(target)}: {shown(way)} is {_kind(way)}, not a directory"
        )
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot write {shown(target)}: {reason}")


def check_file(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path (:func:`output_path`) after the checks a file can fail before anything
    is written: a directory (or a link to one) or a socket where the file would go, a file on
    the way to it. Nothing is made; an :class:`OutputError` otherwise."""
    target = output_path(path)
    try:
        real = Path(os.path.realpath(target))
        if target.is_dir() or real.is_dir():
            raise OutputError(f"cannot write {shown(target)}: a directory is in the way")
        mode = target.stat().st_mode if target.exists() else 0
    except OSError as exc:
        raise _failure(target, exc) from None
    if stat.S_ISSOCK(mode):
        raise OutputError(f"cannot write {shown(target)}: it is a socket")
    # named as given (afile/x.json: afile is a file), or as the link leads
    way = file_in_the_way(target.parent) or file_in_the_way(real.parent)
    if way is not None:
        raise OutputError(
            f"cannot write {shown(target)}: {shown(way)} is {_kind(way)}, not a directory"
        )
    return target


def check_directory(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path (:func:`output_path`) after the checks a directory to write files into
    can fail before anything is written: it, or one on the way to it, is not a directory.
    Nothing is made; an :class:`OutputError` otherwise."""
    target = output_path(path)
    way = file_in_the_way(target)
    if way == target:
        raise OutputError(f"cannot write into {shown(target)}: it is {_kind(way)}, not a directory")
    if way is not None:
        raise OutputError(
            f"cannot write {shown(target)}: {shown(way)} is {_kind(way)}, not a directory"
        )
    return target


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
    try:
        if target.is_dir():
            raise OutputError(f"cannot write {shown(target)}: a directory is in the way")
        # A link is written through: the file it names is replaced, the link kept (the rename
        # put a plain file in its place). A device or a pipe (/dev/stdout, a FIFO) is written
        # into as it is: there is no whole file to replace, and a rename made it a plain file.
        real = Path(os.path.realpath(target))
        if real != target and real.is_dir():
            raise OutputError(f"cannot write {shown(target)}: it links to a directory")
    except OSError as exc:  # a name too long, a loop of links: one line, not a traceback
        raise _failure(target, exc) from None
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


class FileSet:
    """The files of one :func:`replacing_directory`: each written whole into the temporary
    directory, under the name it will have in the target."""

    def __init__(self, target: Path, scratch: Path) -> None:
        self.target = target
        self._scratch = scratch
        self.names: list[str] = []

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[IO[str]]:
        """A text file (UTF-8, ``newline=""`` for csv) to write ``name`` through; an OSError is
        an :class:`OutputError` naming the file as it would be in the target."""
        if name in self.names or os.path.basename(name) != name:
            raise ValueError(f"{name!r} is written twice or is no plain file name")
        self.names.append(name)
        try:
            with open(self._scratch / name, "w", encoding="utf-8", newline="") as f:
                yield f
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            raise _failure(self.target / name, exc) from None


def _fsync_directory(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def replacing_directory(
    path: str | os.PathLike[str], stale: Callable[[str], bool]
) -> Iterator[FileSet]:
    """A :class:`FileSet` to write the files of ``path`` (a directory) through, whole or not at
    all: they are written into a temporary directory (inside it, or beside it when it is new),
    and only when every one is written are they moved in. Files in ``path`` that ``stale`` says the writer names (an
    earlier run's) and that this run did not write are removed then; nothing else in ``path``
    is touched. Any error leaves ``path`` as it was and is one :class:`OutputError` line; so is
    an empty path, or a file where the directory must be (:func:`check_directory`)."""
    target = check_directory(path)
    real = Path(os.path.realpath(target))  # a link to a directory: written into what it names
    # Inside the directory when it exists (the same file system, even where it is a mount
    # point, and no need to write its parent); beside it when it is new, to be renamed whole.
    exists = real.is_dir()
    try:
        if not exists:
            real.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(
            tempfile.mkdtemp(
                prefix=".nato-graph-" if exists else f".{real.name}.",
                suffix=".tmp",
                dir=real if exists else real.parent,
            )
        )
    except OSError as exc:
        raise _failure(target, exc, directory=True) from None
    try:
        files = FileSet(target, scratch)
        yield files
        _fsync_directory(scratch)
        if not exists:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(scratch, 0o777 & ~umask)  # mkdtemp's 0700 would surprise whoever reads it
            os.rename(scratch, real)  # the whole directory at once
            _fsync_directory(real.parent)
            return
        for name in files.names:
            os.replace(scratch / name, real / name)
        written = set(files.names)
        for entry in real.iterdir():
            if entry.name not in written and stale(entry.name) and not entry.is_dir():
                entry.unlink()
        _fsync_directory(real)
    except OSError as exc:
        raise _failure(target, exc, directory=True) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
