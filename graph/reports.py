"""What the Connection's writing methods return: plain records of what was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nato_graph.loaders.articles import DocumentSummary
    from nato_graph.loaders.load import LoadSummary


@dataclass
class LoadReport:
    """What ``Connection.load`` wrote: the data files' summary and one summary per article."""

    data: LoadSummary
    articles: list[DocumentSummary] = field(default_factory=list)
    # what the load did not do that the user may have meant: data files in a folder given
    notes: list[str] = field(default_factory=list)
    # why the data in the graph was kept as it stands, not written again, for articles given
    # alone: records of the user's files replaced bundled ones (``data`` then holds no rows);
    # None when the data was written
    kept: str | None = None


@dataclass
class Export:
    """What ``Connection.export`` wrote."""

    format: str
    path: Path
    files: list[Path]
    nodes: int
    relationships: int
    # what the store holds that the export leaves out: nodes of labels and relationships of types
    # the schema does not define, and relationships to them (written with `cypher --write`), e.g.
    # "1 node labelled Note", "2 other relationships"
    left_out: list[str] = field(default_factory=list)
    # a csv export's array delimiter ("|", or another where an array element holds one), which
    # `neo4j-admin database import --array-delimiter` must be given; None for other formats
    array_delimiter: str | None = None
