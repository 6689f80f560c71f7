"""Everything that writes into the graph: curated data files, user files, synthetic graphs."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
# How far the bundled data reaches; statuses after this are not checked (data/CHANGES.md).
DATA_COVERAGE = "2025-06"
# the same as numbers: the last year and month the data covers
DATA_END_YEAR, DATA_END_MONTH = int(DATA_COVERAGE[:4]), int(DATA_COVERAGE[5:7])
DATA_COVERAGE_REACH = "events to June 2025, the Hague Summit"
DATA_COVERAGE_NOTE = f"{DATA_COVERAGE_REACH}; changes in loaders/data/CHANGES.md"
