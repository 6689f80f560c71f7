"""The README, --help and the code say the same thing."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path
from typing import Any

import click
import pytest

from nato_graph.cli import cli
from nato_graph.loaders.model import KINDS, readme_table
from nato_graph.queries.catalogue import catalogue
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        names.append(full)
        if isinstance(command, click.Group):
            names += all_commands(command, f"{full} ")
    return names


@pytest.mark.parametrize("command", all_commands(cli))
def test_every_command_is_in_the_readme(command: str) -> None:
    pattern = r"nato-graph\s+" + r"\s+".join(re.escape(w) for w in command.split())
    alternation = (
        command.split()[0] + r"\s+\S*" + re.escape(command.split()[-1]) if " " in command else None
    )
    assert re.search(pattern, README) or (alternation and re.search(alternation, README)), (
        f"`nato-graph {command}` is not shown in README.md"
    )


def test_quick_start_has_exactly_two_commands() -> None:
    section = re.search(r"^## Quick start$(.*?)^## ", README, re.S | re.M)
    assert section
    block = re.search(r"```sh\n(.*?)```", section.group(1), re.S)
    assert block
    commands = [
        line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")
    ]
    assert commands == ["make demo", "make test"]


def test_the_data_readme_table_is_the_models() -> None:
    """The table of data kinds in loaders/data/README.md is the one the model writes, so the
    kinds are described once (loaders/model.py)."""
    doc = (ROOT / "loaders" / "data" / "README.md").read_text(encoding="utf-8")
    table = readme_table()
    assert table in doc, (
        "loaders/data/README.md is out of step with loaders/model.py; replace its table with "
        "the output of: python -c 'from nato_graph.loaders.model import readme_table; "
        'print(readme_table(), end="")\''
    )
    assert all(f"`{kind.name}.yaml`" in table for kind in KINDS)


@pytest.mark.parametrize("name", list(catalogue()))
def test_every_question_has_a_checked_answer(name: str) -> None:
    """Each canned question is in the table of checked answers (tests/test_answers.py), or is
    checked against the hand-labelled articles by a test that exists."""
    from tests.test_answers import ANSWERS, CHECKED_WITH_ARTICLES

    if name in CHECKED_WITH_ARTICLES:
        articles = (ROOT / "tests" / "test_articles.py").read_text(encoding="utf-8")
        assert f"def {CHECKED_WITH_ARTICLES[name]}(" in articles
    else:
        assert name in ANSWERS, (
            f"no checked answer for the question {name!r} in tests/test_answers.py"
        )


def test_the_answer_table_names_only_questions() -> None:
    from tests.test_answers import ANSWERS, CHECKED_WITH_ARTICLES

    assert set(ANSWERS) | set(CHECKED_WITH_ARTICLES) == set(catalogue())
    assert not set(ANSWERS) & set(CHECKED_WITH_ARTICLES)


def test_at_least_twenty_questions() -> None:
    assert len(catalogue()) >= 20


def _modules_with_examples() -> list[str]:
    """Modules of the installed package whose docstrings hold examples."""
    import nato_graph

    found = []
    for folder, package in ((ROOT / "graph", "nato_graph"), (ROOT / "loaders", "nato_graph.loaders"),
                            (ROOT / "queries", "nato_graph.queries")):  # fmt: skip
        for path in sorted(folder.rglob("*.py")):
            if ">>> " in path.read_text(encoding="utf-8"):
                parts = path.relative_to(folder).with_suffix("").parts
                found.append(".".join((package, *parts)).removesuffix(".__init__"))
    assert nato_graph.__file__ and found
    return found


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_hold(name: str) -> None:
    """The examples in the docstrings are run, so they cannot drift from the code."""
    failed, attempted = doctest.testmod(importlib.import_module(name))
    assert attempted and not failed


def test_readme_python_example_runs(
    store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's Python example, run as written against the session's embedded store."""
    section = re.search(r"^## From Python$(.*?)^## ", README, re.S | re.M)
    assert section
    block = re.search(r"```python\n(.*?)```", section.group(1), re.S)
    assert block and len(block.group(1).strip().splitlines()) <= 6
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NATO_GRAPH_HOME", str(store.settings.home))
    monkeypatch.chdir(tmp_path)
    exec(compile(block.group(1), "README.md", "exec"), {})
    assert "Jordan" in (tmp_path / "jordan.html").read_text(encoding="utf-8")
    assert store.read("MATCH (c:Country) RETURN count(c) AS n").value() > 32


def _command(path: str) -> click.Command:
    command: click.Command = cli
    for word in path.split():
        assert isinstance(command, click.Group)
        command = command.commands[word]
    return command


def _formats(command: click.Command) -> list[str]:
    (option,) = [p for p in command.params if p.name == "fmt"]
    assert isinstance(option.type, click.Choice)
    return list(option.type.choices)


def test_the_readme_says_which_commands_take_which_formats() -> None:
    """The README said every command that prints rows takes table|json|csv, and `status --help`
    offered table|json: the README names the commands and says what status takes."""
    text = " ".join(README.split())
    m = re.search(r"Every command that prints rows \(([^)]*)\) takes `--format ([a-z|]+)`", text)
    assert m, "README: 'Every command that prints rows (COMMANDS) takes `--format ...`'"
    listed = re.findall(r"`([a-z -]+)`", m.group(1))
    rows = [c for c in all_commands(cli) if any(p.name == "fmt" for p in _command(c).params)]
    rows = [c for c in rows if _formats(_command(c)) == m.group(2).split("|")]
    assert sorted(listed) == sorted(rows)
    status = "|".join(_formats(_command("status")))
    assert f"`status` prints a report, not rows, and takes `--format {status}`" in text


def test_the_changelog_is_a_list_of_distinct_entries() -> None:
    """An edit once wrote one entry between every two characters of the CHANGELOG (108 MB): each
    entry starts a line with "- ", appears once, and every other line continues one."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entries: list[str] = []
    for number, line in enumerate(text.splitlines()[4:], 5):
        if line.startswith("- "):
            entries.append(line)
        elif line.startswith("## ") or not line:
            continue
        else:
            assert line.startswith("  ") and entries, f"CHANGELOG.md:{number}: {line[:60]!r}"
            entries[-1] += " " + line.strip()
    repeated = {e[:60] for e in entries if entries.count(e) > 1}
    assert not repeated, f"entries written twice: {sorted(repeated)}"
    assert len(text) < 500_000
