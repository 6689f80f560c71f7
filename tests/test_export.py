"""Exports: written, read back by other readers (or replayed into a fresh store), and unchanged."""

from __future__ import annotations

import csv
import json
import shlex
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from nato_graph import export, projection, schema
from nato_graph.cli import cli
from nato_graph.stores import Store


@pytest.fixture(scope="module")
def g(curated_store: Store) -> nx.MultiDiGraph:
    return projection.project(curated_store)


def list_keys(g: nx.MultiDiGraph) -> set[str]:
    """Property keys that hold a list somewhere in ``g``."""
    data = [d for _, d in g.nodes(data=True)] + [d for _, _, d in g.edges(data=True)]
    return {k for d in data for k, v in d.items() if isinstance(v, list)}


def decoded(data: dict[str, Any], lists: set[str]) -> dict[str, Any]:
    """Undo the GraphML/GEXF list rule: a list property is its JSON text."""
    return {k: json.loads(v) if k in lists else v for k, v in data.items()}


def assert_same_graph(got: nx.MultiDiGraph, want: nx.MultiDiGraph) -> None:
    assert got.number_of_nodes() == want.number_of_nodes()
    assert got.number_of_edges() == want.number_of_edges()
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in got.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in want.edges(keys=True, data=True)
    }


def test_graphml_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    [path] = export.export(g, "graphml", tmp_path / "nato.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    lists = list_keys(g)
    assert "aliases" in lists and "history_years" in lists
    rebuilt = nx.MultiDiGraph()
    rebuilt.add_nodes_from((n, decoded(d, lists)) for n, d in back.nodes(data=True))
    rebuilt.add_edges_from(
        (u, v, k, decoded(d, lists)) for u, v, k, d in back.edges(keys=True, data=True)
    )
    assert_same_graph(rebuilt, g)


def test_gexf_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    from nato_graph.analytics import name_of

    [path] = export.export(g, "gexf", tmp_path / "nato.gexf")
    back = nx.read_gexf(path)
    lists = list_keys(g)
    rebuilt = nx.MultiDiGraph()
    for n, d in back.nodes(data=True):
        d = dict(d)
        assert d.pop("label") == name_of(g, n)  # what Gephi shows
        if "networkx_key" in d:  # networkx's GEXF writer renames an attribute called `key`
            d["key"] = d.pop("networkx_key")
        d["label"] = d.pop("neo4j_label")
        rebuilt.add_node(n, **decoded(d, lists))
    for u, v, d in back.edges(data=True):
        d = {k: x for k, x in d.items() if k not in ("id", "key")}
        d["type"] = d.pop("label")
        rebuilt.add_edge(u, v, key=d["type"], **decoded(d, lists))
    assert_same_graph(rebuilt, g)


def test_json_node_link_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    [path] = export.export(g, "json", tmp_path / "nato.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"nodes", "edges", "directed", "multigraph"} <= data.keys()
    assert_same_graph(nx.node_link_graph(data, edges="edges"), g)


def read_admin_csv(directory: Path, delimiter: str = export.ARRAY_DELIMITER) -> nx.MultiDiGraph:
    """Parse neo4j-admin import files the way neo4j-admin reads them (typed headers, arrays
    joined by ``delimiter``)."""
    cast = {
        "int": int,
        "long": int,
        "double": float,
        "boolean": lambda s: s == "true",
        "string": str,
    }

    def value(text: str, kind: str) -> Any:
        if kind.endswith("[]"):
            return [cast[kind[:-2]](x) for x in text.split(delimiter)]
        return cast[kind](text)

    g = nx.MultiDiGraph()
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for row in reader:
                fields: dict[str, str] = {}
                props: dict[str, Any] = {}
                for column, text in zip(header, row, strict=True):
                    name, _, kind = column.partition(":")
                    if not name:
                        fields[kind] = text
                    elif text != "":
                        props[name] = value(text, kind or "string")
                if "ID" in fields:
                    g.add_node(fields["ID"], label=fields["LABEL"], **props)
                else:
                    g.add_edge(
                        fields["START_ID"],
                        fields["END_ID"],
                        key=fields["TYPE"],
                        type=fields["TYPE"],
                        **props,
                    )
    return g


def test_csv_round_trip(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = export.export(g, "csv", tmp_path / "csv")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    types = {t for _, _, t in g.edges(data="type")}
    assert sorted(p.name for p in written) == sorted(
        [f"nodes-{x}.csv" for x in labels] + [f"relationships-{t}.csv" for t in types]
    )
    header = (
        (tmp_path / "csv" / "relationships-PARTNER_IN.csv")
        .read_text(encoding="utf-8")
        .splitlines()[0]
    )
    assert header.startswith(":START_ID,:END_ID,:TYPE,")
    assert {"joined_year:int", "history_years:int[]", "history_statuses:string[]", "status"} <= set(
        header.split(",")
    )
    assert (
        (tmp_path / "csv" / "nodes-Country.csv")
        .read_text(encoding="utf-8")
        .startswith(":ID,:LABEL,aliases:string[],iso3,name,names:string[],region\n")
    )
    # neo4j-admin reads an empty field as no property: empty lists are left out
    want = nx.MultiDiGraph()
    want.add_nodes_from((n, {k: v for k, v in d.items() if v != []}) for n, d in g.nodes(data=True))
    want.add_edges_from(
        (u, v, k, {a: x for a, x in d.items() if x != []})
        for u, v, k, d in g.edges(keys=True, data=True)
    )
    assert_same_graph(read_admin_csv(tmp_path / "csv"), want)


@pytest.mark.parametrize(
    ("held", "delimiter"),
    [
        pytest.param(["Country | Joined", "x"], ";", id="a-markdown-row"),
        pytest.param(["a|b", "c;d"], "\u00a6", id="two-held"),
    ],
)
def test_csv_joins_arrays_by_a_delimiter_no_element_holds(
    tmp_path: Path, held: list[str], delimiter: str
) -> None:
    """An article's sentences not checked may hold a Markdown table's row ("Country | Joined"):
    the export failed on it, for good. Arrays are joined by the first delimiter no element
    holds, and the import command names it."""
    g = nx.MultiDiGraph()
    g.add_node("Document:d", label="Document", key="d", unread_sentences=held)
    g.add_node("Country:XXX", label="Country", iso3="XXX", aliases=["Ex", "X-land"])
    assert export.array_delimiter(g) == delimiter
    written = export.export(g, "csv", tmp_path / "csv")
    assert_same_graph(read_admin_csv(tmp_path / "csv", delimiter), g)
    command = export.admin_import_command(written, delimiter=delimiter)
    assert f"--array-delimiter={delimiter}" in shlex.split(command)


def test_csv_refuses_an_element_holding_every_delimiter(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node(
        "Country:XXX", label="Country", iso3="XXX", aliases=["".join(export.ARRAY_DELIMITERS)]
    )
    with pytest.raises(export.ExportError, match="array delimiter") as raised:
        export.export(g, "csv", tmp_path)
    assert "--format json" in str(raised.value)
    assert not any(tmp_path.iterdir())


def split_script(script: str, *, skip_schema: bool = False) -> list[str]:
    """A script from export.cypher_script as statements (comments dropped), as cypher-shell splits it.

    Literals never hold a raw line break, so a statement ends at a line ending in ``;``.
    ``skip_schema`` leaves out the schema block, for FalkorDB.
    """
    out: list[str] = []
    current: list[str] = []
    in_schema = False
    for line in script.split("\n"):  # not splitlines(): U+2028 inside a literal is no line break
        if line.startswith(export.SCHEMA_BEGIN):
            in_schema = True
        elif line.startswith(export.SCHEMA_END):
            in_schema = False
        if line.startswith("//") or not line.strip() or (in_schema and skip_schema):
            continue
        current.append(line)
        if line.endswith(";"):
            out.append("\n".join(current)[:-1])
            current = []
    return out


def test_split_script() -> None:
    script = "// c\nCREATE CONSTRAINT x;\nUNWIND [\n{a: 1}\n] AS row RETURN row;\n"
    assert split_script(script) == ["CREATE CONSTRAINT x", "UNWIND [\n{a: 1}\n] AS row RETURN row"]


def test_cypher_script_shape(g: nx.MultiDiGraph) -> None:
    script = export.cypher_script(g, batch_size=50)
    statements = split_script(script)
    schema_part = [s for s in statements if s.startswith("CREATE ")]
    assert statements[: len(schema_part)] == schema_part, "constraints and indexes come first"
    assert (
        "CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE"
        in schema_part
    )
    data = statements[len(schema_part) :]
    assert all(s.startswith("UNWIND [\n") and "$" not in s.split("] AS row")[-1] for s in data)
    assert max(s.count("\n") - 1 for s in data) == 50  # rows per batch
    assert split_script(script, skip_schema=True) == data


def replay(store: Store, script: str) -> None:
    """Run a script statement by statement.

    FalkorDB has no CREATE CONSTRAINT, so the schema block is skipped and the
    store's own ensure_schema() stands in for it.
    """
    store.ensure_schema()
    for statement in split_script(script, skip_schema=True):
        store.write(statement)


def test_cypher_round_trip_into_a_fresh_store(g: nx.MultiDiGraph, store: Store) -> None:
    replay(store, export.cypher_script(g, batch_size=100))
    assert_same_graph(projection.project(store), g)
    replay(store, export.cypher_script(g))  # MERGE: running it twice changes nothing
    assert store.counts().nodes == g.number_of_nodes()


NASTY = [
    "Côte d'Ivoire",
    'say "hi"',
    "back\\slash \\' \\n",
    "two\nlines\r\tand tab",
    "// not a comment; nor the end;",
    "emoji 😀, U+2028 \u2028 here",
    "*/ MATCH (n) DETACH DELETE n //",
]


# Control characters other than tab, newline, return, backspace and form feed: written as
# \uXXXX in Cypher source, which Neo4j reads and FalkorDB does not.
CONTROLS = ["C0 \x01 \x1f, DEL \x7f and C1 \x9b"]


def nasty_graph(texts: list[str]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i, text in enumerate(texts):
        g.add_node(
            f"Country:X{i}",
            label="Country",
            iso3=f"X{i}",
            name=text,
            aliases=[text, "plain"],
            score=0.25 * i,
            big=2**40 + i,
            flag=i % 2 == 0,
        )
    # (FalkorDB replies with 15 significant digits, so the floats here are exact in binary)
    g.add_node("Region:r;x", label="Region", key="r;x", name="O'Region", **{"odd key": 1e20})
    g.add_edge(
        "Country:X0",
        "Region:r;x",
        key="IN_REGION",
        type="IN_REGION",
        note=texts[3],
        years=[1994, 2004],
    )
    return g


def with_names(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``g`` with the `names` a store derives for each named node (statements.names_of)."""
    from tests.test_names import expected_names

    out = g.copy()
    for _, d in out.nodes(data=True):
        if d["label"] in schema.NAMED_LABELS:
            d["names"] = expected_names(d)
    return out


def test_cypher_literals_survive_a_round_trip(store: Store) -> None:
    g = nasty_graph(NASTY)
    replay(store, export.cypher_script(g))
    assert_same_graph(projection.project(store), with_names(g))


@pytest.mark.neo4j
def test_cypher_literals_survive_cypher_shell(neo4j_store: Store, tmp_path: Path) -> None:
    """The same script, control characters too, run by Neo4j's cypher-shell into Neo4j."""
    from tests.conftest import neo4j_test_server
    from tests.neo4j import neo4jctl

    g = nasty_graph(NASTY + CONTROLS)
    script = tmp_path / "nasty.cypher"
    script.write_text(export.cypher_script(g), encoding="utf-8")
    shell = neo4jctl.cypher_shell(neo4j_test_server(), "-f", str(script))
    assert shell.returncode == 0, shell.stderr[-2000:]
    assert_same_graph(projection.project(neo4j_store), with_names(g))


@pytest.mark.parametrize("text", [*NASTY, *CONTROLS, "`"])
def test_the_falkordb_dialect_arrives_as_sent(store: Store, text: str) -> None:
    """The other dialect of the one encoder (cypher_literals.FALKORDB_PARAMS), as parameters:
    what FalkorDB reads back is what was sent, map keys, nulls and exponents included."""
    value = {"text": text, "list": [text, None, 1e20, -(2**63)], text: {"gone": None}}
    if "`" in text:
        value.pop(text)  # FalkorDB cannot take a backtick in a name: refused, tested in test_store
    assert store.read("RETURN $v AS v", {"v": value}).value() == value


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        pytest.param("it's", "'it\\'s'", id="quote"),
        pytest.param("a\\b", "'a\\\\b'", id="backslash"),
        pytest.param("\x00", "'\\u0000'", id="control"),
        pytest.param(1e20, "1e20", id="exponent"),
        pytest.param([True, None], "[true, null]", id="list"),
        pytest.param({"odd key": 1, "gone": None}, "{`odd key`: 1}", id="map"),
    ],
)
def test_cypher_literal(value: Any, literal: str) -> None:
    assert export.cypher_literal(value) == literal


def test_cypher_literal_refuses_what_cypher_cannot_hold() -> None:
    for bad in (float("nan"), 2**70, object()):
        with pytest.raises(export.ExportError):
            export.cypher_literal(bad)


# -- the CLI ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_export_command(
    runner: CliRunner, curated_env: dict[str, str], g: nx.MultiDiGraph, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / ("csv" if fmt == "csv" else f"nato.{fmt}")
    result = runner.invoke(cli, ["export", "--format", fmt, "-o", str(out)], env=curated_env)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the report is on stderr: `-o /dev/stdout` prints the export alone
    assert result.stderr.startswith(
        f"exported {g.number_of_nodes()} nodes and {g.number_of_edges()} relationships"
    )
    assert out.exists()
    if fmt == "csv":
        assert "neo4j-admin database import full neo4j '--array-delimiter=|'" in result.stderr
    if fmt == "json":
        assert_same_graph(
            nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges"), g
        )


def test_export_needs_a_format(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    result = runner.invoke(
        cli, ["export", "--format", "xml", "-o", str(tmp_path / "x")], env=curated_env
    )
    assert result.exit_code == 2 and "Invalid value for '--format'" in result.stderr


def test_what_the_schema_does_not_define_is_named_not_dropped_silently(
    store: Store, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """After the README's own `CREATE (:Note ...)`, `status` counted a node that `export` left out
    without a word ("exported 411 nodes"); the export now names what it leaves out."""
    from nato_graph.connection import Connection
    from nato_graph.loaders.load import load

    load(store)
    store.write("CREATE (:Note {text: 'x'})-[:ABOUT]->(:Note {text: 'y'})")
    store.write("MATCH (c:Country {iso3: 'ISR'}) CREATE (c)-[:LIKES]->(c)")
    store.write("MATCH (c:Country {iso3: 'JOR'}) SET c:Flagged")  # exported, as a Country
    done = Connection.on(store).export("json", tmp_path / "g.json")
    assert done.left_out == ["2 nodes labelled Note", "2 other relationships"]
    env = {**cli_env, "NATO_GRAPH_HOME": str(store.settings.home)}
    out = CliRunner().invoke(
        cli, ["export", "--format", "json", "-o", str(tmp_path / "h.json")], env=env
    )
    assert out.exit_code == 0, out.output
    assert out.stderr.splitlines()[-1] == (
        "note: not exported, of labels or types the schema does not define: 2 nodes labelled "
        "Note, 2 other relationships"
    )
    store.write("MATCH (n:Note) DETACH DELETE n")
    store.write("MATCH (c:Flagged) REMOVE c:Flagged")
    store.write("MATCH ()-[r:LIKES]->() DELETE r")
    assert Connection.on(store).export("json", tmp_path / "i.json").left_out == []
