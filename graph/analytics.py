"""Network analytics: pure functions of a projected graph that return plain data.

Every function takes the ``networkx.MultiDiGraph`` that
:mod:`nato_graph.projection` builds (node ids ``"Label:key"``, a ``label``
attribute, edges keyed by relationship type) and returns lists of dicts, so
the CLI, the notebooks and the tests print or compare them directly.

Centrality and communities are computed on :func:`simple_graph`: undirected,
one edge per pair of nodes, and without the nodes that describe the data
rather than the world (sources, known errors, loaded articles and their
claims), which would otherwise make every cited source a hub.

Two analyses grow faster than the graph and are refused, with advice, past a
size limit rather than left to run for hours: exact betweenness (about nodes x
edges steps; ``BETWEENNESS_LIMIT``) and pairwise similarity (``SIMILARITY_LIMIT``
pairs of partners); and any analysis of a graph over ``PROJECTION_LIMIT``
relationships, whose reading into networkx alone takes longer than a query may
(``check_size``, from the store's counts, before anything is read). The
bundled data is far below all three.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from nato_graph.errors import NatoGraphError
from nato_graph.schema import caption

# Exact betweenness takes about nodes x edges steps of pure Python: 20 million is ~20 s here.
BETWEENNESS_LIMIT = 20_000_000
# Pairs of partner countries similarity compares: 2 million is ~2,000 partners, ~10 s here.
SIMILARITY_LIMIT = 2_000_000


# Relationships read into networkx for any analysis: reading the graph out of the store and
# building the networkx graph takes about 1 ms per relationship here (20 s at the limit).
PROJECTION_LIMIT = 20_000


class AnalysisTooLargeError(NatoGraphError):
    """The graph is too large for an analysis to finish in reasonable time."""


def check_size(analysis: str, labels: dict[str, int], types: dict[str, int]) -> None:
    """Refuse, before the graph is read, an analysis its size puts out of reach.

    ``labels`` and ``types`` are the store's counts (``Store.counts``).

    >>> check_size("centrality", {"Country": 70}, {"PARTNER_IN": 500})
    >>> try:
    ...     check_size("communities", {"Country": 5000}, {"PARTNER_IN": 50_000})
    ... except AnalysisTooLargeError as exc:
    ...     print(str(exc)[:72])
    the graph has 50,000 relationships, over the 20,000 that analyses read i
    """
    relationships = sum(types.values())
    nodes = sum(n for label, n in labels.items() if label not in EXCLUDED_LABELS)
    if relationships > PROJECTION_LIMIT:
        raise AnalysisTooLargeError(
            f"the graph has {relationships:,} relationships, over the {PROJECTION_LIMIT:,} that "
            "analyses read into memory (about 20 s); ask canned questions about part of it "
            "(`nato-graph query list`), or run graph algorithms in Neo4j Graph Data Science"
        )
    if analysis == "centrality" and nodes * relationships > BETWEENNESS_LIMIT:
        raise _too_large_for_betweenness(nodes, relationships)
    countries = labels.get("Country", 0)
    if analysis == "similarity" and countries * (countries - 1) // 2 > SIMILARITY_LIMIT:
        raise _too_many_pairs(countries, countries * (countries - 1) // 2)


def _too_large_for_betweenness(nodes: int, links: int) -> AnalysisTooLargeError:
    return AnalysisTooLargeError(
        f"centrality on {nodes:,} nodes and {links:,} links needs about {nodes * links:,} "
        f"steps, over the limit of {BETWEENNESS_LIMIT:,} (minutes to hours); `analyze "
        "communities` and `analyze bridges` scale further, or run betweenness in Neo4j Graph "
        "Data Science"
    )


def _too_many_pairs(partners: int, pairs: int) -> AnalysisTooLargeError:
    return AnalysisTooLargeError(
        f"similarity of {partners:,} partner countries compares {pairs:,} pairs, over the limit "
        f"of {SIMILARITY_LIMIT:,}; ask about one framework instead (`query run "
        "framework-members`), or use `analyze communities` for groups of alike partners"
    )


# Bookkeeping nodes, not part of the partnership network.
EXCLUDED_LABELS: tuple[str, ...] = ("Source", "KnownError", "Document", "Claim")
SEED = 42  # Louvain shuffles nodes; a fixed seed gives the same communities every run
NATO = "Organization:NATO"
# Partnerships that tie a country to NATO today (for bridges and articulation points).
HOLDING_STATUSES: tuple[str, ...] = ("active",)
_TIE_LABELS = ("Organization", "Country", "Framework", "Region")
# The columns a table shows per analysis (the rows hold more).
COLUMNS: dict[str, tuple[str, ...]] = {
    "centrality": ("id", "name", "degree", "degree_centrality", "betweenness"),
    "communities": ("community", "size", "labels", "names"),
    "similarity": ("a_name", "b_name", "jaccard", "shared"),
    "bridges": ("kind", "name", "holds", "regions", "cut_off"),
}
_PARTNERSHIP_TYPES = ("PARTNER_IN", "MEMBER_OF")


def name_of(g: nx.Graph, node: str) -> str:
    """A node's display name, as tables and views show it (``schema.caption``), else its id.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Framework:md", label="Framework", acronym="MD", name="Mediterranean Dialogue")
    >>> name_of(g, "Framework:md")
    'MD'
    """
    data = g.nodes[node]
    value = caption(data.get("label", ""), data)
    return str(node) if value is None else str(value)


def simple_graph(g: nx.Graph, exclude: Collection[str] = EXCLUDED_LABELS) -> nx.Graph:
    """Undirected, one edge per connected pair, without nodes whose label is in ``exclude``.

    Edges remember the relationship types they stand for in ``types``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Country:ISR", label="Country")
    >>> g.add_node("Framework:md", label="Framework")
    >>> g.add_node("Source:x", label="Source")
    >>> g.add_edge("Country:ISR", "Framework:md", key="PARTNER_IN", type="PARTNER_IN")
    'PARTNER_IN'
    >>> s = simple_graph(g)
    >>> sorted(s.nodes), s.edges["Country:ISR", "Framework:md"]["types"]
    (['Country:ISR', 'Framework:md'], ['PARTNER_IN'])
    """
    s = nx.Graph()
    s.add_nodes_from((n, d) for n, d in g.nodes(data=True) if d.get("label") not in exclude)
    for u, v, d in g.edges(data=True):
        if u in s and v in s and u != v:
            if s.has_edge(u, v):
                if d.get("type") not in s.edges[u, v]["types"]:
                    s.edges[u, v]["types"] = sorted([*s.edges[u, v]["types"], d.get("type")])
            else:
                s.add_edge(u, v, types=[d.get("type")])
    return s


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _row(g: nx.Graph, node: str) -> dict[str, Any]:
    return {"id": node, "label": g.nodes[node].get("label", ""), "name": name_of(g, node)}


def centrality(g: nx.Graph, top: int | None = None) -> list[dict[str, Any]]:
    """Degree and betweenness centrality of every node of :func:`simple_graph`.

    ``degree`` counts distinct neighbours; ``degree_centrality`` and
    ``betweenness`` are networkx's normalised values. Sorted by betweenness,
    then degree, highest first.

    >>> g = nx.MultiDiGraph()
    >>> for n in ("Country:A", "Country:B", "Framework:f", "Organization:NATO"):
    ...     g.add_node(n, label=n.split(":")[0])
    >>> for a in ("Country:A", "Country:B"):
    ...     _ = g.add_edge(a, "Framework:f", key="PARTNER_IN", type="PARTNER_IN")
    >>> _ = g.add_edge("Country:A", "Organization:NATO", key="MEMBER_OF", type="MEMBER_OF")
    >>> [(r["id"], r["degree"], round(r["betweenness"], 3)) for r in centrality(g, top=2)]
    [('Country:A', 2, 0.667), ('Framework:f', 2, 0.667)]
    """
    s = simple_graph(g)
    work = s.number_of_nodes() * s.number_of_edges()
    if work > BETWEENNESS_LIMIT:
        raise _too_large_for_betweenness(s.number_of_nodes(), s.number_of_edges())
    betweenness = nx.betweenness_centrality(s)
    degree_c = nx.degree_centrality(s)
    rows = [
        {
            **_row(s, n),
            "degree": s.degree(n),
            "degree_centrality": degree_c[n],
            "betweenness": betweenness[n],
        }
        for n in s
    ]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["id"]))
    return rows[:top] if top is not None else rows


def community_of(g: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Node id -> community number (0 = the largest) from networkx's Louvain method.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edges_from([("T:a", "T:b"), ("T:b", "T:c"), ("T:c", "T:a"), ("T:x", "T:y")])
    [0, 0, 0, 0]
    >>> sorted(community_of(g).items())
    [('T:a', 0), ('T:b', 0), ('T:c', 0), ('T:x', 1), ('T:y', 1)]
    """
    parts = nx.community.louvain_communities(simple_graph(g), seed=seed)
    ordered = sorted(parts, key=lambda c: (-len(c), min(c)))
    return {n: i for i, members in enumerate(ordered) for n in members}


def communities(g: nx.Graph, seed: int = SEED, top: int | None = None) -> list[dict[str, Any]]:
    """The Louvain communities of :func:`simple_graph`, largest first.

    Each row: ``community`` (its number), ``size``, the labels it holds with
    counts, and its member ``names`` (countries first, then by name).

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from(["Country:A", "Country:B"], label="Country")
    >>> g.add_node("Framework:f", label="Framework", acronym="F")
    >>> g.add_edges_from([("Country:A", "Framework:f"), ("Country:B", "Framework:f")])
    [0, 0]
    >>> communities(g)  # doctest: +NORMALIZE_WHITESPACE
    [{'community': 0, 'size': 3, 'labels': 'Country 2, Framework 1',
      'names': ['Country:A', 'Country:B', 'F']}]
    """
    s = simple_graph(g)
    groups: dict[int, list[str]] = {}
    for n, c in community_of(g, seed).items():
        groups.setdefault(c, []).append(n)
    rows = []
    for c in sorted(groups):
        members = sorted(
            groups[c], key=lambda n: (s.nodes[n].get("label") != "Country", name_of(s, n))
        )
        counts = Counter(s.nodes[n].get("label", "") for n in members)
        rows.append(
            {
                "community": c,
                "size": len(members),
                "labels": ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=_by_count)),
                "names": [name_of(s, n) for n in members],
            }
        )
    return rows[:top] if top is not None else rows


def members(g: nx.Graph) -> set[str]:
    """Countries with a MEMBER_OF relationship."""
    return {u for u, _, t in g.edges(data="type") if t == "MEMBER_OF"}


def partner_features(g: nx.Graph) -> dict[str, set[str]]:
    """For each non-member partner country: the frameworks and cooperation areas it has.

    A partner is a country with a PARTNER_IN relationship and no MEMBER_OF one;
    its features are the ends of its PARTNER_IN (frameworks, any status but an
    invitation or request not taken up, as the similar-partners question counts
    them) and COOPERATES_ON (threats and cooperation areas) relationships.
    """
    allies = members(g)
    features: dict[str, set[str]] = {}
    for u, v, d in g.edges(data=True):
        t = d.get("type")
        if t not in ("PARTNER_IN", "COOPERATES_ON") or u in allies:
            continue
        if t == "PARTNER_IN" and d.get("status") in ("invited", "requested"):
            continue
        features.setdefault(u, set()).add(v)
    frameworks = {n for n, label in g.nodes(data="label") if label == "Framework"}
    return {u: f for u, f in features.items() if f & frameworks}


def similarity(g: nx.Graph, top: int | None = None, min_score: float = 0.0) -> list[dict[str, Any]]:
    """Jaccard similarity of every pair of non-member partners over :func:`partner_features`.

    ``jaccard`` = shared features / features of either. Pairs scoring above
    ``min_score`` only, most alike first; ``shared`` names what they have in common.

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from(["Country:A", "Country:B"], label="Country")
    >>> g.add_nodes_from(["Framework:md", "Framework:ici"], label="Framework")
    >>> g.add_node("Threat:terrorism", label="Threat", name="Terrorism")
    >>> for a, b, t in [("A", "Framework:md", "PARTNER_IN"), ("B", "Framework:md", "PARTNER_IN"),
    ...                 ("B", "Framework:ici", "PARTNER_IN"),
    ...                 ("A", "Threat:terrorism", "COOPERATES_ON"),
    ...                 ("B", "Threat:terrorism", "COOPERATES_ON")]:
    ...     _ = g.add_edge(f"Country:{a}", b, key=t, type=t)
    >>> [(r["a"], r["b"], round(r["jaccard"], 3), r["shared"]) for r in similarity(g)]
    [('Country:A', 'Country:B', 0.667, ['Framework:md', 'Terrorism'])]
    """
    features = partner_features(g)
    pairs = len(features) * (len(features) - 1) // 2
    if pairs > SIMILARITY_LIMIT:
        raise _too_many_pairs(len(features), pairs)
    rows: list[dict[str, Any]] = []
    for a, b in combinations(sorted(features), 2):
        shared = features[a] & features[b]
        score = len(shared) / len(features[a] | features[b])
        if score > min_score:
            rows.append(
                {
                    "a": a,
                    "a_name": name_of(g, a),
                    "b": b,
                    "b_name": name_of(g, b),
                    "jaccard": score,
                    "shared": sorted(name_of(g, x) for x in shared),
                }
            )
    rows.sort(key=lambda r: (-r["jaccard"], r["a"], r["b"]))
    return rows[:top] if top is not None else rows


def tie_graph(g: nx.Graph, statuses: Collection[str] = HOLDING_STATUSES) -> nx.Graph:
    """The undirected graph of what holds a country, and so its region, to NATO.

    Nodes: NATO (the Organization), countries, frameworks and regions. Edges:
    MEMBER_OF; PARTNER_IN whose ``status`` is in ``statuses`` (today's
    partnerships: suspended, ended, invited and requested ones hold nothing);
    IN_REGION (a region is held while any of its countries is); PART_OF between
    frameworks; and FRAMEWORK_OF, each framework to NATO while it runs (every framework, in a
    graph written before the data held those links). A region
    that loses its last path to NATO here has lost every tie to the Alliance.

    >>> g = nx.MultiDiGraph()
    >>> for c, f, status in [("AUS", "pag", "active"), ("RUS", "pfp", "suspended")]:
    ...     _ = g.add_edge(f"Country:{c}", f"Framework:{f}", key="PARTNER_IN", type="PARTNER_IN",
    ...                    status=status)
    >>> for n in g:
    ...     g.nodes[n]["label"] = n.split(":")[0]
    >>> g.add_node("Organization:NATO", label="Organization")
    >>> sorted(tie_graph(g).edges)  # doctest: +NORMALIZE_WHITESPACE
    [('Country:AUS', 'Framework:pag'), ('Framework:pag', 'Organization:NATO'),
     ('Framework:pfp', 'Organization:NATO')]
    """
    t = nx.Graph()
    t.add_nodes_from((n, d) for n, d in g.nodes(data=True) if d.get("label") in _TIE_LABELS)
    tied = False  # the graph holds FRAMEWORK_OF links (data written since they were)
    for u, v, d in g.edges(data=True):
        kind = d.get("type")
        tied = tied or kind == "FRAMEWORK_OF"
        if u not in t or v not in t:
            continue
        holds = (
            kind in ("MEMBER_OF", "IN_REGION")
            or (kind == "PARTNER_IN" and d.get("status") in statuses)
            # a framework of NATO's that has not ended (the NACC's tie ended in 1997)
            or (kind == "FRAMEWORK_OF" and not d.get("until"))
        )
        if holds or (
            kind == "PART_OF" and t.nodes[u]["label"] == t.nodes[v]["label"] == "Framework"
        ):
            t.add_edge(u, v, type=kind)
    if NATO in t and not tied:
        # a graph of data written before frameworks were tied to NATO: every framework is NATO's
        for n, label in list(t.nodes(data="label")):
            if label == "Framework":
                t.add_edge(n, NATO, type="FRAMEWORK_OF")
    return t


def _cut_off(t: nx.Graph, removed: nx.Graph) -> list[str]:
    """Nodes reachable from NATO in ``t`` but not in ``removed``."""
    before = nx.node_connected_component(t, NATO)
    after = nx.node_connected_component(removed, NATO)
    return sorted(before - after - (set(t) - set(removed)))


def _regions(t: nx.Graph, nodes: Iterable[str]) -> list[str]:
    return sorted(name_of(t, n) for n in nodes if t.nodes[n].get("label") == "Region")


def bridges(g: nx.Graph, statuses: Collection[str] = HOLDING_STATUSES) -> list[dict[str, Any]]:
    """Single partnerships that hold a region to NATO: removing one cuts the region off.

    Computed on :func:`tie_graph`: its bridges (networkx ``bridges``) that are a
    partnership (PARTNER_IN or MEMBER_OF) and whose removal leaves at least one
    region with no path to NATO. Most regions cut off first.

    >>> g = nx.MultiDiGraph()
    >>> for c, region in [("AUS", "anz"), ("NZL", "anz"), ("PAK", "sa")]:
    ...     _ = g.add_edge(f"Country:{c}", "Framework:pag", key="PARTNER_IN", type="PARTNER_IN",
    ...                    status="active")
    ...     _ = g.add_edge(f"Country:{c}", f"Region:{region}", key="IN_REGION", type="IN_REGION")
    >>> for n in g:
    ...     g.nodes[n]["label"] = n.split(":")[0]
    >>> g.add_node("Organization:NATO", label="Organization")
    >>> [(r["country"], r["with"], r["regions"]) for r in bridges(g)]
    [('Country:PAK', 'Framework:pag', ['Region:sa'])]
    """
    t = tie_graph(g, statuses)
    if NATO not in t:
        return []
    rows = []
    for u, v in nx.bridges(t, root=NATO):
        kind = t.edges[u, v]["type"]
        if kind not in _PARTNERSHIP_TYPES:
            continue
        country, other = (u, v) if t.nodes[u].get("label") == "Country" else (v, u)
        removed = t.copy()
        removed.remove_edge(u, v)
        cut = _cut_off(t, removed)
        regions = _regions(t, cut)
        if regions:
            rows.append(
                {
                    "type": kind,
                    "country": country,
                    "country_name": name_of(t, country),
                    "with": other,
                    "with_name": name_of(t, other),
                    "regions": regions,
                    "cut_off": len(cut),
                }
            )
    rows.sort(key=lambda r: (-len(r["regions"]), -r["cut_off"], r["country"], r["with"]))
    return rows


def articulation_points(
    g: nx.Graph, statuses: Collection[str] = HOLDING_STATUSES
) -> list[dict[str, Any]]:
    """Countries and frameworks whose loss cuts at least one region off from NATO.

    Computed on :func:`tie_graph`, like :func:`bridges`: its articulation points
    (networkx ``articulation_points``) other than NATO itself and regions,
    kept when removing one leaves a region with no path to NATO.

    >>> g = nx.MultiDiGraph()
    >>> for c in ("Country:AUS", "Country:NZL"):
    ...     _ = g.add_edge(c, "Framework:pag", key="PARTNER_IN", type="PARTNER_IN", status="active")
    ...     _ = g.add_edge(c, "Region:anz", key="IN_REGION", type="IN_REGION")
    >>> for n in g:
    ...     g.nodes[n]["label"] = n.split(":")[0]
    >>> g.add_node("Organization:NATO", label="Organization")
    >>> [(r["id"], r["regions"]) for r in articulation_points(g)]
    [('Framework:pag', ['Region:anz'])]
    """
    t = tie_graph(g, statuses)
    if NATO not in t:
        return []
    rows = []
    for n in nx.articulation_points(t):
        if n == NATO or t.nodes[n].get("label") == "Region":
            continue
        removed = t.copy()
        removed.remove_node(n)
        cut = _cut_off(t, removed)
        regions = _regions(t, cut)
        if regions:
            rows.append({**_row(t, n), "regions": regions, "cut_off": len(cut)})
    rows.sort(key=lambda r: (-len(r["regions"]), -r["cut_off"], r["id"]))
    return rows


def bridges_and_articulation_points(g: nx.Graph) -> list[dict[str, Any]]:
    """Bridges, then articulation points, in one table: what single tie holds which region."""
    rows = [
        {
            "kind": f"partnership ({r['type']})",
            "name": f"{r['country_name']} - {r['with_name']}",
            "holds": r["country"] + " -> " + r["with"],
            **r,
        }
        for r in bridges(g)
    ]
    rows += [
        {"kind": f"articulation point ({r['label']})", "holds": r["id"], **r}
        for r in articulation_points(g)
    ]
    return rows


def scores(g: nx.Graph, seed: int = SEED) -> dict[str, dict[str, Any]]:
    """Node id -> ``{degree, betweenness, community}``: what ``analyze --write-back`` stores.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Country:A", "Framework:f", key="PARTNER_IN", type="PARTNER_IN")
    'PARTNER_IN'
    >>> scores(g)["Country:A"]
    {'degree': 1, 'betweenness': 0.0, 'community': 0}
    """
    community = community_of(g, seed)
    return {
        r["id"]: {
            "degree": r["degree"],
            "betweenness": r["betweenness"],
            "community": community[r["id"]],
        }
        for r in centrality(g)
    }
