"""Everything that writes into the graph: curated data files, user files, synthetic graphs."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
