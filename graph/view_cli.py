"""`nato-graph view ...`: write a named network view as one self-contained HTML file.

Thin over ``graph.views``: each command parses its arguments, calls
``write_named_view`` and prints the path written. Registered in ``graph/cli.py``
with ``cli.add_command(view)``; the store comes from ``ctx.obj`` (``graph.cli.App``)
and is opened only when a command runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click


def _view_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``-o/--output FILE.html`` and ``--size-by PROP`` on every view command."""
    command = click.option(
        "--size-by",
        metavar="PROP",
        default=None,
        help="Size nodes by a numeric property (degree is computed when absent; betweenness after "
        "`nato-graph analyze --write-back`).",
    )(command)
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False),
        default=None,
        help="Where to write the view  [default: ./nato-graph-KIND.html]",
    )(command)


def _hops_option(default: int | None, help: str) -> Callable[..., Any]:
    return click.option(
        "--hops",
        type=click.IntRange(min=1),
        default=default,
        show_default=default is not None,
        help=help,
    )


def _write(
    ctx: click.Context,
    kind: str,
    args: Sequence[str],
    output: str | None,
    size_by: str | None,
    hops: int | None = None,
    params: dict[str, str] | None = None,
) -> None:
    from graph.views import write_named_view

    path = write_named_view(ctx.obj.store, kind, args, output, hops, params=params, size_by=size_by)
    click.echo(str(path))


@click.group()
def view() -> None:
    """Draw the graph as an interactive HTML file that opens offline.

    A view is one file (no request leaves the page) with a legend, filters by
    label and relationship type, a search box and tooltips showing properties,
    dates and sources. Small graphs lay themselves out; large ones get a
    precomputed layout.
    """


@view.command()
@_view_options
@click.pass_context
def overview(ctx: click.Context, output: str | None, size_by: str | None) -> None:
    """Countries, NATO, frameworks, threats, operations, regions, institutions and links."""
    _write(ctx, "overview", [], output, size_by)


def _entity_view(kind: str, what: str) -> click.Command:
    @view.command(kind, help=f"{what} and everything within --hops relationships of it.")
    @click.argument("name")
    @_hops_option(1, "How many relationships away to draw (the neighbourhood question stops at 3).")
    @_view_options
    @click.pass_context
    def command(
        ctx: click.Context, name: str, hops: int, output: str | None, size_by: str | None
    ) -> None:
        _write(ctx, kind, [name], output, size_by, hops)

    return command


country = _entity_view("country", "A country (ISO3 code, name or alias)")
framework = _entity_view("framework", "A partnership framework (acronym, key, name or alias)")
threat = _entity_view("threat", "A shared threat or cooperation area (key, name or alias)")
neighbourhood = _entity_view(
    "neighbourhood", "Any entity (country, framework, threat, operation, region, ...)"
)


@view.command()
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@_hops_option(None, "The longest connection to look for  [default: the connection question's]")
@_view_options
@click.pass_context
def path(
    ctx: click.Context,
    source: str,
    target: str,
    hops: int | None,
    output: str | None,
    size_by: str | None,
) -> None:
    """The shortest chains of facts connecting A and B."""
    _write(ctx, "path", [source, target], output, size_by, hops)


@view.command("query")
@click.argument("name")
@click.option(
    "--param",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="A parameter of the question (see `nato-graph query list`). Repeatable.",
)
@_view_options
@click.pass_context
def query_view(
    ctx: click.Context,
    name: str,
    params: tuple[tuple[str, str], ...],
    output: str | None,
    size_by: str | None,
) -> None:
    """Draw what the canned question NAME returns (its nodes, relationships and paths)."""
    _write(ctx, "query", [name], output, size_by, params=dict(params))
