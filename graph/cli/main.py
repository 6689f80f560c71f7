"""The `nato-graph` group: global options, the Connection on ``ctx.obj``, and every command."""

from __future__ import annotations

import os
import signal

import click

from nato_graph import __version__
from nato_graph.cli import analyze, data, query, server, view
from nato_graph.cli.base import WARNED, NatoGraphGroup, terminated
from nato_graph.connection import connect
from nato_graph.errors import NatoGraphError
from nato_graph.text import escape_control


@click.group(cls=NatoGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nato-graph")
@click.option(
    "--uri",
    help="Neo4j URI (bolt://, neo4j://, neo4j+s://); env NEO4J_URI. Without one, the embedded store.",
)
@click.option("--username", help="Neo4j user; env NEO4J_USERNAME or NEO4J_USER  [default: neo4j]")
@click.option(
    "--password", help="Neo4j password; env NEO4J_PASSWORD (prefer the variable: flags show in ps)."
)
@click.option("--database", help="Neo4j database; env NEO4J_DATABASE  [default: neo4j]")
@click.option(
    "--home", type=click.Path(), help="Embedded store directory; env NATO_GRAPH_HOME "
    "[default: ~/.local/share/nato-graph]",
)  # fmt: skip
@click.option(
    "--timeout", type=float, metavar="SECONDS", help="Stop a query the server has run this long "
    "(a load batch: ten times as long); 0 = no limit, at most a year; env NATO_GRAPH_TIMEOUT  "
    "[default: 30]",
)  # fmt: skip
@click.pass_context
def cli(ctx: click.Context, uri: str | None, username: str | None, password: str | None,
        database: str | None, home: str | None, timeout: float | None) -> None:  # fmt: skip
    """Explore NATO's partnerships with non-member countries as a graph.

    Uses Neo4j when a URI is given (--uri or NEO4J_URI), else an embedded
    FalkorDB store that is started for the command and stopped after it.
    """
    try:
        db = connect(
            uri, home, username=username, password=password, database=database, timeout=timeout
        )
    except NatoGraphError as exc:
        raise click.ClickException(escape_control(str(exc))) from None
    ctx.obj = db
    ctx.call_on_close(db.close)
    warned = db.unfinished_loads()
    for line in warned:  # a load stopped part-way: every command says so, once
        click.echo(f"warning: {line}", err=True)
    ctx.meta[WARNED] = frozenset(warned)  # answers carry these as notes too: not said again


for command in (
    data.status, data.cypher, data.load, data.demo, data.browser_kit,
    query.query, view.view, analyze.analyze, analyze.export, server.server,
):  # fmt: skip
    cli.add_command(command)


def _standard_streams() -> None:
    """Started with stdin, stdout or stderr closed (``>&-``): /dev/null takes the number, so
    that no file, socket or server this process opens gets it and is written to as one. (Python
    has made the stream itself None: the command line says so when it has to print.)"""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def main() -> None:
    _standard_streams()
    signal.signal(signal.SIGTERM, terminated)
    cli(prog_name="nato-graph")
