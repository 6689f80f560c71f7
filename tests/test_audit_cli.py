"""The command line as a new user meets it: `query run --view` prints the answer and draws it as
`view query` does, views keep the questions' caveats, and every unwritable or empty output path
is one `Error:` line before any work is done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests import browser as chromium


def invoke(runner: CliRunner, env: dict[str, str], *args: str) -> Result:
    return runner.invoke(cli, list(args), env=env, prog_name="nato-graph")


def one_line_error(result: Result) -> str:
    """The one `Error:` line a failed command printed (no traceback, nothing on stdout)."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# --------------------------------------------------------------------------- query run --view


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["frameworks"], id="frameworks"),
        pytest.param(["suspended"], id="suspended"),
        pytest.param(["partners-on-threat", "--param", "threat", "cyber"], id="partners-on-threat"),
        pytest.param(["country-profile"], id="country-profile"),
        pytest.param(
            ["connection", "--param", "from", "UAE", "--param", "to", "Ukraine"], id="paths"
        ),
    ],
)
def test_query_run_view_prints_the_answer_and_draws_it_as_view_query(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path, args: list[str]
) -> None:
    """`query run frameworks --view f.html` printed nothing and failed with "nothing to draw"."""
    plain = invoke(runner, curated_env, "query", "run", *args, "--format", "csv")
    assert plain.exit_code == 0, plain.output
    out = tmp_path / "run.html"
    drawn = invoke(
        runner, curated_env, "query", "run", *args, "--format", "csv", "--view", str(out)
    )
    assert drawn.exit_code == 0, drawn.output
    assert drawn.stdout == plain.stdout  # the answer, as without --view
    assert drawn.stderr == plain.stderr + f"view written to {out}\n"
    viewed = tmp_path / "view.html"
    by_view = invoke(runner, curated_env, "view", "query", *args, "-o", str(viewed))
    assert by_view.exit_code == 0, by_view.output
    assert out.read_text(encoding="utf-8") == viewed.read_text(encoding="utf-8")


def test_query_run_view_of_an_empty_answer_prints_it_then_fails(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "x.html"
    args = ["query", "run", "as-of", "--param", "year", "1950", "--format", "json"]
    result = invoke(runner, curated_env, *args, "--view", str(out))
    assert result.exit_code == 1
    assert result.stdout == "[]\n"
    assert result.stderr.splitlines()[-1].startswith(
        "Error: nothing to draw: as-of returned no rows for these parameters"
    )
    assert not out.exists()


# --------------------------------------------------------------------------- caveats in views


def test_path_view_gives_the_questions_caveat(
    runner: CliRunner, curated_env: dict[str, str], curated_store: Store, tmp_path: Path
) -> None:
    """`view path Poland NACC --hops 1` said only "no connection found ... within 1 hops"."""
    reason = (
        Connection.on(curated_store)
        .ask("connection", {"from": "Poland", "to": "NACC", "max_hops": 1})
        .empty_reason
    )
    assert reason and "who took part is not recorded" in reason
    out = tmp_path / "p.html"
    result = invoke(
        runner, curated_env, "view", "path", "Poland", "NACC", "--hops", "1", "-o", str(out)
    )
    assert one_line_error(result) == (
        "Error: no connection found between 'Poland' and 'NACC' within 1 hop: "
        + reason.replace("a larger max_hops", "a larger --hops")
    )
    assert not out.exists()


def test_framework_view_draws_and_says_the_partners_caveat(
    runner: CliRunner,
    curated_env: dict[str, str],
    curated_store: Store,
    tmp_path: Path,
    browser: Any,
) -> None:
    """`view framework NACC` drew NACC REPLACED EAPC with no word that its participants are not
    recorded, which `query run framework-members --param framework NACC` says."""
    reason = Connection.on(curated_store).ask("framework-members", framework="NACC").empty_reason
    assert reason and "who took part is not recorded" in reason
    note = f"framework-members --param framework NACC: no rows: {reason}"
    out = tmp_path / "nacc.html"
    result = invoke(runner, curated_env, "view", "framework", "NACC", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (
        result.stderr == f"view framework: note: {note}\nview framework: drew 3 entities, 2 links "
        "(1 not holding now)\n"  # the EAPC that replaced it, and NATO's tie to it, ended
    )
    with chromium.open_view(browser, out) as (page, report):
        shown = page.eval_on_selector_all(".view-note", "els => els.map(e => e.textContent)")
        assert report.page_errors == []
    assert shown == [note]


def test_threat_view_does_not_say_it_covers_a_framework(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    name = "defence capacity building"
    threat = invoke(runner, curated_env, "view", "threat", name, "-o", str(tmp_path / "t.html"))
    assert threat.exit_code == 0, threat.output
    assert "covers each" not in threat.stderr
    anything = invoke(
        runner, curated_env, "view", "neighbourhood", name, "-o", str(tmp_path / "n.html")
    )
    assert "covers each" in anything.stderr  # drawn for both kinds: said


def test_view_query_names_the_default_it_used(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    note = "country-profile: note: no --param country given: the answer is for Israel, its default"
    run = invoke(runner, curated_env, "query", "run", "country-profile")
    assert note in run.stderr.splitlines()
    drawn = invoke(
        runner, curated_env, "view", "query", "country-profile", "-o", str(tmp_path / "c.html")
    )
    assert drawn.exit_code == 0, drawn.output
    assert note in drawn.stderr.splitlines()


# --------------------------------------------------------------------------- analyze


def test_analyze_on_an_empty_graph_says_to_load_first(
    runner: CliRunner, cli_env: dict[str, str], store: Store
) -> None:
    """`analyze` printed "(0 rows)" and exit 0 on an empty graph, where questions say to load."""
    result = invoke(runner, cli_env, "analyze", "centrality", "--format", "table")
    assert one_line_error(result) == (
        "Error: centrality: the graph is empty; load the data first (`nato-graph load`)"
    )


# --------------------------------------------------------------------------- output paths


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["browser-kit", ""], id="browser-kit"),
        pytest.param(["query", "run", "connection", "--view", ""], id="query-run-view"),
        pytest.param(["export", "--format", "json", "-o", ""], id="export"),
        pytest.param(["view", "overview", "-o", ""], id="view"),
        pytest.param(["view", "query", "frameworks", "-o", ""], id="view-query"),
        pytest.param(["demo", "--out", ""], id="demo"),
    ],
)
def test_an_empty_output_path_is_one_error(
    runner: CliRunner,
    curated_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    """An empty path wrote 29 files into the current directory (browser-kit), did nothing and
    exited 0 (query run --view), or fell back to the default name (view -o "")."""
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, curated_env, *args)
    assert one_line_error(result) == (
        "Error: the output path is empty; give a file or directory name"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "target"),
    [
        pytest.param(["view", "overview", "-o", "afile/x.html"], "afile/x.html", id="view"),
        pytest.param(
            ["export", "--format", "json", "-o", "afile/x.json"], "afile/x.json", id="json"
        ),
        pytest.param(["export", "--format", "csv", "-o", "afile/d"], "afile/d", id="csv"),
        pytest.param(["browser-kit", "afile/kit"], "afile/kit", id="browser-kit"),
        pytest.param(
            ["query", "run", "frameworks", "--view", "afile/f.html"], "afile/f.html", id="query-run"
        ),
    ],
)
def test_a_file_in_the_way_is_named(
    runner: CliRunner,
    curated_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    target: str,
) -> None:
    """`-o afile/x.json` said "cannot write afile/x.json: File exists"."""
    monkeypatch.chdir(tmp_path)
    Path("afile").write_text("x")
    result = invoke(runner, curated_env, *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: cannot write {target}: afile is a file, not a directory"
    )
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("out", "message"),
    [
        pytest.param(
            "afile/d", "cannot write afile/d: afile is a file, not a directory", id="under"
        ),
        pytest.param("afile", "cannot write into afile: it is a file, not a directory", id="file"),
        pytest.param("/proc/nato-graph-x", "cannot write /proc/nato-graph-x: ", id="proc"),
    ],
)
def test_demo_checks_its_output_directory_before_the_work(
    runner: CliRunner,
    cli_env: dict[str, str],
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    out: str,
    message: str,
) -> None:
    """`demo --out afile/d` loaded, answered every question, then printed a traceback."""
    monkeypatch.chdir(tmp_path)
    Path("afile").write_text("x")
    result = invoke(runner, cli_env, "demo", "--out", out)
    assert one_line_error(result).startswith(f"Error: {message}")
    assert store.counts().nodes == 0  # nothing was loaded


def test_demo_counts_what_it_loaded(
    runner: CliRunner, cli_env: dict[str, str], store: Store, tmp_path: Path
) -> None:
    """`demo` said "Loaded the bundled data ...: 421 nodes", a count that holds the user's own
    data and articles too."""
    Connection.on(store).cypher("CREATE (:Note {text: 'mine'})", write=True)
    result = invoke(runner, cli_env, "demo", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    counts = store.counts()
    first = result.stdout.splitlines()[0]
    assert first.startswith("Loaded the bundled data (")
    assert first.endswith(
        f"; the graph holds {counts.nodes} nodes and {counts.relationships} relationships."
    )
    assert "Note" in counts.labels  # which the bundled data does not hold


def test_a_home_that_is_a_file_is_said_the_same_way_by_flag_and_variable(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    expected = (
        f"Error: the home {afile} is a file; --home and NATO_GRAPH_HOME name the directory the "
        "embedded store keeps its data in"
    )
    by_variable = invoke(runner, {**cli_env, "NATO_GRAPH_HOME": str(afile)}, "status")
    by_flag = invoke(runner, cli_env, "--home", str(afile), "status")
    assert one_line_error(by_variable) == expected
    assert one_line_error(by_flag) == expected
