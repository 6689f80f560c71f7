"""nato-graph: NATO's partnerships with non-member countries as a graph."""

__version__ = "0.1.0"
