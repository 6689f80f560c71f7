"""How the package is laid out: one import name, imports that run one way, a thin CLI."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The folders the user chose, and the package each installs as.
FOLDERS = {
    ROOT / "graph": "nato_graph",
    ROOT / "loaders": "nato_graph.loaders",
    ROOT / "queries": "nato_graph.queries",
}
DRIVERS = ("neo4j", "falkordb", "redis")


def modules() -> dict[str, Path]:
    """Every module of the package: its .py files, and the C modules by their stubs (.pyi)."""
    found = {}
    for folder, package in FOLDERS.items():
        for path in sorted(folder.rglob("*.py*")):
            if path.suffix in (".py", ".pyi"):
                parts = path.relative_to(folder).with_suffix("").parts
                found.setdefault(".".join((package, *parts)).removesuffix(".__init__"), path)
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Everything a module imports, at the top or inside functions (not under TYPE_CHECKING).

    ``from package import submodule`` counts as importing the submodule.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports(name, path, set(found)) for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v] & graph.keys():
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while (w := stack.pop()) != v:
                group.append(w)
            if group:
                out.append(sorted([v, *group]))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_cli_imports_no_driver_and_no_store() -> None:
    graph = import_graph()
    for name in (n for n in graph if n.startswith("nato_graph.cli")):
        bad = {
            m
            for m in graph[name]
            if m.split(".")[0] in DRIVERS or m.startswith("nato_graph.stores")
        }
        assert not bad, f"{name} imports {sorted(bad)}: the CLI goes through nato_graph.connect()"


def test_only_the_stores_import_a_driver() -> None:
    graph = import_graph()
    for name, found in graph.items():
        if not name.startswith("nato_graph.stores"):
            assert not {m for m in found if m.split(".")[0] in DRIVERS}, name


@pytest.mark.slow
def test_a_fresh_virtualenv_installs_only_nato_graph(tmp_path: Path) -> None:
    """Built as a wheel and installed (without dependencies) into a new virtualenv, outside the
    repository: `nato_graph` imports with its data files and its C reply reader, and `graph`,
    `loaders`, `queries` are not there."""
    wheels = tmp_path / "wheels"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True, env=env, cwd=tmp_path, capture_output=True,
    )  # fmt: skip
    venv.create(tmp_path / "venv", with_pip=True, system_site_packages=False)
    python = str(tmp_path / "venv" / "bin" / "python")
    wheel = next(wheels.glob("nato_graph-*.whl"))
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        env=env,
        cwd=tmp_path,
    )
    probe = (
        "import importlib.util, nato_graph, nato_graph.queries as q, nato_graph.queries.catalogue as c\n"
        "from nato_graph.loaders import DATA_DIR\n"
        "print(len(c.catalogue()) >= 20, (DATA_DIR / 'countries.yaml').exists(),"
        " (q.INTERNAL_DIR / 'overview.cypher').exists(),"
        " [n for n in ('graph', 'loaders', 'queries') if importlib.util.find_spec(n)],"
        " importlib.util.find_spec('nato_graph.stores._reply') is not None)\n"
    )
    out = subprocess.run(
        [python, "-c", probe], check=True, env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert out.stdout.split() == ["True", "True", "True", "[]", "True"]  # the C reader built
