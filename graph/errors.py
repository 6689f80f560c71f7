"""The exceptions library code raises; only the CLI turns them into exit codes."""


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
