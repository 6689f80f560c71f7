"""A new user's audit of the README and the help against the code: each test is one finding."""

from __future__ import annotations

import inspect
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import nato_graph
from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
NEO4J_VARIABLES = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


def section(title: str) -> str:
    found = re.search(rf"^## {re.escape(title)}$(.*?)^## ", README, re.S | re.M)
    assert found, f"README has no section {title!r}"
    return found.group(1)


def code_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


# -- README: the virtualenv, the first example, the Neo4j password ----------------------------


def test_the_readme_activates_the_virtualenv_before_its_first_command() -> None:
    """`make demo` leaves `nato-graph` in .venv/bin, not on PATH: the README said nothing of it
    before `nato-graph status`, `pip install` and `python bench/...`."""
    activate = README.find(". .venv/bin/activate\n")
    assert activate != -1, "README: no `. .venv/bin/activate` step"
    # the first command a user runs as written: a line of a block, or `pip ...`, `python ...`
    first = min(
        m.start()
        for pattern in (r"^nato-graph ", r"`pip install", r"`python (bench|docs)/")
        if (m := re.search(pattern, README, re.M))
    )
    assert README.find("## Quick start") < activate < README.find("## From Python")
    assert activate < first
    assert any(". .venv/bin/activate" in block for block in code_blocks(README, "sh"))


def test_the_first_python_example_runs_without_pandas(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make demo` installs no pandas, and the first example called `.to_df()`: a
    MissingPackageError. It runs without pandas, and `to_df` comes with its install line."""
    (block,) = code_blocks(section("From Python"), "python")[:1]
    for name in NEO4J_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NATO_GRAPH_HOME", str(store.settings.home))
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` raises ImportError
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})  # no MissingPackageError
    assert (tmp_path / "jordan.html").is_file()
    after = section("From Python").split("```", 2)[2]
    said = " ".join(after.split()[:80])
    assert "`pip install -e '.[notebooks]'`" in said and ".to_df()" in said


def test_the_neo4j_then_block_keeps_the_docker_password() -> None:
    """The Docker route exports NEO4J_PASSWORD=choose-a-password; the shared "Then:" block set
    it to nato-graph-test again, so pasting it could not log in."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    docker = next(b for b in code_blocks(README, "sh") if "docker compose up" in b)
    then = next(b for b in code_blocks(README, "sh") if "export NEO4J_URI=" in b)
    exports = "\n".join(line for line in then.splitlines() if line.startswith("export "))
    docker_password = re.search(r"NEO4J_PASSWORD=(\S+)", docker)
    assert docker_password

    def password_after(setup: str) -> str:
        script = f'{setup}\n{exports}\nprintf %s "$NEO4J_PASSWORD"'
        done = subprocess.run(
            [bash, "-c", script], capture_output=True, text=True, env={}, check=True
        )
        return done.stdout

    docker_export = next(line for line in docker.splitlines() if "NEO4J_PASSWORD=" in line)
    assert password_after(docker_export) == docker_password.group(1)
    assert password_after("unset NEO4J_PASSWORD") == "nato-graph-test"  # make neo4j-up's


# -- the library: export(format=...), the errors, questions() and counts() --------------------


def test_export_takes_the_documented_format_keyword(curated_store: Store, tmp_path: Path) -> None:
    """README documents `export(format, path)`; the parameter was `fmt`, so
    `db.export(format="json", path=...)` was a TypeError."""
    assert "`export(format, path)`" in README
    assert list(inspect.signature(Connection.export).parameters)[1:3] == ["format", "path"]
    done = Connection.on(curated_store).export(format="json", path=tmp_path / "nato.json")
    assert done.format == "json" and done.nodes > 100
    assert json.loads((tmp_path / "nato.json").read_text(encoding="utf-8"))["nodes"]


ERRORS = {
    "NatoGraphError": "nato_graph.errors",
    "ArgumentError": "nato_graph.errors",
    "MissingPackageError": "nato_graph.errors",
    "EmptyStoreError": "nato_graph.queries.catalogue",
    "UnknownValueError": "nato_graph.queries.checks",
    "AmbiguousNameError": "nato_graph.queries.catalogue",
    "QueryError": "nato_graph.errors",
    "ReadOnlyError": "nato_graph.errors",
    "ExportError": "nato_graph.export",
    "OutputError": "nato_graph.outfiles",
}


@pytest.mark.parametrize(("name", "module"), [pytest.param(n, m, id=n) for n, m in ERRORS.items()])
def test_the_documented_errors_are_nato_graph_attributes(name: str, module: str) -> None:
    """The README and the docstrings name these errors; `nato_graph.EmptyStoreError` was an
    AttributeError, so a caller had to know which module raises each."""
    import importlib

    error = getattr(nato_graph, name)
    assert error is getattr(importlib.import_module(module), name)
    assert issubclass(error, nato_graph.NatoGraphError)
    assert name in nato_graph.__all__
    assert f"`{name}`" in section("From Python") or f"`nato_graph.{name}`" in README


def test_the_lazy_errors_leave_the_help_import_as_it_was() -> None:
    """`nato-graph --help` imports the command line only: the questions' modules, where three of
    the errors live, are loaded when an error is first asked for, not before."""
    code = (
        "import sys, nato_graph.cli\n"
        "before = sorted(m for m in sys.modules if m.startswith('nato_graph.queries'))\n"
        "import nato_graph\n"
        "nato_graph.EmptyStoreError, nato_graph.UnknownValueError\n"
        "after = 'nato_graph.queries.catalogue' in sys.modules\n"
        "print(before, after)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout == "[] True\n", done.stdout


def test_questions_and_counts_are_in_the_readme_api() -> None:
    """The notebooks call `nato_graph.questions()` and `db.counts()`; the README's API list
    named neither."""
    api = " ".join(section("From Python").split())
    assert "`nato_graph.questions()` lists the canned questions" in api
    assert "`counts()` (nodes per label and relationships per type" in api
    assert callable(nato_graph.questions) and callable(Connection.counts)


# -- the command line: cypher --write, view help ----------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "stdout"),
    [
        pytest.param("json", "[]\n", id="json"),
        pytest.param("csv", "\n", id="csv"),
        pytest.param("table", "(no columns)\n", id="table"),
    ],
)
def test_cypher_write_says_what_it_changed_in_every_format(
    runner: CliRunner, cli_env: dict[str, str], store: Store, fmt: str, stdout: str
) -> None:
    """Piped (JSON), `cypher --write` printed `[]` and nothing of what it changed; the counters
    go to stderr, where they leave the JSON on stdout whole."""
    store.write("CREATE (:Nothing), (:Nothing)")
    result = runner.invoke(
        cli, ["cypher", "--write", "MATCH (n:Nothing) DETACH DELETE n", "--format", fmt],
        env=cli_env,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == stdout
    assert result.stderr == (
        "created 0 nodes, 0 relationships; deleted 2 nodes, 0 relationships; set 0 properties\n"
    )
    if fmt == "json":
        assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    "kind", ["overview", "country", "framework", "threat", "neighbourhood", "path", "query"]
)
def test_view_help_names_its_own_default_file(
    runner: CliRunner, cli_env: dict[str, str], kind: str
) -> None:
    """`-o` said `[default: ./nato-graph-KIND.html]`, a pattern, not the file written."""
    help_text = " ".join(runner.invoke(cli, ["view", kind, "--help"], env=cli_env).stdout.split())
    assert f"[default: ./nato-graph-{kind}.html]" in help_text
    assert "KIND" not in help_text


def test_view_without_o_writes_the_file_its_help_names(
    runner: CliRunner,
    cli_env: dict[str, str],
    curated_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}
    result = runner.invoke(cli, ["view", "country", "Jordan"], env=env)
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["nato-graph-country.html"]


def test_view_query_param_help_says_values_are_json(
    runner: CliRunner, cli_env: dict[str, str], curated_store: Store, tmp_path: Path
) -> None:
    """`view query --param` parses VALUE as JSON, as `query run --param` does (it is the same
    option), and now its help says so: `null` is null, `"null"` the text."""
    help_text = " ".join(
        runner.invoke(cli, ["view", "query", "--help"], env=cli_env).stdout.split()
    )
    assert "VALUE is parsed as JSON when it parses, else kept as a string" in help_text
    env = {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}

    def view(value: str) -> Any:
        out = str(tmp_path / "v.html")
        args = ["view", "query", "framework-members", "--param", "status", value, "-o", out]
        return runner.invoke(cli, args, env=env)

    assert view("null").exit_code == 0
    refused = view('"null"')
    assert refused.exit_code == 1 and "unknown status 'null'" in refused.stderr


# -- the notebooks -----------------------------------------------------------------------------


def test_the_view_notebook_01_saves_is_ignored_by_git() -> None:
    """Notebook 01 saves jordan.html beside itself (tests/test_notebooks.py checks it is
    written there); git showed it as a new file to commit."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and the repository's checkout")
    nb = json.loads((ROOT / "notebooks" / "01-quickstart.ipynb").read_text(encoding="utf-8"))
    saved = {
        name
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for name in re.findall(r"\.save\(\"([^\"]+)\"\)", "".join(cell["source"]))
    }
    assert saved == {"jordan.html"}
    paths = [f"notebooks/{name}" for name in sorted(saved)]
    done = subprocess.run([git, "check-ignore", *paths], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.split() == paths


def test_the_community_plot_has_a_legend_not_a_colour_bar(
    curated_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Notebook 02 coloured discrete communities on a continuous 0-5 colour bar; the plot's
    cell, run on the curated graph, gives one legend entry per community and no colour bar."""
    pytest.importorskip("pandas")
    plt = pytest.importorskip("matplotlib.pyplot")
    from nato_graph import analytics

    nb = json.loads((ROOT / "notebooks" / "02-analysis.ipynb").read_text(encoding="utf-8"))
    (cell,) = [
        "".join(c["source"])
        for c in nb["cells"]
        if c["cell_type"] == "code" and "community_of" in "".join(c["source"])
    ]
    assert "colorbar" not in cell
    db = Connection.on(curated_store)
    shown: list[Any] = []
    monkeypatch.setattr(plt, "show", lambda: shown.append(plt.gcf()))
    namespace: dict[str, Any] = {
        "plt": plt,
        "analytics": analytics,
        "g": db.to_networkx(),
        "central": db.analyze("centrality").to_df(),
    }
    try:
        exec(compile(cell, "02-analysis.ipynb", "exec"), namespace)
        (fig,) = shown
        (ax,) = fig.axes  # a colour bar would be a second axes
        legend = ax.get_legend()
        assert legend is not None and legend.get_title().get_text() == "community"
        communities = sorted(namespace["countries"]["community"].unique())
        entries = [int(re.sub(r"\D", "", t.get_text())) for t in legend.get_texts()]
        assert entries == communities
    finally:
        plt.close("all")
