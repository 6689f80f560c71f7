"""`nato-graph view ...`: write a network view as one self-contained HTML file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from nato_graph.cli.base import QUESTION_PARAM_HELP, param_option, pass_db, refuse_quoted, unsaid
from nato_graph.connection import Connection
from nato_graph.errors import NatoGraphError, parameters_shown

if TYPE_CHECKING:
    from nato_graph.views import View

F = Callable[..., Any]


def _default_output(kind: str) -> str:
    """The file a view is written to without -o, in the working directory."""
    return f"nato-graph-{kind}.html"


def _view_options(kind: str) -> Callable[[F], F]:
    """``-o/--output FILE.html``, ``--force`` and ``--size-by PROP`` on every view command; --help
    names the command's own default file (``./nato-graph-country.html``), not a pattern."""

    def decorate(command: F) -> F:
        command = click.option(
            "--size-by", metavar="PROP", default=None,
            help="Size nodes by a numeric property (degree is computed when absent; betweenness "
            "after `nato-graph analyze --write-back`).",
        )(command)  # fmt: skip
        command = click.option(
            "--force", is_flag=True,
            help="Replace the file at the output path even when it is not a view nato-graph "
            "wrote (without it, only an earlier view or an empty file is replaced, and stderr "
            "names the view it replaced; a symbolic link there is replaced, not written "
            "through).",
        )(command)  # fmt: skip
        return click.option(
            "-o", "--output", type=click.Path(), default=None,
            help="Where to write the view; missing directories on the way are made  "
            f"[default: ./{_default_output(kind)}]",
        )(command)  # fmt: skip

    return decorate


def _hops_option(default: int | None, help: str) -> Callable[[F], F]:
    # A whole number checked by the question it feeds, which says its own range ("--hops must be
    # 1 to 3, got 9"); click's range would print a range of its own in --help
    return click.option(
        "--hops",
        type=int,
        metavar="N",
        default=default,
        show_default=default is not None,
        help=help,
    )


def _given(argument: str, value: str, what: str) -> None:
    """An empty or blank name is no name: say so, not that no entity is named so, in the words
    `query run` uses for an empty --param ("country: the value is empty; give a country ...")."""
    if not value.strip():
        raise NatoGraphError(f"{argument}: the value is empty; give {what}")


def _size_by_given(size_by: str | None) -> None:
    """An empty or blank --size-by names no property: say so, as the library says size_by."""
    if size_by is not None and not size_by.strip():
        raise NatoGraphError(
            "--size-by is empty; give a numeric property's name, such as degree or betweenness"
        )


def _save(
    view: View,
    kind: str,
    output: str | None,
    force: bool,
    asked: str | None = None,
    notes: Sequence[str] = (),
) -> None:
    """Write the view and print where; ``notes`` and the view's (an answer cut at its limit) go
    to stderr, as `query run` prints them, named by the command or by the question ``asked``, and
    so does what it drew (how many entities and links, how many of those not holding now or
    unverified)."""
    from nato_graph.outfiles import shown

    for note in unsaid((*notes, *view.notes)):
        click.echo(f"{asked or 'view ' + kind}: note: {note}", err=True)
    # an empty -o is an error (outfiles.output_path), not the default name
    written = view.save(output if output is not None else _default_output(kind), overwrite=force)
    if view.replaced is not None:  # an earlier view (or, with --force, a file) is gone: said
        click.echo(
            f"{asked or 'view ' + kind}: note: replaced {view.replaced} at {shown(written)}",
            err=True,
        )
    # stdout stays the path alone (`xdg-open "$(nato-graph view ...)"`); what it draws, to stderr
    click.echo(f"{asked or 'view ' + kind}: drew {view.summary}", err=True)
    click.echo(shown(written))


def _output_given(output: str | None, kind: str, force: bool) -> None:
    """An -o (or the default name) that cannot be written (empty, a directory or file in the
    way, a name too long, a file there that is not an earlier view, unless --force) fails
    before any work is done."""
    from nato_graph.outfiles import VIEW, check_file

    check_file(output if output is not None else _default_output(kind), VIEW, overwrite=force)


@click.group()
def view() -> None:
    """Draw the graph as an interactive HTML file that opens offline.

    A view is one file (no request leaves the page) with a legend, filters by
    label and relationship type, a search box and tooltips showing properties,
    dates and sources. Small graphs lay themselves out; the overview and large
    graphs get a precomputed layout. Each command prints the file's path, and on
    stderr what it drew: how many entities and links, and how many of those links
    do not hold now or are unverified.
    """


@view.command()
@_view_options("overview")
@pass_db
def overview(db: Connection, output: str | None, force: bool, size_by: str | None) -> None:
    """Countries, NATO, frameworks, threats, operations, regions, institutions and links."""
    _size_by_given(size_by)
    _output_given(output, "overview", force)
    _save(db.view.overview(size_by=size_by), "overview", output, force)


def _entity_view(kind: str, argument: str, what: str) -> click.Command:
    """``view KIND ARGUMENT``: errors name the argument as the usage line shows it, in lower
    case, which is also the name `query run` gives the same value (`--param country`)."""

    @view.command(kind, help=f"{what} and everything within --hops relationships of it.")
    @click.argument("name", metavar=argument.upper())
    @_hops_option(1, "How many relationships away to draw, 1 to 3.")
    @_view_options(kind)
    @pass_db
    def command(
        db: Connection,
        name: str,
        hops: int,
        output: str | None,
        force: bool,
        size_by: str | None,
    ) -> None:
        draw: Callable[..., View] = getattr(db.view, kind)
        _given(argument, name, what[0].lower() + what[1:])
        _size_by_given(size_by)
        _output_given(output, kind, force)
        # errors name the command's own arguments, not the library's (`name`, `hops`)
        with parameters_shown({"name": argument, "hops": "--hops"}):
            drawn = draw(name, hops=hops, size_by=size_by)
        _save(drawn, kind, output, force)

    return command


country = _entity_view("country", "country", "A country (ISO3 code, name or alias)")
framework = _entity_view(
    "framework", "framework", "A partnership framework (acronym, key, name or alias)"
)
threat = _entity_view(
    "threat", "threat", "A shared threat or cooperation area (key, name or alias)"
)
neighbourhood = _entity_view(
    "neighbourhood", "entity", "Any entity (country, framework, threat, operation, region, ...)"
)


# FROM and TO, as the connection question names them (`query run connection --param from ...`)
@view.command()
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="TO")
@_hops_option(
    None, "The longest connection to look for, 1 to 6  [default: the connection question's]"
)
@_view_options("path")
@pass_db
def path(
    db: Connection,
    source: str,
    target: str,
    hops: int | None,
    output: str | None,
    force: bool,
    size_by: str | None,
) -> None:
    """The shortest chains of facts connecting FROM and TO."""
    for argument, value in (("from", source), ("to", target)):
        _given(argument, value, "an entity by code, key, name or alias")
    _size_by_given(size_by)
    _output_given(output, "path", force)
    # errors name the command's own arguments, not the library's (`source`, `target`, `hops`)
    with parameters_shown({"source": "from", "target": "to", "hops": "--hops"}):
        drawn = db.view.path(source, target, hops=hops, size_by=size_by)
    _save(drawn, "path", output, force)


@view.command("query")
@click.argument("name")
@param_option(
    "A parameter of the question (see `nato-graph query list`); VALUE is parsed as JSON when it "
    "parses, else kept as a string, as `query run --param` does."
    + QUESTION_PARAM_HELP
    + " Repeatable."
)
@_view_options("query")
@pass_db
def query_view(
    db: Connection,
    name: str,
    params: dict[str, Any],
    output: str | None,
    force: bool,
    size_by: str | None,
) -> None:
    """Draw what the canned question NAME returns: its nodes, relationships and paths, or, for a
    question that answers with values, the entities they name. An entity or year left to its
    default is named on stderr, as `query run` names it."""
    from nato_graph.queries.catalogue import defaults_named

    refuse_quoted(name, params)  # limit '"5"' is text, not 5
    _size_by_given(size_by)
    _output_given(output, "query", force)
    drawn = db.view.query(name, params, size_by=size_by)
    _save(drawn, "query", output, force, asked=name, notes=defaults_named(name, params))
