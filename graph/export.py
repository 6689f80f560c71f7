r"""Writing a projected graph out for other tools: GraphML, GEXF, JSON, CSV and Cypher.

Every writer takes the ``networkx.MultiDiGraph`` of :mod:`nato_graph.projection`
(node ids ``"Label:key"``, node attribute ``label``, edges keyed by type with
a ``type`` attribute) and keeps labels, types and properties:

``graphml``
    Gephi, yEd, Cytoscape, networkx. Node attribute ``label`` is the label,
    edge attribute ``type`` the relationship type.
``gexf``
    Gephi. GEXF reserves ``label`` for the text a node shows and ``type`` for
    an edge's direction, so a node's label is its name, the Neo4j label is in
    ``neo4j_label``, and an edge's label is its relationship type. (networkx's
    GEXF writer stores a property called ``key`` as ``networkx_key``.)
``json``
    networkx node-link data (``networkx.node_link_data`` with ``edges="edges"``).
``csv``
    ``neo4j-admin database import`` files, one per label (``nodes-Label.csv``)
    and per type (``relationships-TYPE.csv``): ``:ID`` is the node id,
    ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``, typed headers
    (``joined_year:int``, ``betweenness:double``, ``aliases:string[]``), and
    ``|`` between array elements, named in the import command (``--array-delimiter``):
    neo4j-admin's default, ``;``, is common in free text such as the note on a change in a
    partnership's history (``history_notes``). The files are written into a temporary
    directory (in the target directory, or beside it when it is new) and moved in only when all
    are written
    (``outfiles.replacing_directory``); files of an earlier export that this one does not
    write (``nodes-Document.csv`` once no Document is left) are removed, and only files named
    as this writer names them. A property whose name holds ``:`` (``:ID``, ``year:int``) is
    refused: neo4j-admin reads a header's ``:`` as the start of its type.
``cypher``
    A script ``cypher-shell -f`` runs: the schema's constraints and indexes,
    then batched ``UNWIND [...] AS row MERGE ...`` statements with the data as
    Cypher literals, one statement per line ending in ``;``.

Rules: null properties are left out everywhere. In GraphML and GEXF, which
have no list type, a list is written as its JSON text (``["PfP", "EAPC"]``);
JSON and Cypher keep lists as lists; CSV writes them as arrays and leaves
empty lists out (neo4j-admin reads an empty field as no property).

Hostile text (see :mod:`nato_graph.text`): GraphML and GEXF write control
characters and the characters XML 1.0 forbids (U+FFFE, U+FFFF) as visible
escapes (``\x9b``), so any XML parser reads the file; JSON escapes them
(``\u009b``) and writes NaN and infinities as null; Cypher escapes them as
``\uXXXX``. In CSV a text cell starting with ``=``, ``+``, ``-``, ``@``, tab
or carriage return gets a leading ``'`` (OWASP's advice against formula
injection; numbers stay numbers), and neo4j-admin imports that quote as part
of the value: use the JSON or Cypher export where such text must come back
exactly. GEXF reserves some attribute names: a property called ``id``,
``pid``, ``viz`` or ``neo4j_label`` on a node, or ``id``, ``label`` or
``weight`` on a relationship, is written as ``property_<name>`` (``start``
and ``end`` stay: GEXF reads them as when a node or edge exists).

Every file is written whole or not at all (:mod:`nato_graph.outfiles`).
"""

from __future__ import annotations

import csv
import json
import re
import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from nato_graph import schema
from nato_graph.batches import DEFAULT_BATCH_SIZE, chunks
from nato_graph.cypher_literals import CYPHER_SOURCE, LiteralError
from nato_graph.errors import NatoGraphError
from nato_graph.outfiles import (
    EXPORTS,
    XML_MARK,
    FileSet,
    output_path,
    replacing,
    replacing_directory,
)
from nato_graph.statements import merge_nodes, merge_relationships, neo4j_schema
from nato_graph.text import FORMULA_START, csv_text, escape_control, to_json, xml_text

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")
# The array delimiter of a CSV export: "|", or where an array element holds one (a Markdown
# table's row among an article's sentences not checked), the first of these that none holds;
# neo4j-admin has no escape for it. The import command printed names the one used.
ARRAY_DELIMITERS = ("|", ";", "\u00a6", "\u241f")
ARRAY_DELIMITER = ARRAY_DELIMITERS[0]
SCHEMA_BEGIN = (
    "// BEGIN schema (Neo4j 5 syntax; FalkorDB has no CREATE CONSTRAINT: skip to END schema)"
)
SCHEMA_END = "// END schema"


class ExportError(NatoGraphError):
    """The graph cannot be written in the chosen format."""


def export(
    g: nx.MultiDiGraph,
    fmt: str,
    path: str | Path,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    overwrite: bool = False,
    delimiter: str | None = None,
) -> list[Path]:
    """Write ``g`` as ``fmt`` to ``path`` (a directory for ``csv``, its arrays joined by
    ``delimiter``, ``array_delimiter(g)`` when not given); returns the files written.

    A file already there (for ``csv``, a file of the names the export writes) is replaced only
    when it starts as an export of that format does (``outfiles.EXPORTS``) or is empty, unless
    ``overwrite``: anything else, a symbolic link too, is an OutputError and nothing is written.
    """
    path = output_path(path)
    if fmt == "csv":
        return write_csv(g, path, overwrite=overwrite, delimiter=delimiter)
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    made = EXPORTS[fmt]
    if fmt in ("graphml", "gexf"):
        xml = flat(g) if fmt == "graphml" else for_gexf(g)
        with replacing(path, binary=True, made=made, overwrite=overwrite) as out:
            marked = _Marked(out)
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(xml, marked)
            marked.close()
        return [path]
    text = (
        to_json(_marked_json(nx.node_link_data(g, edges="edges")), indent=1) + "\n"
        if fmt == "json"
        else cypher_script(g, batch_size=batch_size)
    )
    with replacing(path, made=made, overwrite=overwrite) as f:
        f.write(text)
    return [path]


# -- GraphML and GEXF ------------------------------------------------------------


class _Marked:
    """A binary file that an XML writer writes to, with ``outfiles.XML_MARK`` put right after the
    XML declaration (a comment, which GraphML and GEXF readers pass over): so a later export may
    tell the file from one another tool wrote. The writer's first bytes are held until the
    declaration's end is seen; the rest goes straight through.

    >>> import io
    >>> out = io.BytesIO()
    >>> marked = _Marked(out)
    >>> _ = marked.write(b"<?xml version='1.0' encoding='utf-8'?>")
    >>> _ = marked.write(b"\\n<graphml/>")
    >>> out.getvalue().decode()
    "<?xml version='1.0' encoding='utf-8'?>\\n<!-- written by nato-graph -->\\n<graphml/>"
    """

    def __init__(self, out: Any) -> None:
        self._out = out
        self._head: bytes | None = b""

    def write(self, data: bytes) -> int:
        if self._head is None:
            return int(self._out.write(data))
        self._head += bytes(data)
        end = self._head.find(b"?>")
        if end < 0:
            return len(data)
        head, self._head = self._head, None
        self._out.write(head[: end + 2] + b"\n" + XML_MARK + head[end + 2 :])
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if self._head:  # no declaration came: the bytes as written
            self._out.write(self._head)
        self._head = None


def _marked_json(data: dict[str, Any]) -> dict[str, Any]:
    """Node-link data with ``"generator": "nato-graph"`` first, beside the node-link keys
    (``outfiles.JSON_MARK``): ``networkx.node_link_graph`` passes it over, so a graph a user reads
    from an export and writes again with networkx does not carry it (and is not replaced)."""
    return {"generator": "nato-graph", **data}


def flat_value(value: Any) -> Any:
    """A value as GraphML/GEXF can hold it: lists and maps become JSON text, text is XML-safe.

    >>> flat_value(["PfP", "EAPC"]), flat_value(2004), flat_value("a\x9b\uffff")
    ('["PfP", "EAPC"]', 2004, 'a\\\\x9b\\\\uffff')
    """
    if isinstance(value, list | tuple | dict):
        return xml_text(json.dumps(value, ensure_ascii=False))
    return xml_text(value) if isinstance(value, str) else value


def _flat_props(d: dict[str, Any]) -> dict[str, Any]:
    return {xml_text(str(k)): flat_value(v) for k, v in d.items() if v is not None}


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` for XML: every list property as JSON text, nulls dropped, node ids,
    property names and text XML-safe (``text.xml_text``)."""
    out = nx.MultiDiGraph()
    out.add_nodes_from((xml_text(str(n)), _flat_props(d)) for n, d in g.nodes(data=True))
    out.add_edges_from(
        (xml_text(str(u)), xml_text(str(v)), k, _flat_props(d))
        for u, v, k, d in g.edges(keys=True, data=True)
    )
    return out


# Attribute names networkx's GEXF writer reads as GEXF's own (besides the label it is given).
# ``start`` and ``end`` stay: GEXF reads them as the time a node or edge exists, which is what
# an operation's start and end are.
GEXF_NODE_RESERVED = ("id", "pid", "viz", "neo4j_label")
GEXF_EDGE_RESERVED = ("id", "label", "weight")


def _move_reserved(d: dict[str, Any], reserved: Sequence[str], where: str) -> None:
    for name in reserved:
        if name in d:
            if f"property_{name}" in d:
                raise ExportError(
                    f"{where}: GEXF reserves {name!r}, and property_{name} is taken too; "
                    "use --format graphml"
                )
            d[f"property_{name}"] = d.pop(name)


def for_gexf(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """:func:`flat`, with GEXF's reserved names: node label = its name, edge label = its type,
    properties under a reserved name as ``property_<name>``."""
    from nato_graph.analytics import name_of

    out = flat(g)
    for (n, d), original in zip(out.nodes(data=True), g.nodes, strict=True):
        label = d.pop("label", "")
        _move_reserved(d, GEXF_NODE_RESERVED, f"node {escape_control(n)}")
        d["neo4j_label"] = label
        d["label"] = xml_text(str(name_of(g, original)))
    for i, (u, v, d) in enumerate(out.edges(data=True)):
        rtype = d.pop("type", "")
        _move_reserved(d, GEXF_EDGE_RESERVED, f"relationship {escape_control(f'{u}->{v}')}")
        d["label"] = rtype
        d["id"] = str(i)
    _one_type_per_attribute(d for _, d in out.nodes(data=True))
    _one_type_per_attribute(d for _, _, d in out.edges(data=True))
    return out


def _one_type_per_attribute(items: Iterable[dict[str, Any]]) -> None:
    """GEXF declares one type per attribute: where nodes (or edges) hold an attribute with
    values of different types (``true`` on one, ``-1`` on another), all become text, as
    otherwise a reader converts every value to the first one's type and fails."""
    items = list(items)
    types: dict[str, set[type]] = {}
    for d in items:
        for name, value in d.items():
            types.setdefault(name, set()).add(type(value))
    mixed = {name for name, seen in types.items() if len(seen) > 1}
    for d in items:
        for name in mixed & d.keys():
            d[name] = json.dumps(d[name]) if isinstance(d[name], bool) else str(d[name])


# -- CSV for neo4j-admin -----------------------------------------------------------


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if -(2**31) <= value < 2**31 else "long"
    if isinstance(value, float):
        return "double"
    return "string"


def column_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type for a column's values ('' for plain strings).

    >>> [column_type(v) for v in ([1994, 2004], [0.5, 1], [["a"], []], ["x", 1])]
    ['int', 'double', 'string[]', '']
    """
    kinds: set[str] = set()
    is_list = False
    for value in values:
        if isinstance(value, list | tuple):
            is_list = True
            kinds.update(_scalar_type(v) for v in value)
        elif value is not None:
            kinds.add(_scalar_type(value))
    if kinds <= {"int", "long"} and kinds:
        kind = "long" if "long" in kinds else "int"
    elif kinds <= {"int", "long", "double"} and kinds:
        kind = "double"
    elif len(kinds) == 1:
        kind = kinds.pop()
    else:
        kind = "string"
    if is_list:
        return f"{kind}[]"
    return "" if kind == "string" else kind


def array_delimiter(g: nx.MultiDiGraph) -> str:
    """The first of ARRAY_DELIMITERS no array element of ``g``'s properties holds; the first,
    when each is held by some element (then the export names one that holds it)."""
    held: set[str] = set()
    items = (d for *_, d in (*g.nodes(data=True), *g.edges(data=True)))
    for d in items:
        for value in d.values():
            if isinstance(value, list | tuple):
                held.update(
                    c for v in value if isinstance(v, str) for c in ARRAY_DELIMITERS if c in v
                )
    return next((c for c in ARRAY_DELIMITERS if c not in held), ARRAY_DELIMITER)


def _csv_value(value: Any, where: str, delimiter: str = ARRAY_DELIMITER) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        for v in value:
            if isinstance(v, str) and delimiter in v:
                raise ExportError(
                    f"{where}: array element {escape_control(repr(v))} holds the array "
                    f"delimiter {delimiter!r}, and so does an element for each of "
                    f"{', '.join(map(repr, ARRAY_DELIMITERS[1:]))}; use --format json, graphml "
                    "or cypher"
                )
        texts = [isinstance(v, str) for v in value]
        cell = delimiter.join(
            escape_control(v, keep="\t\n") if text else _csv_value(v, where, delimiter)
            for v, text in zip(value, texts, strict=True)
        )
        return "'" + cell if texts and texts[0] and cell.startswith(FORMULA_START) else cell
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return csv_text(str(value))


def _write_table(
    files: FileSet,
    name: str,
    fixed: Sequence[tuple[str, str]],
    rows: list[tuple[list[str], dict[str, Any]]],
    delimiter: str = ARRAY_DELIMITER,
) -> Path:
    """Write one CSV file: ``fixed`` (header, name) columns first, then typed property columns,
    arrays joined by ``delimiter``."""
    keys = sorted({k for _, props in rows for k, v in props.items() if v is not None})
    headers = [h for h, _ in fixed]
    for k in keys:
        kind = column_type(props.get(k) for _, props in rows)
        headers.append(f"{k}:{kind}" if kind else k)
    with files.open(name) as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_text(h) for h in headers])
        wheres = [f"{name}: {escape_control(k)}" for k in keys]
        for fixed_values, props in rows:
            writer.writerow(
                [
                    *map(csv_text, fixed_values),
                    *(
                        _csv_value(props.get(k), w, delimiter)
                        for k, w in zip(keys, wheres, strict=True)
                    ),
                ]
            )
    return files.target / name


def _file_part(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name) or "unlabelled"


# The names write_csv gives its files: only such files of an earlier export are removed.
CSV_FILE_NAME = re.compile(r"(nodes|relationships)-[A-Za-z0-9_]+\.csv")


def is_csv_file(name: str) -> bool:
    """Whether ``name`` is one write_csv gives its files (of an earlier export, to go)."""
    return CSV_FILE_NAME.fullmatch(name) is not None


def _file_name(kind: str, name: str, taken: set[str]) -> str:
    """``nodes-Label.csv``; a second label of the same file name (``A-B`` and ``A_B``) gets
    ``nodes-A_B_2.csv``, never the first one's file."""
    base, n = f"{kind}-{_file_part(name)}", 1
    file = f"{base}.csv"
    while file in taken:
        n += 1
        file = f"{base}_{n}.csv"
    taken.add(file)
    return file


def _header_safe(what: str, props: dict[str, Any]) -> None:
    """A property name neo4j-admin would misread as a column's type (``:ID``, ``year:int``) is an
    ExportError naming the node or relationship and the property."""
    for k in props:
        if ":" in k:
            from nato_graph.cypher_literals import CYPHER_SOURCE

            # the name as Cypher writes it, its control characters shown escaped (one line)
            field = escape_control(CYPHER_SOURCE.literal({k: 1})[1:-4])
            raise ExportError(
                f"cannot export as neo4j-admin CSV: {escape_control(what)} has a property named "
                f"{escape_control(repr(k))}; neo4j-admin reads a ':' in a column header as the "
                f"start of its type (':ID', 'year:int'), so the import would fail or misread it; "
                f"rename it (`nato-graph cypher --write` with SET x.new_name = x.{field} REMOVE "
                f"x.{field}) or use --format json, graphml or cypher"
            )


def write_csv(
    g: nx.MultiDiGraph, directory: Path, *, overwrite: bool = False, delimiter: str | None = None
) -> list[Path]:
    """One neo4j-admin CSV per label and per relationship type in ``directory``, moved in only
    when all are written; the files of an earlier export this one no longer writes go. A file
    of those names in ``directory`` that is not such a file (its header) is refused, unless
    ``overwrite``. Arrays are joined by ``delimiter`` (``array_delimiter(g)`` when not given),
    which the import command must be given."""
    delimiter = delimiter or array_delimiter(g)
    nodes: dict[str, list[tuple[list[str], dict[str, Any]]]] = {}
    for n, d in g.nodes(data=True):
        props = {k: v for k, v in d.items() if k != "label" and v != []}
        _header_safe(f"node {n}", props)
        nodes.setdefault(d.get("label", ""), []).append(([str(n), d.get("label", "")], props))
    rels: dict[str, list[tuple[list[str], dict[str, Any]]]] = {}
    for u, v, d in g.edges(data=True):
        props = {k: x for k, x in d.items() if k != "type" and x != []}
        _header_safe(f"relationship {u}-[:{d.get('type', '')}]->{v}", props)
        rels.setdefault(d.get("type", ""), []).append(([str(u), str(v), d.get("type", "")], props))
    taken: set[str] = set()
    # an empty path, or a file in the way: one line before anything is written
    with replacing_directory(
        directory, stale=is_csv_file, made=EXPORTS["csv"], overwrite=overwrite
    ) as files:
        written = [
            _write_table(
                files,
                _file_name("nodes", label, taken),
                [(":ID", "id"), (":LABEL", "label")],
                rows,
                delimiter,
            )
            for label, rows in sorted(nodes.items())
        ]
        written += [
            _write_table(
                files,
                _file_name("relationships", rtype, taken),
                [(":START_ID", "start"), (":END_ID", "end"), (":TYPE", "type")],
                rows,
                delimiter,
            )
            for rtype, rows in sorted(rels.items())
        ]
    return written


def admin_import_command(
    paths: Sequence[Path], database: str = "neo4j", delimiter: str = ARRAY_DELIMITER
) -> str:
    """The ``neo4j-admin`` command that imports the CSV files (into an empty, stopped database),
    whose arrays are joined by ``delimiter`` (``array_delimiter``).

    The database name comes before the options: ``--nodes`` and ``--relationships`` take
    one or more files, so a name after them is read as one more file.

    >>> admin_import_command([Path("out/nodes-Country.csv"), Path("my files/relationships-X.csv")])
    "neo4j-admin database import full neo4j '--array-delimiter=|' --multiline-fields=true --nodes=out/nodes-Country.csv '--relationships=my files/relationships-X.csv'"
    """
    args = [f"--nodes={p}" for p in paths if p.name.startswith("nodes-")]
    args += [f"--relationships={p}" for p in paths if p.name.startswith("relationships-")]
    options = [f"--array-delimiter={delimiter}", "--multiline-fields=true", *args]
    return " ".join(
        ["neo4j-admin database import full", shlex.quote(database), *map(shlex.quote, options)]
    )


# -- Cypher script ---------------------------------------------------------------------


def cypher_literal(value: Any, what: str | None = None) -> str:
    """A value as Cypher source for cypher-shell (``cypher_literals.CYPHER_SOURCE``); nulls inside
    maps are left out. A value with no literal is an ExportError naming ``what`` (a node or
    relationship) and, for a map of properties, the property.

    >>> cypher_literal({"name": "Israel", "years": [1994, 2004], "score": 0.25, "ok": True,
    ...                 "gone": None})
    "{name: 'Israel', years: [1994, 2004], score: 0.25, ok: true}"
    >>> cypher_literal({"key": "ISR", "props": {"score": float("nan")}}, "node Country:ISR")
    Traceback (most recent call last):
    ...
    nato_graph.export.ExportError: cannot write node Country:ISR as Cypher: its property 'score' holds nan, which is not a finite number; a Cypher script has no literal for it (remove or fix the property, or use --format json, which writes null)
    """
    try:
        return CYPHER_SOURCE.literal(value)
    except LiteralError as exc:
        if what is None:
            raise ExportError(f"cannot write a Cypher literal: {exc}") from None
        props = value.get("props") if isinstance(value, dict) else None
        for name, prop in (props or {}).items():
            try:
                CYPHER_SOURCE.literal(prop)
            except LiteralError as bad:
                shown = escape_control(repr(name))
                holds = str(bad).replace(" is not", ", which is not", 1)
                raise ExportError(
                    f"cannot write {escape_control(what)} as Cypher: its property {shown} holds "
                    f"{escape_control(holds)}; a Cypher script has no literal for it (remove or "
                    "fix the property, or use --format json, which writes null)"
                ) from None
        raise ExportError(f"cannot write {escape_control(what)} as Cypher: {exc}") from None


def _literal_rows(rows: list[str]) -> str:
    return "[\n" + ",\n".join(rows) + "\n]"


def cypher_script(g: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE) -> str:
    """A Cypher script that recreates ``g``: schema first, then one ``UNWIND`` per batch.

    Nodes are merged on their schema key and relationships between them by
    type, so running the script twice changes nothing. Nodes whose label is
    not in the schema (and their relationships) are left out.
    """
    lines = [
        "// nato-graph export: run with `cypher-shell -f THIS_FILE` (or paste into Neo4j Browser).",
        f"// {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships; "
        "every statement ends with ';'.",
        SCHEMA_BEGIN,
        *(statement + ";" for statement in neo4j_schema()),
        SCHEMA_END,
    ]
    keys: dict[str, tuple[str, Any]] = {}
    by_label: dict[str, list[str]] = {}
    for n, d in g.nodes(data=True):
        label = d.get("label", "")
        if label not in schema.NODE_LABELS or d.get(schema.key_of(label)) is None:
            continue
        key = schema.key_of(label)
        keys[n] = (label, d[key])
        props = {k: v for k, v in d.items() if k not in ("label", key)}
        row = cypher_literal({"key": d[key], "props": props}, f"node {n}")
        by_label.setdefault(label, []).append(row)
    for label in sorted(by_label):
        lines += [
            merge_nodes(label, rows=_literal_rows(batch)) + ";"
            for batch in chunks(by_label[label], batch_size)
        ]
    by_type: dict[tuple[str, str, str], list[str]] = {}
    for u, v, d in g.edges(data=True):
        rtype = d.get("type", "")
        if u not in keys or v not in keys or rtype not in schema.REL_TYPE_NAMES:
            continue
        props = {k: x for k, x in d.items() if k != "type"}
        row = cypher_literal(
            {"start": keys[u][1], "end": keys[v][1], "props": props},
            f"relationship {u}-[:{rtype}]->{v}",
        )
        by_type.setdefault((rtype, keys[u][0], keys[v][0]), []).append(row)
    for rtype, start, end in sorted(by_type):
        lines += [
            merge_relationships(rtype, start, end, rows=_literal_rows(batch)) + ";"
            for batch in chunks(by_type[(rtype, start, end)], batch_size)
        ]
    return "\n".join(lines) + "\n"
