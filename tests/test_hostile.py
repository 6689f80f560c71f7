"""Hostile input on the real embedded store: values stay data, names are checked, bad files fail.

Every command runs through the real CLI (click's CliRunner, ``color=True`` so click
does not strip escape sequences the way a pipe would: what is checked is what a
terminal would get) against a real embedded FalkorDB holding the curated data.
Each test compares the graph before and after: hostile input must change nothing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nato_graph import schema
from nato_graph.cli import cli
from nato_graph.cli.base import parse_value
from nato_graph.stores import Store

NO_NEO4J = dict.fromkeys(
    ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
)

# Any C0 control character but newline, DEL, C1 controls: what must never reach a terminal.
TERMINAL_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

HOSTILE = [
    pytest.param("x' }) DETACH DELETE n //", id="single-quote-close"),
    pytest.param('"}) DETACH DELETE n //', id="double-quote-close"),
    pytest.param("`}) DETACH DELETE n //", id="backtick-close"),
    pytest.param('\\"}) DETACH DELETE n //', id="backslash-quote"),
    pytest.param("ends with a backslash \\", id="trailing-backslash"),
    pytest.param("\\u0022}) DETACH DELETE n //", id="escaped-quote-text"),
    pytest.param("'; MATCH (n) DETACH DELETE n; //", id="statement-break"),
    pytest.param("CYPHER v=1 MATCH (n) DETACH DELETE n", id="params-header"),
    pytest.param("one\n}) MATCH (n) DETACH DELETE n //\nRETURN 1", id="newlines"),
    pytest.param("\u0130srael \u2603 \u2028 \u202e", id="unicode"),
    pytest.param("\x1b[31mred\x1b]0;title\x07", id="terminal-escapes"),
    pytest.param("x' }) DETACH DELETE n //\"`\\\n" * 40_000, id="one-megabyte"),
]


# -- helpers -------------------------------------------------------------------


@pytest.fixture()
def env(loaded: Store) -> dict[str, str | None]:
    return {"NATO_GRAPH_HOME": str(loaded.settings.home), **NO_NEO4J}


def run(env: dict[str, str | None], *args: str) -> Result:
    """Invoke ``nato-graph``; fail on a traceback (an exception other than click's exit)."""
    result = CliRunner().invoke(cli, list(args), env=env, color=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(
            f"nato-graph {args[0]} raised instead of reporting an error"
        ) from result.exception
    assert "Traceback" not in result.output
    return result


def fingerprint(store: Store) -> tuple[dict[str, int], dict[str, int], int, int]:
    counts = store.counts()
    nodes = store.read("MATCH (n) RETURN count(n) AS n").value(0)
    rels = store.read("MATCH ()-[r]->() RETURN count(r) AS n").value(0)
    return counts.labels, counts.types, nodes, rels


def error_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


# -- query parameters are data ----------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_cypher_parameter_round_trips_as_data(
    loaded: Store, env: dict[str, str | None], value: str
) -> None:
    before = fingerprint(loaded)
    result = run(
        env,
        "cypher",
        "RETURN $v AS v, size($v) AS n",
        "--param",
        "v",
        json.dumps(value),
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"v": value, "n": len(value)}]
    assert fingerprint(loaded) == before


@pytest.mark.parametrize("value", [p for p in HOSTILE if parse_value(p.values[0]) == p.values[0]])
def test_cypher_parameter_given_as_plain_text(
    loaded: Store, env: dict[str, str | None], value: str
) -> None:
    """Text that is not JSON is passed as it is typed, and still arrives unchanged."""
    before = fingerprint(loaded)
    result = run(env, "cypher", "RETURN $v AS v", "--param", "v", value, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"v": value}]
    assert fingerprint(loaded) == before


@pytest.mark.parametrize("value", HOSTILE)
def test_written_parameter_is_stored_verbatim(
    loaded: Store, env: dict[str, str | None], value: str
) -> None:
    """On the write path too: the value is stored as a property, and nothing else happens."""
    before = fingerprint(loaded)
    query = "MATCH (c:Country {iso3: 'ISR'}) SET c.probe = $v RETURN c.probe AS v"
    try:
        result = run(
            env, "cypher", "--write", query, "--param", "v", json.dumps(value), "--format", "json"
        )
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == [{"v": value}]
        assert loaded.read("MATCH (c:Country {iso3: 'ISR'}) RETURN c.probe AS v").value(0) == value
        assert fingerprint(loaded) == before
    finally:
        loaded.write("MATCH (c:Country {iso3: 'ISR'}) REMOVE c.probe")


CANNED = [
    pytest.param("country-profile", "country", id="country-profile"),
    pytest.param("framework-members", "framework", id="framework-members"),
]


@pytest.mark.parametrize(("question", "param"), CANNED)
@pytest.mark.parametrize("value", HOSTILE)
def test_canned_question_parameter_is_data(
    loaded: Store, env: dict[str, str | None], question: str, param: str, value: str
) -> None:
    before = fingerprint(loaded)
    result = run(
        env, "query", "run", question, "--param", param, json.dumps(value), "--format", "json"
    )
    # no entity has that name: one error line naming it, escaped and shortened, nothing changed
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "\x1b" not in result.output and len(result.output) < 400
    assert fingerprint(loaded) == before


@pytest.mark.parametrize(
    ("question", "param", "value"),
    [
        pytest.param("country-profile", "country", "Israel", id="country-profile"),
        pytest.param("framework-members", "framework", "MD", id="framework-members"),
    ],
)
def test_canned_question_control_finds_real_entity(
    env: dict[str, str | None], question: str, param: str, value: str
) -> None:
    """The same call with a real name answers: the errors above are not a broken binding."""
    result = run(env, "query", "run", question, "--param", param, value, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) > 3


# -- parameter names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("a`b", id="backtick"),
        pytest.param("v`=1 MATCH (n) DETACH DELETE n //", id="backtick-injection"),
        pytest.param("`", id="lone-backtick"),
        pytest.param("", id="empty"),
    ],
)
def test_cypher_parameter_name_with_backtick_is_refused(
    loaded: Store, env: dict[str, str | None], name: str
) -> None:
    before = fingerprint(loaded)
    line = error_line(run(env, "cypher", "RETURN 1 AS one", "--param", name, "1"))
    assert "free of backticks" in line
    assert fingerprint(loaded) == before


def test_map_key_with_backtick_is_refused(loaded: Store, env: dict[str, str | None]) -> None:
    before = fingerprint(loaded)
    line = error_line(
        run(env, "cypher", "RETURN $v AS v", "--param", "v", '{"a`}) DETACH DELETE n //": 1}')
    )
    assert "is not a usable name" in line
    assert fingerprint(loaded) == before


def test_parameter_name_holding_cypher_is_only_a_name(
    loaded: Store, env: dict[str, str | None]
) -> None:
    """Without a backtick a name stays inside its quotes in the parameter header: nothing runs."""
    before = fingerprint(loaded)
    result = run(
        env,
        "cypher",
        "RETURN 1 AS one",
        "--param",
        "x=1 MATCH (n) DETACH DELETE n //",
        "1",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"one": 1}]
    assert fingerprint(loaded) == before


@pytest.mark.parametrize("name", ["count`ry", "country`}) DETACH DELETE n //"])
def test_canned_question_refuses_unknown_parameter_name(
    loaded: Store, env: dict[str, str | None], name: str
) -> None:
    before = fingerprint(loaded)
    line = error_line(run(env, "query", "run", "country-profile", "--param", name, "x"))
    assert "unknown parameter" in line and "valid parameters: country" in line
    assert fingerprint(loaded) == before


# -- labels and relationship types -------------------------------------------------

NOT_NAMES = [
    "Country`) DETACH DELETE n //",
    "Country) DETACH DELETE n //",
    "country",
    "Country ",
    "",
    "Country:Framework",
    "MEMBER_OF|PARTNER_IN",
    "Person",
]


@pytest.mark.parametrize("name", NOT_NAMES)
def test_checked_label_refuses_names_not_in_schema(name: str) -> None:
    with pytest.raises(ValueError, match="unknown label") as info:
        schema.checked_label(name)
    assert "valid: Country, " in str(info.value)


@pytest.mark.parametrize("name", [*NOT_NAMES, "member_of", "MEMBER_OF`]->() DETACH DELETE n //"])
def test_checked_type_refuses_names_not_in_schema(name: str) -> None:
    with pytest.raises(ValueError, match="unknown relationship type"):
        schema.checked_type(name)


def test_checked_names_accept_the_schema() -> None:
    assert [schema.checked_label(n) for n in schema.NODE_LABELS] == list(schema.NODE_LABELS)
    assert [schema.checked_type(n) for n in schema.REL_TYPE_NAMES] == list(schema.REL_TYPE_NAMES)


# -- data files -----------------------------------------------------------------------

COUNTRY = b"- iso3: XXA\n  name: %s\n  region: southern_europe\n"
PARTNER_HEAD = b"country,framework,status,joined,sources,confidence\n"


def _deep_block(levels: int) -> bytes:
    text, indent = "- iso3: XXA\n  name: Deep\n  region: southern_europe\n  aliases:\n", "    "
    for _ in range(levels):
        text += indent + "- k:\n"
        indent += "    "
    return text.encode()


def _laughs() -> bytes:
    """A YAML alias "bomb": 10 levels of 10 references expand to 10**10 strings."""
    lines = [
        '- iso3: XXA\n  region: southern_europe\n  x0: &a0 ["lol", "lol", "lol", "lol", "lol"]\n'
    ]
    for i in range(1, 10):
        lines.append(f"  x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n")
    lines.append("  name: *a9\n")
    return "".join(lines).encode()


# (file name, content, line, field, what the message says)
BAD_FILES = [
    # an unquoted timestamp was cut to its date, which depends on its time zone: 2021-02-03 here,
    # 4 February in UTC
    pytest.param(
        "time.partnerships.yaml",
        b"- country: FIN\n  framework: md\n  joined: 2021-02-03T23:59:59-12:00\n  status: active\n"
        b"  sources: [wiki-pfp-mirror]\n  confidence: confirmed\n",
        3,
        "joined",
        "2021-02-03T23:59:59-12:00 has a time of day; give the date alone, quoted: '1995-02-10'",
        id="yaml-timestamp",
    ),
    # an unquoted date where text belongs was shown as Python's datetime.date(2024, 1, 1)
    pytest.param(
        "date.countries.yaml",
        COUNTRY % b"2024-01-01",
        2,
        "name",
        "expected text, got an unquoted date 2024-01-01 (quote it to make it text)",
        id="yaml-date-as-text",
    ),
    pytest.param(
        "bel.countries.yaml",
        COUNTRY % b'"Bad\\x07name"',
        2,
        "name",
        "contains control characters",
        id="control-character",
    ),
    pytest.param(
        "csi.countries.yaml",
        COUNTRY % b'"Red\\e[31mname"',
        2,
        "name",
        "contains control characters",
        id="csi-escape",
    ),
    pytest.param(
        "osc.countries.yaml",
        COUNTRY % b'"Title\\e]0;pwned\\aname"',
        2,
        "name",
        "contains control characters",
        id="osc-title-escape",
    ),
    pytest.param(
        "c1.countries.yaml",
        COUNTRY % b'"C1 \\x9b31m csi"',
        2,
        "name",
        "contains control characters",
        id="c1-csi",
    ),
    pytest.param(
        "raw.countries.yaml",
        COUNTRY % b"Raw\x1b[31mname",
        2,
        "yaml",
        "not allowed",
        id="raw-escape-byte",
    ),
    pytest.param(
        "key.countries.yaml",
        b'- iso3: XXA\n  "\\e]0;pwned\\a": x\n  name: A\n  region: southern_europe\n',
        2,
        "\\x1b]0;pwned\\x07",
        "unknown field",
        id="escape-in-field-name",
    ),
    pytest.param(
        "long.countries.yaml",
        COUNTRY % (b"a" * 200_000),
        2,
        "name",
        "longer than 10000 characters",
        id="200kB-line",
    ),
    pytest.param(
        "utf8.countries.yaml",
        COUNTRY % b"caf\xe9",
        2,
        "file",
        "not valid UTF-8 (byte 0xe9)",
        id="invalid-utf8",
    ),
    pytest.param(
        "flow.countries.yaml",
        COUNTRY % (b"[" * 50 + b"]" * 50),
        2,
        "name",
        "nested more than 20 levels",
        id="deep-flow-nesting",
    ),
    pytest.param(
        "block.countries.yaml",
        _deep_block(50),
        4,
        "aliases",
        "nested more than 20 levels",
        id="deep-block-nesting",
    ),
    pytest.param(
        "apply.countries.yaml",
        COUNTRY % b'!!python/object/apply:os.system ["touch PWNED"]',
        2,
        "yaml",
        "could not determine a constructor",
        id="yaml-tag-apply",
    ),
    pytest.param(
        "name.countries.yaml",
        COUNTRY % b"!!python/name:os.system",
        2,
        "yaml",
        "could not determine a constructor",
        id="yaml-tag-name",
    ),
    pytest.param(
        "new.countries.yaml",
        COUNTRY % b"!!python/object/new:os.system [touch PWNED]",
        2,
        "yaml",
        "could not determine a constructor",
        id="yaml-tag-new",
    ),
    pytest.param(
        "root.countries.yaml",
        b'!!python/object/apply:os.system ["touch PWNED"]\n',
        1,
        "record",
        "expected a mapping",
        id="yaml-tag-at-root",
    ),  # the tag is never constructed
    pytest.param(
        "laughs.countries.yaml",
        _laughs(),
        7,
        "x4",
        "more than 10000 values with aliases expanded",
        id="alias-bomb",
    ),
    pytest.param(
        "blank.countries.yaml",
        COUNTRY % b'"   "',
        2,
        "name",
        "is empty (only whitespace)",
        id="whitespace-only-name",
    ),
    # a name another country goes by: every question naming it would find two
    pytest.param(
        "israel.countries.yaml",
        COUNTRY % b"Israel",
        2,
        "name",
        "'Israel' is already a name of the country ISR",
        id="name-of-another-country",
    ),
    pytest.param(
        "uae.countries.yaml",
        b"- iso3: XXA\n  name: Atlantis\n  aliases: [UAE]\n  region: southern_europe\n",
        3,
        "aliases",
        "'UAE' is already a name of the country ARE",
        id="alias-of-another-country",
    ),
    pytest.param(
        "twins.countries.yaml",
        COUNTRY % b"Samename" + (COUNTRY % b"samename").replace(b"XXA", b"XXB"),
        5,
        "name",
        "'samename' is already a name of the country XXA",
        id="two-new-countries-of-one-name",
    ),
    # facts that contradict other facts: the answers would print them as true
    pytest.param(
        "ally.partnerships.csv",
        PARTNER_HEAD + b"FRA,md,active,2001,nato-md-topic,confirmed\n",
        2,
        "status",
        "FRA is a NATO member since 1949-04-04 (loaders/data/nato_members.yaml:31): a "
        "partnership after that date must not be active",
        id="ally-as-active-partner",
    ),
    pytest.param(
        "aut.partnerships.yaml",
        b"- country: AUT\n  framework: md\n  joined: '2001'\n  status: became_member\n"
        b"  status_changed: '2002'\n  sources: [nato-md-topic]\n  confidence: confirmed\n",
        4,
        "status",
        "AUT is not a NATO member",
        id="non-member-became-member",
    ),
    pytest.param(
        "aut.nato_members.yaml",
        b"- country: AUT\n  joined: '1940'\n  sources: [nato-md-topic]\n  confidence: confirmed\n",
        2,
        "joined",
        "1940 is before NATO was founded (1949-04-04",
        id="ally-before-nato",
    ),
    pytest.param(
        "early.partnerships.csv",
        PARTNER_HEAD + b"AUS,ici,active,1899-01-01,nato-md-topic,confirmed\n",
        2,
        "joined",
        "1899-01-01 is before ICI was launched (2004-06-28",
        id="joined-before-launch",
    ),
    pytest.param(
        "early.contributions.yaml",
        b"- country: AUT\n  operation: isaf\n  since: '1990'\n  sources: [nato-md-topic]\n"
        b"  confidence: confirmed\n",
        3,
        "since",
        "1990 is before ISAF began (2001-12-20",
        id="contribution-before-operation",
    ),
    pytest.param(
        "js.sources.yaml",
        b"- key: xss\n  title: X\n  kind: news\n  url: javascript:alert(1)\n",
        4,
        "url",
        "'javascript:alert(1)' is not a web address",
        id="javascript-url",
    ),
    pytest.param(
        "file.sources.csv",
        b"key,title,kind,url\nlocal,X,news,file:///etc/passwd\n",
        2,
        "url",
        "'file:///etc/passwd' is not a web address",
        id="file-url",
    ),
    pytest.param(
        "esc.partnerships.csv",
        PARTNER_HEAD + b"FIN,md,active,1995,\x1b[31mwiki,confirmed\n",
        2,
        "sources",
        "contains control characters",
        id="csv-escape-in-cell",
    ),
    pytest.param(
        "head.partnerships.csv",
        b"country,\x1b]0;pwned\x07\nFIN,x\n",
        1,
        "\\x1b]0;pwned\\x07",
        "unknown field",
        id="csv-escape-in-header",
    ),
    pytest.param(
        "long.partnerships.csv",
        PARTNER_HEAD + b"FIN,md,active,1995,wiki-pfp-mirror,confirmed," + b"n" * 200_000 + b"\n",
        2,
        "csv",
        "field larger than field limit",
        id="csv-200kB-line",
    ),
    pytest.param(
        "utf8.partnerships.csv",
        PARTNER_HEAD + b"FIN,md,active,1995,caf\xe9,confirmed\n",
        2,
        "file",
        "not valid UTF-8",
        id="csv-invalid-utf8",
    ),
    pytest.param(
        "nul.partnerships.csv",
        PARTNER_HEAD + b"FIN,md,active,1995,a\x00b,confirmed\n",
        2,
        "sources",
        "contains control characters",
        id="csv-nul",
    ),
    # a quote left open swallowed every later row into one cell, and the load said "+1"
    pytest.param(
        "open.partnerships.csv",
        PARTNER_HEAD + b'FIN,md,active,1995,wiki-pfp-mirror,confirmed,"open\n'
        b"SWE,md,active,1995,wiki-pfp-mirror,confirmed,x\n",
        2,
        "csv",
        "a quoted cell opened in the record at line 2 is never closed",
        id="csv-unclosed-quote",
    ),
    pytest.param(
        "after.partnerships.csv",
        PARTNER_HEAD + b'FIN,md,active,1995,wiki-pfp-mirror,confirmed,"a"b\n',
        2,
        "csv",
        "text after a quoted cell's closing quote",
        id="csv-text-after-quote",
    ),
    pytest.param(
        "semi.partnerships.csv",
        PARTNER_HEAD.replace(b",", b";") + b"FIN;md;active;1995;wiki-pfp-mirror;confirmed\n",
        1,
        "csv",
        "the columns are separated by ';': separate them by commas",
        id="csv-semicolons",
    ),
    pytest.param(
        "cr.partnerships.csv",
        (PARTNER_HEAD + b"FIN,md,active,1995,wiki-pfp-mirror,confirmed\n").replace(b"\n", b"\r"),
        1,
        "csv",
        "lines end in a carriage return alone",
        id="csv-cr-line-ends",
    ),
]

PROBLEM = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<field>.+?): (?P<message>.+)$")


@pytest.mark.parametrize(("name", "content", "line", "field", "message"), BAD_FILES)
def test_bad_data_file_is_a_clear_error_and_writes_nothing(
    loaded: Store,
    env: dict[str, str | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    line: int,
    field: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # where a `touch PWNED` would land
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(loaded)

    result = run(env, "load", str(path))

    assert result.exit_code == 1, result.output
    assert not TERMINAL_CONTROL.search(result.stderr.replace("\n", "")), ascii(result.stderr)
    head, *problems = result.stderr.splitlines()
    assert re.fullmatch(r"Error: \d+ problems? in the data; nothing was written:", head), head
    parsed = [PROBLEM.match(p) for p in problems]
    assert all(parsed), problems  # every line is file:line: field: message
    ours = [
        (int(m["line"]), m["field"], m["message"]) for m in parsed if m and m["file"] == str(path)
    ]
    assert any(ln == line and fd == field and message in msg for ln, fd, msg in ours), problems
    assert fingerprint(loaded) == before
    assert not (tmp_path / "PWNED").exists()


def test_yaml_tag_runs_nothing_in_a_real_process(loaded: Store, tmp_path: Path) -> None:
    """The real command in its own process: one error, no traceback, no command run."""
    path = tmp_path / "x.countries.yaml"
    path.write_bytes(COUNTRY % b'!!python/object/apply:os.system ["touch PWNED"]')
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environ["NATO_GRAPH_HOME"] = str(loaded.settings.home)
    proc = subprocess.run(
        [sys.executable, "-m", "nato_graph.cli", "load", str(path)],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[1] == (
        f"{path}:2: yaml: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'"
    )
    assert not (tmp_path / "PWNED").exists()


# -- what is printed ----------------------------------------------------------------------

ESCAPES = (
    "red\x1b[31m title\x1b]0;pwned\x07 c1\x9b2J bell\x07 back\x08 cr\r tab\t nl\n nul-free end"
)


@pytest.fixture()
def hostile_country(loaded: Store) -> Iterator[str]:
    """A country whose name, alias and region name hold terminal escape sequences."""
    loaded.write(
        "CREATE (c:Country {iso3: 'ZZZ', name: $name, aliases: [$name]})"
        "-[:IN_REGION]->(:Region {key: 'zz-region', name: $name})",
        {"name": ESCAPES},
    )
    yield "ZZZ"
    loaded.write("MATCH (n) WHERE n.iso3 = 'ZZZ' OR n.key = 'zz-region' DETACH DELETE n")


def _assert_inert(text: str) -> None:
    assert "\x1b" not in text, ascii(text)
    assert not TERMINAL_CONTROL.search(text), ascii(text)


def test_table_output_strips_escapes_from_values(env: dict[str, str | None]) -> None:
    result = run(
        env,
        "cypher",
        "RETURN $v AS v, [$v, $v] AS l, {k: $v} AS m",
        "--param",
        "v",
        ESCAPES,
        "--format",
        "table",
    )
    assert result.exit_code == 0, result.output
    _assert_inert(result.stdout.replace("\n", ""))
    assert "red\\x1b[31m title" in result.stdout  # the text itself is still shown, escaped


def test_table_output_strips_escapes_from_nodes_paths_and_column_names(
    env: dict[str, str | None], hostile_country: str
) -> None:
    query = (
        "MATCH p = (c:Country {iso3: $iso3})-[r]->(x) "
        "RETURN c, r, p, x.name AS `col\x1b]0;pwned\x07umn`, c.aliases AS aliases"
    )
    result = run(env, "cypher", query, "--param", "iso3", hostile_country, "--format", "table")
    assert result.exit_code == 0, result.output
    _assert_inert(result.stdout.replace("\n", ""))
    assert "(1 row)" in result.stdout


def test_canned_question_table_is_inert(env: dict[str, str | None], hostile_country: str) -> None:
    result = run(
        env,
        "query",
        "run",
        "country-profile",
        "--param",
        "country",
        hostile_country,
        "--format",
        "table",
    )
    assert result.exit_code == 0, result.output
    _assert_inert(result.stdout.replace("\n", ""))
    assert "region" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_json_and_csv_output_hold_no_raw_escape(
    env: dict[str, str | None], hostile_country: str, fmt: str
) -> None:
    query = "MATCH (c:Country {iso3: $iso3}) RETURN c.name AS name, c.aliases AS aliases, c"
    result = run(env, "cypher", query, "--param", "iso3", hostile_country, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout, ascii(result.stdout)
    if fmt == "json":  # JSON keeps the data exactly, escaped
        assert json.loads(result.stdout)[0]["name"] == ESCAPES
