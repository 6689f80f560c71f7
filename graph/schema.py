"""The graph model, once: labels, relationship types, keys, indexes and styles.

Everything else reads this module: the loaders, the constraint setup of both
stores, the Cypher lint's schema, the Neo4j Browser style sheet and the legend
of the views. Labels and relationship types used in generated Cypher come
only from these fixed lists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeType:
    label: str
    key: str
    caption: str
    color: str
    shape: str
    description: str
    indexed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelType:
    type: str
    start: str
    end: str
    color: str
    description: str
    dashes: bool = False


NODE_TYPES: tuple[NodeType, ...] = (
    NodeType("Country", "iso3", "name", "#4C78A8", "dot", "A NATO member or partner country", ("name",)),
    NodeType("Organization", "key", "key", "#1F3A93", "star", "NATO itself"),
    NodeType("Framework", "key", "acronym", "#F58518", "diamond",
             "A partnership framework, forum, grouping or programme", ("acronym", "name")),
    NodeType("Threat", "key", "name", "#E45756", "triangle", "A shared threat or cooperation area", ("name",)),
    NodeType("Operation", "key", "name", "#72B7B2", "square", "A NATO-led operation or mission", ("name",)),
    NodeType("Region", "key", "name", "#54A24B", "hexagon", "A world region (UN M49 subregion)"),
    NodeType("Institution", "key", "name", "#B279A2", "box", "A centre, council or office serving partners"),
    NodeType("Source", "key", "title", "#9D9D9D", "dot", "Where a fact comes from", ("kind",)),
    NodeType("KnownError", "key", "claim", "#FF9DA6", "ellipse", "A false claim often seen in articles"),
    NodeType("Document", "key", "title", "#BAB0AC", "box", "A loaded article"),
    NodeType("Claim", "key", "sentence", "#EECA3B", "dot", "A claim found in an article, with its verdict",
             ("verdict",)),
)

REL_TYPES: tuple[RelType, ...] = (
    RelType("MEMBER_OF", "Country", "Organization", "#1F3A93", "Country is a NATO member"),
    RelType("PARTNER_IN", "Country", "Framework", "#F58518", "Country takes part in a framework"),
    RelType("ADDRESSES", "Framework", "Threat", "#E45756", "Framework, operation or institution addresses a threat"),
    RelType("COOPERATES_ON", "Country", "Threat", "#E45756", "Country cooperates with NATO on a threat or area"),
    RelType("CONTRIBUTED_TO", "Country", "Operation", "#72B7B2", "Partner contributed to a NATO-led operation"),
    RelType("IN_REGION", "Country", "Region", "#54A24B", "Country lies in a region"),
    RelType("PART_OF", "Framework", "Framework", "#F58518", "Programme or institution belongs to a framework"),
    RelType("REPLACED", "Framework", "Framework", "#F58518", "Framework replaced an earlier one", dashes=True),
    RelType("HOSTED_BY", "Institution", "Country", "#B279A2", "Institution is hosted by a country"),
    RelType("SERVES", "Institution", "Country", "#B279A2", "Institution serves a partner country"),
    RelType("CITES", "KnownError", "Source", "#9D9D9D", "Known error's correction cites a source"),
    RelType("MENTIONS", "Document", "Country", "#BAB0AC", "Article mentions an entity"),
    RelType("MAKES", "Document", "Claim", "#EECA3B", "Article makes a claim"),
    RelType("ABOUT", "Claim", "Country", "#EECA3B", "Claim's subject or object"),
    RelType("CONTRADICTS", "Claim", "Framework", "#D62728", "Claim contradicts a curated fact", dashes=True),
)

NODE_LABELS: tuple[str, ...] = tuple(n.label for n in NODE_TYPES)
REL_TYPE_NAMES: tuple[str, ...] = tuple(r.type for r in REL_TYPES)

# Relationships that state a fact about the world: they carry sources and confidence.
FACT_TYPES: tuple[str, ...] = (
    "MEMBER_OF", "PARTNER_IN", "ADDRESSES", "COOPERATES_ON", "CONTRIBUTED_TO", "HOSTED_BY", "SERVES",
)

PARTNERSHIP_STATUSES: tuple[str, ...] = (
    "active", "suspended", "became_member", "ended", "invited", "requested",
)
CONFIDENCE_LEVELS: tuple[str, ...] = ("confirmed", "unverified")

_BY_LABEL = {n.label: n for n in NODE_TYPES}
_BY_TYPE = {r.type: r for r in REL_TYPES}


def node_type(label: str) -> NodeType:
    """The schema entry of a label; raises KeyError for a label not in the schema."""
    return _BY_LABEL[label]


def rel_type(name: str) -> RelType:
    return _BY_TYPE[name]


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


def key_of(label: str) -> str:
    return node_type(label).key


def property_keys() -> list[str]:
    """Every property key the model writes, for the Cypher lint's schema."""
    from loaders.model import ALL_PROPERTY_KEYS

    return sorted(ALL_PROPERTY_KEYS)
