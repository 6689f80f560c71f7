"""Every entity or enumerated parameter is checked: an unknown value is an error, not an empty answer.

``--param framework XYZ`` used to print ``[]`` and exit 0, which reads as "no partners". Each
checked parameter (``// check:`` lines, queries/checks.py) must name the unknown value with the
closest matches and exit non-zero; the known values still answer.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.queries.catalogue import catalogue
from nato_graph.queries.checks import UnknownValueError, status
from nato_graph.stores import Store

# Parameters that take free text on purpose: a piece of an article's title or a claim, or any
# word to look for in the known errors (which also accepts a country).
FREE_TEXT = {
    ("claim-evidence", "claim"),
    ("contradictions", "document"),
    ("document-graph", "document"),
    ("document-mentions", "document"),
    ("known-errors", "country"),
}
UNKNOWN = "Atlantis"


def test_every_string_parameter_is_checked_or_free_text() -> None:
    for query in catalogue().values():
        checked = {p for p, _ in query.checks}
        for p in query.params:
            if p.type == "string" and (query.name, p.name) not in FREE_TEXT:
                assert p.name in checked, f"{query.name}: parameter {p.name} is not checked"


def checked_params() -> list[object]:
    return [
        pytest.param(q.name, p, kind, id=f"{q.name}-{p}")
        for q in catalogue().values()
        for p, kind in q.checks
    ]


@pytest.mark.parametrize(("name", "param", "kind"), checked_params())
def test_an_unknown_value_is_an_error(
    curated_store: Store, name: str, param: str, kind: str
) -> None:
    db = Connection.on(curated_store)
    with pytest.raises(UnknownValueError, match=f"{UNKNOWN!r}|unknown status"):
        db.ask(name, {param: UNKNOWN})
    # the example values are known: the check lets them through
    db.ask(name, catalogue()[name].examples)


@pytest.mark.parametrize(
    ("name", "param", "value", "suggestion"),
    [
        pytest.param("framework-members", "framework", "XYZ", "frameworks", id="framework"),
        pytest.param("country-profile", "country", "Isreal", "Israel", id="country"),
        pytest.param("partners-on-threat", "threat", "cyberwar", "Cyber", id="threat"),
        pytest.param("framework-members", "status", "suspendd", "suspended", id="status"),
        pytest.param("operation-contributors", "operation", "ISAFF", "ISAF", id="operation"),
        pytest.param("partners-by-region", "region", "Westrn Asia", "Western Asia", id="region"),
    ],
)
def test_the_cli_names_the_value_and_the_closest_matches(
    loaded: Store,
    runner: CliRunner,
    cli_env: dict[str, str],
    name: str,
    param: str,
    value: str,
    suggestion: str,
) -> None:
    result = runner.invoke(
        cli, ["query", "run", name, "--param", param, value, "--format", "json"], env=cli_env
    )
    assert result.exit_code != 0
    assert result.output.count("\n") == 1 and result.output.startswith("Error:")
    assert repr(value) in result.output and suggestion in result.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("invited, not joined", "invited"),
        ("requested, not implemented", "requested"),
        ("ended (became NATO member)", "became_member"),
        ("became NATO member", "became_member"),
        ("Became_Member", "became_member"),
        ("superseded by another programme", "superseded"),
    ],
)
def test_the_references_status_wording_maps_to_ours(text: str, expected: str) -> None:
    assert status(text) == expected


def test_reference_wording_answers_like_our_own(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    ours = db.ask("framework-members", framework="PfP", status="became_member").rows
    theirs = db.ask("framework-members", framework="PfP", status="became NATO member").rows
    assert ours and ours == theirs
