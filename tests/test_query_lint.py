"""Every canned question lints clean with Neo4j's own Cypher front end.

tests/lint/lint.mjs runs @neo4j-cypher/language-support (pinned in
tests/lint/package.json) over every query file against a schema generated
from graph/schema.py, with every parameter declared. Errors fail the test; a
warning is allowed only where the file carries a line
``// lint-allow: <start of the warning> -- why``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from nato_graph import schema, statements
from nato_graph.queries import INTERNAL_DIR, QUERY_DIR
from nato_graph.queries.catalogue import catalogue
from tests.conftest import ROOT

LINT_DIR = ROOT / "tests" / "lint"
ALLOW = re.compile(r"^//\s*lint-allow:\s*(?P<text>.+?)\s+--\s+\S", re.M)
EXAMPLE = re.compile(r"^//\s*example:\s*(?P<params>\{.*\})\s*$", re.M)
ROW = {"key": "k", "start": "a", "end": "b", "role": "subject", "props": {}}


def lint(queries: list[dict]) -> dict[str, list[dict]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed; the Cypher lint needs Node 20+")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").exists():
        pytest.fail("the lint's npm packages are missing: run `npm ci --prefix tests/lint`")
    payload = json.dumps({"schema": schema.lint_schema(), "queries": queries})
    proc = subprocess.run(
        [node, str(LINT_DIR / "lint.mjs")],
        input=payload,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return {item["name"]: item["diagnostics"] for item in json.loads(proc.stdout)}


def query_files() -> list[dict]:
    files = []
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        name = path.name.removesuffix(".cypher")
        base = catalogue()[name.split(".")[0]]
        files.append(
            {
                "name": path.name,
                "text": path.read_text(encoding="utf-8"),
                "parameters": base.examples,
            }
        )
    return files


def internal_files() -> list[dict]:
    """queries/internal/*.cypher: each declares its parameters in an `// example: {...}` line."""
    files = []
    for path in sorted(INTERNAL_DIR.glob("*.cypher")):
        text = path.read_text(encoding="utf-8")
        example = EXAMPLE.search(text)
        assert example, f"{path.name} has no `// example: {{...}}` line declaring its parameters"
        files.append(
            {
                "name": f"internal/{path.name}",
                "text": text,
                "parameters": json.loads(example["params"]),
            }
        )
    return files


def generated() -> list[dict]:
    """The statements built from the schema (graph/statements.py), numbered."""
    return [
        {"name": f"generated-{i}", "text": text, "parameters": {"rows": [ROW]}}
        for i, text in enumerate(statements.every_statement())
    ]


@pytest.fixture(scope="module")
def results() -> dict[str, list[dict]]:
    return lint(query_files() + internal_files() + generated())


def test_catalogue_has_files() -> None:
    assert len(query_files()) >= len(catalogue())


def assert_clean(name: str, text: str, found: list[dict]) -> None:
    """No error, and no warning but those the text allows with a `// lint-allow:` line (each
    giving its reason)."""
    allowed = [m.group("text") for m in ALLOW.finditer(text)]
    errors = [d for d in found if d["severity"] == "error"]
    warnings = [
        d
        for d in found
        if d["severity"] != "error" and not any(d["message"].startswith(a) for a in allowed)
    ]
    assert not errors, "\n".join(
        f"{name}:{d['line']}:{d['column']}: {d['message']}" for d in errors
    )
    assert not warnings, "\n".join(
        f"{name}:{d['line']}:{d['column']}: warning: {d['message']}" for d in warnings
    )


@pytest.mark.parametrize("name", [p.name for p in sorted(QUERY_DIR.glob("*.cypher"))])
def test_query_file_lints_clean(name: str, results: dict[str, list[dict]]) -> None:
    assert_clean(name, (QUERY_DIR / name).read_text(encoding="utf-8"), results[name])


@pytest.mark.parametrize(
    "name", [f"internal/{p.name}" for p in sorted(INTERNAL_DIR.glob("*.cypher"))]
)
def test_internal_statement_lints_clean(name: str, results: dict[str, list[dict]]) -> None:
    path = INTERNAL_DIR / name.removeprefix("internal/")
    assert_clean(name, path.read_text(encoding="utf-8"), results[name])


def test_generated_statements_lint_clean(results: dict[str, list[dict]]) -> None:
    texts = dict(enumerate(statements.every_statement()))
    problems = [
        f"{texts[int(name.split('-')[1])]}: {d['message']}"
        for name, found in results.items()
        if name.startswith("generated-")
        for d in found
    ]
    assert len(texts) > 40 and not problems, "\n".join(problems)


def test_lint_catches_mistakes() -> None:
    """The lint is not a rubber stamp: a misspelt function, a bad label and a syntax error are caught."""
    found = lint([
        {"name": "fn", "text": "MATCH (c:Country) RETURN toLowr(c.name)", "parameters": {}},
        {"name": "label", "text": "MATCH (c:Contry) RETURN c", "parameters": {}},
        {"name": "syntax", "text": "MATCH (c:Country RETURN c", "parameters": {}},
        {"name": "param", "text": "MATCH (c:Country) WHERE c.iso3 = $nope RETURN c", "parameters": {}},
    ])  # fmt: skip
    assert any(d["severity"] == "error" for d in found["fn"])
    assert found["label"], "an unknown label must at least warn"
    assert any(d["severity"] == "error" for d in found["syntax"])
    assert any(d["severity"] == "error" for d in found["param"])
