"""The graph model, once: labels, relationship types, keys, indexes and styles.

Everything else reads this module: the loaders, the constraint setup of both
stores, the Cypher lint's schema, the Neo4j Browser style sheet and the legend
of the views. Labels and relationship types used in generated Cypher come
only from these fixed lists.

What the data files write (the labels and types made with ``_written_node``/``_rel``)
is described by the data kinds of ``nato_graph.loaders.model``: their keys,
properties and ends come from there; this module adds how each looks and what
is indexed. The article labels and types are described here in full.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nato_graph.loaders import model
from nato_graph.loaders.model import CONFIDENCE_LEVELS as CONFIDENCE_LEVELS
from nato_graph.loaders.model import PARTNERSHIP_STATUSES as PARTNERSHIP_STATUSES


@dataclass(frozen=True)
class NodeType:
    label: str
    key: str
    caption: str
    color: str
    shape: str
    description: str
    properties: str  # space-separated property keys
    indexed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelType:
    type: str
    start: tuple[str, ...]
    end: tuple[str, ...]
    color: str
    description: str
    properties: str = ""
    dashes: bool = False


def _written_node(
    label: str,
    caption: str,
    color: str,
    shape: str,
    description: str,
    indexed: tuple[str, ...] = (),
) -> NodeType:
    """A label the data files write: key and properties from the kind whose records it holds."""
    ((kind, node),) = [(k, k.node) for k in model.KINDS if k.node and k.node.label == label]
    properties = " ".join(kind.properties(node))
    return NodeType(label, node.key, caption, color, shape, description, properties, indexed)


def _written_rel(rtype: str, color: str, description: str, *, dashes: bool = False) -> RelType:
    """A type the data files write: ends and properties from the kinds that write it (all of
    them set the same properties)."""
    writes = [
        (k, w)
        for k in model.KINDS
        for w in k.writes
        if isinstance(w, model.Rel) and w.type == rtype
    ]
    (properties,) = {" ".join(kind.properties(w)) for kind, w in writes}
    start = tuple(dict.fromkeys(w.start.label for _, w in writes))
    end = tuple(dict.fromkeys(w.end.label for _, w in writes))
    return RelType(rtype, start, end, color, description, properties, dashes)


NODE_TYPES: tuple[NodeType, ...] = (
    _written_node(
        "Country", "name", "#4C78A8", "dot", "A NATO member or partner country", ("name",)
    ),
    _written_node("Organization", "key", "#1F3A93", "star", "NATO itself"),
    _written_node(
        "Framework",
        "acronym",
        "#F58518",
        "diamond",
        "A partnership framework, forum, grouping or programme",
        ("acronym", "name"),
    ),
    _written_node(
        "Threat", "name", "#E45756", "triangle", "A shared threat or cooperation area", ("name",)
    ),
    _written_node(
        "Operation", "name", "#72B7B2", "square", "A NATO-led operation or mission", ("name",)
    ),
    _written_node("Region", "name", "#54A24B", "hexagon", "A world region (UN M49 subregion)"),
    _written_node(
        "Institution", "name", "#B279A2", "box", "A centre, council or office serving partners"
    ),
    _written_node("Source", "title", "#9D9D9D", "dot", "Where a fact comes from", ("kind",)),
    _written_node(
        "KnownError", "claim", "#FF9DA6", "ellipse", "A false claim often seen in articles"
    ),
    NodeType(
        "Document",
        "key",
        "title",
        "#BAB0AC",
        "box",
        "A loaded article",
        "key title path file_keys file_paths url format loaded_at sentences_count characters unread_count "
        "unread_sentences",
    ),
    NodeType(
        "Claim",
        "key",
        "claim",
        "#EECA3B",
        "dot",
        "A claim found in an article, with its verdict",
        "key sentence predicate subject object verdict correction document subject_name object_name object_named sources "
        "position claim negated tense year month day until years core throughout began rank as_partner ceased fact fact_dates "
        "known_error checked count read_in_part",
        ("verdict",),
    ),
)

REL_TYPES: tuple[RelType, ...] = (
    _written_rel("MEMBER_OF", "#1F3A93", "Country is a NATO member"),
    _written_rel("PARTNER_IN", "#F58518", "Country takes part in a framework"),
    _written_rel("ADDRESSES", "#E45756", "Framework, operation or institution addresses a threat"),
    _written_rel("COOPERATES_ON", "#9C1F6E", "Country cooperates with NATO on a threat or area"),
    _written_rel("CONTRIBUTED_TO", "#72B7B2", "Partner contributed to a NATO-led operation"),
    _written_rel("IN_REGION", "#54A24B", "Country lies in a region"),
    _written_rel("PART_OF", "#8C6D31", "Programme or institution belongs to a framework"),
    _written_rel("REPLACED", "#A0522D", "Framework replaced an earlier one", dashes=True),
    _written_rel("FRAMEWORK_OF", "#5B6C8F", "Framework, forum or programme is NATO's"),
    _written_rel("LED_BY", "#7A5C3E", "Operation is led by NATO"),
    _written_rel("HOSTED_BY", "#B279A2", "Institution is hosted by a country"),
    _written_rel("SERVES", "#6A3D9A", "Institution serves a partner country"),
    _written_rel(
        "CONDUCTED_IN",
        "#2A8C86",
        "NATO-led operation was conducted in a country (at its government's request or under a "
        "UN mandate)",
    ),
    RelType(
        "MENTIONS",
        ("Document",),
        ("Country", "Framework", "Threat", "Operation", "Institution", "Organization"),
        "#BAB0AC",
        "Article mentions an entity",
        "count sentences",
    ),
    RelType("MAKES", ("Document",), ("Claim",), "#EECA3B", "Article makes a claim"),
    RelType(
        "ABOUT",
        ("Claim",),
        ("Country", "Framework", "Threat", "Organization"),
        "#8D8C2B",
        "Claim's subject or object",
        "role",
    ),
    RelType(
        "CONTRADICTS",
        ("Claim",),
        ("Country", "Framework", "Organization", "Threat"),
        "#D62728",
        "Claim contradicts a curated fact; points at the correct value",
        "fact sources",
        dashes=True,
    ),
    RelType(
        "REPEATS",
        ("Claim",),
        ("KnownError",),
        "#FF9DA6",
        "Claim repeats a curated known error",
        dashes=True,
    ),
)

# Properties computed by `nato-graph analyze --write-back`.
SCORE_PROPERTIES = ("degree", "betweenness", "community")

# The labels whose nodes a question, a view or an article finds by name. Each such node holds
# NAMES_PROPERTY, every name it goes by in lower case (ISO3 code, key, acronym, name, aliases),
# derived by the store from those properties (``statements.names_of``) and indexed, so that finding
# "jordan" reads one index entry rather than lowering the names of every country.
NAMED_LABELS: tuple[str, ...] = (
    "Country", "Organization", "Framework", "Threat", "Operation", "Region", "Institution",
)  # fmt: skip
NAMES_PROPERTY = "names"
NAME_SOURCES: tuple[str, ...] = ("iso3", "key", "acronym", "name")  # and every alias

NODE_LABELS: tuple[str, ...] = tuple(n.label for n in NODE_TYPES)
REL_TYPE_NAMES: tuple[str, ...] = tuple(r.type for r in REL_TYPES)

# Relationships that state a fact about the world: they carry sources and confidence.
FACT_TYPES: tuple[str, ...] = tuple(
    r.type for r in REL_TYPES if {"sources", "confidence"} <= set(r.properties.split())
)

_BY_LABEL = {n.label: n for n in NODE_TYPES}
_BY_TYPE = {r.type: r for r in REL_TYPES}


def node_type(label: str) -> NodeType:
    """The schema entry of a label; raises KeyError for a label not in the schema."""
    return _BY_LABEL[label]


def rel_type(name: str) -> RelType:
    return _BY_TYPE[name]


def caption(label: str, properties: Mapping[str, Any]) -> Any:
    """What a node is called everywhere (tables, views, analytics, GEXF): the schema's caption
    property for its label, else its name, key or title; None when it has none of them.

    >>> caption("Framework", {"key": "md", "acronym": "MD", "name": "Mediterranean Dialogue"})
    'MD'
    >>> caption("Country", {"iso3": "ISR", "name": "Israel"}), caption("Other", {"key": "x"})
    ('Israel', 'x')
    """
    prop = _BY_LABEL[label].caption if label in _BY_LABEL else "name"
    for key in (prop, "name", "key", "title"):
        value = properties.get(key)
        if value not in (None, "", []):
            return value
    return None


def history_event(status: Any, index: int) -> Any:
    """What the answers call a partnership's status change ``index`` of its history: the status
    it moved to, or the first "active" as the join and a later one as the return (as the
    questions' Cypher does, e.g. queries/framework-members.cypher).

    >>> [history_event(s, i) for i, s in enumerate(["active", "suspended", "active"])]
    ['joined', 'suspended', 'resumed']
    """
    if status != "active":
        return status
    return "joined" if index == 0 else "resumed"


def checked_label(label: str) -> str:
    """Return ``label`` if the schema has it, else raise ValueError naming the valid ones.

    The only way a label reaches generated Cypher text.
    """
    if label not in _BY_LABEL:
        raise ValueError(f"unknown label {label!r}; valid: {', '.join(NODE_LABELS)}")
    return label


def checked_type(name: str) -> str:
    if name not in _BY_TYPE:
        raise ValueError(f"unknown relationship type {name!r}; valid: {', '.join(REL_TYPE_NAMES)}")
    return name


def checked_property(name: str) -> str:
    """Return ``name`` if the model writes a property of that name, else raise ValueError."""
    if name not in property_keys():
        raise ValueError(f"unknown property {name!r}")
    return name


def key_of(label: str) -> str:
    return node_type(label).key


def property_keys() -> list[str]:
    """Every property key the model writes, for the Cypher lint's schema."""
    types: list[NodeType | RelType] = [*NODE_TYPES, *REL_TYPES]
    keys = {k for t in types for k in t.properties.split()}
    return sorted(keys | set(SCORE_PROPERTIES) | {NAMES_PROPERTY})


def lint_schema() -> dict[str, list[str]]:
    """The schema in the form the Cypher lint (tests/lint) takes."""
    return {
        "labels": list(NODE_LABELS),
        "relationshipTypes": list(REL_TYPE_NAMES),
        "propertyKeys": property_keys(),
    }
