"""Projection and analytics: the answers agree with networkx run directly on the same projection."""

from __future__ import annotations

import json
from itertools import combinations

import networkx as nx
import pytest
from click.testing import CliRunner

from nato_graph import analytics, projection
from nato_graph.cli import cli
from nato_graph.stores import Store
from tests import oracle


@pytest.fixture(scope="module")
def g(curated_store: Store) -> nx.MultiDiGraph:
    return projection.project(curated_store)


@pytest.fixture(scope="module")
def simple(g: nx.MultiDiGraph) -> nx.Graph:
    """networkx's own undirected simple graph of the projection, bookkeeping nodes removed."""
    h = nx.Graph(g.to_undirected())
    h.remove_nodes_from(
        [n for n, label in g.nodes(data="label") if label in ("Source", "KnownError")]
    )
    return h


# -- projection ------------------------------------------------------------------------


def test_projection_counts_match_the_store(g: nx.MultiDiGraph, curated_store: Store) -> None:
    counts = curated_store.counts()
    assert g.number_of_nodes() == counts.nodes
    assert g.number_of_edges() == counts.relationships
    labels: dict[str, int] = {}
    for _, label in g.nodes(data="label"):
        labels[label] = labels.get(label, 0) + 1
    assert labels == counts.labels
    types: dict[str, int] = {}
    for _, _, key, rtype in g.edges(keys=True, data="type"):
        assert key == rtype
        types[rtype] = types.get(rtype, 0) + 1
    assert types == counts.types


def test_projection_keeps_ids_labels_and_properties(g: nx.MultiDiGraph) -> None:
    israel = oracle.graph().nodes[("Country", "ISR")]
    assert g.nodes["Country:ISR"]["label"] == "Country"
    assert g.nodes["Country:ISR"]["name"] == israel["name"]
    assert g.nodes["Country:ISR"]["aliases"] == israel.get("aliases", [])
    md = g.edges["Country:ISR", "Framework:md", "PARTNER_IN"]
    assert md["type"] == "PARTNER_IN" and md["joined_year"] == 1995
    assert md["history_statuses"][0] == "active"
    assert all(v is not None for _, d in g.nodes(data=True) for v in d.values())
    assert list(g.nodes) == sorted(g.nodes)  # a stable order for Louvain


def test_projection_matches_the_oracle_edges(g: nx.MultiDiGraph) -> None:
    ours = {(u, v, k) for u, v, k in g.edges(keys=True)}
    theirs = {
        (f"{u[0]}:{u[1]}", f"{v[0]}:{v[1]}", d["type"])
        for u, v, d in oracle.graph().edges(data=True)
    }
    assert theirs <= ours
    # the oracle keys an institution's edges by its key: for a host it also serves,
    # it keeps one edge of the two
    for u, v, k in ours - theirs:
        assert k == "HOSTED_BY" and (u, v, "SERVES") in theirs


def test_projection_narrowed_to_labels_and_types(curated_store: Store) -> None:
    h = projection.project(curated_store, labels=["Country", "Framework"], types=["PARTNER_IN"])
    assert {label for _, label in h.nodes(data="label")} == {"Country", "Framework"}
    assert {t for _, _, t in h.edges(data="type")} == {"PARTNER_IN"}
    with pytest.raises(ValueError, match="unknown label"):
        projection.project(curated_store, labels=["Country) DETACH DELETE (n"])


def test_projection_of_a_query_result(g: nx.MultiDiGraph, curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework {key: $key}) RETURN c, r, f", {"key": "md"}
    )
    h = projection.from_result(result)
    expected = {
        (u, v, k) for u, v, k in g.edges(keys=True) if k == "PARTNER_IN" and v == "Framework:md"
    }
    assert set(h.edges(keys=True)) == expected
    for n, data in h.nodes(data=True):
        assert data == g.nodes[n]
    only_rels = projection.from_result(
        curated_store.read("MATCH (:Country)-[r:IN_REGION]->() RETURN r LIMIT 2")
    )
    assert only_rels.number_of_edges() == 2 and all(n.startswith("?:") for n in only_rels)


# -- analytics agree with networkx -----------------------------------------------------------


def test_simple_graph_is_networkx_own(g: nx.MultiDiGraph, simple: nx.Graph) -> None:
    ours = analytics.simple_graph(g)
    assert set(ours.nodes) == set(simple.nodes)
    assert {frozenset(e) for e in ours.edges} == {frozenset(e) for e in simple.edges}
    assert not any(d.get("label") in ("Source", "KnownError") for _, d in ours.nodes(data=True))


def test_centrality_agrees_with_networkx(g: nx.MultiDiGraph, simple: nx.Graph) -> None:
    rows = analytics.centrality(g)
    betweenness = nx.betweenness_centrality(simple)
    degree = nx.degree_centrality(simple)
    assert {r["id"] for r in rows} == set(simple.nodes)
    for r in rows:
        assert r["degree"] == simple.degree(r["id"])
        assert r["degree_centrality"] == pytest.approx(degree[r["id"]])
        assert r["betweenness"] == pytest.approx(betweenness[r["id"]])
    assert [r["betweenness"] for r in rows] == sorted(
        (r["betweenness"] for r in rows), reverse=True
    )
    assert len(analytics.centrality(g, top=5)) == 5


def test_communities_agree_with_networkx(g: nx.MultiDiGraph) -> None:
    direct = nx.community.louvain_communities(analytics.simple_graph(g), seed=analytics.SEED)
    ours = analytics.community_of(g)
    grouped: dict[int, set[str]] = {}
    for n, c in ours.items():
        grouped.setdefault(c, set()).add(n)
    assert {frozenset(c) for c in grouped.values()} == {frozenset(c) for c in direct}
    rows = analytics.communities(g)
    assert [r["size"] for r in rows] == sorted((len(c) for c in direct), reverse=True)
    assert sum(r["size"] for r in rows) == analytics.simple_graph(g).number_of_nodes()
    assert analytics.community_of(g) == ours  # the fixed seed makes it repeatable


def test_similarity_agrees_with_networkx_jaccard(g: nx.MultiDiGraph) -> None:
    members = {f"Country:{iso3}" for iso3 in oracle.members()}
    # an invitation or request not taken up is no framework of the country's (Saudi Arabia, ICI)
    taken_up = [
        (u, v, d["type"])
        for u, v, d in g.edges(data=True)
        if d["type"] == "COOPERATES_ON"
        or (d["type"] == "PARTNER_IN" and d.get("status") not in ("invited", "requested"))
    ]
    partners = {u for u, _, t in taken_up if t == "PARTNER_IN"} - members
    bipartite = nx.Graph()
    bipartite.add_edges_from((u, v) for u, v, _ in taken_up if u in partners)
    expected = {
        (a, b): score
        for a, b, score in nx.jaccard_coefficient(
            bipartite, list(combinations(sorted(partners), 2))
        )
        if score > 0
    }
    rows = analytics.similarity(g)
    assert {(r["a"], r["b"]): r["jaccard"] for r in rows} == pytest.approx(expected)
    assert not members & ({r["a"] for r in rows} | {r["b"] for r in rows})


def test_similarity_agrees_with_the_similar_partners_question(
    g: nx.MultiDiGraph, curated_store: Store
) -> None:
    from nato_graph.queries.catalogue import run

    answer = run(curated_store, "similar-partners", {"country": "Jordan", "limit": 1000})
    from_query = {r["iso3"]: r["score"] for r in answer.rows if r["score"] > 0}
    ours = {
        (r["b"] if r["a"] == "Country:JOR" else r["a"]).split(":")[1]: r["jaccard"]
        for r in analytics.similarity(g)
        if "Country:JOR" in (r["a"], r["b"])
    }
    assert ours.keys() == from_query.keys()
    for iso3, score in ours.items():  # Cypher rounds halves up, Python to even
        assert score == pytest.approx(from_query[iso3], abs=0.0011)


def test_bridges_agree_with_networkx(g: nx.MultiDiGraph) -> None:
    t = analytics.tie_graph(g)
    direct = {frozenset(e) for e in nx.bridges(t)}
    rows = analytics.bridges(g)
    assert rows, "the curated data has partners that alone hold a region"
    for r in rows:
        assert frozenset((r["country"], r["with"])) in direct
        cut = t.copy()
        cut.remove_edge(r["country"], r["with"])
        for region in (n for n, label in t.nodes(data="label") if label == "Region"):
            lost = nx.has_path(t, region, analytics.NATO) and not nx.has_path(
                cut, region, analytics.NATO
            )
            assert lost == (analytics.name_of(t, region) in r["regions"])
    # every other partnership bridge cuts no region off
    reported = {frozenset((r["country"], r["with"])) for r in rows}
    for u, v in (tuple(e) for e in direct - reported):
        if t.edges[u, v]["type"] in ("PARTNER_IN", "MEMBER_OF"):
            cut = t.copy()
            cut.remove_edge(u, v)
            regions = [n for n, label in t.nodes(data="label") if label == "Region"]
            assert all(
                nx.has_path(cut, r, analytics.NATO) == nx.has_path(t, r, analytics.NATO)
                for r in regions
            )


def test_articulation_points_agree_with_networkx(g: nx.MultiDiGraph) -> None:
    t = analytics.tie_graph(g)
    direct = set(nx.articulation_points(t))
    rows = analytics.articulation_points(g)
    assert rows
    for r in rows:
        assert r["id"] in direct
        cut = t.copy()
        cut.remove_node(r["id"])
        lost = sorted(
            analytics.name_of(t, n)
            for n, label in t.nodes(data="label")
            if label == "Region"
            and n in cut
            and not nx.has_path(cut, n, analytics.NATO)
            and nx.has_path(t, n, analytics.NATO)
        )
        assert lost == r["regions"]


def test_tie_graph_keeps_only_active_partnerships(g: nx.MultiDiGraph) -> None:
    t = analytics.tie_graph(g)
    for u, v, d in g.edges(data=True):
        if d["type"] == "PARTNER_IN":
            assert t.has_edge(u, v) == (d["status"] == "active")


# -- the CLI ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("analysis", "expected"),
    [
        pytest.param("centrality", lambda g: analytics.centrality(g, top=3), id="centrality"),
        pytest.param("communities", lambda g: analytics.communities(g, top=3), id="communities"),
        pytest.param("similarity", lambda g: analytics.similarity(g, top=3), id="similarity"),
    ],
)
def test_analyze_json(
    runner: CliRunner, curated_env: dict[str, str], g: nx.MultiDiGraph, analysis: str, expected
) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        cli, ["analyze", analysis, "--top", "3", "--format", "json"], env=curated_env
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(json.dumps(expected(g)))


def test_analyze_bridges_table_and_csv(
    runner: CliRunner, curated_env: dict[str, str], g: nx.MultiDiGraph
) -> None:
    table = runner.invoke(cli, ["analyze", "bridges", "--format", "table"], env=curated_env)
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["kind", "name", "holds", "regions", "cut_off"]
    expected = len(analytics.bridges(g)) + len(analytics.articulation_points(g))
    assert lines[-1] == f"({expected} rows)"
    csv_out = runner.invoke(
        cli, ["analyze", "centrality", "--top", "2", "--format", "csv"], env=curated_env
    )
    top = analytics.centrality(g, top=2)
    assert csv_out.stdout.splitlines() == [
        "id,name,degree,degree_centrality,betweenness",
        *(
            f"{r['id']},{r['name']},{r['degree']},{r['degree_centrality']},{r['betweenness']}"
            for r in top
        ),
    ]


def test_analyze_write_back(runner: CliRunner, store: Store, cli_env: dict[str, str]) -> None:
    from nato_graph.loaders.load import load

    load(store)
    before = projection.project(store)
    result = runner.invoke(
        cli,
        ["analyze", "centrality", "--top", "1", "--format", "json", "--write-back"],
        env=cli_env,
    )
    assert result.exit_code == 0, result.output
    expected = analytics.scores(before)
    assert f"on {len(expected)} nodes" in result.stderr
    after = projection.project(store)
    for n, data in after.nodes(data=True):
        if n in expected:
            assert {p: data[p] for p in ("degree", "betweenness", "community")} == pytest.approx(
                expected[n]
            )
            assert isinstance(data["degree"], int) and isinstance(data["community"], int)
        else:
            assert data["label"] in ("Source", "KnownError")
            assert "betweenness" not in data
    # the scores do not change the structure, so writing again gives the same values
    assert analytics.scores(after) == expected
