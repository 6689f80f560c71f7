"""A parameter declared a whole number, a number or true/false took text that read as one
(analyst audit 21, 2.4): ``query run most-connected --param limit '"5"'`` (the JSON string "5")
answered with 5 rows, ``--param include_ended '"false"'`` as false, while ``--param limit abc``,
``2024.5`` and ``true`` were refused. A quoted value is text: the command line refuses it for a
parameter of another type, in one line naming the parameter and the type it takes, with what to
type instead; the same values unquoted still answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.queries.catalogue import catalogue

# (question, parameter, what was typed, what the refusal says it takes, the hint)
QUOTED = [
    pytest.param(
        "most-connected", "limit", '"5"', "a whole number 1 to 1000000000, e.g. 5",
        "; give 5 without the quotes", id="integer",
    ),
    pytest.param(
        "as-of", "year", '"2010"', "a whole number, e.g. 2024", "; give 2010 without the quotes",
        id="year",
    ),
    pytest.param(
        "neighbourhood", "hops", '"2.0"', "a whole number 1 to 3, e.g. 2", "",
        id="integer-float-text",
    ),
    pytest.param(
        "suspended", "include_ended", '"false"', "true or false",
        "; give false without the quotes", id="boolean",
    ),
    pytest.param(
        "timeline", "from", '"2014"', "a whole number, e.g. 2014",
        "; give 2014 without the quotes", id="nullable-integer",
    ),
    pytest.param("timeline", "to", '"null"', "a whole number, e.g. 2024", "", id="quoted-null"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "param", "typed", "takes", "hint"), QUOTED)
@pytest.mark.parametrize("command", [["query", "run"], ["view", "query"]], ids=["run", "view"])
def test_a_quoted_value_for_a_typed_parameter_is_refused(
    runner: CliRunner,
    curated_env: dict[str, str],
    tmp_path: Path,
    command: list[str],
    name: str,
    param: str,
    typed: str,
    takes: str,
    hint: str,
) -> None:
    args = [*command, name, "--param", param, typed]
    if command[0] == "view":
        args += ["-o", str(tmp_path / "v.html")]
    result = runner.invoke(cli, args, env=curated_env)
    assert result.exit_code == 1, result.output
    [line] = result.stderr.strip().splitlines()  # one line, no answer before it
    assert line == (
        f"Error: {name}: parameter {param!r} expects {takes}, got the text {typed} (in quotes, "
        f"so text, not a number or true/false){hint}"
    )
    assert result.stdout == ""
    assert not (tmp_path / "v.html").exists()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        pytest.param('"yes"', "got 'yes'", id="quoted-word"),
        pytest.param("yes", "got 'yes'", id="word"),
        pytest.param("NaN", "got 'NaN'", id="nan-word"),
    ],
)
def test_text_that_reads_as_no_value_is_refused_as_before(
    runner: CliRunner, curated_env: dict[str, str], typed: str, said: str
) -> None:
    result = runner.invoke(
        cli, ["query", "run", "suspended", "--param", "include_ended", typed], env=curated_env
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: suspended: parameter 'include_ended' expects true or false, {said}\n"
    )


@pytest.mark.parametrize(
    ("name", "param", "typed"),
    [
        pytest.param("most-connected", "limit", "5", id="integer"),
        pytest.param("as-of", "year", "2010", id="year"),
        pytest.param("suspended", "include_ended", "false", id="boolean"),
        pytest.param("timeline", "from", "null", id="null"),
        # text where text goes: a quoted value and a number typed for a name both stay text
        pytest.param("framework-members", "framework", '"MD"', id="quoted-text"),
    ],
)
def test_the_same_values_unquoted_still_answer(
    runner: CliRunner, curated_env: dict[str, str], name: str, param: str, typed: str
) -> None:
    result = runner.invoke(
        cli, ["query", "run", name, "--param", param, typed, "--format", "json"], env=curated_env
    )
    assert result.exit_code == 0, result.output


def test_every_declared_type_is_covered() -> None:
    """The types the question files declare: a new one needs a case above."""
    declared = {p.type for q in catalogue().values() for p in q.params}
    assert declared == {"string", "integer", "boolean"}


def test_help_and_readme_say_it() -> None:
    runner = CliRunner()
    for command in (["query", "run"], ["view", "query"]):
        helped = " ".join(runner.invoke(cli, [*command, "--help"]).output.split())
        assert (
            "A value in quotes is text ('\"5\"'), refused where the question takes a whole "
            "number or true/false." in helped
        )
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text("utf-8").split())
    assert "`--param limit '\"5\"'` is \"parameter 'limit' expects a whole number" in readme
