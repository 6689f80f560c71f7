"""The notebooks run top to bottom on a fresh embedded store (and on Neo4j with NEO4J_URI)."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from nato_graph.stores import Store
from tests.conftest import ROOT, TEST_NEO4J

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NEO4J_VARIABLES = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
TIMEOUT = 300  # seconds per cell


def execute(path: Path, cwd: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    # "python3" is this interpreter: jupyter_client runs a kernel spec's `python` as sys.executable.
    NotebookClient(
        nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    ).execute()
    return nb


def outputs(nb: nbformat.NotebookNode, kind: str) -> list[str]:
    return [
        str(out.get("data", {}).get(kind, ""))
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    ]


def views(nb: nbformat.NotebookNode) -> list[dict]:
    """The graph data of every view shown inline (an iframe whose srcdoc is a rendered page)."""
    found = []
    for text in outputs(nb, "text/html"):
        for srcdoc in re.findall(r'<iframe srcdoc="([^"]*)"', text):
            page = html.unescape(srcdoc)
            data = re.search(
                r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S
            )
            assert data, "an inline view without its graph data"
            found.append(json.loads(data.group(1)))
    return found


def test_there_are_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-analysis.ipynb"]


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in NOTEBOOKS])
def test_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name}: clear outputs before committing"
            )


@pytest.mark.slow
@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in NOTEBOOKS])
def test_notebook_runs_on_the_embedded_store(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nato_graph.stores.server import EmbeddedServer

    for name in NEO4J_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("NATO_GRAPH_HOME", str(home))
    started = time.perf_counter()
    try:
        nb = execute(path, tmp_path)
    finally:
        EmbeddedServer(home).stop()  # in case a failing cell left the kernel's server running
    print(f"{path.name}: {time.perf_counter() - started:.1f} s")
    shown = views(nb)
    assert len(shown) == 1 and len(shown[0]["nodes"]) > 5
    assert any("<table" in h for h in outputs(nb, "text/html")), "no DataFrame shown"
    if path.stem == "02-analysis":
        assert len([p for p in outputs(nb, "image/png") if p]) >= 2, "expected two plots"
        sizes = {n["size"] for n in shown[0]["nodes"] if "size" in n}
        assert len(sizes) > 3, f"the view is not sized by betweenness: {sizes}"
    else:
        assert (tmp_path / "jordan.html").exists()


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in NOTEBOOKS])
def test_notebook_runs_on_neo4j(
    path: Path, tmp_path: Path, neo4j_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same notebook with NEO4J_URI set: it loads into the (emptied) test Neo4j and asks it."""
    for name, value in TEST_NEO4J.items():
        monkeypatch.setenv(name, value)
    nb = execute(path, tmp_path)
    shown = views(nb)
    assert len(shown) == 1 and len(shown[0]["nodes"]) > 5
    assert any("<table" in h for h in outputs(nb, "text/html")), "no DataFrame shown"
    # It was emptied before: the notebook loaded it, so it worked on Neo4j.
    assert neo4j_store.read("MATCH (c:Country) RETURN count(c) AS n").value() == 75
