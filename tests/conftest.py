"""Shared fixtures: a real embedded FalkorDB store in a temporary home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    """The session store, emptied before each test."""
    session_store.clear()
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
def runner() -> CliRunner:
    return CliRunner()


def neo4j_settings() -> Settings | None:
    if not os.environ.get("NEO4J_URI"):
        return None
    return resolve()


requires_neo4j = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="needs a Neo4j server: set NEO4J_URI (and NEO4J_PASSWORD) to run",
)
