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

A file already at the path is replaced only when nato-graph wrote it, as an output of the same
kind (a :class:`Made` says how one starts: a view carries ``<meta name="generator"
content="nato-graph">``, a GraphML or GEXF export the comment ``<!-- written by nato-graph -->``, a
JSON export the key ``"generator": "nato-graph"`` beside its node-link keys, a Cypher or CSV export its own
opening), or when it is empty (``mktemp``'s
placeholder): anything else, a symbolic link or a block device included, is refused in one line
naming the path, before any work and with nothing written, unless the caller says to replace it
(``--force``, ``overwrite=True``). A symbolic link at the path is then replaced by the file, not
followed: ``-o /etc/passwd`` by way of a link writes no file outside the directory given (a link
to a process's own stream, ``/dev/stdout``, is written through, as the shell set it up).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, overload

from nato_graph.errors import NatoGraphError
from nato_graph.settings import file_in_the_way
from nato_graph.text import clip, shown_path

NAME_MAX = 255  # bytes in one file name, where the file system does not say (Linux's)
PATH_MAX = 4096  # bytes in a path handed to the kernel, its end included (Linux's)


class OutputError(NatoGraphError):
    """An output file cannot be written (a full disk, no permission, a directory in the way, a
    file there that nato-graph did not write)."""


HEAD = 4096  # bytes of an existing file read to tell whether nato-graph wrote it


@dataclass(frozen=True)
class Made:
    """How an output of one kind starts, so that an earlier one may be replaced without asking:
    the file's first bytes (up to :data:`HEAD`, a byte order mark and leading white space
    skipped) start with ``start`` and hold one of ``marks`` (any, when there are none).

    >>> VIEW.made(b'<!DOCTYPE html>\\n<meta name="generator" content="nato-graph">')
    True
    >>> VIEW.made(b"root:x:0:0:root:/root:/bin/bash")
    False
    """

    what: str  # "a view", in a message: "it is not a view nato-graph wrote"
    start: bytes
    marks: tuple[bytes, ...] = ()

    def made(self, head: bytes) -> bool:
        head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
        return head.startswith(self.start) and (
            not self.marks or any(mark in head for mark in self.marks)
        )


VIEW = Made("a view", b"<!DOCTYPE html>", (b'<meta name="generator" content="nato-graph">',))
# The comment a GraphML or GEXF export carries after its XML declaration, and the key a JSON
# export carries beside its node-link keys: a file another tool wrote in the same format
# (Gephi's GraphML, a networkx node-link file, one networkx wrote from a graph read from an
# export) has neither, is not an earlier export, and is not replaced without asking.
XML_MARK = b"<!-- written by nato-graph -->"
JSON_MARK = b'"generator": "nato-graph"'
EXPORTS = {
    "graphml": Made("a GraphML export", b"<?xml", (XML_MARK,)),
    "gexf": Made("a GEXF export", b"<?xml", (XML_MARK,)),
    "json": Made("a JSON export", b"{", (JSON_MARK,)),
    "cypher": Made("a Cypher export", b"// nato-graph export:"),
    "csv": Made("a neo4j-admin CSV export file", b":", (b":ID,:LABEL", b":START_ID,:END_ID,:TYPE")),
}
# What a refusal tells the user to do, from the command line and from Python.
REPLACE_ADVICE = "give another path, or --force (overwrite=True from Python) to replace it"


def _stream_link(path: Path) -> bool:
    """A link the system keeps to a process's streams (``/dev/stdout``, ``/dev/fd/1``,
    ``/proc/self/fd/1``): written through, as the shell set it up (``-o /dev/stdout > f``)."""
    return os.path.abspath(path).startswith(("/dev/", "/proc/"))


def check_replaceable(path: Path, made: Made | None, overwrite: bool = False) -> None:
    """An :class:`OutputError` when what is at ``path`` is not to be replaced: a file nato-graph
    did not write as ``made`` says one starts, a symbolic link, a block device. Nothing there,
    an empty file, a character device or a pipe (written into: ``/dev/null``) pass; so does
    anything when ``overwrite`` (or ``made`` is None: a writer that does not ask)."""
    if overwrite or made is None:
        return
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return  # nothing there (or nothing to look at): the write names any error itself
    if stat.S_ISLNK(mode):
        if _stream_link(path):
            return
        raise OutputError(
            f"cannot write {shown(path)}: it is a symbolic link (to {shown(os.readlink(path))}), "
            "which nato-graph does not write through; give another path, or --force "
            "(overwrite=True from Python) to replace the link itself"
        )
    if stat.S_ISBLK(mode):
        raise OutputError(f"cannot write {shown(path)}: it is a block device; {REPLACE_ADVICE}")
    if not stat.S_ISREG(mode):
        return  # a character device or a pipe is written into; a directory or socket refused later
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD)
    except OSError as exc:
        raise OutputError(
            f"cannot write {shown(path)}: it exists, and whether nato-graph wrote it cannot be "
            f"read ({exc.strerror or exc}); {REPLACE_ADVICE}"
        ) from None
    if head and not made.made(head):
        raise OutputError(
            f"cannot write {shown(path)}: it exists and is not {made.what} nato-graph wrote; "
            f"{REPLACE_ADVICE}"
        )


def what_is_at(path: str | os.PathLike[str], made: Made) -> tuple[str, bytes] | None:
    """What a write at ``path`` replaces, for the note that says so (a view written over
    another one replaced it without a word: analyst audit 21): ``("made", head)`` for an output
    nato-graph wrote as ``made`` says one starts (``head``: its first :data:`HEAD` bytes),
    ``("other", head)`` for any other file with something in it, ``("link", target)`` for a
    symbolic link (not one to a process's stream); None for nothing there, an empty file, a
    device or pipe written into, or anything that cannot be looked at (the write says why)."""
    try:
        where = Path(os.fsdecode(path))
        mode = os.lstat(where).st_mode
        if stat.S_ISLNK(mode):
            return None if _stream_link(where) else ("link", os.fsencode(os.readlink(where)))
        if not stat.S_ISREG(mode):
            return None
        with open(where, "rb") as f:
            head = f.read(HEAD)
    except (OSError, ValueError):
        return None
    if not head:
        return None
    return ("made" if made.made(head) else "other"), head


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


def check_file(
    path: str | os.PathLike[str], made: Made | None = None, *, overwrite: bool = False
) -> Path:
    """``path`` as a Path (:func:`output_path`) after the checks a file can fail before anything
    is written: a directory (or a link to one) or a socket where the file would go, a file on
    the way to it, and, given ``made``, a file there that is not an earlier output of that kind
    (:func:`check_replaceable`, unless ``overwrite``). Nothing is made; an :class:`OutputError`
    otherwise."""
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
    check_replaceable(target, made, overwrite)
    # named as given (afile/x.json: afile is a file), or as the link leads
    way = file_in_the_way(target.parent) or file_in_the_way(real.parent)
    if way is not None:
        raise OutputError(
            f"cannot write {shown(target)}: {shown(way)} is {_kind(way)}, not a directory"
        )
    return target


def check_directory(
    path: str | os.PathLike[str],
    stale: Callable[[str], bool] | None = None,
    made: Made | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """``path`` as a Path (:func:`output_path`) after the checks a directory to write files into
    can fail before anything is written: it, or one on the way to it, is not a directory; and,
    given ``made``, a file in it that the writer names as its own (``stale``: it would be
    replaced or removed) that is not an earlier output of that kind (:func:`check_replaceable`,
    unless ``overwrite``). Nothing is made; an :class:`OutputError` otherwise."""
    target = output_path(path)
    way = file_in_the_way(target)
    if way == target:
        raise OutputError(f"cannot write into {shown(target)}: it is {_kind(way)}, not a directory")
    if way is not None:
        raise OutputError(
            f"cannot write {shown(target)}: {shown(way)} is {_kind(way)}, not a directory"
        )
    if stale is not None and made is not None and not overwrite:
        with contextlib.suppress(OSError):  # not there yet, or not to be listed: no file to lose
            for entry in sorted(Path(os.path.realpath(target)).iterdir()):
                if stale(entry.name) and not entry.is_dir():
                    check_replaceable(target / entry.name, made)
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
    path: str | os.PathLike[str],
    binary: Literal[False] = False,
    *,
    made: Made | None = None,
    overwrite: bool = False,
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def replacing(
    path: str | os.PathLike[str],
    binary: Literal[True],
    *,
    made: Made | None = None,
    overwrite: bool = False,
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def replacing(
    path: str | os.PathLike[str],
    binary: bool = False,
    *,
    made: Made | None = None,
    overwrite: bool = False,
) -> Any:
    """A file object to write ``path`` through: on success the file replaces ``path`` whole,
    on any error nothing is left behind and an OSError becomes an :class:`OutputError`.

    Text mode writes UTF-8 with ``\\n`` line ends (``newline=""`` semantics for csv). An empty
    ``path`` is an OutputError (:func:`output_path`); so, given ``made``, is a file there that
    is not an earlier output of that kind (:func:`check_replaceable`), unless ``overwrite``.
    """
    target = output_path(path)
    check_replaceable(target, made, overwrite)
    return _replacing(target, binary)


@contextlib.contextmanager
def _replacing(target: Path, binary: bool) -> Iterator[IO[Any]]:
    try:
        if target.is_dir():
            raise OutputError(f"cannot write {shown(target)}: a directory is in the way")
        # A link is replaced, not written through: the rename puts the file in its place and
        # what it names is left alone (a link in a shared folder must not write elsewhere). A
        # link to a process's stream (/dev/stdout) is followed, as the shell set it up; a device
        # or a pipe is written into as it is: there is no whole file to replace, and a rename
        # made it a plain file.
        real = Path(os.path.realpath(target))
        if real != target and real.is_dir():
            raise OutputError(f"cannot write {shown(target)}: it links to a directory")
        if target.is_symlink() and not _stream_link(target):
            real = Path(os.path.abspath(target))
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


def write_text(
    path: str | os.PathLike[str], text: str, *, made: Made | None = None, overwrite: bool = False
) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`replacing`, which ``made`` and
    ``overwrite`` are for); returns the path."""
    with replacing(path, made=made, overwrite=overwrite) as f:
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
    path: str | os.PathLike[str],
    stale: Callable[[str], bool],
    *,
    made: Made | None = None,
    overwrite: bool = False,
) -> Iterator[FileSet]:
    """A :class:`FileSet` to write the files of ``path`` (a directory) through, whole or not at
    all: they are written into a temporary directory (inside it, or beside it when it is new),
    and only when every one is written are they moved in. Files in ``path`` that ``stale`` says the writer names (an
    earlier run's) and that this run did not write are removed then; nothing else in ``path``
    is touched. Any error leaves ``path`` as it was and is one :class:`OutputError` line; so is
    an empty path, a file where the directory must be, or, given ``made``, a file of those names
    in it that is not an earlier output of that kind, unless ``overwrite``
    (:func:`check_directory`)."""
    target = check_directory(path, stale, made, overwrite=overwrite)
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
