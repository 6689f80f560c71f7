"""Shared fixtures: a real embedded FalkorDB store in a temporary home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from nato_graph.settings import Settings, resolve
from nato_graph.stores import Store, open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home directory for the session's embedded server."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def settings(home: Path) -> Settings:
    return resolve(home=home, env={})


@pytest.fixture(scope="session")
def session_store(settings: Settings) -> Iterator[Store]:
    """One embedded server for the whole session, kept alive between CLI calls."""
    store = open_store(settings, keep_server=True)
    yield store
    store.close()
    from nato_graph.stores.server import EmbeddedServer

    EmbeddedServer(settings.home).stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium for the session; in CI a missing browser fails instead of skipping."""
    from tests import browser as chromium

    reason = chromium.missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with chromium.launch() as b:
        yield b


@pytest.fixture()
def store(session_store: Store) -> Iterator[Store]:
    """The session store, emptied before each test (and so the record of a load whose files
    replaced bundled records: ``Connection.overrides``)."""
    from nato_graph.loaders import overrides

    session_store.clear()
    overrides.remember(session_store.settings, [], [])
    yield session_store


@pytest.fixture(scope="module")
def loaded(session_store: Store) -> Iterator[Store]:
    """The session's store holding the curated data, loaded once per test module and emptied after it.

    Tests that must never see a write use ``curated_store`` instead.
    """
    from nato_graph.loaders.load import load

    session_store.clear()
    load(session_store)
    yield session_store
    session_store.clear()


@pytest.fixture(scope="session")
def curated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A separate embedded store holding the curated data, loaded once; tests must not write to it."""
    from nato_graph.loaders.load import load
    from nato_graph.stores.server import EmbeddedServer

    home = tmp_path_factory.mktemp("curated")
    store = open_store(resolve(home=home, env={}), keep_server=True)
    load(store)
    yield store
    store.close()
    EmbeddedServer(home).stop()


@pytest.fixture()
def cli_env(
    settings: Settings, session_store: Store, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Environment for CliRunner calls against the session store (no Neo4j variables)."""
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    return {"NATO_GRAPH_HOME": str(settings.home)}


@pytest.fixture()
def curated_env(curated_store: Store, cli_env: dict[str, str]) -> dict[str, str]:
    """The CLI on the curated store (read-only commands only), with no Neo4j variables."""
    return {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


# -- the tests' Neo4j ------------------------------------------------------------------------
#
# `make test` starts a real Neo4j 5.26 (tests/neo4j/neo4jctl.py run) and passes its URI,
# password and NATO_GRAPH_NEO4J_TESTS_MAY_WIPE=1. Tests marked `neo4j` run against it; the
# ones that wipe it do so only when that variable says the server is the tests' own.

# The standard variables name the tests' Neo4j. They are taken out of the environment here,
# before any test runs, so that no test reaches Neo4j by accident (a CLI run or subprocess
# that inherits NEO4J_URI would use it instead of its embedded home); Neo4j tests opt in
# through the fixtures below, which use TEST_NEO4J.
# A table on a terminal is fitted to its width (COLUMNS where it is set); the tests read tables as
# they go to a file or a pipe, whatever terminal runs them, and set COLUMNS where they test it.
os.environ.pop("COLUMNS", None)

NEO4J_VARIABLES = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
TEST_NEO4J = {name: os.environ.pop(name) for name in NEO4J_VARIABLES if name in os.environ}

NEO4J_MISSING = (
    "needs the tests' Neo4j: run `make test` (it starts one), or set NEO4J_URI, NEO4J_PASSWORD "
    "and NATO_GRAPH_NEO4J_TESTS_MAY_WIPE=1 for a scratch server whose data may be deleted"
)


def neo4j_available() -> bool:
    return (
        bool(TEST_NEO4J.get("NEO4J_URI"))
        and os.environ.get("NATO_GRAPH_NEO4J_TESTS_MAY_WIPE") == "1"
    )


requires_neo4j = pytest.mark.skipif(not neo4j_available(), reason=NEO4J_MISSING)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `neo4j` skip without the tests' Neo4j; in CI they must all run."""
    if neo4j_available():
        return
    marked = [item for item in items if item.get_closest_marker("neo4j")]
    if marked and os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI runs every Neo4j test, and {len(marked)} would skip: {NEO4J_MISSING}"
        )
    for item in marked:
        item.add_marker(pytest.mark.skip(reason=NEO4J_MISSING))


_neo4j_holds_curated = {"yes": False}


@pytest.fixture(scope="session")
def neo4j_session_store() -> Iterator[Store]:
    """One connection to the tests' Neo4j for the session; its database is emptied at the end."""
    store = open_store(resolve(env=TEST_NEO4J))
    yield store
    store.clear()
    store.close()


@pytest.fixture()
def neo4j_store(neo4j_session_store: Store) -> Store:
    """The tests' Neo4j, emptied before the test; the test may write."""
    _neo4j_holds_curated["yes"] = False
    neo4j_session_store.clear()
    return neo4j_session_store


@pytest.fixture()
def neo4j_curated(neo4j_session_store: Store) -> Store:
    """The tests' Neo4j holding the curated data (loaded when a test before emptied it).

    Tests that use it must not write; those that do use ``neo4j_store``.
    """
    from nato_graph.loaders.load import load

    if not _neo4j_holds_curated["yes"]:
        neo4j_session_store.clear()
        load(neo4j_session_store)
        _neo4j_holds_curated["yes"] = True
    return neo4j_session_store


def neo4j_environment(home: Path) -> dict[str, str]:
    """Environment for CLI runs against the tests' Neo4j (the embedded home set aside in HOME)."""
    return {
        "NEO4J_URI": TEST_NEO4J["NEO4J_URI"],
        "NEO4J_USERNAME": TEST_NEO4J.get("NEO4J_USERNAME", "neo4j"),
        "NEO4J_PASSWORD": TEST_NEO4J.get("NEO4J_PASSWORD", ""),
        "NEO4J_DATABASE": TEST_NEO4J.get("NEO4J_DATABASE", "neo4j"),
        "NATO_GRAPH_HOME": str(home),
    }


def neo4j_test_server() -> Any:
    """The tests' Neo4j as tests/neo4j/neo4jctl.py knows it (ports, run directory, password)."""
    from tests.neo4j import neo4jctl

    env = {**os.environ, **TEST_NEO4J}
    port = urlsplit(env.get("NEO4J_URI", "")).port
    if port and "NEO4J_BOLT_PORT" not in env:  # a server started by hand, named by its URI only
        env["NEO4J_BOLT_PORT"] = str(port)
    return neo4jctl.Server.from_env(env)


@pytest.fixture()
def curated(store: Store) -> Store:
    """The session store, emptied and holding the curated data: the article tests' store."""
    from nato_graph.loaders.load import load

    load(store)
    return store
