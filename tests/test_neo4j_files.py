"""The files nato-graph hands to Neo4j users, opened by Neo4j's own tools.

* ``export --format cypher``: run by Neo4j's ``cypher-shell -f`` (from Maven Central,
  org.neo4j:cypher-shell 5.26) into the emptied test server.
* ``export --format csv``: imported by Neo4j's ``neo4j-admin database import full``
  (org.neo4j:neo4j-import-tool, run as the command the export prints) into the home of a
  second, fresh Neo4j, which then opens it.

Both must give the curated graph: the same counts and the same answers to every canned
question as the embedded store the files were exported from.
"""

from __future__ import annotations

import shlex
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.queries.catalogue import catalogue
from nato_graph.records import Node, Relationship
from nato_graph.records import Path as GraphPath
from nato_graph.settings import resolve
from nato_graph.stores import Store, open_store
from tests.conftest import neo4j_test_server
from tests.neo4j import neo4jctl
from tests.test_neo4j import answer

pytestmark = pytest.mark.neo4j


def export(curated_store: Store, fmt: str, out: Path) -> str:
    env = {"NATO_GRAPH_HOME": str(curated_store.settings.home), "NEO4J_URI": ""}
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    return result.stderr  # the report and the command to run: on stderr, the data in the file


def without_empty_lists(value: Any) -> Any:
    """VALUE with every empty-list property left out, in nodes, relationships and paths too."""
    if isinstance(value, Node | Relationship):
        props = {k: v for k, v in value.properties.items() if v != []}
        return replace(value, properties=props)
    if isinstance(value, GraphPath):
        return GraphPath(
            tuple(without_empty_lists(n) for n in value.nodes),
            tuple(without_empty_lists(r) for r in value.relationships),
        )
    if isinstance(value, dict):
        return {k: without_empty_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_empty_lists(v) for v in value]
    return value


def assert_same_graph(store: Store, curated_store: Store, *, empty_lists: bool = True) -> None:
    """The same counts and the same answer to every question (on its example parameters).

    Without EMPTY_LISTS, empty-list properties are not compared: neo4j-admin reads an empty
    CSV field as "no property", so an imported graph cannot hold an empty list.
    """
    assert store.counts() == curated_store.counts()
    # Each named node arrives with its names: pasted into Neo4j Browser, a question finds its
    # entity at once (a question through the library would repair them first).
    unnamed = (
        "MATCH (n) WHERE (n:Country OR n:Framework OR n:Threat) AND n.names IS NULL RETURN count(n)"
    )
    assert store.read(unnamed).value(0) == 0
    same = (lambda v: v) if empty_lists else without_empty_lists
    for name, query in sorted(catalogue().items()):
        got = answer(store, name, query.examples, same)
        want = answer(curated_store, name, query.examples, same)
        assert got == want, name


def test_cypher_export_runs_in_cypher_shell(
    neo4j_store: Store, curated_store: Store, tmp_path: Path
) -> None:
    script = tmp_path / "nato.cypher"
    printed = export(curated_store, "cypher", script)
    assert f"cypher-shell -f {script}" in printed  # what we tell the user to run, run here
    shell = neo4jctl.cypher_shell(neo4j_test_server(), "-f", str(script))
    assert shell.returncode == 0, shell.stderr[-2000:]
    assert_same_graph(neo4j_store, curated_store)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def second_server(tmp_path: Path) -> Iterator[neo4jctl.Server]:
    """A second Neo4j's home (not started); stopped and removed after the test."""
    main = neo4j_test_server()
    server = neo4jctl.Server(tmp_path / "imported", free_port(), free_port(), main.password)
    yield server
    neo4jctl.stop(server)


def test_csv_export_imports_with_neo4j_admin(
    curated_store: Store, second_server: neo4jctl.Server, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    printed = export(curated_store, "csv", out)
    [command] = [
        line.strip() for line in printed.splitlines() if line.strip().startswith("neo4j-admin ")
    ]
    words = shlex.split(command)
    assert words[:4] == ["neo4j-admin", "database", "import", "full"]
    imported = neo4jctl.admin(second_server, *words[1:])
    assert imported.returncode == 0, (imported.stdout + imported.stderr)[-2000:]
    assert "IMPORT DONE" in imported.stdout

    neo4jctl.start(second_server, fresh=False)
    store = open_store(
        resolve(uri=second_server.uri, username="neo4j", password=second_server.password, env={})
    )
    try:
        assert_same_graph(store, curated_store, empty_lists=False)
    finally:
        store.close()


TABLED = (
    "Who joined when\n\n"
    "| Country | Joined the Mediterranean Dialogue |\n"
    "| --- | --- |\n"
    "| Jordan | November 1995 |\n\n"
    "Some say Jordan joined in 1995 | others say in 1996.\n"
)


def test_csv_export_of_an_article_with_a_table_imports(
    store: Store, second_server: neo4jctl.Server, tmp_path: Path
) -> None:
    """An article's sentences not checked may hold a Markdown table's "|", the export's first
    array delimiter: the export failed, for good, once such an article was loaded. Another
    delimiter is used, the command printed names it, and neo4j-admin imports the same graph."""
    import io

    from nato_graph.loaders.articles import load_articles
    from nato_graph.loaders.load import load

    load(store)
    load_articles(store, ["-"], stdin=io.BytesIO(TABLED.encode("utf-8")))
    held = store.read("MATCH (d:Document) RETURN d.unread_sentences AS u").value(0)
    assert any("|" in sentence for sentence in held)
    printed = export(store, "csv", tmp_path / "csv")
    [command] = [
        line.strip() for line in printed.splitlines() if line.strip().startswith("neo4j-admin ")
    ]
    [delimiter] = [w.split("=", 1)[1] for w in shlex.split(command) if "--array-delimiter" in w]
    assert delimiter != "|"  # the curated data's notes hold a ";" too: "\u00a6" here
    imported = neo4jctl.admin(second_server, *shlex.split(command)[1:])
    assert imported.returncode == 0, (imported.stdout + imported.stderr)[-2000:]
    neo4jctl.start(second_server, fresh=False)
    opened = open_store(
        resolve(uri=second_server.uri, username="neo4j", password=second_server.password, env={})
    )
    try:
        assert opened.read("MATCH (d:Document) RETURN d.unread_sentences AS u").value(0) == held
        assert_same_graph(opened, store, empty_lists=False)
    finally:
        opened.close()
