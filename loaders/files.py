"""Reading data files into records that remember the line each value came from.

Files are read as a stream, one record at a time (``stream_file``), so a file of a
million rows never sits in memory at once. Hostile input is bounded while it is
parsed, not after (SECURITY.md, "Input limits"):

- Any file: a regular one only (a device such as ``/dev/zero`` never ends, a FIFO may never
  open), looked at before it is opened and again once it is; its size limit is counted as it
  is read, so a file that grows, or whose size reads as 0, is read no further than it.
- YAML: at most ``MAX_FILE_BYTES``; one value at most ``MAX_STRING`` characters and
  nested at most ``MAX_DEPTH`` levels; at most ``MAX_ALIASES`` aliases a file; a record
  at most ``MAX_RECORD_VALUES`` values and a file at most ``MAX_EXPANDED_CHARS`` characters
  of text *with every alias expanded* (the count is kept per anchored node, so a
  "billion laughs" file is refused after composing a few hundred bytes of it).
- CSV: at most ``MAX_CSV_BYTES`` and ``MAX_CSV_ROWS`` rows; a cell at most Python's
  csv field limit (131,072 characters).

Plain YAML scalars are typed as YAML 1.2's core schema types them, not YAML 1.1:
only decimal integers (``1995``, ``-3``), decimal floats (``1.5``, ``2e3``),
``true``/``false``, ``null``/``~`` and ISO dates become other than text. ``0x1F``,
``017``, ``1:20``, ``1_000``, ``yes``, ``no``, ``on`` and ``off`` stay the text they
read as (in YAML 1.1 they silently become 31, 15, 80, 1000 and booleans).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from nato_graph.loaders.model import KIND_BY_NAME, KINDS, Kind
from nato_graph.text import escape_control

MAX_FILE_BYTES = 50 * 1024 * 1024  # one YAML file
MAX_CSV_BYTES = 512 * 1024 * 1024  # one CSV file: it streams, a row at a time
MAX_CSV_ROWS = 2_000_000  # rows in one CSV file
MAX_DEPTH = 20  # lists and mappings inside one field's value
MAX_STRING = 10_000  # characters in one YAML value: the longest text a field may hold
MAX_ALIASES = 1_000  # alias uses in one YAML file
MAX_RECORD_VALUES = 10_000  # values in one record, aliases expanded
MAX_EXPANDED_CHARS = MAX_FILE_BYTES  # text in one YAML file, aliases expanded
CSV_FIELD_LIMIT = csv.field_size_limit()  # Python's own limit on one CSV cell


@dataclass
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        # A field name or file name comes from the user's file: escape control characters so an
        # error message cannot drive the terminal (e.g. an OSC sequence in a YAML key).
        file, what = escape_control(self.file), escape_control(self.field)
        return f"{file}:{self.line}: {what}: {escape_control(self.message)}"


@dataclass
class Record:
    kind: Kind
    file: str
    line: int
    values: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)  # fields already reported by the reader

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)


DATA_SUFFIXES = (".yaml", ".yml", ".csv")  # what a data file's name ends in (read as CSV or YAML)
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")  # and an article's


def kind_of(path: Path) -> Kind | None:
    """The kind a file holds, from its name: ``partnerships.yaml`` or ``mine.partnerships.csv``."""
    stem = path.name.split(".")[-2] if path.name.count(".") >= 1 else ""
    return KIND_BY_NAME.get(stem)


def read_file(path: Path, display: str | None = None) -> tuple[list[Record], list[Problem]]:
    """Read one YAML or CSV data file; problems are returned, never raised."""
    records: list[Record] = []
    problems: list[Problem] = []
    for item in stream_file(path, display):
        (records if isinstance(item, Record) else problems).append(item)  # type: ignore[arg-type]
    return records, problems


def stream_file(path: Path, display: str | None = None) -> Iterator[Record | Problem]:
    """The records of one data file, one at a time, with its problems where they are found.

    Never raises for anything in the file: a problem that stops the reading (a
    syntax error, a limit passed) is the last item. A file that holds no record (empty, ``[]``,
    a CSV header alone) is a problem too: a file given to be loaded that loads nothing is a
    mistake (the wrong file, one cut short), not a load that "created 0", as an empty article is
    refused.
    """
    name = display or str(path)
    empty = True
    for item in _stream(path, name):
        empty = False
        yield item
    if empty:
        yield Problem(name, 1, "file", "holds no records; a data file lists at least one")


def _stream(path: Path, name: str) -> Iterator[Record | Problem]:
    kind = kind_of(path)
    if kind is None:  # a file that cannot be read says more than its name
        try:
            os.stat(path)
        except OSError as exc:
            yield Problem(name, 1, "file", f"cannot read: {exc.strerror or exc}")
            return
    if kind is None:
        kinds = ", ".join(k.name for k in KINDS)
        said = (
            f"cannot tell the kind of data from the file name; name it KIND.yaml "
            f"or NAME.KIND.yaml with KIND one of {kinds}"
        )
        if path.suffix.lower() not in DATA_SUFFIXES:  # a.pdf: no data file, nor an article
            said = (
                f"is neither an article nor a data file: an article is read from "
                f"{', '.join(ARTICLE_SUFFIXES)} (save a {path.suffix or 'file'} as text first); "
                f"a data file is named KIND.yaml or NAME.KIND.yaml with KIND one of {kinds}"
            )
        yield Problem(name, 1, "file", said)
        return
    is_csv = path.suffix.lower() == ".csv"
    limit = MAX_CSV_BYTES if is_csv else MAX_FILE_BYTES
    try:
        # Only a regular file is read: a device (/dev/zero) never ends and a FIFO may never
        # open, so what the name leads to is looked at before it is opened, and again once it
        # is open (without waiting for a FIFO's writer), in case it was swapped in between.
        not_regular = _not_regular(os.stat(path).st_mode)
        if not_regular:
            yield Problem(name, 1, "file", not_regular)
            return
        raw, st = open_unblocked(path)
        with raw:
            not_regular = _not_regular(st.st_mode)
            if not_regular:
                yield Problem(name, 1, "file", not_regular)
                return
            if st.st_size > limit:
                yield Problem(name, 1, "file", f"larger than {_size(limit)}")
                return
            # and no more than the limit is read, whatever the size said (a file that grows
            # while it is read, a kernel file whose size reads as 0)
            with io.BufferedReader(_Capped(raw, limit)) as f:
                if is_csv:
                    yield from _read_csv(f, kind, name)
                elif _bundled(path):
                    yield from _read_bundled_yaml(f, kind, name)
                else:
                    yield from _read_yaml(f, kind, name)
    except _TooLarge as exc:
        yield Problem(name, 1, "file", f"larger than {_size(exc.limit)} (read no further)")
    except OSError as exc:
        yield Problem(name, 1, "file", f"cannot read: {exc.strerror or exc}")


# A FIFO is opened without waiting for a writer (and then refused); no terminal becomes ours.
_OPEN_FLAGS = (
    getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
)


def open_unblocked(path: str | os.PathLike[str]) -> tuple[io.FileIO, os.stat_result]:
    """``path`` opened to read without waiting for a FIFO's writer, and what the open file is.

    The caller refuses what is not a regular file by the returned stat, taken of the open
    file itself: what a name leads to can be swapped between a look at it and the open.
    """
    fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
    try:
        return io.FileIO(fd, "rb"), os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise


def _not_regular(mode: int) -> str | None:
    """What is wrong with a data file's type, if it is not a regular file (after symlinks)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return (
            "is a folder: data files in a folder are not read; give each data file by name "
            "(nato-graph load FOLDER/*.yaml)"
        )
    return (
        f"is {special_kind(mode)}, not a regular file: a data file is read only from a regular file"
    )


def special_kind(mode: int) -> str:
    """What a file that is not a regular file or a folder is, in words ("a character device")."""
    return (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a character device"
        if stat.S_ISCHR(mode)
        else "a block device"
        if stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )


def _size(limit: int) -> str:
    """A size limit in words: ``50 MiB``, or bytes below one MiB."""
    return f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit:,} bytes"


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class _Capped(io.RawIOBase):
    """A file read no further than ``limit`` bytes: reading past them raises ``_TooLarge``."""

    def __init__(self, raw: io.FileIO, limit: int) -> None:
        super().__init__()
        self.raw, self.limit = raw, limit

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.raw.seekable()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def readinto(self, buffer: Any) -> int | None:
        n = self.raw.readinto(buffer)
        if n and self.raw.tell() > self.limit:
            raise _TooLarge(self.limit)
        return n


# -- YAML -------------------------------------------------------------------------------


class _Resolver(BaseResolver):
    """YAML 1.2 core-schema typing of plain scalars (see the module's docstring)."""


_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$"),
    list("-0123456789"),
)
_Resolver.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp",
    re.compile(
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        re.X,
    ),
    list("0123456789"),
)

if yaml.__with_libyaml__:  # libyaml's parser (PyYAML's wheels have it): ten times the pure one
    from yaml._yaml import CParser

    class _Events(CParser):  # type: ignore[misc]
        pass

else:  # pragma: no cover

    class _Events(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):  # type: ignore[no-redef]
        def __init__(self, stream: BinaryIO) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)

        def dispose(self) -> None:
            pass


class _Limit(Exception):
    """An input limit passed while composing: the line, the field (if inside one), what."""

    def __init__(self, line: int, what: str, message: str) -> None:
        super().__init__(message)
        self.line, self.what, self.message = line, what, message


class _Loader(_Events, SafeConstructor, _Resolver):
    """Parser events composed one record at a time, with every limit counted as it goes.

    Each composed node's cost with aliases expanded (values, characters, depth) is
    known when it is composed; an alias adds its anchor's cost without expanding it.
    """

    def __init__(self, stream: BinaryIO) -> None:
        _Events.__init__(self, stream)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)
        self.anchors: dict[str, Node] = {}
        self.anchor_cost: dict[str, tuple[int, int, int]] = {}
        self.alias_uses = 0
        self.chars = 0  # text in the file so far, aliases expanded
        self.field: tuple[str, int] | None = None  # the record's field being composed, its line
        self.too_long: set[str] = set()  # the record's fields holding a value over MAX_STRING

    def next(self) -> Any:  # the parser's events, untyped: PyYAML's stubs make them Optional
        return self.get_event()

    def peek(self) -> Any:
        return self.peek_event()

    def limit(self, line: int, message: str) -> _Limit:
        """A limit passed inside a field is reported at the field, as validation's problems are."""
        if self.field is not None:
            return _Limit(self.field[1], self.field[0], message)
        return _Limit(line, "yaml", message)

    def compose(self, level: int) -> tuple[Node, int, int, int]:
        """The next node, and its values, characters and depth with aliases expanded."""
        if self.check_event(AliasEvent):
            event = self.next()
            if event.anchor not in self.anchors:
                raise yaml.composer.ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                )
            self.alias_uses += 1
            if self.alias_uses > MAX_ALIASES:
                raise self.limit(event.start_mark.line + 1, f"more than {MAX_ALIASES} aliases")
            values, chars, depth = self.anchor_cost[event.anchor]
            if level + depth > MAX_DEPTH:
                raise self.limit(event.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels")
            return self.anchors[event.anchor], values, chars, depth
        event = self.peek()
        anchor = event.anchor
        if anchor is not None and anchor in self.anchors:
            raise yaml.composer.ComposerError(
                f"found duplicate anchor {anchor!r}; first occurrence",
                self.anchors[anchor].start_mark,
                "second occurrence",
                event.start_mark,
            )
        node: Node
        if self.check_event(ScalarEvent):
            event = self.next()
            text = event.value
            if len(text) > MAX_STRING:  # a problem at its field, which is then not read
                if self.field is None:
                    raise self.limit(
                        event.start_mark.line + 1, f"longer than {MAX_STRING} characters"
                    )
                self.too_long.add(self.field[0])
                text = ""
            tag = event.tag
            if tag is None or tag == "!":
                tag = self.resolve(ScalarNode, text, event.implicit)
            node = ScalarNode(tag, text, event.start_mark, event.end_mark, style=event.style)
            values, chars, depth = 1, len(event.value), 0
        else:
            start = self.next()
            if level + 1 > MAX_DEPTH:
                raise self.limit(start.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels")
            values, chars, depth = 1, 0, 1
            is_map = isinstance(start, MappingStartEvent)
            tag = start.tag
            if tag is None or tag == "!":
                tag = self.resolve(MappingNode if is_map else SequenceNode, None, start.implicit)
            children: list[Any] = []
            node = (MappingNode if is_map else SequenceNode)(
                tag, children, start.start_mark, None, flow_style=start.flow_style
            )
            end = MappingEndEvent if is_map else SequenceEndEvent
            while not self.check_event(end):
                key, v, c, d = self.compose(level + 1)
                values, chars, depth = values + v, chars + c, max(depth, d + 1)
                if is_map and level == -1 and isinstance(key, ScalarNode):
                    self.field = (key.value, key.start_mark.line + 1)
                if is_map:
                    value, v, c, d = self.compose(level + 1)
                    values, chars, depth = values + v, chars + c, max(depth, d + 1)
                    children.append((key, value))
                else:
                    children.append(key)
                if values > MAX_RECORD_VALUES:
                    raise self.limit(
                        key.start_mark.line + 1,
                        f"more than {MAX_RECORD_VALUES} values with aliases expanded",
                    )
                if level == -1:
                    self.field = None
            node.end_mark = self.next().end_mark
        if anchor is not None:
            self.anchors[anchor] = node
            self.anchor_cost[anchor] = (values, chars, depth)
        return node, values, chars, depth


def _bundled(path: Path) -> bool:
    """Whether ``path`` is a file of the bundled data (the package's own, read by every load)."""
    from nato_graph.loaders import DATA_DIR

    return path.parent == DATA_DIR


if yaml.__with_libyaml__:

    class _Composed(CParser, SafeConstructor, _Resolver):  # type: ignore[misc]
        """libyaml's own composer, with the same typing of scalars and the same constructor."""

        def __init__(self, stream: BinaryIO) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            _Resolver.__init__(self)
            self.too_long: set[str] = set()  # as _Loader's: no value is too long in ours


def _read_bundled_yaml(stream: BinaryIO, kind: Kind, name: str) -> Iterator[Record | Problem]:
    """The bundled data, composed by libyaml whole (about twice as fast as ``_Loader``, which
    every load pays for the bundled data): its records as ``_read_yaml`` gives them. The input
    limits ``_Loader`` counts guard a user's files; the package's own are not a user's input. A
    file that does not read so (no libyaml, not a list) is read as a user's is."""
    if not yaml.__with_libyaml__:
        yield from _read_yaml(stream, kind, name)
        return
    loader = _Composed(stream)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        node = None
    finally:
        loader.dispose()
    if not isinstance(node, SequenceNode):
        stream.seek(0)
        yield from _read_yaml(stream, kind, name)
        return
    for item in node.value:
        yield from _record(loader, item, kind, name)  # type: ignore[arg-type]
        loader.constructed_objects = {}  # values are not shared between records


def _read_yaml(stream: BinaryIO, kind: Kind, name: str) -> Iterator[Record | Problem]:
    loader = _Loader(stream)
    try:
        loader.next()  # StreamStartEvent
        if loader.check_event(StreamEndEvent):
            return
        loader.next()  # DocumentStartEvent
        if not loader.check_event(SequenceStartEvent):
            # Not a list: its shape is the problem, whatever it holds, so it is not read (a JSON
            # export, a mapping of thousands of values, would pass a limit first and be named by
            # that). A document that holds nothing (`~`, a comment) holds no records.
            event = loader.peek()
            if not (
                isinstance(event, ScalarEvent)
                and event.implicit[0]
                and event.value in ("", "~", "null", "Null", "NULL")
            ):
                yield Problem(name, event.start_mark.line + 1, "file", "expected a list of records")
                return
            loader.next()
        else:
            loader.next()
            while not loader.check_event(SequenceEndEvent):
                # level -1: the record's own mapping, so that its fields' values are at level 0
                item, _, chars, _ = loader.compose(-1)
                loader.chars += chars
                if loader.chars > MAX_EXPANDED_CHARS:
                    raise loader.limit(
                        item.start_mark.line + 1,
                        f"more than {MAX_EXPANDED_CHARS // 2**20} MiB of text with aliases expanded",
                    )
                yield from _record(loader, item, kind, name)
                loader.constructed_objects = {}  # values are not shared between records
                loader.too_long = set()
            loader.next()
        loader.next()  # DocumentEndEvent
        if not loader.check_event(StreamEndEvent):
            event = loader.next()
            yield Problem(
                name,
                event.start_mark.line + 1,
                "yaml",
                "expected a single document in the stream, but found another document",
            )
    except _Limit as exc:
        yield Problem(
            name,
            exc.line,
            exc.what,
            f"{exc.message} (an input limit; the file was not read further)",
        )
    except yaml.MarkedYAMLError as exc:
        yield _syntax_problem(name, exc)
    except yaml.reader.ReaderError as exc:
        yield _reader_problem(stream, name, exc)
    except yaml.YAMLError as exc:
        yield Problem(name, 1, "yaml", str(exc).splitlines()[0])
    except RecursionError:
        yield Problem(name, 1, "yaml", "nested too deeply")
    finally:
        loader.dispose()


# What PyYAML was reading (its error's context) when the construct opened at the context's mark
# ran on without its closer: the line to report is where it opened, not where the parser gave up
# (often the end of the file). Other contexts ("while parsing a block mapping") mark the start of
# an enclosing record, and the problem's own line says more.
_OPENED = {
    "while scanning a quoted scalar": "a quoted value opened here is never closed",
    "while parsing a flow sequence": "a [ list opened here is never closed",
    "while parsing a flow mapping": "a { mapping opened here is never closed",
    "while scanning a simple key": "a key here is not followed by ':'",
}


def _syntax_problem(name: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A YAML syntax error at the most useful line: where an unclosed quote, bracket or key
    starts (PyYAML's context mark), else where the parser stopped (its problem mark)."""
    problem = (exc.problem or str(exc)).strip()
    opened = _OPENED.get((exc.context or "").strip())
    start, stop = exc.context_mark, exc.problem_mark
    if opened and start is not None and stop is not None and start.line < stop.line:
        return Problem(
            name, start.line + 1, "yaml", f"{opened} ({problem} at line {stop.line + 1})"
        )
    mark = stop or start
    return Problem(name, mark.line + 1 if mark else 1, "yaml", problem)


def _reader_problem(stream: BinaryIO, name: str, exc: yaml.reader.ReaderError) -> Problem:
    """A bad byte or a raw control character, at its line (found by reading the file again)."""
    stream.seek(0)
    data = stream.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = data[: bad.start].count(b"\n") + 1
        return Problem(name, line, "file", f"not valid UTF-8 (byte 0x{data[bad.start]:02x})")
    line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else 1
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    return Problem(name, line, "yaml", f"character 0x{char:02x} is not allowed: {exc.reason}")


# What PyYAML's constructors raise for an explicitly tagged value they cannot read (`!!int`
# empty is an IndexError, `!!bool x` a KeyError): a problem at its field, never a traceback.
_UNCONSTRUCTIBLE = (ValueError, TypeError, OverflowError, IndexError, KeyError)


def _unreadable(node: Node, exc: Exception) -> str:
    """Why a tagged value could not be read, in words (PyYAML's own are an index or a key)."""
    if isinstance(exc, IndexError | KeyError) and isinstance(node, ScalarNode):
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        return f"{node.value!r} is not a valid {tag} value"
    return str(exc)


def _record(loader: _Loader, item: Node, kind: Kind, name: str) -> Iterator[Record | Problem]:
    line = item.start_mark.line + 1
    if not isinstance(item, MappingNode):
        yield Problem(name, line, "record", "expected a mapping of field: value")
        return
    if any(isinstance(k, ScalarNode) and k.tag == "tag:yaml.org,2002:merge" for k, _ in item.value):
        loader.flatten_mapping(item)  # `<<: *defaults`: the anchor's fields, counted above
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    unreadable: set[str] = set()
    for key_node, value_node in item.value:
        key_line = key_node.start_mark.line + 1
        try:
            key = loader.construct_object(key_node, deep=True)
        except _UNCONSTRUCTIBLE as exc:  # `? !!int (`: a field name no constructor can read
            yield Problem(
                name, key_line, "record", f"cannot read a field name: {_unreadable(key_node, exc)}"
            )
            continue
        if not isinstance(key, str):
            yield Problem(name, key_line, str(key), "field names must be text")
            continue
        if key in values or key in unreadable:
            yield Problem(name, key_line, key, "field given twice")
            continue
        if key in loader.too_long:
            yield Problem(name, key_line, key, f"longer than {MAX_STRING} characters")
            unreadable.add(key)
            continue
        try:
            values[key] = loader.construct_object(value_node, deep=True)
        except _UNCONSTRUCTIBLE as exc:  # e.g. `!!int abc`, `!!int` (empty), `!!bool x`
            yield Problem(
                name, key_line, key, f"cannot read the value: {_unreadable(value_node, exc)}"
            )
            unreadable.add(key)
            continue
        lines[key] = key_line
    yield Record(kind, name, line, values, lines, unreadable)


def _timestamp(loader: SafeConstructor, node: ScalarNode) -> object:
    # An unquoted 1995-13-01 looks like a timestamp to YAML but is no date: keep the text, so
    # validation reports it as a bad date at its line instead of the reader crashing.
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)  # type: ignore[type-var]
if yaml.__with_libyaml__:  # the bundled data's reader constructs what a user's file's does
    _Composed.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)  # type: ignore[type-var]


# -- CSV --------------------------------------------------------------------------------

LIST_SEPARATOR = ";"


class _BadUtf8(Exception):
    def __init__(self, line: int, byte: int) -> None:
        self.line, self.byte = line, byte


def _lines(stream: BinaryIO) -> Iterator[str]:
    for number, raw in enumerate(stream, 1):
        try:
            # Excel's "CSV UTF-8" starts with a byte order mark: not part of the first column's name
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise _BadUtf8(number, raw[exc.start]) from None


def _csv_error(exc: csv.Error, start: int) -> str:
    """The csv module's complaint in the words of the file's author."""
    text = str(exc)
    if text == "unexpected end of data":
        return f"a quoted cell opened in the record at line {start} is never closed"
    if text.startswith("new-line character seen in unquoted field"):
        return "lines end in a carriage return alone: save the file with LF or CRLF line ends"
    if "expected after" in text:
        return f"text after a quoted cell's closing quote ({text})"
    return text


def _read_csv(stream: BinaryIO, kind: Kind, name: str) -> Iterator[Record | Problem]:
    # strict: a quote left open swallowed every later row into one cell, and a load said nothing
    reader = csv.reader(_lines(stream), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield Problem(name, 1, "csv", _csv_error(exc, 1))
        return
    except _BadUtf8 as exc:
        yield Problem(name, exc.line, "file", f"not valid UTF-8 (byte 0x{exc.byte:02x})")
        return
    header = [h.strip() for h in header]
    if len(header) == 1 and ";" in header[0]:
        yield Problem(name, 1, "csv", "the columns are separated by ';': separate them by commas")
        return
    list_fields = {f.name for f in kind.fields if f.type in ("texts", "refs")}
    # Column problems are reported once, at the header, not once per row.
    skip: set[int] = set()  # columns whose cells are not read
    for i, column in enumerate(header):
        if column in header[:i]:
            if header.index(column) not in skip:
                yield Problem(name, 1, column, "column given twice")
            skip.add(i)
        elif column == "history":
            yield Problem(name, 1, column, "history cannot be given in CSV; use YAML")
            skip.add(i)
        elif column not in kind.field_names:
            expected = ", ".join(kind.field_names)
            yield Problem(
                name, 1, column or f"column {i + 1}", f"unknown field (expected one of {expected})"
            )
            skip.add(i)
    plain = [(i, c) for i, c in enumerate(header) if i not in skip and c not in list_fields]
    lists = [(i, c) for i, c in enumerate(header) if i not in skip and c in list_fields]
    width = len(header)
    rows = 0
    start = 2  # the line the record being read starts on
    try:
        for row in reader:
            line = reader.line_num
            start = line + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != width:
                yield Problem(name, line, "record", f"{len(row)} cells, header has {width}")
                continue
            rows += 1
            if rows > MAX_CSV_ROWS:
                yield Problem(
                    name,
                    line,
                    "csv",
                    f"more than {MAX_CSV_ROWS:,} rows (input limit: split the file)",
                )
                return
            values: dict[str, Any] = {c: cell for i, c in plain if (cell := row[i].strip())}
            for i, column in lists:
                parts = [p for part in row[i].split(LIST_SEPARATOR) if (p := part.strip())]
                if parts or row[i].strip():  # `;;` is a list given empty, not one left out
                    values[column] = parts
            yield Record(kind, name, line, values, dict.fromkeys(values, line))
    except csv.Error as exc:
        yield Problem(name, start, "csv", _csv_error(exc, start))
    except _BadUtf8 as exc:
        yield Problem(name, exc.line, "file", f"not valid UTF-8 (byte 0x{exc.byte:02x})")
