"""`nato-graph query list|show|run`: the canned questions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from nato_graph.cli.base import (
    PARAM_HELP,
    QUESTION_PARAM_HELP,
    Then,
    output_options,
    pass_db,
    refuse_quoted,
    unsaid,
)
from nato_graph.connection import Connection, questions

if TYPE_CHECKING:
    from nato_graph.records import Result


@click.group()
def query() -> None:
    """The canned questions: list them, show their Cypher, run them."""


@query.command("list")
@output_options(params=False)
def query_list(fmt: str) -> Result:
    """List the canned questions with their parameters."""
    from nato_graph.records import Result

    if fmt == "json":
        rows = [
            {"name": q.name, "title": q.title,
             "parameters": [{"name": p.name, "type": p.type, "default": p.default, "example": p.example,
                             "description": p.description} for p in q.params],
             "columns": list(q.columns)}
            for q in questions()
        ]  # fmt: skip
        return Result(["name", "title", "parameters", "columns"], rows)
    rows = [
        {
            "name": q.name,
            "title": q.title,
            "parameters": [f"{p.name}={json.dumps(p.default)}" for p in q.params],
        }
        for q in questions()
    ]
    return Result(["name", "title", "parameters"], rows)


@query.command("show")
@click.argument("name")
def query_show(name: str) -> None:
    """Show a question's header and Cypher, with :param lines for Neo4j Browser."""
    from nato_graph.queries.catalogue import get

    q = get(name)
    click.echo(q.browser_params())
    click.echo()
    click.echo(q.text.rstrip())


@query.command("run")
@click.argument("name")
@click.option(
    "--view",
    "view_path",
    type=click.Path(),
    help="Also draw the result as an HTML view, as `view query` draws it (missing directories "
    "on the way are made; a file there is replaced only when it is an earlier view, or empty, "
    "unless --force; stderr names the view it replaced).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace the --view file even when it is not a view nato-graph wrote (a symbolic link "
    "there is replaced, not written through).",
)
@output_options(param_help=PARAM_HELP + QUESTION_PARAM_HELP + " Repeatable.")
@pass_db
def query_run(
    db: Connection,
    name: str,
    fmt: str,
    params: dict[str, Any],
    view_path: str | None,
    force: bool,
) -> Result | Then:
    """Run the canned question NAME (see `query list`); every parameter has a default, and an
    entity or year left to its default (as-of's) is named on stderr."""
    from nato_graph.outfiles import VIEW, check_file
    from nato_graph.queries.catalogue import defaults_named

    refuse_quoted(name, params)  # limit '"5"' is text, not 5
    if view_path is not None:
        # an empty --view, a directory or file in the way, a name too long, a file there that is
        # not an earlier view: before the question
        check_file(view_path, VIEW, overwrite=force)
    result = db.ask(name, params)  # on an empty graph, an error saying to load first
    # on stderr, beside the answer; a table prints the question's caveat below itself
    caveat = [result.caveat] if result.caveat and result.rows and fmt != "table" else []
    # the answer's own note on a default (Python's words) gives way to the command line's
    python = defaults_named(name, params, flag="")
    noted = [note for note in result.notes if note not in python]
    for note in unsaid((*defaults_named(name, params), *noted, *caveat)):
        click.echo(f"{name}: note: {note}", err=True)
    if not result.rows and result.empty_reason:
        # on stderr: the answer itself stays an empty table, list or file
        click.echo(f"{name}: no rows: {result.empty_reason}", err=True)
    if view_path is None:
        return result

    def draw() -> None:  # after the answer is printed: a view that cannot be drawn loses nothing
        from nato_graph.outfiles import shown

        drawn = db.view(result)  # drawn as `view query` draws the question
        path = drawn.save(view_path, overwrite=force)
        if drawn.replaced is not None:  # an earlier view (or, with --force, a file) is gone
            click.echo(f"{name}: note: replaced {drawn.replaced} at {shown(path)}", err=True)
        click.echo(f"view written to {shown(path)}", err=True)

    return Then(result, draw)
