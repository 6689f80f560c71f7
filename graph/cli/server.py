"""`nato-graph server start|stop|status`: keep the embedded server up across commands."""

from __future__ import annotations

import click

from nato_graph.cli.base import pass_db
from nato_graph.connection import Connection


@click.group()
def server() -> None:
    """Keep the embedded server running across commands (for notebooks)."""


@server.command("start")
@pass_db
def server_start(db: Connection) -> None:
    """Start the embedded server and keep it running until `server stop`."""
    state = db.start_server()
    click.echo(f"embedded server running (pid {state.pid}) on {state.socket}")


@server.command("stop")
@pass_db
def server_stop(db: Connection) -> None:
    """Stop the embedded server (its data is flushed to disk first)."""
    click.echo("embedded server stopped" if db.stop_server() else "no embedded server was running")


@server.command("status")
@pass_db
def server_status(db: Connection) -> None:
    """Say whether the embedded server is running."""
    state = db.server_state()
    if state.running:
        kept = ", kept by `server start`" if state.kept else ""
        click.echo(f"running (pid {state.pid}{kept}) on {state.socket}")
    else:
        click.echo(f"not running (home {db.settings.home})")
