"""What nato-graph writes holds no live control characters, no formulas and no half files.

Hostile names (C0/C1 controls, bidi overrides and isolates, zero-width characters, the
XML non-characters U+FFFE/U+FFFF, spreadsheet formulas) go into the real embedded store
and come out through every writer: tables, JSON and CSV answers, the GraphML, GEXF, JSON
and neo4j-admin CSV exports. Each output is read back by a real parser (expat,
``networkx.read_graphml``/``read_gexf``, ``json.loads`` with NaN refused, ``csv``).
Output files meet a full disk (a real ``RLIMIT_FSIZE`` on the writing process, so the
kernel refuses the write) and a directory or file in the way of their path.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import table
from nato_graph.stores import Store
from nato_graph.text import csv_text, escape_control, is_control, one_line, to_json, xml_text

NO_NEO4J = {"NEO4J_URI": "", "NEO4J_USERNAME": "", "NEO4J_PASSWORD": ""}

# One of each kind the sanitiser must neutralise (FalkorDB cannot hold NUL: left out here).
CONTROLS = {
    "escape": "\x1b[31m",
    "osc-title": "\x1b]0;pwned\x07",
    "c1-csi": "\x9b2J",
    "backspace": "\x08",
    "delete": "\x7f",
    "bidi-override": "\u202e",
    "bidi-embedding": "\u202a",
    "bidi-isolate": "\u2066",
    "bidi-pop-isolate": "\u2069",
    "lrm": "\u200e",
    "rlm": "\u200f",
    "arabic-letter-mark": "\u061c",
    "zero-width-space": "\u200b",
    "zero-width-joiner": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
    "line-separator": "\u2028",
}
NOT_XML = {"fffe": "\ufffe", "ffff": "\uffff"}
HOSTILE_NAME = "Is" + "".join(CONTROLS.values()) + "".join(NOT_XML.values()) + "rael"
FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\tx", "\rx"]


def raw_controls(text: str) -> list[str]:
    """The control characters in TEXT (newline aside: line ends are the formats' own)."""
    return [c for c in text if c != "\n" and is_control(c)]


@pytest.mark.parametrize("char", [pytest.param(c, id=k) for k, c in CONTROLS.items()])
def test_each_control_is_escaped_visibly_everywhere(char: str) -> None:
    text = f"a{char}b"
    code = ord(char[0])  # the control that starts the sequence
    visible = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for shown in (escape_control(text), one_line(text), xml_text(text), csv_text(text)):
        assert not raw_controls(shown) and shown.startswith("a") and shown.endswith("b")
    assert visible in escape_control(text)
    # a table cell shows a line break as a space, anything else as its escape
    assert one_line(text) == "a b" if char == "\u2028" else visible in one_line(text)
    dumped = to_json({"k": text})
    assert not raw_controls(dumped)
    assert code < 0x20 or f"\\u{code:04x}" in dumped  # C0: json's own escapes (\\b, \\u001b)
    assert json.loads(dumped) == {"k": text}  # escaped, not lost


def test_lone_surrogates_and_astral_format_characters_in_json() -> None:
    dumped = to_json(["\ud800", "flag\U000e0067"])  # a lone surrogate; a tag character
    assert not raw_controls(dumped)
    dumped.encode("utf-8")  # printable, where the raw surrogate could not even be encoded
    assert json.loads(dumped) == ["\ud800", "flag\U000e0067"]


def test_plain_text_is_left_alone() -> None:
    for text in ("Côte d'Ivoire", "Bosnia and Herzegovina\xa0(BiH)", "Türkiye", "北大西洋", ""):
        assert escape_control(text) == one_line(text) == xml_text(text) == text
        assert json.loads(to_json(text)) == text


# -- answers ---------------------------------------------------------------------------------


def cli_run(home: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), env={"NATO_GRAPH_HOME": str(home), **NO_NEO4J})
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_json_answers_are_strict_and_escaped(store: Store) -> None:
    query = "RETURN $name AS name, 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, [-1.0 / 0.0] AS l"
    home = store.settings.home
    result = cli_run(home, "cypher", query, "--param", "name", HOSTILE_NAME, "--format", "json")
    assert result.exit_code == 0, result.output
    assert not raw_controls(result.stdout)
    rows = json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert rows == [{"name": HOSTILE_NAME, "nan": None, "inf": None, "l": [None]}]


def test_csv_answers_neutralise_formulas_but_keep_numbers(store: Store) -> None:
    query = "UNWIND $texts AS t RETURN t AS text, -3 AS n, -0.5 AS f, '-3' AS s, [t] AS l"
    result = cli_run(
        store.settings.home,
        "cypher",
        query,
        "--param",
        "texts",
        json.dumps([*FORMULAS, HOSTILE_NAME, "plain"]),
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.output
    assert not raw_controls(result.stdout.replace("\t", ""))
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["text", "n", "f", "s", "l"]
    texts = [row[0] for row in rows]
    assert texts[: len(FORMULAS)] == ["'" + f for f in FORMULAS[:4]] + ["'\tx", "'\\rx"]
    assert texts[-2:] == [escape_control(HOSTILE_NAME, keep="\t\n"), "plain"]
    assert {(row[1], row[2], row[3]) for row in rows} == {("-3", "-0.5", "'-3")}
    assert all(row[4].startswith("[") for row in rows)  # a list is JSON text: no formula


def test_canonical_link_with_a_c1_control_never_reaches_answers_raw(
    store: Store, tmp_path: Path
) -> None:
    article = tmp_path / "hostile\x1b[31m.html"
    article.write_text(
        '<html><head><title>Hostile\u009b title</title><link rel="canonical" '
        'href="https://example.org/a\u009b[2Jb\u202e"></head><body><p>Israel joined the '
        "Mediterranean Dialogue in 1995.</p></body></html>",
        encoding="utf-8",
    )
    home = store.settings.home
    loaded = cli_run(home, "load", str(article))
    assert loaded.exit_code == 0, loaded.output
    assert not raw_controls(loaded.stdout) and "hostile\\x1b[31m.html" in loaded.stdout
    for fmt in ("json", "csv", "table"):
        for args in (
            ["query", "run", "document-graph"],
            ["cypher", "MATCH (d:Document) RETURN d.url AS url, d.title AS title, d"],
        ):
            out = cli_run(home, *args, "--format", fmt)
            assert out.exit_code == 0, out.output
            shows_url = fmt != "table" or args[0] == "cypher"  # a table shows a node's caption
            assert not shows_url or "example.org/a" in out.stdout, (args, fmt)
            assert not raw_controls(out.stdout.replace("\t", "")), (args, fmt)


# -- exports --------------------------------------------------------------------------------


@pytest.fixture()
def hostile_graph(store: Store) -> Store:
    """Two countries with hostile names, aliases and property names, a partnership between. A
    list holds a formula without '|', the CSV export's array delimiter (an element holding it is
    refused: test_export.py)."""
    store.write(
        "CREATE (a:Country {iso3: 'ZZA', name: $name, aliases: [$listed], score: -3}) "
        "CREATE (b:Country {iso3: 'ZZB', name: $formula, aliases: ['Zed']}) "
        "CREATE (f:Framework {key: 'zz', acronym: $formula, name: $name}) "
        "CREATE (a)-[:PARTNER_IN {status: 'active', note: $name, sources: [$listed]}]->(f) "
        "CREATE (b)-[:PARTNER_IN {status: $formula}]->(f) "
        "SET a.`odd\u202eprop\x9b` = $name",
        {"name": HOSTILE_NAME, "formula": FORMULAS[0], "listed": FORMULAS[1]},
    )
    return store


def test_graphml_and_gexf_with_hostile_names_parse_with_real_xml_parsers(
    hostile_graph: Store, tmp_path: Path
) -> None:
    db = Connection.on(hostile_graph)
    want = xml_text(HOSTILE_NAME)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"out.{fmt}"
        db.export(fmt, path)
        text = path.read_text(encoding="utf-8")
        assert not raw_controls(text.replace("\t", "").replace("\r", "")), fmt
        ET.parse(path)  # expat: the whole file is well-formed XML 1.0
        g = read(path)
        names = {d.get("name") for _, d in g.nodes(data=True)}
        assert want in names and FORMULAS[0] in names, fmt  # formulas are for spreadsheets only
        assert any(xml_text("odd\u202eprop\x9b") in d for _, d in g.nodes(data=True)), fmt


def test_json_export_is_strict_and_escaped(hostile_graph: Store, tmp_path: Path) -> None:
    hostile_graph.write("MATCH (c:Country {iso3: 'ZZA'}) SET c.ratio = 0.0 / 0.0")
    path = tmp_path / "out.json"
    Connection.on(hostile_graph).export("json", path)
    text = path.read_text(encoding="utf-8")
    assert not raw_controls(text)
    data = json.loads(text, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    [node] = [n for n in data["nodes"] if n["id"] == "Country:ZZA"]
    assert node["name"] == HOSTILE_NAME and node["ratio"] is None


def test_neo4j_admin_csv_export_neutralises_formulas(hostile_graph: Store, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    Connection.on(hostile_graph).export("csv", out)
    text = (out / "nodes-Country.csv").read_text(encoding="utf-8")
    assert not raw_controls(text)
    header, *rows = list(csv.reader(io.StringIO(text)))
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_id["Country:ZZB"]["name"] == "'" + FORMULAS[0]
    assert by_id["Country:ZZA"]["score:int"] == "-3"  # a number, not text: left as it is
    assert by_id["Country:ZZA"]["name"] == escape_control(HOSTILE_NAME, keep="\t\n")
    rel = (out / "relationships-PARTNER_IN.csv").read_text(encoding="utf-8")
    cells = [cell for row in csv.reader(io.StringIO(rel)) for cell in row]
    assert "'" + FORMULAS[0] in cells and FORMULAS[0] not in cells


@pytest.mark.parametrize(
    ("command", "reserved"),
    [
        pytest.param(["analyze"], "label", id="analyze-label"),
        pytest.param(["export", "--format", "gexf", "-o", "x.gexf"], "label", id="export-label"),
        pytest.param(["analyze"], "type", id="analyze-type"),
        pytest.param(["export", "--format", "graphml", "-o", "x.gexf"], "type", id="export-type"),
    ],
)
def test_a_property_named_label_or_type_is_one_line(
    hostile_graph: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    reserved: str,
) -> None:
    match = "(c:Country {iso3: 'ZZA'})" if reserved == "label" else "()-[c:PARTNER_IN]->()"
    hostile_graph.write(f"MATCH {match} SET c.{reserved} = 'x'")
    monkeypatch.chdir(tmp_path)
    result = cli_run(hostile_graph.settings.home, *command)
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert f"has a property named '{reserved}'" in line and "rename it" in line
    assert list(tmp_path.iterdir()) == []


def test_gexf_moves_reserved_property_names_aside(hostile_graph: Store, tmp_path: Path) -> None:
    hostile_graph.write(
        "MATCH (c:Country {iso3: 'ZZA'})-[r]->() SET c.id = 'mine', c.viz = 'x', r.weight = 'w'"
    )
    path = tmp_path / "out.gexf"
    Connection.on(hostile_graph).export("gexf", path)
    g = nx.read_gexf(path)
    assert g.nodes["Country:ZZA"]["property_id"] == "mine"
    assert g.nodes["Country:ZZA"]["property_viz"] == "x"
    assert [d["property_weight"] for _, _, d in g.edges(data=True) if "property_weight" in d] == [
        "w"
    ]


def test_size_by_nan_scores(hostile_graph: Store, tmp_path: Path) -> None:
    home, out = hostile_graph.settings.home, tmp_path / "v.html"
    args = ["view", "country", "ZZB", "-o", str(out), "--size-by"]
    hostile_graph.write(
        "MATCH (n) SET n.nan = 0.0 / 0.0, n.some = CASE WHEN n:Framework THEN 2.5 ELSE 0.0 / 0.0 END"
    )
    result = cli_run(home, *args, "nan")  # no score at all: one line, nothing written
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert "no node in the view has a numeric 'nan'" in result.output
    assert not out.exists()
    result = cli_run(home, *args, "some")  # some NaN: those nodes are drawn at the default size
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_error_messages_quoting_a_server_reply_are_escaped(store: Store) -> None:
    # FalkorDB's reply names the undefined variable as written: bidi override and escape included
    result = cli_run(store.settings.home, "cypher", "RETURN `a\x1b[31m\u202eb` AS x")
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert "a\\x1b[31m\\u202eb" in line and not raw_controls(line)


# -- parameters -----------------------------------------------------------------------------


def nato_graph(home: Path, cwd: Path, *args: str | bytes, limit: int | None = None) -> Any:
    """The real command in its own process (argv may hold bytes that are not UTF-8), with a
    file-size limit when ``limit`` is given: past it the kernel refuses the write (EFBIG)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environ["NATO_GRAPH_HOME"] = str(home)

    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "nato_graph.cli", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        timeout=120,
        check=False,
        preexec_fn=limited,
    )


@pytest.mark.parametrize(
    ("value", "says"),
    [
        pytest.param(b"Isr\xffael", b"is not valid UTF-8 (a byte 0xff?)", id="not-utf8"),
        pytest.param(b'"\\ud800"', b"is not valid UTF-8", id="json-lone-surrogate"),
        pytest.param(b"[" * 900 + b"]" * 900, b"nested more than 16", id="900-deep"),
        pytest.param(b"[" * 17 + b"]" * 17, b"nested more than 16", id="17-deep"),
        pytest.param(b'{"a": ' * 20 + b"1" + b"}" * 20, b"nested more than 16", id="20-deep-map"),
    ],
)
@pytest.mark.parametrize("command", ["cypher", "query"])
def test_unsendable_parameters_are_one_line(
    curated_store: Store, tmp_path: Path, value: bytes, says: bytes, command: str
) -> None:
    args: list[str | bytes] = (
        ["cypher", "RETURN $x AS x"] if command == "cypher" else ["query", "run", "timeline"]
    )
    proc = nato_graph(curated_store.settings.home, tmp_path, *args, "--param", "x", value)
    assert proc.returncode == 2, proc.stderr
    [*_, line] = proc.stderr.splitlines()
    assert line.startswith(b"Error: Invalid value for --param: parameter x: ") and says in line
    assert b"Traceback" not in proc.stderr


def test_a_deep_parameter_from_the_api_is_a_clear_error(curated_store: Store) -> None:
    from nato_graph.queries.checks import ParameterError

    deep: list[Any] = []
    for _ in range(900):
        deep = [deep]
    with pytest.raises(ParameterError, match="nested more than 16"):
        Connection.on(curated_store).ask("country-profile", country=deep)


# -- output files ---------------------------------------------------------------------------

WRITERS = [
    pytest.param(["view", "overview", "-o"], "out.html", id="view"),
    pytest.param(["export", "--format", "graphml", "-o"], "out.graphml", id="export-graphml"),
    pytest.param(["export", "--format", "json", "-o"], "out.json", id="export-json"),
    pytest.param(["export", "--format", "cypher", "-o"], "out.cypher", id="export-cypher"),
    pytest.param(["export", "--format", "csv", "-o"], "csv", id="export-csv"),
    pytest.param(["browser-kit"], "kit", id="browser-kit"),
]


# How an earlier output of each writer starts (a file that does not is refused without --force:
# tests/test_analyst_audit19_outputs.py); the browser kit's files are replaced whatever they hold.
EARLIER = {
    "out.html": '<!DOCTYPE html>\n<meta name="generator" content="nato-graph">\n',
    "out.graphml": "<?xml version='1.0' encoding='utf-8'?>\n<!-- written by nato-graph -->\n",
    "out.json": '{\n "generator": "nato-graph",\n "directed": true,\n "multigraph": true,\n',
    "out.cypher": "// nato-graph export: run with `cypher-shell -f THIS_FILE`\n",
    "csv": ":ID,:LABEL,iso3\n",
    "kit": "",
}


@pytest.mark.parametrize(("args", "name"), WRITERS)
def test_a_full_disk_leaves_the_old_file_and_no_partial_one(
    curated_store: Store, tmp_path: Path, args: list[str], name: str
) -> None:
    target = tmp_path / name
    is_dir = name in ("csv", "kit")
    # a file the failed command would have written next (the first ones may fit the limit)
    old = (target / "nato-graph-guide.html") if name == "kit" else target / "nodes-Country.csv"
    old = old if is_dir else target
    old.parent.mkdir(parents=True, exist_ok=True)
    earlier = EARLIER[name] + "the old file\n"
    old.write_text(earlier, encoding="utf-8")
    proc = nato_graph(curated_store.settings.home, tmp_path, *args, str(target), limit=4096)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    [line] = proc.stderr.decode().splitlines()
    assert line.startswith(f"Error: cannot write {tmp_path}/") and "File too large" in line
    assert old.read_text(encoding="utf-8") == earlier  # not truncated
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    if not is_dir:
        assert sorted(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(("args", "name"), WRITERS)
def test_something_in_the_way_of_the_output_is_one_line(
    curated_store: Store, tmp_path: Path, args: list[str], name: str
) -> None:
    target = tmp_path / name
    if name in ("csv", "kit"):
        target.write_text("a file where a directory should be\n", encoding="utf-8")
    else:
        (target / "inner").mkdir(parents=True)
    result = cli_run(curated_store.settings.home, *args, str(target))
    assert result.exit_code != 0
    [line] = result.output.splitlines()
    assert line.startswith("Error: ") and str(tmp_path) in line
    assert [p.name for p in tmp_path.rglob("*")] in (["inner", name], [name, "inner"], [name])


def test_a_link_is_replaced_not_followed_and_a_pipe_or_device_written_into(
    curated_store: Store, tmp_path: Path
) -> None:
    """`-o` a FIFO, a device or /dev/stdout put a plain file in its place: the rename of a
    finished temporary file is for files, and a stream is written into. A link at the path is
    not written through (analyst audit 19: `-o` by way of a link replaced the file it named):
    it is refused, and with --force replaced by the file, what it named left as it was."""
    home = curated_store.settings.home
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    result = cli_run(home, "export", "--format", "json", "-o", str(tmp_path / "link.json"))
    assert result.exit_code == 1 and "it is a symbolic link (to real.json)" in result.output
    forced = ["export", "--format", "json", "-o", str(tmp_path / "link.json"), "--force"]
    result = cli_run(home, *forced)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "link.json").read_text(encoding="utf-8"))["nodes"]
    assert real.read_text(encoding="utf-8") == "old\n"

    fifo = tmp_path / "view.fifo"
    os.mkfifo(fifo)
    with open(tmp_path / "read.html", "wb") as sink:  # a file: a pipe's buffer would fill
        reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
        proc = nato_graph(home, tmp_path, "view", "overview", "-o", str(fifo))
        reader.wait(timeout=60)
    read = (tmp_path / "read.html").read_bytes()
    assert proc.returncode == 0, proc.stderr
    assert read.startswith(b"<!DOCTYPE html>") or b"<html" in read[:500]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe

    to_stdout = nato_graph(home, tmp_path, "export", "--format", "json", "-o", "/dev/stdout")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert json.loads(to_stdout.stdout)["nodes"]
    assert Path("/dev/stdout").is_symlink()

    full = nato_graph(home, tmp_path, "export", "--format", "json", "-o", "/dev/full")
    assert full.returncode == 1
    assert full.stderr.decode().splitlines() == [
        "Error: cannot write /dev/full: No space left on device"
    ]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_an_output_path_with_escapes_is_echoed_escaped(
    curated_store: Store, tmp_path: Path
) -> None:
    for args, name in (
        (["view", "country", "Israel", "-o"], "v\x1b[2J\u202e.html"),
        (["export", "--format", "cypher", "-o"], "e\x1b]0;t\x07.cypher"),
        (["browser-kit"], "kit\x9b2J"),
    ):
        result = cli_run(curated_store.settings.home, *args, str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert not raw_controls(result.output), ascii(result.output)
        assert escape_control(name) in result.output
        assert (tmp_path / name).exists()


# -- tables ---------------------------------------------------------------------------------


def test_table_wraps_long_cells_in_aligned_columns() -> None:
    long = "Humanitarian assistance, disaster relief and civil emergency planning"
    url = "https://www.nato.int/cps/en/natohq/topics_52927.htm?selectedLocale=en"
    rows = [{"a": long, "b": "x", "c": url}, {"a": "short", "b": "y", "c": ""}]
    out = table(["a", "b", "c"], rows, max_width=20)
    lines = out.splitlines()
    assert all(len(line) <= 20 + 2 + 1 + 2 + 20 for line in lines[: lines.index("(2 rows)")])
    columns = (0, lines[0].index("b"), lines[0].index("c"))
    body = lines[2 : lines.index("(2 rows)")]
    cells = [
        [line[s:e].strip() for s, e in zip(columns, (*columns[1:], None), strict=True)]
        for line in body
    ]
    first = [c for c in cells if c[1] != "y"]
    assert " ".join(c[0] for c in first if c[0]) == long  # every word, in order, in column a
    assert "".join(c[2] for c in first) == url  # the address whole, broken only by width
    assert cells[-1] == ["short", "y", ""]
    assert table(["a", "b", "c"], rows, max_width=None).splitlines()[2].startswith(long)


# -- what neo4j-admin makes of a neutralised cell ----------------------------------------------


@pytest.mark.neo4j
def test_neo4j_admin_imports_the_quote_as_part_of_the_text(
    hostile_graph: Store, tmp_path: Path
) -> None:
    """The documented cost of neutralising formulas: neo4j-admin keeps the leading quote
    (its quote character is ``"``), while numbers and plain text come back exactly."""
    import shlex

    from nato_graph.export import admin_import_command
    from nato_graph.settings import resolve
    from nato_graph.stores import open_store
    from tests.conftest import neo4j_test_server
    from tests.neo4j import neo4jctl
    from tests.test_neo4j_files import free_port

    files = Connection.on(hostile_graph).export("csv", tmp_path / "csv").files
    main = neo4j_test_server()
    server = neo4jctl.Server(tmp_path / "imported", free_port(), free_port(), main.password)
    try:
        words = shlex.split(admin_import_command(files))
        imported = neo4jctl.admin(server, *words[1:])
        assert imported.returncode == 0, (imported.stdout + imported.stderr)[-2000:]
        neo4jctl.start(server, fresh=False)
        settings = resolve(uri=server.uri, username="neo4j", password=server.password, env={})
        store = open_store(settings)
        try:
            rows = store.read(
                "MATCH (c:Country) RETURN c.iso3 AS iso3, c.name AS name, c.score AS score, "
                "c.aliases AS aliases ORDER BY iso3"
            ).rows
        finally:
            store.close()
    finally:
        neo4jctl.stop(server)
    assert rows == [
        {"iso3": "ZZA", "name": escape_control(HOSTILE_NAME, keep="\t\n"), "score": -3,
         "aliases": ["'" + FORMULAS[1]]},
        {"iso3": "ZZB", "name": "'" + FORMULAS[0], "score": None, "aliases": ["Zed"]},
    ]  # fmt: skip


def test_a_source_title_ending_in_a_question_mark_keeps_it_alone() -> None:
    """A reference line ends each part in a full stop: a title that is a question read
    "What is Nato's Istanbul Cooperation Initiative?. Al Jazeera"."""
    from nato_graph.output import _reference

    source = {
        "key": "aj-ici",
        "title": "What is Nato's Istanbul Cooperation Initiative?",
        "publisher": "Al Jazeera",
        "date": "2024-07-10",
        "url": "https://example.org/ici",
    }
    assert _reference(3, source) == (
        "[3] What is Nato's Istanbul Cooperation Initiative? Al Jazeera, 2024-07-10. "
        "https://example.org/ici"
    )
    plain = {"key": "k", "title": "Basic Document.", "publisher": "NATO", "url": "https://x.org"}
    assert _reference(1, plain) == "[1] Basic Document. NATO. https://x.org"
