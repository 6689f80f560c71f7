"""`nato-graph server start|stop|status|repair`: the embedded server and its data."""

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
    """Stop the embedded server (its data is flushed to disk first).

    A server that does not stop within 15 s (hung or suspended) is killed, and
    this says so.
    """
    from pathlib import Path

    from nato_graph.outfiles import shown

    home = Path(db.settings.home)
    if not db.settings.uri and not home.is_dir():  # nothing is made there
        click.echo(f"no embedded server runs in {shown(home)}: the home does not exist")
        return
    stopped = db.stop_server()  # refused while a load is under way
    if db.stop_note:
        click.echo(db.stop_note, err=True)
    click.echo("embedded server stopped" if stopped else "no embedded server was running")


@server.command("repair")
@pass_db
def server_repair(db: Connection) -> None:
    """Check the embedded store's data; if it is damaged, move it aside and start empty.

    The store is damaged when the server cannot read its files, cannot replay
    part of them, or holds other counts than its manifest recorded after the
    last write. The damaged files are kept in HOME/damaged-<time>/; load your
    data again afterwards (`nato-graph load`).
    """
    moved = db.repair_server()
    if moved is None:
        counts = db.counts()
        click.echo(
            f"the embedded store in {db.settings.home} is sound ({counts.nodes} nodes, "
            f"{counts.relationships} relationships); nothing to repair"
        )
    else:
        click.echo(
            f"moved the damaged store's files to {moved}; the store is now empty: "
            "run `nato-graph load` (with your own files) to fill it again"
        )


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
