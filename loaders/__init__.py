"""Everything that writes into the graph: curated data files, user files, synthetic graphs."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
# How far the bundled data reaches; statuses after this are not checked (data/CHANGES.md).
DATA_COVERAGE = "2025-06"
DATA_COVERAGE_REACH = "events to June 2025, the Hague Summit"
DATA_COVERAGE_NOTE = f"{DATA_COVERAGE_REACH}; changes in loaders/data/CHANGES.md"
