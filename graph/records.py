"""Backend-neutral results: all that ever leaves a store.

A ``Result`` is columns and rows of plain values (see ``nato_graph.values``);
it turns into a pandas DataFrame or a networkx graph and shows itself as a
table in Jupyter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nato_graph.values import Counters, Node, Path, Relationship, entities, iso_duration, jsonable

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "Counters",
    "Node",
    "Path",
    "Relationship",
    "Result",
    "entities",
    "iso_duration",
    "jsonable",
]


@dataclass
class Result:
    """Columns and rows of one query; rows are dicts keyed by column."""

    columns: list[str]
    rows: list[dict[str, Any]]
    counters: Counters = field(default_factory=Counters)
    # Why a canned question found nothing (its ``// empty:`` line), set by ``Connection.ask`` when
    # the answer is empty: "no fact relationship links the two directly; ..."
    empty_reason: str | None = None
    # The store's own time for the statement, in milliseconds, as the store reports it: FalkorDB's
    # "Query internal execution time" (not the reply's travel, decoding or citations); Neo4j's
    # time to the first record plus the time to the last (the latter includes the client pulling
    # a long answer in batches). None where none is given.
    server_ms: float | None = None
    # What a reader must know to read the answer right, set by ``Connection.ask``: a name given
    # that names entities of two kinds, which the answer covers both of.
    notes: list[str] = field(default_factory=list)
    # The canned question and the parameters it was asked with (as given), set by
    # ``catalogue.run``; None for ad-hoc Cypher. ``view(result)`` draws an answer as
    # ``view.query`` draws its question.
    question: str | None = None
    params: dict[str, Any] | None = None
    # What a reader must know to read any answer of that question right (its `// caveat:`),
    # printed below its table; None for ad-hoc Cypher and questions that need none.
    caveat: str | None = None

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def first(self) -> dict[str, Any] | None:
        return self.rows[0] if self.rows else None

    def value(self, default: Any = None) -> Any:
        """The first column of the first row, or ``default`` when there is none."""
        row = self.first()
        return row[self.columns[0]] if row else default

    def to_json(self) -> list[dict[str, Any]]:
        return [{c: jsonable(row[c]) for c in self.columns} for row in self.rows]

    def to_df(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame, one column per result column, with what the answer
        must be read with in ``df.attrs``: ``notes`` (this answer's, a list), ``caveat`` (the
        question's, or None) and ``legend`` (what a table's ``? unverified`` and ``? partly
        unverified`` marks mean, where a row holds one; the frame keeps the plain values). pandas
        is an optional package (the `notebooks` extra): without it, a MissingPackageError says
        how to install it."""
        try:
            import pandas as pd
        except ImportError:
            from nato_graph.errors import MissingPackageError

            raise MissingPackageError(
                "to_df needs pandas, which is not installed: pip install pandas (or "
                "pip install -e '.[notebooks]' for the notebooks' packages)"
            ) from None
        from nato_graph.output import result_legends

        frame = pd.DataFrame(self.rows, columns=self.columns)
        frame.attrs.update(notes=list(self.notes), caveat=self.caveat, legend=result_legends(self))
        return frame

    def to_networkx(self) -> nx.MultiDiGraph:
        """The nodes, relationships and paths in the rows as a networkx MultiDiGraph."""
        from nato_graph.projection import from_result

        return from_result(self)

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter, then the legend of its ``? unverified`` marks, the answer's
        ``notes`` and the question's ``caveat``, as `query run` prints them; every value is
        escaped."""
        from nato_graph.output import html_table

        return html_table(self)
