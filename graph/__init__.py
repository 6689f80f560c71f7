"""nato-graph: NATO's partnerships with non-member countries as a graph.

>>> import nato_graph
>>> with nato_graph.connect() as db:  # doctest: +SKIP
...     db.ask("framework-members", framework="MD").to_df()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from nato_graph.errors import (
    ArgumentError,
    MissingPackageError,
    NatoGraphError,
    QueryError,
    ReadOnlyError,
)

if TYPE_CHECKING:
    from nato_graph.connection import Connection, connect, questions
    from nato_graph.export import ExportError
    from nato_graph.outfiles import OutputError
    from nato_graph.queries.catalogue import AmbiguousNameError, CatalogueError, EmptyStoreError
    from nato_graph.queries.checks import ParameterError, SameEntityError, UnknownValueError
    from nato_graph.records import Node, Path, Relationship, Result

__version__ = "0.1.0"

__all__ = [
    "AmbiguousNameError",
    "ArgumentError",
    "CatalogueError",
    "Connection",
    "EmptyStoreError",
    "ExportError",
    "MissingPackageError",
    "NatoGraphError",
    "Node",
    "OutputError",
    "ParameterError",
    "Path",
    "QueryError",
    "ReadOnlyError",
    "Relationship",
    "Result",
    "SameEntityError",
    "UnknownValueError",
    "ViewError",
    "__version__",
    "connect",
    "questions",
]

# Imported on first use, so that `nato-graph --help` loads only what it needs.
_LAZY = {
    "Connection": "nato_graph.connection",
    "connect": "nato_graph.connection",
    "questions": "nato_graph.connection",
    "Node": "nato_graph.records",
    "Path": "nato_graph.records",
    "Relationship": "nato_graph.records",
    "Result": "nato_graph.records",
    # errors raised by the questions' own modules, which `--help` does not load
    "AmbiguousNameError": "nato_graph.queries.catalogue",
    "EmptyStoreError": "nato_graph.queries.catalogue",
    "CatalogueError": "nato_graph.queries.catalogue",
    "ParameterError": "nato_graph.queries.checks",
    "SameEntityError": "nato_graph.queries.checks",
    "UnknownValueError": "nato_graph.queries.checks",
    "ViewError": "nato_graph.views",
    # errors of the writers: an export's format, an output file
    "ExportError": "nato_graph.export",
    "OutputError": "nato_graph.outfiles",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'nato_graph' has no attribute {name!r}")
