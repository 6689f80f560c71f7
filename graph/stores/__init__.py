"""The two stores behind one contract; only this package imports a database driver."""

from __future__ import annotations

from nato_graph.settings import Settings
from nato_graph.stores.base import GraphCounts, ReadOnlyError, Store

__all__ = ["GraphCounts", "ReadOnlyError", "Store", "open_store"]


def open_store(settings: Settings, *, keep_server: bool = False, repair: bool = False) -> Store:
    """Open the store the settings name: Neo4j when a URI is set, else the embedded one.

    ``repair``: an embedded store whose data is damaged has it moved aside and starts
    empty (its ``set_aside`` says where) instead of raising DamagedStoreError.
    """
    if settings.uri:
        from nato_graph.stores.neo4j_store import Neo4jStore

        return Neo4jStore(settings)
    from nato_graph.stores.falkor import FalkorStore

    return FalkorStore(settings, keep_server=keep_server, repair=repair)
