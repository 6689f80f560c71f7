"""The CLI spine: `cypher` in three formats, read-only by default, `status`, one-line errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from nato_graph.cli import cli
from nato_graph.stores import Store


def invoke(runner: CliRunner, env: dict[str, str], *args: str) -> Result:
    return runner.invoke(cli, list(args), env=env, prog_name="nato-graph")


def assert_one_line_error(result: Result, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an exception
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    return result.stderr


def test_cypher_json_exact(runner: CliRunner, cli_env: dict[str, str]) -> None:
    result = invoke(runner, cli_env, "cypher", "UNWIND [1,2] AS x RETURN x", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout == '[{"x": 1}, {"x": 2}]\n'


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        pytest.param(
            "table",
            'x  name     tags\n-  -------  ----\n1  Türkiye  a, b\n2  a,b "q"\n(2 rows)\n',
            id="table",
        ),
        pytest.param(
            "csv", 'x,name,tags\n1,Türkiye,"[""a"", ""b""]"\n2,"a,b ""q""",[]\n', id="csv"
        ),
        pytest.param(
            "json",
            '[{"x": 1, "name": "Türkiye", "tags": ["a", "b"]}, '
            '{"x": 2, "name": "a,b \\"q\\"", "tags": []}]\n',
            id="json",
        ),
    ],
)
def test_cypher_formats_exact(
    runner: CliRunner, cli_env: dict[str, str], fmt: str, expected: str
) -> None:
    query = (
        "UNWIND [{x: 1, name: 'Türkiye', tags: ['a', 'b']}, "
        "{x: 2, name: 'a,b \"q\"', tags: []}] AS r "
        "RETURN r.x AS x, r.name AS name, r.tags AS tags"
    )
    result = invoke(runner, cli_env, "cypher", query, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        pytest.param("table", "x\n-\n(0 rows)\n", id="table"),
        pytest.param("csv", "x\n", id="csv"),
        pytest.param("json", "[]\n", id="json"),
    ],
)
def test_cypher_no_rows(
    runner: CliRunner, cli_env: dict[str, str], fmt: str, expected: str
) -> None:
    result = invoke(runner, cli_env, "cypher", "UNWIND [] AS x RETURN x", "--format", fmt)
    assert result.stdout == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        pytest.param("", "Error: the Cypher statement is empty\n", id="empty"),
        pytest.param(" \n\t", "Error: the Cypher statement is empty\n", id="blank"),
        pytest.param("RETURN 1 AS one; RETURN 2 AS two", "Error: query with more than one ",
                     id="server-message-said-once"),
        # FalkorDB says only "Missing parameters"; the statement's own names are given
        pytest.param("RETURN $x AS a, '$quoted' AS b, $y AS c, $x AS d",
                     "Error: missing parameter(s): x, y\n", id="missing-parameters-named"),
    ],
)  # fmt: skip
def test_a_statement_the_server_cannot_run_is_one_error_said_once(
    runner: CliRunner, cli_env: dict[str, str], query: str, message: str
) -> None:
    result = invoke(runner, cli_env, "cypher", query)
    assert_one_line_error(result)
    assert result.stderr.startswith(message) and "Error: Error" not in result.stderr


def test_cypher_defaults_to_json_when_piped(runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert invoke(runner, cli_env, "cypher", "RETURN 1 AS one").stdout == '[{"one": 1}]\n'


def test_table_values(runner: CliRunner, cli_env: dict[str, str]) -> None:
    query = "RETURN null AS n, true AS b, 0.125 AS f, {k: 'v'} AS m, 'red\u001b[31mtext\nnext' AS s"
    result = invoke(runner, cli_env, "cypher", query, "--format", "table")
    assert result.stdout == (
        "n  b     f      m           s\n"
        "-  ----  -----  ----------  --------------------\n"
        '   true  0.125  {"k": "v"}  red\\x1b[31mtext next\n'
        "(1 row)\n"
    )


@pytest.fixture()
def small_graph(store: Store) -> dict[str, Any]:
    """Israel in the Mediterranean Dialogue, in the (emptied) session store; returns the ids."""
    store.write(
        "CREATE (:Country {iso3: 'ISR', name: 'Israel'})"
        "-[:PARTNER_IN {joined: '1995-02', joined_year: 1995}]->"
        "(:Framework {key: 'md', acronym: 'MD'})"
    )
    row = store.read("MATCH (c:Country)-[r]->(f:Framework) RETURN c, r, f").rows[0]
    return {"c": row["c"].id, "r": row["r"].id, "f": row["f"].id}


def test_node_relationship_path_json(
    runner: CliRunner, cli_env: dict[str, str], small_graph: dict
) -> None:
    query = "MATCH p = (c:Country)-[r:PARTNER_IN]->(f:Framework) RETURN c, r, p"
    result = invoke(runner, cli_env, "cypher", query, "--format", "json")
    assert result.exit_code == 0, result.output
    country = {
        "id": small_graph["c"],
        "labels": ["Country"],
        "properties": {"iso3": "ISR", "name": "Israel"},
    }
    framework = {
        "id": small_graph["f"],
        "labels": ["Framework"],
        "properties": {"key": "md", "acronym": "MD"},
    }
    rel = {
        "id": small_graph["r"], "type": "PARTNER_IN",
        "start": small_graph["c"], "end": small_graph["f"],
        "properties": {"joined": "1995-02", "joined_year": 1995},
    }  # fmt: skip
    assert json.loads(result.stdout) == [
        {"c": country, "r": rel, "p": {"nodes": [country, framework], "relationships": [rel]}}
    ]
    assert list(json.loads(result.stdout)[0]) == ["c", "r", "p"]  # keys in column order


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(
            "MATCH p = (c:Country)-[:PARTNER_IN]->(:Framework) RETURN c, p",
            "c                  p\n"
            f"{'-' * 17}  {'-' * 48}\n"
            "(Country: Israel)  (Country: Israel)-[:PARTNER_IN]->(Framework: MD)\n"
            "(1 row)\n",
            id="forward",
        ),
        pytest.param(
            "MATCH p = (:Framework)<-[r:PARTNER_IN]-(:Country) RETURN r, p",
            "r              p\n"
            f"{'-' * 13}  {'-' * 48}\n"
            "[:PARTNER_IN]  (Framework: MD)<-[:PARTNER_IN]-(Country: Israel)\n"
            "(1 row)\n",
            id="backward",
        ),
    ],
)
def test_graph_values_in_a_table(
    runner: CliRunner, cli_env: dict[str, str], small_graph: dict, query: str, expected: str
) -> None:
    result = invoke(runner, cli_env, "cypher", query, "--format", "table")
    assert result.stdout == expected


def test_graph_values_in_csv(runner: CliRunner, cli_env: dict[str, str], small_graph: dict) -> None:
    result = invoke(
        runner, cli_env, "cypher", "MATCH (c:Country) RETURN c.iso3 AS iso3, c", "--format", "csv"
    )
    node = json.dumps(
        {
            "id": small_graph["c"],
            "labels": ["Country"],
            "properties": {"iso3": "ISR", "name": "Israel"},
        }
    )
    assert result.stdout == "iso3,c\nISR," + '"' + node.replace('"', '""') + '"\n'


def test_temporal_values_are_iso_strings(runner: CliRunner, cli_env: dict[str, str]) -> None:
    query = "RETURN date('2023-04-04') AS d, localdatetime('2023-04-04T10:11:12') AS t"
    result = invoke(runner, cli_env, "cypher", query, "--format", "json")
    assert result.stdout == '[{"d": "2023-04-04", "t": "2023-04-04T10:11:12"}]\n'
    assert (
        invoke(runner, cli_env, "cypher", query, "--format", "csv").stdout
        == "d,t\n2023-04-04,2023-04-04T10:11:12\n"
    )


def test_read_only_unless_write(runner: CliRunner, cli_env: dict[str, str], store: Store) -> None:
    refused = invoke(runner, cli_env, "cypher", "CREATE (n:X)")
    assert (
        assert_one_line_error(refused)
        == "Error: the query writes to the graph; add --write to allow it\n"
    )
    assert store.counts().labels == {}

    written = invoke(runner, cli_env, "cypher", "CREATE (n:X)", "--write", "--format", "table")
    assert written.exit_code == 0, written.output
    assert written.stdout == "(no columns)\n"
    assert written.stderr == (
        "created 1 nodes, 0 relationships; deleted 0 nodes, 0 relationships; set 0 properties\n"
    )

    status = invoke(runner, cli_env, "status")
    assert status.exit_code == 0
    info, counts, coverage = status.stdout.split("\n\n")
    assert counts == "nodes: 1\n  X                            1\nrelationships: 0"
    assert coverage.startswith("bundled data covers events to June 2025")
    assert [line.split()[0] for line in info.splitlines()] == [
        "store",
        "home",
        "socket",
        "server",
        "version",
    ]
    assert info.splitlines()[0] == "store    embedded (FalkorDB)"
    assert info.splitlines()[1] == f"home     {cli_env['NATO_GRAPH_HOME']}"

    data = json.loads(invoke(runner, cli_env, "status", "--format", "json").stdout)
    assert (data["store"], data["labels"], data["types"]) == ("embedded (FalkorDB)", {"X": 1}, {})
    assert data["data_coverage"] == "2025-06"


def test_status_of_an_empty_store_says_the_data_is_not_loaded(
    runner: CliRunner, cli_env: dict[str, str], store: Store
) -> None:
    """It said "bundled data covers events to June 2025", as though the graph held it."""
    status = invoke(runner, cli_env, "status")
    assert status.exit_code == 0, status.output
    coverage = status.stdout.split("\n\n")[-1]
    assert coverage == "the graph is empty: the bundled data is not loaded (`nato-graph load`)\n"


def test_write_in_json_prints_the_rows(
    runner: CliRunner, cli_env: dict[str, str], store: Store
) -> None:
    result = invoke(
        runner,
        cli_env,
        "cypher",
        "CREATE (n:X {k: $k}) RETURN n.k AS k",
        "--write",
        "--param",
        "k",
        "7",
        "--format",
        "json",
    )
    assert (result.exit_code, result.stdout, result.stderr) == (0, '[{"k": 7}]\n', "")


def test_status_counts_types(runner: CliRunner, cli_env: dict[str, str], small_graph: dict) -> None:
    status = invoke(runner, cli_env, "status").stdout
    assert status.split("\n\n")[1] == (
        "nodes: 2\n"
        "  Country                      1\n"
        "  Framework                    1\n"
        "relationships: 1\n"
        "  PARTNER_IN                   1"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("12", 12, id="int"),
        pytest.param("1.5", 1.5, id="float"),
        pytest.param('"12"', "12", id="quoted-number-is-text"),
        pytest.param("Israel", "Israel", id="plain-text"),
        pytest.param("true", True, id="bool"),
        pytest.param("null", None, id="null"),
        pytest.param('["MD", "ICI"]', ["MD", "ICI"], id="list"),
        pytest.param('{"a": [1, 2]}', {"a": [1, 2]}, id="map"),
        pytest.param("", "", id="empty"),
        pytest.param("[1, 2", "[1, 2", id="broken-json-is-text"),
        pytest.param('O\'Brien "x"', 'O\'Brien "x"', id="quotes"),
        pytest.param("1995-02", "1995-02", id="date-like-text"),
    ],
)
def test_param_parsing(
    runner: CliRunner, cli_env: dict[str, str], value: str, expected: Any
) -> None:
    result = invoke(
        runner, cli_env, "cypher", "RETURN $v AS v", "--param", "v", value, "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"v": expected}]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_param_non_json_constants_stay_text(
    runner: CliRunner, cli_env: dict[str, str], value: str
) -> None:
    result = invoke(
        runner, cli_env, "cypher", "RETURN $v AS v", "--param", "v", value, "--format", "json"
    )
    assert json.loads(result.stdout) == [{"v": value}]


def test_several_params(runner: CliRunner, cli_env: dict[str, str]) -> None:
    result = invoke(
        runner,
        cli_env,
        "cypher",
        "RETURN $a + $b AS s, $name AS name",
        "--param",
        "a",
        "40",
        "--param",
        "b",
        "2",
        "--param",
        "name",
        "MD",
        "--format",
        "json",
    )
    assert result.stdout == '[{"s": 42, "name": "MD"}]\n'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["cypher", "MATCH (n"], "Error: Invalid input", id="syntax"),
        pytest.param(
            ["cypher", "RETURN $missing"],
            "Error: missing parameter(s): missing",
            id="missing-param",
        ),
        pytest.param(
            ["cypher", "RETURN nosuchfunction(1)"],
            "Error: Unknown function 'nosuchfunction'",
            id="unknown-function",
        ),
        pytest.param(
            ["cypher", "RETURN $v", "--param", "v", "99999999999999999999"],
            "Error: cannot send parameter $v: 99999999999999999999 does not fit in a 64-bit "
            "integer",
            id="huge-int",
        ),
    ],
)
def test_query_errors_are_one_line(
    runner: CliRunner, cli_env: dict[str, str], args: list[str], message: str
) -> None:
    assert assert_one_line_error(invoke(runner, cli_env, *args)).startswith(message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["cypher", "RETURN 1", "--bogus"], "Error: No such option", id="unknown-option"
        ),
        pytest.param(["--bogus", "status"], "Error: No such option", id="unknown-group-option"),
        pytest.param(["cypher"], "Error: Missing argument 'QUERY'.", id="missing-query"),
        pytest.param(
            ["cypher", "RETURN 1", "--format", "xml"],
            "Error: Invalid value for '--format'",
            id="bad-format",
        ),
        pytest.param(
            ["cypher", "RETURN 1", "--param", "v"],
            "Error: Option '--param' requires 2 arguments.",
            id="param-needs-two",
        ),
        pytest.param(
            ["nosuchcommand"], "Error: No such command 'nosuchcommand'.", id="unknown-command"
        ),
    ],
)
def test_usage_errors(
    runner: CliRunner, cli_env: dict[str, str], args: list[str], message: str
) -> None:
    result = invoke(runner, cli_env, *args)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert "Traceback" not in result.output
    assert result.stderr.rstrip("\n").splitlines()[-1].startswith(message)


def test_help_and_version(runner: CliRunner) -> None:
    help_text = runner.invoke(cli, ["--help"]).stdout
    for command in ("cypher", "status", "server", "load"):
        assert f"  {command}" in help_text
    version = runner.invoke(cli, ["--version"])
    assert version.exit_code == 0
    assert version.stdout.startswith("nato-graph, version ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["framework", ""],
            "framework: the value is empty; give a partnership framework (acronym, key, name or alias)",
            id="empty-name",
        ),
        pytest.param(
            ["country", "Isreal"],
            "country: no country named 'Isreal' in the data; closest: Israel",
            id="unknown-name",
        ),
        pytest.param(
            ["path", " ", "Israel"], "from: the value is empty; give an entity", id="empty-a"
        ),
        pytest.param(["path", "Japan", "Isreal"], "to: no entity named 'Isreal'", id="unknown-b"),
        pytest.param(
            ["country", "Jordan", "--hops", "9"],
            "--hops must be 1 to 3, got 9",
            id="hops-past-the-question",  # was "neighbourhood: parameter 'hops' ..."
        ),
        pytest.param(
            ["path", "Japan", "Israel", "--hops", "7"],
            "--hops must be 1 to 6, got 7",
            id="path-hops",  # was "connection: parameter 'max_hops' ..."
        ),
        pytest.param(
            ["path", "Japan", "japan"],
            "from and to both name Japan (JPN): name two different entities",
            id="one-entity-twice",  # said "no connection found"
        ),
    ],
)
def test_a_view_names_the_argument_not_the_question_parameter(
    runner: CliRunner,
    cli_env: dict[str, str],
    loaded: Store,
    tmp_path: Any,
    args: list[str],
    message: str,
) -> None:
    """`view framework ""` said "entity: no entity named ''": a parameter the user never typed."""
    out = tmp_path / "x.html"
    result = invoke(runner, cli_env, "view", *args, "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {message}") and result.stderr.count("\n") == 1
    assert not out.exists()


def test_a_missing_output_directory_is_made_and_said_to_be(
    runner: CliRunner, cli_env: dict[str, str], loaded: Store, tmp_path: Any
) -> None:
    """`view -o new/dir/x.html` makes the directories (tests/test_views.py relies on it): the
    help and the README say so, so that it is no silent surprise."""
    from pathlib import Path

    out = tmp_path / "new" / "dir" / "x.html"
    result = invoke(runner, cli_env, "view", "overview", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.is_file()
    for command in (["view", "overview"], ["export"], ["query", "run"]):
        help_text = " ".join(invoke(runner, cli_env, *command, "--help").stdout.split())
        assert "missing directories on the way are made" in help_text.lower(), command
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    assert "makes any directory missing on the way to the file" in readme
