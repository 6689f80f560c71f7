"""`nato-graph analyze` and `nato-graph export`: the whole graph through networkx."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nato_graph.batches import DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE
from nato_graph.cli.base import output_options, pass_db, unsaid
from nato_graph.connection import ANALYSES, Connection

if TYPE_CHECKING:
    from nato_graph.records import Result


@click.command()
@click.argument("analysis", type=click.Choice(ANALYSES), default="centrality")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show only the first N rows.")
@output_options(params=False)
@click.option(
    "--write-back", is_flag=True,
    help="Also store degree, betweenness and community on the nodes (for Neo4j Browser and the views).",
)  # fmt: skip
@click.option("--seed", type=int, default=None, help="Louvain seed for communities  [default: 42]")
@pass_db
def analyze(
    db: Connection, analysis: str, top: int | None, fmt: str, write_back: bool, seed: int | None
) -> Result:
    """Run a network ANALYSIS on the whole graph (networkx).

    \b
    centrality   degree and betweenness of every node (sources and known errors left out)
    communities  Louvain communities, largest first
    similarity   pairs of non-member partners alike in frameworks and cooperation areas
    bridges      single partnerships, countries and frameworks that hold a region to NATO
    """
    from nato_graph.analytics import COLUMNS
    from nato_graph.records import Result
    from nato_graph.schema import SCORE_PROPERTIES

    result = db.analyze(analysis, top=top, seed=seed, write_back=write_back)
    for note in unsaid(result.notes):  # a load under way: the analysis may see part of it
        click.echo(f"note: {note}", err=True)
    if write_back:
        scored = result.counters.properties_set // len(SCORE_PROPERTIES)
        click.echo(f"wrote degree, betweenness and community on {scored} nodes", err=True)
    return result if fmt == "json" else Result(list(COLUMNS[analysis]), result.rows)


@click.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv", "cypher"]), required=True,
    help="graphml/gexf (Gephi), json (networkx node-link), csv (neo4j-admin import), cypher (a cypher-shell script)",
)  # fmt: skip
@click.option(
    "-o", "--output", "path", type=click.Path(), required=True,
    help="The file to write; for csv, a directory (one file per label and type). Missing "
    "directories on the way are made. A file there is replaced only when it is an earlier export "
    "of the format (or empty), unless --force.",
)  # fmt: skip
@click.option(
    "--force", is_flag=True,
    help="Replace files at the output path even when they are not an earlier export (a symbolic "
    "link there is replaced, not written through).",
)  # fmt: skip
@click.option(
    "--batch-size", type=click.IntRange(1, MAX_BATCH_SIZE), default=DEFAULT_BATCH_SIZE, show_default=True,
    help="Rows per UNWIND statement in a cypher script.",
)  # fmt: skip
@pass_db
def export(db: Connection, fmt: str, path: str, force: bool, batch_size: int) -> None:
    """Write the whole graph for Gephi, networkx, neo4j-admin or cypher-shell (what the schema
    does not define, written with `cypher --write`, is named on stderr and left out)."""
    import shlex

    from nato_graph.export import ARRAY_DELIMITER, admin_import_command
    from nato_graph.outfiles import shown

    done = db.export(fmt, path, batch_size=batch_size, overwrite=force)
    # on stderr: a report, not the data (`-o /dev/stdout | jq` reads the export alone)
    click.echo(
        f"exported {done.nodes} nodes and {done.relationships} relationships to "
        f"{shown(path) if fmt != 'csv' else f'{len(done.files)} files in {shown(path)}'}",
        err=True,
    )
    if done.left_out:
        click.echo(
            f"note: not exported, of labels or types the schema does not define: "
            f"{', '.join(done.left_out)}",
            err=True,
        )
    if fmt == "csv":
        delimiter = done.array_delimiter or ARRAY_DELIMITER
        command = shown(admin_import_command(done.files, delimiter=delimiter))
        click.echo(f"import into an empty, stopped Neo4j with:\n  {command}", err=True)
    elif fmt == "cypher":
        click.echo(f"load into Neo4j with:  cypher-shell -f {shown(shlex.quote(path))}", err=True)
