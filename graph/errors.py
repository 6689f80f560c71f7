"""The exceptions library code raises; only the CLI turns them into exit codes."""

from __future__ import annotations


class NatoGraphError(Exception):
    """A problem the user can act on; its message is one clear line."""


class SettingsError(NatoGraphError):
    """The store settings (flags or environment) do not make sense."""


class StoreError(NatoGraphError):
    """The graph store could not be reached or refused a request."""


class QueryError(StoreError):
    """A Cypher statement was rejected (syntax, semantics, or a write on the read path)."""


class ReadOnlyError(QueryError):
    """A statement that writes was sent down the read path."""


class ServerError(StoreError):
    """The embedded FalkorDB server could not be started, reached or stopped."""


class QueryTimeoutError(QueryError):
    """A statement ran past the time limit (``--timeout``, ``NATO_GRAPH_TIMEOUT``, ``connect(timeout=)``)."""

    def __init__(self, seconds: float, what: str = "the query") -> None:
        self.seconds = seconds
        self.what = what
        super().__init__(
            f"{what} took longer than {seconds:g} s (the limit set by --timeout or "
            "NATO_GRAPH_TIMEOUT; raise it, or 0 for none); the server stopped working on it"
        )

    def naming(self, what: str) -> QueryTimeoutError:
        """The same error, saying which question or view ran too long."""
        return QueryTimeoutError(self.seconds, what)


class DamagedStoreError(StoreError):
    """The embedded store's files are missing, cut or altered: its data cannot be trusted."""


class IncompleteLoadError(NatoGraphError):
    """Rows a load sent are not in the graph afterwards (another process changed it meanwhile)."""


# What a damaged embedded store can do about it (DamagedStoreError messages end with it).
REPAIR_ADVICE = (
    "`nato-graph server repair` moves the damaged files aside and starts an empty store (then "
    "load your data again), or `nato-graph load --reset --yes` does that and loads the bundled data"
)
