"""A bounded fuzz run (hypothesis) of what takes input from outside and what writes output.

- parameter parsing: any ``--param`` text, through the real click option, gives a value a
  store can take or one ``Invalid value for --param`` line;
- the output sanitiser and every writer: any text or number in, valid JSON (NaN refused by
  the parser), XML that expat and networkx read, CSV with no cell a spreadsheet runs, and
  no raw control character anywhere;
- the article reader: any bytes as a .txt, .md or .html file or on stdin give an Article
  with clean text or an ArticleError, never another exception;
- the data-file reader: hostile YAML (anchors and aliases, deep nesting, tags, long
  scalars) and CSV (quotes, line breaks, BOM, formulas) give records or problems, never an
  exception (tests/test_properties.py feeds it random bytes).

Every test has a fixed example budget and no per-example deadline (a slow shared machine
is no bug); on CI the examples are the same every run. The whole file takes seconds.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import click
import networkx as nx
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nato_graph import export
from nato_graph.cli.base import param_option
from nato_graph.errors import NatoGraphError
from nato_graph.loaders.articles.text import ArticleError, read_article
from nato_graph.loaders.files import Problem, read_file
from nato_graph.output import render
from nato_graph.queries.checks import MAX_PARAM_DEPTH, UnknownValueError, status
from nato_graph.records import Result
from nato_graph.text import FORMULA_START, escape_control, is_control, one_line, to_json

FUZZ: dict[str, Any] = {"deadline": None, "derandomize": bool(os.environ.get("CI"))}

# Any character at all, lone surrogates included: what Python may hold after reading argv
# or a file with errors="surrogateescape".
any_char = st.characters(codec=None)
hostile = st.one_of(
    st.text(any_char, max_size=30),
    st.lists(
        st.sampled_from(
            ["\x1b[31m", "\x9b", "\u202e", "\u2066", "\u200b", "\ufeff", "\ufffe", "\uffff",
             "\ud800", "\x00", "\r", "\n", "\t", "=", "+", "-", "@", ";", '"', "'", "<", "&",
             "]]>", "é", "北"]
        ),
        max_size=8,
    ).map("".join),
)  # fmt: skip
numbers = st.one_of(st.integers(-(2**63), 2**63 - 1), st.floats())
scalar = st.one_of(st.none(), st.booleans(), numbers, hostile)
value = st.recursive(
    scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile, inner, max_size=3),
    max_leaves=8,
)


def raw_controls(text: str) -> list[str]:
    """Control characters in TEXT but the line ends, tabs and carriage returns a format
    writes itself (CSV quotes fields holding them)."""
    return [c for c in text if c not in "\n\t\r" and is_control(c)]


# -- parameter parsing ---------------------------------------------------------------------


@click.command()
@param_option()
def echo_params(params: dict[str, Any]) -> None:
    click.echo(to_json(params))


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@settings(max_examples=200, **FUZZ)
@given(
    st.text(any_char, min_size=1, max_size=12),
    st.one_of(
        hostile,
        value.map(lambda v: json.dumps(v, ensure_ascii=False)),
        st.integers(0, 3000).map(nested),
    ),
)
@example("x", nested(MAX_PARAM_DEPTH))
@example("x", nested(MAX_PARAM_DEPTH + 1))
@example("x", nested(900))
@example("x", '"\\udcff"')
@example("x", "NaN")
def test_param_parsing_gives_a_value_or_one_error_line(name: str, text: str) -> None:
    result = CliRunner().invoke(echo_params, ["--param", name, text])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    if result.exit_code == 0:
        parsed = json.loads(result.stdout)
        assert set(parsed) == {name}
        depth, stack = 0, [(parsed[name], 0)]
        while stack:
            item, d = stack.pop()
            depth = max(depth, d)
            children = item.values() if isinstance(item, dict) else item
            if isinstance(item, list | dict):
                stack.extend((c, d + 1) for c in children)
        assert depth <= MAX_PARAM_DEPTH
    else:
        assert result.exit_code == 2
        last = result.output.splitlines()[-1]
        assert last.startswith("Error: Invalid value for --param: parameter ")
        assert not raw_controls(last)


@settings(max_examples=200, **FUZZ)
@given(hostile)
def test_a_status_parameter_is_known_or_one_line(text: str) -> None:
    try:
        assert status(text)
    except UnknownValueError as exc:
        shown = str(exc)
        assert "\n" not in shown and not raw_controls(shown)


# -- the sanitiser and the answer formats ----------------------------------------------------


@settings(max_examples=300, **FUZZ)
@given(hostile)
def test_sanitiser_leaves_no_control_and_loses_nothing_in_json(text: str) -> None:
    for shown in (escape_control(text), one_line(text)):
        assert not [c for c in shown if is_control(c)], ascii(shown)
        assert escape_control(shown) == shown
    assert "\n" not in one_line(text)
    dumped = to_json(text)
    assert not [c for c in dumped if is_control(c)]
    assert json.loads(dumped) == text


@settings(max_examples=150, **FUZZ)
@given(
    st.lists(hostile.filter(bool), min_size=1, max_size=3, unique=True),
    st.data(),
)
def test_answers_in_every_format(columns: list[str], data: st.DataObject) -> None:
    rows = data.draw(st.lists(st.fixed_dictionaries({c: value for c in columns}), max_size=3))
    result = Result(columns, rows)
    parsed = json.loads(render(result, "json"), parse_constant=lambda c: 1 / 0)
    assert len(parsed) == len(rows)
    for row, back in zip(rows, parsed, strict=True):
        for c in columns:
            if isinstance(row[c], float) and not math.isfinite(row[c]):
                assert back[c] is None
    out = render(result, "csv")
    assert not raw_controls(out)
    header, *cells = list(csv.reader(io.StringIO(out)))
    assert len(header) == len(columns) and len(cells) == len(rows)
    for line in cells:
        assert len(line) == len(columns)
        for cell in line:
            if cell.startswith(FORMULA_START):  # only a number may start so, never text
                float(cell)
    table = render(result, "table", 20)
    assert not [c for c in table if c != "\n" and is_control(c)]


# -- exports ---------------------------------------------------------------------------------


props = st.dictionaries(
    # not the attributes the graph below sets itself (a repeated keyword is Python's error)
    hostile.filter(lambda k: k not in ("label", "type", "iso3", "name", "key")),
    scalar | st.lists(hostile, max_size=2),
    max_size=3,
)  # fmt: skip


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    """A projected graph (``Label:key`` ids, ``label`` and ``type`` attributes) of hostile text."""
    g = nx.MultiDiGraph()
    keys = draw(st.lists(hostile, min_size=1, max_size=4, unique=True))
    for key in keys:
        g.add_node(f"Country:{key}", label="Country", iso3=key, name=key, **draw(props))
    for _ in range(draw(st.integers(0, 4))):
        u, v = draw(st.sampled_from(keys)), draw(st.sampled_from(keys))
        g.add_edge(f"Country:{u}", f"Country:{v}", key="PARTNER_IN", type="PARTNER_IN",
                   **draw(props))  # fmt: skip
    return g


@settings(max_examples=60, **FUZZ)
@given(graphs())
def test_exports_of_hostile_graphs_parse_or_refuse_in_one_line(g: nx.MultiDiGraph) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            path = out / f"g.{fmt}"
            try:
                export.export(g, fmt, path)
            except NatoGraphError as exc:  # GEXF: a reserved name taken twice
                assert "\n" not in str(exc) and not path.exists()
                continue
            assert not raw_controls(path.read_text(encoding="utf-8"))
            ET.parse(path)
            assert read(path).number_of_nodes() == g.number_of_nodes()
        path = out / "g.json"
        export.export(g, "json", path)
        text = path.read_text(encoding="utf-8")
        assert not raw_controls(text)
        json.loads(text, parse_constant=lambda c: 1 / 0)
        try:
            files = export.export(g, "csv", out / "csv")
        except NatoGraphError as exc:  # an array element holding the ';' delimiter
            assert "\n" not in str(exc) and not raw_controls(str(exc))
            files = []
        for file in files:
            text = file.read_text(encoding="utf-8")
            assert not raw_controls(text)
            for row in csv.reader(io.StringIO(text)):
                assert not [cell for cell in row if cell.startswith(("=", "@", "\t", "\r"))]
        assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


# -- the article reader ------------------------------------------------------------------------

article_bytes = st.one_of(
    st.binary(max_size=400),
    hostile.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.sampled_from(
            ["<html>", "<head>", "<title>", "</title>", '<link rel="canonical" href="',
             '">', "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "# ",
             "\n\n", "Israel joined the Mediterranean Dialogue in 1995.", "\x9b", "\u202e",
             "\ufeff", "&#x9b;", "&#0;", "&amp;", "<br>", "*", "[x](", ")", "|", "\x1b[2J"]
        ),
        max_size=25,
    ).map(lambda parts: "".join(parts).encode("utf-8")),
)  # fmt: skip


@settings(max_examples=150, **FUZZ)
@given(article_bytes, st.sampled_from(["a.txt", "a.md", "a.html", "-"]))
@example(b"\xef\xbb\xbf<p>\xc2\x9b</p>", "a.html")
@example(b"", "a.txt")
@example(b"\xff\xfe", "-")
def test_article_reader_gives_clean_text_or_one_error(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        if name != "-":
            path.write_bytes(data)
        try:
            article = read_article(str(path) if name != "-" else "-", stdin=io.BytesIO(data))
        except ArticleError as exc:
            assert "\n" not in str(exc)
            return
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    for text in (article.title, *article.paragraphs):
        assert "\n" not in text and not [c for c in text if is_control(c)], ascii(text)


# -- the data-file reader ----------------------------------------------------------------------

yaml_pieces = st.lists(
    st.sampled_from(
        ["- ", "  ", "iso3: ", "name: ", "aliases: ", "&a ", "*a ", "&b [*a, *a, *a]\n",
         "[", "]", "{", "}", "\n", "!!str ", "!!python/name:os.system ", "!!binary ", "? ",
         "<<: *a\n", "|\n  ", ">-\n  ", "'", '"', "\\x9b", "\u202e", "\t", "---\n", "...\n",
         "x" * 200, "0x1F", "017", "1:20", "~", "null", ".nan", "-.inf", "1e999"]
    ),
    max_size=40,
).map("".join)  # fmt: skip
csv_pieces = st.lists(
    st.sampled_from(
        ["iso3,name,aliases\n", "ISR,Israel,", '"', ",", "\n", "\r\n", "\ufeff", "=cmd|x",
         "\x00", ";", "\u202e", "é", "x" * 100]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=150, **FUZZ)
@given(
    st.one_of(
        yaml_pieces.map(lambda t: ("x.countries.yaml", t)),
        csv_pieces.map(lambda t: ("x.countries.csv", t)),
        st.integers(1, 200).map(lambda d: ("x.countries.yaml", "a: " + "[" * d + "]" * d)),
    )
)
@example(("x.countries.yaml", "a: &a [1]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"))
@example(("x.countries.yaml", "- " * 120 + "x\n"))
def test_data_file_reader_gives_records_or_problems(case: tuple[str, str]) -> None:
    name, text = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        records, problems = read_file(path)
    assert isinstance(records, list) and isinstance(problems, list)
    for problem in problems:
        assert isinstance(problem, Problem)
        shown = str(problem)
        assert "\n" not in shown and not raw_controls(shown), ascii(shown)
