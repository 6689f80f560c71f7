"""Reading data files into records that remember the line each value came from."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nato_graph.loaders.model import KIND_BY_NAME, KINDS, Kind
from nato_graph.text import escape_control

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 20


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


def kind_of(path: Path) -> Kind | None:
    """The kind a file holds, from its name: ``partnerships.yaml`` or ``mine.partnerships.csv``."""
    stem = path.name.split(".")[-2] if path.name.count(".") >= 1 else ""
    return KIND_BY_NAME.get(stem)


def read_file(path: Path, display: str | None = None) -> tuple[list[Record], list[Problem]]:
    """Read one YAML or CSV data file; problems are returned, never raised."""
    name = display or str(path)
    kind = kind_of(path)
    if kind is None:
        kinds = ", ".join(k.name for k in KINDS)
        return [], [
            Problem(
                name,
                1,
                "file",
                f"cannot tell the kind of data from the file name; name it KIND.yaml "
                f"or NAME.KIND.yaml with KIND one of {kinds}",
            )
        ]
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return [], [Problem(name, 1, "file", f"larger than {MAX_FILE_BYTES // 2**20} MiB")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(name, 1, "file", f"cannot read: {exc.strerror}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [Problem(name, line, "file", f"not valid UTF-8 (byte 0x{data[exc.start]:02x})")]
    if path.suffix.lower() == ".csv":
        return _read_csv(text, kind, name)
    return _read_yaml(text, kind, name)


# libyaml's parser when PyYAML has it (its wheels do): ten times faster than the pure-Python one.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader (no tags that construct Python objects), lenient about bad timestamps."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    # An unquoted 1995-13-01 looks like a timestamp to YAML but is no date: keep the text, so
    # validation reports it as a bad date at its line instead of the reader crashing.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _read_yaml(text: str, kind: Kind, name: str) -> tuple[list[Record], list[Problem]]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return [], []
        if not isinstance(root, yaml.SequenceNode):
            return [], [
                Problem(name, root.start_mark.line + 1, "file", "expected a list of records")
            ]
        records, problems = [], []
        for item in root.value:
            line = item.start_mark.line + 1
            if not isinstance(item, yaml.MappingNode):
                problems.append(Problem(name, line, "record", "expected a mapping of field: value"))
                continue
            values: dict[str, Any] = {}
            lines: dict[str, int] = {}
            unreadable: set[str] = set()
            for key_node, value_node in item.value:
                key = loader.construct_object(key_node, deep=True)
                key_line = key_node.start_mark.line + 1
                if not isinstance(key, str):
                    problems.append(Problem(name, key_line, str(key), "field names must be text"))
                    continue
                if key in values:
                    problems.append(Problem(name, key_line, key, "field given twice"))
                    continue
                if _depth(value_node, 0, {}) > MAX_DEPTH:
                    problems.append(
                        Problem(name, key_line, key, f"nested more than {MAX_DEPTH} levels")
                    )
                    unreadable.add(key)
                    continue
                try:
                    values[key] = loader.construct_object(value_node, deep=True)
                except (ValueError, TypeError, OverflowError) as exc:  # e.g. `!!int abc`
                    problems.append(Problem(name, key_line, key, f"cannot read the value: {exc}"))
                    unreadable.add(key)
                    continue
                lines[key] = key_line
            records.append(Record(kind, name, line, values, lines, unreadable))
        return records, problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return [], [Problem(name, line, "yaml", (exc.problem or str(exc)).strip())]
    except yaml.reader.ReaderError as exc:  # a raw control character: name its line, not line 1
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else 1
        what = f"character 0x{exc.character:02x} is not allowed: {exc.reason}"
        return [], [Problem(name, line, "yaml", what)]
    except yaml.YAMLError as exc:
        return [], [Problem(name, 1, "yaml", str(exc).splitlines()[0])]
    except RecursionError:
        return [], [Problem(name, 1, "yaml", "nested too deeply")]
    finally:
        loader.dispose()


def _depth(node: yaml.Node, level: int, seen: dict[int, int]) -> int:
    """How deep ``node`` nests, counted from ``level``.

    Aliases make the node graph a DAG (``&a [*b, *b, ...]`` "billion laughs"); each
    node is visited once per level it is reached at, so that costs nodes x levels, not paths.
    """
    if level > MAX_DEPTH:
        return level
    if seen.get(id(node), -1) >= level:
        return level  # already explored from at least this deep
    seen[id(node)] = level
    if isinstance(node, yaml.SequenceNode):
        return max((_depth(n, level + 1, seen) for n in node.value), default=level + 1)
    if isinstance(node, yaml.MappingNode):
        return max((_depth(v, level + 1, seen) for _, v in node.value), default=level + 1)
    return level


LIST_SEPARATOR = ";"


def _read_csv(text: str, kind: Kind, name: str) -> tuple[list[Record], list[Problem]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], []
    except csv.Error as exc:
        return [], [Problem(name, 1, "csv", str(exc))]
    header = [h.strip() for h in header]
    records, problems = [], []
    list_fields = {f.name for f in kind.fields if f.type in ("texts", "refs")}
    # Column problems are reported once, at the header, not once per row.
    skip: set[int] = set()  # columns whose cells are not read
    for i, column in enumerate(header):
        if column in header[:i]:
            if header.index(column) not in skip:
                problems.append(Problem(name, 1, column, "column given twice"))
            skip.add(i)
        elif column == "history":
            problems.append(Problem(name, 1, column, "history cannot be given in CSV; use YAML"))
            skip.add(i)
        elif column not in kind.field_names:
            expected = ", ".join(kind.field_names)
            problems.append(
                Problem(
                    name,
                    1,
                    column or f"column {i + 1}",
                    f"unknown field (expected one of {expected})",
                )
            )
            skip.add(i)
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                problems.append(
                    Problem(name, line, "record", f"{len(row)} cells, header has {len(header)}")
                )
                continue
            values: dict[str, Any] = {}
            for i, (column, cell) in enumerate(zip(header, row, strict=True)):
                cell = cell.strip()
                if cell == "" or i in skip:
                    continue
                if column in list_fields:
                    values[column] = [
                        part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()
                    ]
                else:
                    values[column] = cell
            records.append(Record(kind, name, line, values, dict.fromkeys(values, line)))
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, "csv", str(exc)))
    return records, problems
