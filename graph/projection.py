"""Moving the graph between a store and networkx.

:func:`project` reads the whole graph (or chosen labels and types) into a
``networkx.MultiDiGraph``; :func:`from_result` does the same for the nodes and
relationships inside any query result; :func:`write_scores` stores computed
scores back on the nodes. The analytics and the exports work on these graphs
only, so they never see a store.

Node ids are readable and stable across stores and loads: ``"Label:key"``
(``"Country:ISR"``, ``"Framework:md"``), from the schema's key property. A node
carries ``label`` (its label) and its properties as attributes; an edge is
keyed by its relationship type and carries ``type`` and its properties.
Properties the store does not hold (null) are absent. ``label`` on a node and
``type`` on a relationship are the projection's own attributes: a graph with a
property of that name is refused with a ProjectionError saying how to rename it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from nato_graph import schema
from nato_graph.batches import DEFAULT_BATCH_SIZE
from nato_graph.errors import NatoGraphError
from nato_graph.statements import set_scores
from nato_graph.text import escape_control
from nato_graph.values import Node, Relationship, entities, jsonable

if TYPE_CHECKING:
    from nato_graph.records import Result
    from nato_graph.stores import Store


def node_id(label: str, key: Any) -> str:
    """The readable id of a node.

    >>> node_id("Country", "ISR")
    'Country:ISR'
    """
    return f"{label}:{key}"


def _readable_id(node: Node) -> str:
    """``Label:key`` for a node of the schema, ``?:<store id>`` for anything else."""
    try:
        key = node.properties.get(schema.key_of(node.label))
    except KeyError:
        key = None
    return node_id(node.label, key) if key is not None else f"?:{node.id}"


class ProjectionError(NatoGraphError):
    """The graph holds a property under a name the projection keeps for itself."""


def _reserved(what: str, name: str, holds: str) -> ProjectionError:
    return ProjectionError(
        f"{escape_control(what)} has a property named {name!r}, the name networkx and the "
        f"exports use for its {holds}; rename it (SET x.{name}_ = x.{name} REMOVE x.{name})"
    )


def _add_node(g: nx.MultiDiGraph, node: Node) -> str:
    nid = _readable_id(node)
    if node.properties.get("label") is not None:
        raise _reserved(f"node {nid}", "label", "label")
    # Properties in name order: stores return them in their own orders, exports must not differ.
    g.add_node(
        nid, label=node.label, **{k: v for k, v in sorted(node.properties.items()) if v is not None}
    )
    return nid


def _add_edge(g: nx.MultiDiGraph, rel: Relationship, start: str, end: str) -> None:
    if rel.properties.get("type") is not None:
        raise _reserved(f"relationship {start}-[:{rel.type}]->{end}", "type", "type")
    props = {k: v for k, v in sorted(rel.properties.items()) if v is not None}
    key, n = rel.type, 1
    while g.has_edge(start, end, key=key):
        # a second relationship of the type between the same two nodes (a launch claim ABOUT
        # its framework as subject and as object): networkx would merge it into the first
        n += 1
        key = f"{rel.type}:{n}"
    g.add_edge(start, end, key=key, type=rel.type, **props)


def project(
    store: Store,
    *,
    labels: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The graph in ``store`` as a MultiDiGraph (every schema label and type unless narrowed).

    Two reads (``queries/internal/all-nodes.cypher`` and ``all-relationships.cypher``)
    with the labels and types as parameters, checked against the schema's lists. A
    relationship is kept when both its ends were read. Nodes are added in id
    order so that order-dependent algorithms (Louvain) give the same answer on
    every store.
    """
    wanted_labels = [
        schema.checked_label(x) for x in (schema.NODE_LABELS if labels is None else labels)
    ]
    wanted_types = [
        schema.checked_type(x) for x in (schema.REL_TYPE_NAMES if types is None else types)
    ]
    from nato_graph.queries import internal

    nodes: dict[Any, Node] = {}
    for row in store.read(internal("all-nodes"), {"labels": wanted_labels}).rows:
        node = row["n"]
        label = next(x for x in wanted_labels if x in node.labels)  # the label it was read for
        nodes[node.id] = Node(node.id, (label,), node.properties)
    g = nx.MultiDiGraph()
    ids = {sid: _readable_id(n) for sid, n in nodes.items()}
    for sid in sorted(nodes, key=ids.__getitem__):
        _add_node(g, nodes[sid])
    rels: list[tuple[str, str, Relationship]] = []
    for row in store.read(internal("all-relationships"), {"types": wanted_types}).rows:
        rel = row["r"]
        if rel.start in ids and rel.end in ids:
            rels.append((ids[rel.start], ids[rel.end], rel))
    # Parallel edges (two contributions to one operation) are ordered by their properties,
    # so that every store gives the same graph, edge keys and exports included.
    for start, end, rel in sorted(
        rels,
        key=lambda t: (
            t[0],
            t[1],
            t[2].type,
            json.dumps(jsonable(t[2].properties), sort_keys=True),
        ),
    ):
        _add_edge(g, rel, start, end)
    return g


def from_result(result: Result | Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """The nodes, relationships and paths inside a query result, as a MultiDiGraph.

    A relationship whose end the result does not hold gets a bare node named
    ``?:<store id>`` (return the nodes too, e.g. ``RETURN a, r, b``, to have them whole).

    >>> from nato_graph.records import Node, Relationship, Result
    >>> a = Node(1, ("Country",), {"iso3": "ISR", "name": "Israel"})
    >>> b = Node(2, ("Framework",), {"key": "md", "acronym": "MD"})
    >>> r = Relationship(9, "PARTNER_IN", 1, 2, {"status": "active", "note": None})
    >>> g = from_result(Result(["a", "r", "b"], [{"a": a, "r": r, "b": b}]))
    >>> sorted(g.nodes), list(g.edges(keys=True, data="status"))
    (['Country:ISR', 'Framework:md'], [('Country:ISR', 'Framework:md', 'PARTNER_IN', 'active')])
    """
    rows = getattr(result, "rows", None)
    rows = list(result) if rows is None else rows
    found = list(entities(rows))
    g = nx.MultiDiGraph()
    ids: dict[Any, str] = {}
    for node in sorted((e for e in found if isinstance(e, Node)), key=_readable_id):
        ids[node.id] = _add_node(g, node)
    for rel in (e for e in found if isinstance(e, Relationship)):
        ends = []
        for sid in (rel.start, rel.end):
            if sid not in ids:
                ids[sid] = f"?:{sid}"
                g.add_node(ids[sid], label="")
            ends.append(ids[sid])
        _add_edge(g, rel, ends[0], ends[1])
    return g


def write_scores(
    store: Store,
    g: nx.MultiDiGraph,
    scores: Mapping[str, Mapping[str, Any]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Store ``scores`` (node id -> degree, betweenness, community) on the nodes; returns how many.

    One batched statement per label, nodes matched by the schema key. Nodes
    of ``g`` outside the schema (``?:`` ids) are skipped.
    """
    by_label: dict[str, list[dict[str, Any]]] = {}
    for nid, values in scores.items():
        label = g.nodes[nid].get("label", "")
        if label not in schema.NODE_LABELS:
            continue
        row = {"key": g.nodes[nid][schema.key_of(label)]}
        row.update({p: values.get(p) for p in schema.SCORE_PROPERTIES})
        by_label.setdefault(label, []).append(row)
    written = 0
    for label in sorted(by_label):
        store.write_rows(set_scores(label), by_label[label], batch_size=batch_size)
        written += len(by_label[label])
    return written
