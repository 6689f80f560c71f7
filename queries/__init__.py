"""The canned questions: one .cypher file each, and the catalogue that reads them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent
INTERNAL_DIR = QUERY_DIR / "internal"


@cache
def internal(name: str) -> str:
    """The text of ``queries/internal/NAME.cypher``: a statement the library runs itself.

    These are not canned questions (no header to parse, not listed), but they
    live beside them so that Neo4j's front end lints them too. They live here, not in the
    catalogue, so that the parameter checks the catalogue calls can read them too.
    """
    return (INTERNAL_DIR / f"{name}.cypher").read_text(encoding="utf-8")
