"""nato-graph: NATO's partnerships with non-member countries as a graph.

    >>> import nato_graph
    >>> with nato_graph.connect() as db:  # doctest: +SKIP
    ...     db.ask("framework-members", framework="MD").to_df()
"""

__version__ = "0.1.0"

from nato_graph.connection import Connection, connect, questions
from nato_graph.errors import NatoGraphError
from nato_graph.records import Node, Path, Relationship, Result

__all__ = [
    "Connection",
    "NatoGraphError",
    "Node",
    "Path",
    "Relationship",
    "Result",
    "__version__",
    "connect",
    "questions",
]
