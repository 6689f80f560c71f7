import subprocess
import sys
from pathlib import Path

from nato_graph.stores import Store


def test_store_roundtrip(store: Store) -> None:
    store.write("CREATE (:Country {iso3: 'ISR', name: 'Israel'})")
    assert store.read("MATCH (c:Country) RETURN c.name AS name").rows == [{"name": "Israel"}]


def test_curated_loaded(curated_store: Store) -> None:
    assert curated_store.counts().labels["Country"] > 32


def test_one_import_name(tmp_path: Path) -> None:
    """Installed, the project is `nato_graph` and claims no other top-level name."""
    probe = (
        "import importlib.util, nato_graph\n"
        "print(nato_graph.__name__, [n for n in ('graph', 'loaders', 'queries') if importlib.util.find_spec(n)])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["nato_graph", "[]"]
