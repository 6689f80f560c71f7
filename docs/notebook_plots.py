"""Draw README's pictures of the analysis notebook again: `.venv/bin/python docs/notebook_plots.py`.

Runs notebooks/02-analysis.ipynb top to bottom on the bundled data, in a fresh embedded home of
its own (the notebook's own cells, as a reader runs them), and writes each plot it draws over
docs/notebook-*.png, named in PLOTS in the order the notebook draws them. Needs the notebooks'
packages (`pip install -e '.[notebooks]'`).
"""

from __future__ import annotations

import base64
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "02-analysis.ipynb"
PLOTS = ["notebook-centrality.png", "notebook-communities.png"]


def main() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with tempfile.TemporaryDirectory() as home:
        os.environ["NATO_GRAPH_HOME"] = home
        for name in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USERNAME", "NEO4J_USER"):
            os.environ.pop(name, None)  # the bundled data on the embedded store, as README says
        try:
            NotebookClient(
                nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": home}}
            ).execute()
        finally:
            from nato_graph.stores.server import EmbeddedServer

            EmbeddedServer(Path(home)).stop()
    pngs = [
        out["data"]["image/png"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "image/png" in out.get("data", {})
    ]
    if len(pngs) != len(PLOTS):
        sys.exit(f"{NOTEBOOK.name} drew {len(pngs)} plots; PLOTS names {len(PLOTS)}")
    for name, png in zip(PLOTS, pngs, strict=True):
        (ROOT / "docs" / name).write_bytes(base64.b64decode(png))
        print("wrote", Path("docs") / name)


if __name__ == "__main__":
    main()
