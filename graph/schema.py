"""The graph model, once: labels, relationship types, keys, indexes and styles.

Everything else reads this module: the loaders, the constraint setup of both
stores, the Cypher lint's schema, the Neo4j Browser style sheet and the legend
of the views. Labels and relationship types used in generated Cypher come
only from these fixed lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_FACT = "sources confidence note"


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


NODE_TYPES: tuple[NodeType, ...] = (
    NodeType(
        "Country",
        "iso3",
        "name",
        "#4C78A8",
        "dot",
        "A NATO member or partner country",
        "iso3 name aliases region",
        ("name",),
    ),
    NodeType(
        "Organization",
        "key",
        "key",
        "#1F3A93",
        "star",
        "NATO itself",
        f"key name founded founded_year {_FACT}",
    ),
    NodeType(
        "Framework",
        "key",
        "acronym",
        "#F58518",
        "diamond",
        "A partnership framework, forum, grouping or programme",
        "key acronym name kind launched launched_year ended ended_year launched_where purpose "
        f"regional_focus aliases {_FACT}",
        ("acronym", "name"),
    ),
    NodeType(
        "Threat",
        "key",
        "name",
        "#E45756",
        "triangle",
        "A shared threat or cooperation area",
        f"key name kind aliases description {_FACT}",
        ("name",),
    ),
    NodeType(
        "Operation",
        "key",
        "name",
        "#72B7B2",
        "square",
        "A NATO-led operation or mission",
        f"key acronym name kind start start_year end end_year area summary aliases {_FACT}",
        ("name",),
    ),
    NodeType(
        "Region",
        "key",
        "name",
        "#54A24B",
        "hexagon",
        "A world region (UN M49 subregion)",
        "key name",
    ),
    NodeType(
        "Institution",
        "key",
        "name",
        "#B279A2",
        "box",
        "A centre, council or office serving partners",
        f"key name kind location opened opened_year summary aliases {_FACT}",
    ),
    NodeType(
        "Source",
        "key",
        "title",
        "#9D9D9D",
        "dot",
        "Where a fact comes from",
        "key title url publisher kind dated",
        ("kind",),
    ),
    NodeType(
        "KnownError",
        "key",
        "claim",
        "#FF9DA6",
        "ellipse",
        "A false claim often seen in articles",
        f"key claim correction {_FACT}",
    ),
    NodeType(
        "Document",
        "key",
        "title",
        "#BAB0AC",
        "box",
        "A loaded article",
        "key title path url format loaded_at sentences_count characters",
    ),
    NodeType(
        "Claim",
        "key",
        "claim",
        "#EECA3B",
        "dot",
        "A claim found in an article, with its verdict",
        "key sentence predicate subject object verdict correction document subject_name object_name sources "
        "position claim negated tense year month until years fact fact_dates known_error checked",
        ("verdict",),
    ),
)

_WHO = ("Country",)
REL_TYPES: tuple[RelType, ...] = (
    RelType(
        "MEMBER_OF",
        _WHO,
        ("Organization",),
        "#1F3A93",
        "Country is a NATO member",
        f"joined joined_year round joined_day_confidence {_FACT}",
    ),
    RelType(
        "PARTNER_IN",
        _WHO,
        ("Framework",),
        "#F58518",
        "Country takes part in a framework",
        "joined joined_year status status_changed status_changed_year joined_day_confidence "
        f"history_dates history_years history_statuses history_sources {_FACT}",
    ),
    RelType(
        "ADDRESSES",
        ("Framework", "Operation", "Institution"),
        ("Threat",),
        "#E45756",
        "Framework, operation or institution addresses a threat",
        _FACT,
    ),
    RelType(
        "COOPERATES_ON",
        _WHO,
        ("Threat",),
        "#9C1F6E",
        "Country cooperates with NATO on a threat or area",
        f"since since_year {_FACT}",
    ),
    RelType(
        "CONTRIBUTED_TO",
        _WHO,
        ("Operation",),
        "#72B7B2",
        "Partner contributed to a NATO-led operation",
        f"via contribution {_FACT}",
    ),
    RelType("IN_REGION", _WHO, ("Region",), "#54A24B", "Country lies in a region"),
    RelType(
        "PART_OF",
        ("Framework", "Institution"),
        ("Framework",),
        "#8C6D31",
        "Programme or institution belongs to a framework",
    ),
    RelType(
        "REPLACED",
        ("Framework",),
        ("Framework",),
        "#A0522D",
        "Framework replaced an earlier one",
        dashes=True,
    ),
    RelType(
        "HOSTED_BY", ("Institution",), _WHO, "#B279A2", "Institution is hosted by a country", _FACT
    ),
    RelType(
        "SERVES", ("Institution",), _WHO, "#6A3D9A", "Institution serves a partner country", _FACT
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

NODE_LABELS: tuple[str, ...] = tuple(n.label for n in NODE_TYPES)
REL_TYPE_NAMES: tuple[str, ...] = tuple(r.type for r in REL_TYPES)

# Relationships that state a fact about the world: they carry sources and confidence.
FACT_TYPES: tuple[str, ...] = (
    "MEMBER_OF",
    "PARTNER_IN",
    "ADDRESSES",
    "COOPERATES_ON",
    "CONTRIBUTED_TO",
    "HOSTED_BY",
    "SERVES",
)

PARTNERSHIP_STATUSES: tuple[str, ...] = (
    "active",
    "suspended",
    "became_member",
    "ended",
    "superseded",
    "invited",
    "requested",
)
CONFIDENCE_LEVELS: tuple[str, ...] = ("confirmed", "unverified")

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
    return sorted(keys | set(SCORE_PROPERTIES))


def lint_schema() -> dict[str, list[str]]:
    """The schema in the form the Cypher lint (tests/lint) takes."""
    return {
        "labels": list(NODE_LABELS),
        "relationshipTypes": list(REL_TYPE_NAMES),
        "propertyKeys": property_keys(),
    }
