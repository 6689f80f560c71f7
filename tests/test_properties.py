"""Property-based tests (hypothesis): validators, file reader, output and parameters never crash.

Whatever the input, the loaders return problems shaped ``file:line: field: message``
(never an exception), table output holds no terminal control characters, and any
JSON-like value sent as a parameter comes back from the real embedded store unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nato_graph.errors import NatoGraphError
from nato_graph.loaders.files import Problem, Record, read_file
from nato_graph.loaders.model import KIND_BY_NAME
from nato_graph.loaders.validate import ValidationError, parse_date, validate
from nato_graph.output import cell, table
from nato_graph.records import Node, Relationship
from nato_graph.records import Path as GraphPath
from nato_graph.stores import Store
from nato_graph.stores.falkor_params import literal
from nato_graph.text import escape_control, is_control

# Function-scoped fixtures are fine here: each example either only reads, or is checked by
# comparing the store before and after itself.
FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
# No deadlines (a slow machine is no bug); on CI the same examples every run, so a run there
# fails only on what a local run can reproduce.
ROBUST: dict[str, Any] = {"deadline": None, "derandomize": bool(os.environ.get("CI"))}

TERMINAL_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # C0 but newline, DEL, C1
ISO_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")

# -- strategies ----------------------------------------------------------------------------

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
hostile_text = st.one_of(
    text,
    st.sampled_from(
        ["\x1b[31m", "\x1b]0;t\x07", "\x9b2J", "\x00", "\r", "\t", "\n", "`", "'", '"', "\\", "é"]
    ),
    st.lists(
        st.sampled_from(["\x1b", "[", "]", "0", ";", "\x07", "m", "a", "\\", "\n"]), max_size=12
    ).map("".join),
)
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    hostile_text,
    st.dates(),
    st.datetimes(),
)
yaml_like = st.recursive(
    scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
)

date_text = st.one_of(
    st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"),
    st.from_regex(r"\A\s*[0-9]{1,5}(-[0-9]{1,3}){0,3}\s*\Z"),
    st.dates().map(dt.date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    text,
)


def expected_date(value: str) -> str | None:
    """What parse_date accepts from text, said independently: ISO 8601 year, month or day."""
    s = value.strip()
    if not ISO_DATE.fullmatch(s):
        return None
    parts = [int(p) for p in s.split("-")] + [1, 1]
    try:
        first_day = dt.date(parts[0] or 1, parts[1], parts[2])
    except ValueError:
        return None
    # from 1800, and no later than tomorrow (a day of slack for a time zone ahead)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    return s if parts[0] >= 1800 and first_day <= tomorrow else None


# -- parse_date ------------------------------------------------------------------------------


@settings(**ROBUST)
@given(date_text)
@example("1995")
@example("1995-02-10")
@example("\u0661\u0669\u0669\u0665")  # Arabic-Indic digits: not ISO
@example("1995\n")
@example("2100-12-31")  # in range, but to come
@example(dt.date.today().isoformat())
@example("1799-12-31")
@example("1995-02-30")
@example("1995-00")
@example("1995-01-00")
@example("0000")
def test_parse_date_accepts_exactly_iso_dates(value: str) -> None:
    want = expected_date(value)
    try:
        got = parse_date(value)
    except ValueError:
        assert want is None, value
    else:
        assert got == want


@settings(**ROBUST)
@given(st.one_of(scalar, yaml_like))
@example(dt.date(1, 1, 1))
@example(True)
@example(float("nan"))
def test_parse_date_raises_only_value_error(value: Any) -> None:
    try:
        got = parse_date(value)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert ISO_DATE.fullmatch(got) and 1800 <= int(got[:4]) <= dt.date.today().year + 1


# -- validate ------------------------------------------------------------------------------


def record_values(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    names = st.sampled_from(KIND_BY_NAME[kind].field_names)
    return st.dictionaries(st.one_of(names, names, text), yaml_like, max_size=8)


def assert_problem_shape(problem: Problem) -> None:
    assert isinstance(problem, Problem)
    shown = str(problem)
    assert "\n" not in shown and not TERMINAL_CONTROL.search(shown), ascii(shown)
    m = re.fullmatch(r"(?P<file>.+?):(?P<line>[0-9]+): (?P<field>.*?): (?P<message>.+)", shown)
    assert m, shown
    assert int(m["line"]) == problem.line >= 1


@pytest.mark.parametrize("kind", ["partnerships", "countries"])
@settings(max_examples=150, **ROBUST)
@given(data=st.data())
def test_validate_never_crashes_and_problems_are_file_line_field(
    kind: str, data: st.DataObject
) -> None:
    values = data.draw(st.lists(record_values(kind), min_size=1, max_size=4))
    records = [Record(KIND_BY_NAME[kind], "mine.yaml", 2 + 5 * i, v) for i, v in enumerate(values)]
    problems = validate(records)
    for problem in problems:
        assert_problem_shape(problem)
    if not problems:  # what passes is what the model allows
        for rec in records:
            assert set(rec.values) <= set(KIND_BY_NAME[kind].field_names)


@settings(**ROBUST)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "country": st.sampled_from(["ISR", "FIN", "XXX", "isr", "ISR\n", 7]),
                "framework": st.sampled_from(["md", "pfp", "ici", "MD", "md\n"]),
                "status": st.sampled_from(["active", "suspended", "ended", "invited", "bogus"]),
                "sources": st.lists(st.sampled_from(["wiki-pfp-mirror", "nope"]), max_size=2),
                "confidence": st.sampled_from(["confirmed", "unverified", "sure"]),
            },
            optional={
                "joined": date_text,
                "status_changed": date_text,
                "note": hostile_text,
                "history": st.lists(
                    st.fixed_dictionaries(
                        {"date": date_text, "status": st.sampled_from(["active", "ended"])}
                    ),
                    max_size=3,
                ),
            },
        ),
        min_size=1,
        max_size=3,
    )
)
def test_validate_partnership_rows_against_known_keys(rows: list[dict[str, Any]]) -> None:
    known = {
        "countries": {"ISR", "FIN"},
        "frameworks": {"md", "pfp", "ici"},
        "sources": {"wiki-pfp-mirror"},
    }
    records = [
        Record(KIND_BY_NAME["partnerships"], "p.yaml", i + 1, dict(r)) for i, r in enumerate(rows)
    ]
    problems = validate(records, known)
    for problem in problems:
        assert_problem_shape(problem)
    if not problems:
        for rec in records:
            assert rec.values["country"] in known["countries"]
            assert rec.values["framework"] in known["frameworks"]
            for name in ("joined", "status_changed"):
                if name in rec.values:
                    assert expected_date(rec.values[name]) == rec.values[name]


# -- read_file -------------------------------------------------------------------------------

yaml_text = st.one_of(
    yaml_like.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),
    st.lists(st.dictionaries(text, yaml_like, max_size=4), max_size=3).map(
        lambda v: yaml.safe_dump(v, allow_unicode=True)
    ),
    st.lists(
        st.sampled_from(
            [
                "- ",
                "  ",
                "a: ",
                "!!python/object:os.system ",
                "&a ",
                "*a ",
                "[",
                "]",
                "{",
                "}",
                "\n",
                "'",
                '"',
                "? ",
                "|",
                ">",
                "%YAML 1.1\n",
                "---\n",
                "\t",
                "\x1b",
                "!!int ",
                "!!binary ",
                "<<: ",
                "1995-13-01",
                "é",
            ]
        ),
        max_size=30,
    ).map("".join),
)
file_bytes = st.one_of(
    st.binary(max_size=300), yaml_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)


@pytest.mark.parametrize(
    "name", ["countries.yaml", "partnerships.csv", "mine.partnerships.yaml", "x.countries.csv"]
)
@settings(max_examples=120, suppress_health_check=FIXTURE_OK, **ROBUST)
@given(content=file_bytes)
def test_read_file_never_raises(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    records, problems = read_file(path)
    assert isinstance(records, list) and isinstance(problems, list)
    for problem in problems:
        assert_problem_shape(problem)
    for problem in validate(records):  # whatever was read, validation reports, never raises
        assert_problem_shape(problem)


# -- output ---------------------------------------------------------------------------------


@settings(**ROBUST)
@given(hostile_text)
def test_escape_control_leaves_no_control_and_keeps_plain_text(value: str) -> None:
    out = escape_control(value)
    assert "\x1b" not in out
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", out)
    assert escape_control(out) == out
    if not any(map(is_control, value)):
        assert out == value  # text without control characters is untouched


props = st.dictionaries(
    text, st.one_of(hostile_text, st.integers(), st.lists(hostile_text, max_size=3)), max_size=3
)
nodes = st.builds(
    Node,
    st.integers(0, 99),
    st.lists(st.sampled_from(["Country", "Threat", "X\x1b[1m"]), max_size=2).map(tuple),
    props,
)
rels = st.builds(
    Relationship, st.integers(0, 99), hostile_text, st.integers(0, 99), st.integers(0, 99), props
)
paths = st.builds(
    lambda ns, rs: GraphPath(tuple(ns), tuple(rs[: max(len(ns) - 1, 0)])),
    st.lists(nodes, min_size=1, max_size=3),
    st.lists(rels, max_size=2),
)
values = st.recursive(
    st.one_of(scalar, nodes, rels, paths),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


@settings(**ROBUST)
@given(values)
def test_cell_is_one_inert_line(value: Any) -> None:
    out = cell(value)
    assert "\n" not in out and not TERMINAL_CONTROL.search(out), ascii(out)


@settings(**ROBUST)
@given(st.lists(hostile_text, min_size=1, max_size=4, unique=True), st.data())
def test_table_holds_no_control_characters(columns: list[str], data: st.DataObject) -> None:
    rows = data.draw(st.lists(st.fixed_dictionaries({c: values for c in columns}), max_size=4))
    out = table(columns, rows)
    assert not TERMINAL_CONTROL.search(out), ascii(out)
    lines = out.split("\n")
    # header, rule, at least one line per row (long cells wrap), the count, then only notes
    # and numbered references
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    at = max(i for i, line in enumerate(lines) if line == count)
    assert at >= len(rows) + 2
    assert all(line.startswith(("note: ", "? unverified: ", "[")) for line in lines[at + 1 :])


# -- parameters round-trip through the real embedded store ----------------------------------

INT64 = st.integers(-(2**63), 2**63 - 1)
param_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
key_text = param_text.filter(lambda k: k != "" and "`" not in k)
json_like = st.recursive(
    # FalkorDB replies with 15 significant digits: a float next to the largest comes back as inf.
    st.one_of(
        st.none(), st.booleans(), INT64, param_text, st.floats(min_value=-1e307, max_value=1e307)
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(key_text, inner, max_size=4),
    max_leaves=10,
)


def same(sent: Any, got: Any) -> bool:
    """Equal, with floats compared to 12 significant digits (FalkorDB keeps about 15)."""
    if isinstance(sent, float) and isinstance(got, float):
        return math.isclose(sent, got, rel_tol=1e-12, abs_tol=1e-300)
    if type(sent) is not type(got):
        return False
    if isinstance(sent, list):
        return len(sent) == len(got) and all(same(a, b) for a, b in zip(sent, got, strict=True))
    if isinstance(sent, dict):
        return sent.keys() == got.keys() and all(same(sent[k], got[k]) for k in sent)
    return bool(sent == got)


@settings(max_examples=50, suppress_health_check=FIXTURE_OK, **ROBUST)
@given(json_like)
@example("x' }) DETACH DELETE n //")
@example({"a\nb": ['"', "\\", '\\"', "`"], " ": None})
@example(-(2**63))
def test_parameter_round_trips_through_the_embedded_store(session_store: Store, value: Any) -> None:
    literal(value)  # the encoder accepts it ...
    got = session_store.read("RETURN $v AS v", {"v": value}).value(0)
    assert same(value, got), (value, got)  # ... and the server reads back exactly what was sent


@settings(max_examples=25, suppress_health_check=FIXTURE_OK, **ROBUST)
@given(
    st.one_of(
        param_text.map(lambda t: t + "\x00"),
        st.dictionaries(st.just("a`b"), param_text, min_size=1),
        st.integers().filter(lambda i: not -(2**63) <= i < 2**63),
    )
)
def test_unsendable_parameter_is_a_clear_error(session_store: Store, value: Any) -> None:
    with pytest.raises(NatoGraphError, match=r"^cannot send parameter \$v: "):
        session_store.read("RETURN $v AS v", {"v": value})


# -- nothing is written when validation fails -------------------------------------------------


@settings(max_examples=25, suppress_health_check=FIXTURE_OK, **ROBUST)
@given(
    rows=st.lists(
        st.dictionaries(
            st.sampled_from(KIND_BY_NAME["partnerships"].field_names),
            st.one_of(hostile_text, date_text, st.lists(hostile_text, max_size=2)),
            max_size=6,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_load_of_invalid_rows_writes_nothing(
    loaded: Store, tmp_path_factory: pytest.TempPathFactory, rows: list[dict[str, Any]]
) -> None:
    from nato_graph.loaders.load import load

    path = tmp_path_factory.mktemp("rows") / "mine.partnerships.yaml"
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    before = (
        loaded.counts(),
        loaded.read("MATCH ()-[r:PARTNER_IN]->() RETURN collect(properties(r)) AS p").value(0),
    )
    try:
        load(loaded, [path])
    except ValidationError as exc:
        for problem in exc.problems:
            assert_problem_shape(problem)
        after = (
            loaded.counts(),
            loaded.read("MATCH ()-[r:PARTNER_IN]->() RETURN collect(properties(r)) AS p").value(0),
        )
        assert after == before
    else:  # hypothesis rarely writes a valid new partnership; if it does, it was valid
        pass


# -- articles -----------------------------------------------------------------------------------

try:
    from nato_graph.loaders.articles import load_articles
except ImportError:  # pragma: no cover - the article loader is being written
    load_articles = None  # type: ignore[assignment]

article_text = st.one_of(
    text,
    st.lists(
        st.sampled_from(
            [
                "Israel",
                " joined ",
                "the Mediterranean Dialogue",
                " in 1995",
                ". ",
                "Finland",
                " is a NATO member",
                " left ",
                "PfP",
                "\n\n",
                "<p>",
                "</p>",
                "<script>x</script>",
                "# Title\n",
                "\x1b[31m",
                "\x00",
                "é",
                " suspended ",
                "Russia",
                " 2014",
            ]
        ),
        max_size=25,
    ).map("".join),
)


@pytest.mark.skipif(load_articles is None, reason="loaders.articles has no load_articles yet")
@settings(max_examples=25, suppress_health_check=FIXTURE_OK, **ROBUST)
@given(
    body=st.one_of(
        article_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200)
    ),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_article_loads_or_fails_clearly(
    loaded: Store, tmp_path_factory: pytest.TempPathFactory, body: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("article") / f"article{suffix}"
    path.write_bytes(body)
    before = loaded.counts()
    try:
        summaries = load_articles(loaded, [str(path)])
    except NatoGraphError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert loaded.counts() == before  # nothing written
    else:
        assert len(summaries) == 1
        assert (
            loaded.read(
                "MATCH (d:Document {key: $k}) RETURN count(d) AS n", {"k": summaries[0].key}
            ).value(0)
            == 1
        )


def test_json_dump_of_any_problem_is_possible() -> None:
    """Problems are plain data: a tool can print them as JSON."""
    p = Problem("f.yaml", 3, "na\x1bme", "bad")
    assert json.loads(json.dumps(p.__dict__))["field"] == "na\x1bme"
    assert str(p) == "f.yaml:3: na\\x1bme: bad"
