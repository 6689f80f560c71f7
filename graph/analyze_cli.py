"""The `analyze` and `export` commands, registered on the main group by graph/cli.py.

Both project the store into networkx (graph.projection) and hand the graph
to graph.analytics or graph.export; this module only parses options and
formats what comes back.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from graph.batches import DEFAULT_BATCH_SIZE

if TYPE_CHECKING:
    from graph.cli import App

ANALYSES = ("centrality", "communities", "similarity", "bridges")

# Columns shown per analysis (the JSON output has every field).
_COLUMNS = {
    "centrality": ["id", "name", "degree", "degree_centrality", "betweenness"],
    "communities": ["community", "size", "labels", "names"],
    "similarity": ["a_name", "b_name", "jaccard", "shared"],
    "bridges": ["kind", "name", "holds", "regions", "cut_off"],
}


def _bridge_rows(g: Any) -> list[dict[str, Any]]:
    """Bridges and articulation points in one table: what single tie holds which region."""
    from graph import analytics

    rows = [
        {
            "kind": f"partnership ({r['type']})",
            "name": f"{r['country_name']} - {r['with_name']}",
            "holds": r["country"] + " -> " + r["with"],
            **r,
        }
        for r in analytics.bridges(g)
    ]
    rows += [
        {"kind": f"articulation point ({r['label']})", "holds": r["id"], **r}
        for r in analytics.articulation_points(g)
    ]
    return rows


@click.command()
@click.argument("analysis", type=click.Choice(ANALYSES), default="centrality")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show only the first N rows.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default=None,
    help="Output format  [default: table on a terminal, json when piped]",
)
@click.option(
    "--write-back",
    is_flag=True,
    help="Also store degree, betweenness and community on the nodes "
    "(for Neo4j Browser and the views).",
)
@click.option("--seed", type=int, default=None, help="Louvain seed for communities  [default: 42]")
@click.pass_obj
def analyze(
    app: App, analysis: str, top: int | None, fmt: str | None, write_back: bool, seed: int | None
) -> None:
    """Run a network ANALYSIS on the whole graph (networkx).

    \b
    centrality   degree and betweenness of every node (sources and known errors left out)
    communities  Louvain communities, largest first
    similarity   pairs of non-member partners alike in frameworks and cooperation areas
    bridges      single partnerships, countries and frameworks that hold a region to NATO
    """
    from graph import analytics
    from graph.cli import echo_result
    from graph.projection import project, write_scores
    from graph.records import Result

    seed = analytics.SEED if seed is None else seed
    g = project(app.store)
    if analysis == "centrality":
        rows = analytics.centrality(g)
    elif analysis == "communities":
        rows = analytics.communities(g, seed=seed)
    elif analysis == "similarity":
        rows = analytics.similarity(g)
    else:
        rows = _bridge_rows(g)
    rows = rows[:top] if top is not None else rows
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    every = list(dict.fromkeys(k for r in rows for k in r)) or _COLUMNS[analysis]
    columns = every if fmt == "json" else _COLUMNS[analysis]
    echo_result(Result(columns, [{c: r.get(c) for c in every} for r in rows]), fmt)
    if write_back:
        written = write_scores(app.store, g, analytics.scores(g, seed=seed))
        click.echo(f"wrote degree, betweenness and community on {written} nodes", err=True)


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json", "csv", "cypher"]),
    required=True,
    help="graphml/gexf (Gephi), json (networkx node-link), csv (neo4j-admin import), "
    "cypher (a cypher-shell script)",
)
@click.option(
    "-o",
    "--output",
    "path",
    type=click.Path(),
    required=True,
    help="The file to write; for csv, a directory (one file per label and type).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Rows per UNWIND statement in a cypher script.",
)
@click.pass_obj
def export(app: App, fmt: str, path: str, batch_size: int) -> None:
    """Write the whole graph for Gephi, networkx, neo4j-admin or cypher-shell."""
    from graph.export import admin_import_command
    from graph.export import export as write
    from graph.projection import project

    g = project(app.store)
    written = write(g, fmt, path, batch_size=batch_size)
    click.echo(
        f"exported {g.number_of_nodes()} nodes and {g.number_of_edges()} relationships to "
        f"{path if fmt != 'csv' else f'{len(written)} files in {path}'}"
    )
    if fmt == "csv":
        click.echo(f"import into an empty, stopped Neo4j with:\n  {admin_import_command(written)}")
    elif fmt == "cypher":
        click.echo(f"load into Neo4j with:  cypher-shell -f {path}")
