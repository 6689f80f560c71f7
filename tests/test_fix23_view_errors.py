"""A view's error names the argument as a user reads it, as `query run` names the same value.

`view country Atlantis` said "NAME: no country named 'Atlantis'": NAME is only the usage line's
placeholder, while `query run country-profile --param country Atlantis` says "country: ...".
Every view command now names its argument by what it is (country, framework, threat, entity;
from and to for a path, as the connection question's parameters are named), and the usage line
shows the same word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli


def _error(env: dict[str, str], *args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env=env, prog_name="nato-graph")
    assert result.exit_code != 0, result.output
    [line] = result.stderr.splitlines()
    return line


@pytest.mark.parametrize(
    ("view", "question"),
    [
        pytest.param(["country", "Atlantis"], ["country-profile", "country"], id="country"),
        pytest.param(["framework", "Atlantis"], ["framework-members", "framework"], id="framework"),
        pytest.param(["threat", "Atlantis"], ["partners-on-threat", "threat"], id="threat"),
        pytest.param(["neighbourhood", "Atlantis"], ["neighbourhood", "entity"], id="entity"),
        pytest.param(["country", " "], ["country-profile", "country"], id="empty"),
    ],
)
def test_a_view_names_its_argument_as_the_question_does(
    curated_env: dict[str, str], tmp_path: Path, view: list[str], question: list[str]
) -> None:
    out = tmp_path / "v.html"
    said = _error(curated_env, "view", *view, "-o", str(out))
    name, param = question
    asked = _error(curated_env, "query", "run", name, "--param", param, view[1])
    assert said.startswith(f"Error: {param}: "), said
    # the same words after the prefix, where the question says the same thing
    if view[1].strip():
        assert said.split(": ", 2)[2].split(";")[0] == asked.split(": ", 2)[2].split(";")[0]
    else:
        assert said.startswith(f"Error: {param}: the value is empty; give "), said
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        pytest.param(["Japan", "Atlantis"], "Error: to: no entity named 'Atlantis'", id="to"),
        pytest.param(["Atlantis", "Japan"], "Error: from: no entity named 'Atlantis'", id="from"),
        pytest.param(["", "Japan"], "Error: from: the value is empty; give an entity", id="empty"),
        pytest.param(
            ["Japan", "japan"],
            "Error: from and to both name Japan (JPN): name two different entities",
            id="one-entity-twice",
        ),
    ],
)
def test_a_path_view_names_from_and_to_as_the_connection_question_does(
    curated_env: dict[str, str], tmp_path: Path, args: list[str], said: str
) -> None:
    out = tmp_path / "v.html"
    line = _error(curated_env, "view", "path", *args, "-o", str(out))
    assert line.startswith(said), line
    asked = _error(curated_env, "query", "run", "connection", "--param", "from", args[0],
                   "--param", "to", args[1])  # fmt: skip
    assert asked.split(": ", 2)[1] == line.split(": ", 2)[1], (asked, line)


@pytest.mark.parametrize(
    ("kind", "word"),
    [("country", "COUNTRY"), ("framework", "FRAMEWORK"), ("threat", "THREAT"),
     ("neighbourhood", "ENTITY"), ("path", "FROM TO")],
)  # fmt: skip
def test_the_usage_line_shows_the_word_the_error_names(
    curated_env: dict[str, str], kind: str, word: str
) -> None:
    result = CliRunner().invoke(cli, ["view", kind, "--help"], prog_name="nato-graph")
    assert f"Usage: nato-graph view {kind} [OPTIONS] {word}\n" in result.stdout, result.stdout
