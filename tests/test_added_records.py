"""Records of the user's files that add to the bundled data are said, as replacements are.

Analyst audit 23 (H1): a made-up "Zedland", given as a Mediterranean Dialogue partner citing
NATO's MD page and marked confirmed, was listed by `framework-members` exactly as the curated
partners are, with no note; it stayed after a plain `nato-graph load` (which writes the bundled
data and deletes nothing), `status` said `overrides: null`, and an article's "The Mediterranean
Dialogue has seven partners", supported before, turned outdated with nothing said. Now the load
says how many records of which files add to the bundled data, every answer, view and `status`
says so until the graph is cleared (`load --reset`), and a load whose facts change the verdicts
of articles loaded earlier says how many changed.

Real stores (the embedded one, and the tests' Neo4j), real CLI processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import nato_graph
from nato_graph.stores import Store
from tests.conftest import neo4j_environment

CLI = [sys.executable, "-m", "nato_graph.cli"]
ADDED = (
    "records of your files add what the bundled data does not hold (fut.partnerships.yaml, "
    "zed.countries.yaml; last loaded "
)
REST = "answers that name what they add rest on them, whatever sources they cite"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NATO_GRAPH_"))}
    return subprocess.run(
        [*CLI, *args], env={**base, **env}, capture_output=True, text=True, timeout=300, check=False
    )


def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    country = tmp_path / "zed.countries.yaml"
    country.write_text("- iso3: XZZ\n  name: Zedland\n  region: eastern_asia\n", "utf-8")
    partner = tmp_path / "fut.partnerships.yaml"
    partner.write_text(
        "- country: XZZ\n  framework: md\n  joined: '2025-05'\n  status: active\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n",
        "utf-8",
    )
    article = tmp_path / "md.md"
    article.write_text("The Mediterranean Dialogue has seven partners.\n", "utf-8")
    return country, partner, article


def check(env: dict[str, str], tmp_path: Path) -> None:
    country, partner, article = files(tmp_path)
    first = run(env, "load", "--reset", "--yes", str(article))
    assert first.returncode == 0 and "1 supported" in first.stdout, first.stderr
    assert "records of your files" not in run(env, "status").stdout

    loaded = run(env, "load", str(partner), str(country))
    assert loaded.returncode == 0, loaded.stderr
    assert (
        "load: note: 2 records of your files add to the bundled data (" in loaded.stderr
        and f"{partner} 1" in loaded.stderr
        and f"{country} 1" in loaded.stderr
        and "say so until `nato-graph load --reset`" in loaded.stderr
    ), loaded.stderr
    # the article's claim, true of the bundled data, is outdated now: said, not done in silence
    assert "1 claim of articles loaded earlier changed its verdict" in loaded.stderr

    again = run(env, "load")  # the bundled data alone: Zedland stays, and so does the note
    assert again.returncode == 0, again.stderr
    asked = run(env, "query", "run", "framework-members", "--param", "framework", "MD")
    assert "Zedland" in asked.stdout
    assert ADDED in asked.stderr and REST in asked.stderr, asked.stderr
    status = json.loads(run(env, "status", "--format", "json").stdout)
    assert status["added"].startswith(ADDED) and status["added"].endswith(REST)
    assert status["overrides"] is None  # nothing bundled was replaced
    with nato_graph.connect(env=env) as db:
        assert any(n.startswith(ADDED) for n in db.ask("frameworks").notes)
        assert any(n.startswith(ADDED) for n in db.view.framework("MD").notes)

    reset = run(env, "load", "--reset", "--yes")  # the graph cleared: the additions went with it
    assert reset.returncode == 0, reset.stderr
    after = run(env, "query", "run", "framework-members", "--param", "framework", "MD")
    assert "Zedland" not in after.stdout and "records of your files" not in after.stderr
    assert json.loads(run(env, "status", "--format", "json").stdout)["added"] is None


def test_records_that_add_to_the_bundled_data_are_said_until_the_graph_is_cleared(
    tmp_path: Path,
) -> None:
    check({"NATO_GRAPH_HOME": str(tmp_path / "home")}, tmp_path)


@pytest.mark.neo4j
def test_records_that_add_to_the_bundled_data_are_said_on_neo4j(
    neo4j_store: Store, tmp_path: Path
) -> None:
    check(neo4j_environment(tmp_path / "home"), tmp_path)
    neo4j_store.clear()


def test_a_replacement_alone_adds_nothing(tmp_path: Path) -> None:
    """A record giving a bundled one again replaces it and adds nothing (its own note says it)."""
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(
        "- country: ISR\n  framework: md\n  joined: '1995-02'\n  status: active\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n  note: Mine.\n",
        "utf-8",
    )
    loaded = run(env, "load", str(mine))
    assert loaded.returncode == 0, loaded.stderr
    assert "replaces the bundled partnerships record ISR/md" in loaded.stderr
    assert "add to the bundled data" not in loaded.stderr
    assert json.loads(run(env, "status", "--format", "json").stdout)["added"] is None


def test_clearing_from_python_forgets_them(tmp_path: Path) -> None:
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    country, partner, _ = files(tmp_path)
    with nato_graph.connect(env=env) as db:
        report = db.load([partner, country])
        assert report.data.added == {str(partner): 1, str(country): 1}
        assert db.added() is not None and db.added().startswith(ADDED)
        db.clear()
        assert db.added() is None


def test_a_load_of_data_and_an_article_says_the_earlier_verdicts_it_changed(tmp_path: Path) -> None:
    """Review 2026-12-08, M1: the count of earlier claims whose verdict changed was said only by a
    load without articles; loaded with one, the earlier claim turned outdated in silence."""
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    country, partner, article = files(tmp_path)
    assert "1 supported" in run(env, "load", str(article)).stdout
    other = tmp_path / "other.md"
    other.write_text("Jordan joined the Mediterranean Dialogue in 1995.\n", "utf-8")
    loaded = run(env, "load", str(partner), str(country), str(other))
    assert loaded.returncode == 0, loaded.stderr
    assert "1 claim of articles loaded earlier changed its verdict" in loaded.stderr


def test_two_files_of_one_name_are_said_without_a_count_to_be_wrong(tmp_path: Path) -> None:
    """Review 2026-12-08, M3: files of the same name in two folders were one in the note, their
    count of 2 records said as 1; the note names the files now, and each load says its count."""
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    for folder, iso3 in (("one", "XZA"), ("two", "XZB")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "c.countries.yaml").write_text(
            f"- iso3: {iso3}\n  name: Zedland {iso3}\n  region: eastern_asia\n", "utf-8"
        )
    first, second = tmp_path / "one" / "c.countries.yaml", tmp_path / "two" / "c.countries.yaml"
    assert run(env, "load", str(first)).returncode == 0
    loaded = run(env, "load", str(second))
    assert "1 record of your files adds to the bundled data" in loaded.stderr
    with nato_graph.connect(env=env) as db:
        said = db.added()
        assert said is not None and "(c.countries.yaml; last loaded " in said
        assert "record " not in said.split(";")[0]  # no count
        assert {r["country"] for r in db.ask("countries").rows} >= {"Zedland XZA", "Zedland XZB"}


def test_a_clear_of_the_store_itself_forgets_them(tmp_path: Path) -> None:
    """The full suite found it: a graph cleared by the store (as the tests' fixtures, or any
    caller, clear it), then written without a load, still said the earlier additions."""
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    country, partner, _ = files(tmp_path)
    with nato_graph.connect(env=env) as db:
        db.load([partner, country])
        assert db.added() is not None
        db.store.clear()
        db.cypher("CREATE (:Country {iso3: 'JOR', name: 'Jordan'})", write=True)
        assert db.added() is None
        assert db.ask("country-profile", country="Jordan").notes == []
