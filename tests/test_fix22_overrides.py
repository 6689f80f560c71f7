"""A ``load --reset`` that failed after its clear kept the note that the user's records replaced
bundled ones (review 21, L7; analyst audit 21): every later answer said "records of your files
replaced 1 bundled record (...): answers rest on them where they differ" about a graph the reset
had cleared, beside the warning that the load stopped part-way. Now a load that stopped part-way
after such records were loaded takes the note away (answers no longer rest on them, as far as
anyone can tell), and its warning says which records of the user's the graph may no longer hold
and how to have them again; a load that completes says what is true again.

The failure is injected in another process (a real lost server cannot be timed after the
clear); the store, the markers and every command after it are real. On Neo4j the clear is many
transactions, so the same is checked there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import nato_graph
from nato_graph.stores import Store
from tests.conftest import neo4j_environment
from tests.test_loader import partnership

CLI = [sys.executable, "-m", "nato_graph.cli"]
SAID = "records of your files replaced 1 bundled record (mine.partnerships.yaml, loaded "
REST = "answers rest on them where they differ"
GONE = (
    "before it, records of your files had replaced 1 bundled record (mine.partnerships.yaml, "
    "loaded "
)
AGAIN = "which the graph may no longer hold: run `nato-graph load {mine}` to have them again"

# Loads the user's file (its record replaces a bundled one), then a reset that fails after its
# clear, part-way through writing the data again (a few batches written: a graph neither empty
# nor whole, as a lost server leaves it).
RESET_FAILS = textwrap.dedent(
    """
    import sys
    import nato_graph
    from nato_graph.errors import StoreError

    db = nato_graph.connect()
    db.load([sys.argv[1]])
    store = db.store
    cleared = []
    real_clear = store.clear

    def clear():
        real_clear()
        cleared.append(True)

    store.clear = clear
    for name in ("write", "write_rows"):
        def failing(*args, _real=getattr(store, name), **kwargs):
            if cleared:
                cleared.append(True)
            if cleared and len(cleared) > 40:
                raise StoreError("cannot reach the server (injected after the clear)")
            return _real(*args, **kwargs)
        setattr(store, name, failing)
    try:
        db.load(reset=True)
    except StoreError:
        print("load failed")
    db.close()
    """
)


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NATO_GRAPH_"))}
    return subprocess.run(
        list(args), env={**base, **env}, capture_output=True, text=True, timeout=300, check=False
    )


def check(env: dict[str, str], tmp_path: Path) -> None:
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(partnership("ISR", "md", joined="'1995-02'", note="Mine."), "utf-8")
    done = run(env, sys.executable, "-c", RESET_FAILS, str(mine))
    assert done.returncode == 0 and done.stdout == "load failed\n", done.stderr

    status = run(env, *CLI, "status")
    said = status.stdout + status.stderr
    assert "stopped part-way" in said
    assert REST not in said and SAID not in said  # the note no longer claims them
    assert GONE in said and AGAIN.format(mine=mine) in said  # what may be gone, what to run
    asked = run(env, *CLI, "query", "run", "frameworks", "--format", "json")
    assert REST not in asked.stderr and GONE in asked.stderr, asked.stderr
    with nato_graph.connect(env=env) as db:
        assert db.overrides() is None
        notes = db.ask("frameworks").notes
        assert not any(REST in n for n in notes)
        assert any(GONE in n and AGAIN.format(mine=mine) in n for n in notes)

    # the user's file given again: the load completes, and the note is true again
    again = run(env, *CLI, "load", str(mine))
    assert again.returncode == 0, again.stderr
    status = run(env, *CLI, "status")
    assert SAID in status.stdout and REST in status.stdout
    assert "stopped part-way" not in status.stdout + status.stderr


def test_a_reset_that_fails_after_its_clear_drops_the_overrides_note(tmp_path: Path) -> None:
    check({"NATO_GRAPH_HOME": str(tmp_path / "home")}, tmp_path)


@pytest.mark.neo4j
def test_a_reset_that_fails_after_its_clear_on_neo4j_drops_the_overrides_note(
    neo4j_store: Store, tmp_path: Path
) -> None:
    check(neo4j_environment(tmp_path / "home"), tmp_path)
    neo4j_store.clear()


def test_a_reset_that_completes_after_one_that_failed_says_neither(tmp_path: Path) -> None:
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(partnership("ISR", "md", joined="'1995-02'", note="Mine."), "utf-8")
    assert run(env, sys.executable, "-c", RESET_FAILS, str(mine)).stdout == "load failed\n"
    assert run(env, *CLI, "load", "--reset", "--yes").returncode == 0
    status = run(env, *CLI, "status")
    said = status.stdout + status.stderr
    assert "stopped part-way" not in said and "records of your files" not in said


def test_readme_says_it() -> None:
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text("utf-8").split())
    assert "A load begun after them that stops part-way (a `load --reset` that fails" in readme
    assert "which the graph may no longer hold: run `nato-graph load" in readme
