"""The contract both stores implement."""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nato_graph.batches import DEFAULT_BATCH_SIZE, chunks
from nato_graph.errors import NatoGraphError
from nato_graph.errors import ReadOnlyError as ReadOnlyError  # raised by both stores
from nato_graph.records import Counters, Result
from nato_graph.settings import Settings


@dataclass
class GraphCounts:
    labels: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)

    @property
    def nodes(self) -> int:
        return sum(self.labels.values())

    @property
    def relationships(self) -> int:
        return sum(self.types.values())


class Store(abc.ABC):
    """A graph database: read with parameters, write in batches, keep the schema."""

    kind: str  # "embedded" or "neo4j"
    engine: str  # the Cypher dialect: "falkordb" or "neo4j"
    settings: Settings

    @abc.abstractmethod
    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        """Run a read-only query; a statement that writes raises ReadOnlyError."""

    @abc.abstractmethod
    def write(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        """Run a statement that may write, in its own transaction."""

    def write_rows(
        self,
        query: str,
        rows: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        params: Mapping[str, Any] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Counters:
        """Run ``query`` once per batch with the batch bound to ``$rows``."""
        total = Counters()
        for batch in chunks(rows, batch_size):
            total += self.write(query, {**(params or {}), "rows": batch}).counters
            if progress:
                progress(len(batch))
        return total

    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create the schema's constraints and indexes, and give the nodes of a graph written
        before nodes held ``names`` theirs (``refresh_names``); safe to call again."""

    _names_ready = False  # this process has seen every named node hold its names

    def ensure_names(self) -> None:
        """Before a look-up by name: a graph written before nodes held ``names``, and not loaded
        since, gets them now (once per process and store), so that no question finds nothing
        for want of them. The loaders and ``Connection.cypher`` keep them up to date after."""
        if self._names_ready:
            return
        if self._unnamed():
            try:
                self._add_names()
            except NatoGraphError as exc:  # e.g. an account that may only read
                raise NatoGraphError(
                    "the graph was written before its nodes held the names the questions find "
                    f"them by, and they cannot be added now ({exc}); load it again with "
                    "`nato-graph load`"
                ) from None
        self._names_ready = True

    def _unnamed(self) -> bool:
        """Whether any node of a named label lacks its ``names``."""
        from nato_graph import schema
        from nato_graph.queries import internal

        labels = list(schema.NAMED_LABELS)
        return bool(self.read(internal("unnamed-node"), {"labels": labels}).rows)

    def _add_names(self) -> None:
        self.refresh_names()

    def refresh_names(self) -> int:
        """Give every node of a named label the ``names`` its properties give (schema.NAMES_PROPERTY),
        where they are missing or out of date: nodes written by an older version or by ad-hoc
        Cypher. The loaders write them with each node; this is the repair. Returns how many
        nodes changed."""
        from nato_graph import schema
        from nato_graph.statements import refresh_names

        changed = 0
        for label in schema.NAMED_LABELS:
            changed += self.write(refresh_names(label)).counters.properties_set
        return changed

    def counts(self) -> GraphCounts:
        """Nodes per label and relationships per type, in name order (two reads)."""
        from nato_graph.queries import internal

        labels = {r["label"]: r["n"] for r in self.read(internal("label-counts")).rows}
        types = {r["type"]: r["n"] for r in self.read(internal("type-counts")).rows}
        return GraphCounts(dict(sorted(labels.items())), dict(sorted(types.items())))

    @abc.abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship, then ``_cleared()``."""

    def _cleared(self) -> None:
        """After a clear that succeeded, by any caller: the records the user's files had added to
        the bundled data went with the graph, and no answer says they are there."""
        from nato_graph.loaders import overrides

        overrides.forget_added(self.settings)

    @abc.abstractmethod
    def describe(self) -> dict[str, Any]:
        """Kind, location and server state, safe to print (no password)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
