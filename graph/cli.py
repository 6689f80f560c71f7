"""The `nato-graph` command line: thin over graph/, loaders/ and queries/.

Heavy modules (database drivers, pyvis, networkx) are imported inside the
commands that need them, so `nato-graph --help` stays fast.
"""

from __future__ import annotations

import functools
import json
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from graph import __version__
from graph.batches import DEFAULT_BATCH_SIZE
from graph.errors import NatoGraphError
from graph.settings import Settings, resolve

if TYPE_CHECKING:
    from graph.stores import Store


class App:
    """What every command gets on ``ctx.obj``: the settings and the store, opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from graph.stores import open_store

            self._store = open_store(self.settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()


class NatoGraphGroup(click.Group):
    """Turns library errors into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NatoGraphError as exc:
            raise click.ClickException(_redact(ctx, str(exc))) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except NatoGraphError as exc:  # raised while closing the store
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


def _redact(ctx: click.Context, text: str) -> str:
    app = ctx.find_object(App)
    return app.settings.redact(text) if app else text


def parse_value(text: str) -> Any:
    """A command-line parameter value: JSON when it parses, else the string itself.

    >>> parse_value("2010"), parse_value('["MD", "ICI"]'), parse_value("Israel")
    (2010, ['MD', 'ICI'], 'Israel')
    """
    try:
        return json.loads(text, parse_constant=_not_json)
    except ValueError:
        return text


def _not_json(name: str) -> Any:
    """json.loads accepts NaN and Infinity, which are not JSON: keep such values as text."""
    raise ValueError(name)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--format`` (table on a terminal, JSON when piped) and repeatable ``--param NAME VALUE``."""

    @click.option(
        "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
        help="Output format  [default: table on a terminal, json when piped]",
    )  # fmt: skip
    @click.option(
        "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
        help="A query parameter; VALUE is parsed as JSON when it parses, else kept as a string. Repeatable.",
    )  # fmt: skip
    @functools.wraps(command)
    def wrapper(*args: Any, fmt: str | None, params: tuple[tuple[str, str], ...], **kwargs: Any) -> Any:
        fmt = fmt or ("table" if sys.stdout.isatty() else "json")
        return command(*args, fmt=fmt, params={k: parse_value(v) for k, v in params}, **kwargs)

    return wrapper


def echo_result(result: Any, fmt: str) -> None:
    from graph.output import render

    click.echo(render(result, fmt))


@click.group(cls=NatoGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nato-graph")
@click.option("--uri", help="Neo4j URI (bolt://, neo4j://, neo4j+s://); env NEO4J_URI. Without one, the embedded store.")
@click.option("--username", help="Neo4j user; env NEO4J_USERNAME or NEO4J_USER  [default: neo4j]")
@click.option("--password", help="Neo4j password; env NEO4J_PASSWORD (prefer the variable: flags show in ps).")
@click.option("--database", help="Neo4j database; env NEO4J_DATABASE  [default: neo4j]")
@click.option(
    "--home", type=click.Path(file_okay=False), help="Embedded store directory; env NATO_GRAPH_HOME "
    "[default: ~/.local/share/nato-graph]",
)  # fmt: skip
@click.pass_context
def cli(ctx: click.Context, uri: str | None, username: str | None, password: str | None,
        database: str | None, home: str | None) -> None:  # fmt: skip
    """Explore NATO's partnerships with non-member countries as a graph.

    Uses Neo4j when a URI is given (--uri or NEO4J_URI), else an embedded
    FalkorDB store that is started for the command and stopped after it.
    """
    try:
        settings = resolve(uri=uri, username=username, password=password, database=database, home=home)
    except NatoGraphError as exc:
        raise click.ClickException(str(exc)) from None
    app = App(settings)
    ctx.obj = app
    ctx.call_on_close(app.close)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def status(app: App, fmt: str) -> None:
    """Show the store in use and count nodes per label and relationships per type."""
    store = app.store
    info = store.describe()
    counts = store.counts()
    if fmt == "json":
        click.echo(json.dumps({**info, "labels": counts.labels, "types": counts.types}))
        return
    from graph.output import (
        strip_control,  # names come from the database: never let them drive the terminal
    )

    width = max(len(k) for k in info)
    for key, value in info.items():
        click.echo(f"{key.ljust(width)}  {strip_control(str(value))}")
    click.echo(f"\nnodes: {counts.nodes}")
    for label, n in counts.labels.items():
        click.echo(f"  {strip_control(label):<20} {n:>9}")
    click.echo(f"relationships: {counts.relationships}")
    for rtype, n in counts.types.items():
        click.echo(f"  {strip_control(rtype):<20} {n:>9}")


@cli.command()
@click.argument("query")
@click.option("--write", is_flag=True, help="Allow the statement to change the graph (reads are read-only).")
@output_options
@click.pass_obj
def cypher(app: App, query: str, write: bool, fmt: str, params: dict[str, Any]) -> None:
    """Run an ad-hoc Cypher QUERY (read-only unless --write)."""
    from graph.stores import ReadOnlyError

    try:
        result = app.store.write(query, params) if write else app.store.read(query, params)
    except ReadOnlyError:
        raise click.ClickException("the query writes to the graph; add --write to allow it") from None
    echo_result(result, fmt)
    if write and fmt == "table":
        c = result.counters
        click.echo(
            f"created {c.nodes_created} nodes, {c.relationships_created} relationships; "
            f"deleted {c.nodes_deleted} nodes, {c.relationships_deleted} relationships; "
            f"set {c.properties_set} properties",
            err=True,
        )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--reset", is_flag=True, help="Delete everything in the graph first (asks unless --yes).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --reset.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Rows per UNWIND statement.")
@click.pass_obj
def load(app: App, paths: tuple[str, ...], reset: bool, yes: bool, batch_size: int) -> None:
    """Load the bundled NATO partnership data, plus your own data files and articles (PATHS).

    A data file is YAML or CSV named after its kind (partnerships.yaml,
    mine.partnerships.csv, ...; see loaders/data/README.md) and may refer to
    anything in the bundled data. An article (.txt, .md, .html, a folder of
    them, or - for stdin) has its mentions and claims loaded and checked
    against the curated facts. Everything is checked before anything is
    written; loading twice changes nothing.
    """
    from pathlib import Path

    from loaders.articles import is_article, read_articles, write_articles
    from loaders.load import read_records, write_plan
    from loaders.plan import plan

    # Validate every data file and read every article before touching the store.
    writes = plan(read_records([Path(p) for p in paths if not is_article(p)]))
    articles = read_articles([p for p in paths if is_article(p)])
    store = app.store
    if reset:
        if not yes:
            click.confirm(f"Delete every node and relationship in {app.settings.location}?", abort=True)
        store.clear()
    total = sum(len(w.rows) for w in writes)
    if sys.stderr.isatty():
        with click.progressbar(length=total, label="loading", file=sys.stderr) as bar:
            summary = write_plan(store, writes, batch_size=batch_size, progress=bar.update)
    else:
        summary = write_plan(store, writes, batch_size=batch_size)
    click.echo(f"loaded {summary.rows} rows in {summary.seconds:.2f} s: "
               f"created {sum(summary.nodes_created.values())} nodes, "
               f"{sum(summary.relationships_created.values())} relationships")
    for label, n in sorted(summary.nodes_created.items()):
        click.echo(f"  {label:<20} +{n}")
    for rtype, n in sorted(summary.relationships_created.items()):
        click.echo(f"  {rtype:<20} +{n}")
    if len(articles) > 1 and sys.stderr.isatty():
        with click.progressbar(length=len(articles), label="articles", file=sys.stderr) as bar:
            documents = write_articles(store, articles, progress=bar.update)
    else:
        documents = write_articles(store, articles)
    for document in documents:
        click.echo(document.format())


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="nato-graph-out", show_default=True,
              help="Where the HTML views are written.")
@click.pass_obj
def demo(app: App, out_dir: str) -> None:
    """Load the bundled data, answer every canned question, and draw the views.

    Writes the overview and one view per partnership framework into OUT.
    """
    from pathlib import Path

    from graph.demo import answer_all, write_views
    from loaders.load import load as load_data

    store = app.store
    summary = load_data(store)
    counts = store.counts()
    click.echo(f"Loaded the bundled data into the {store.kind} store ({app.settings.location}) in "
               f"{summary.seconds:.2f} s: {counts.nodes} nodes, {counts.relationships} relationships.\n")
    click.echo("Canned questions (default parameters; `nato-graph query run NAME` for the full answer):")
    for a in answer_all(store):
        click.echo(f"  {a.name:<24} {a.rows:>4} rows  {a.preview}")
    click.echo("\nNetwork views (open in a browser; they work offline):")
    write_views(store, Path(out_dir), progress=lambda p: click.echo(f"  {p}"))


@cli.group()
def query() -> None:
    """The canned questions: list them, show their Cypher, run them."""


@query.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
              help="Output format  [default: table on a terminal, json when piped]")
def query_list(fmt: str | None) -> None:
    """List the canned questions with their parameters."""
    from graph.records import Result
    from queries.catalogue import catalogue

    rows = [
        {"name": q.name, "title": q.title,
         "parameters": [f"{p.name}={json.dumps(p.default)}" for p in q.params] if fmt != "json" else
         [{"name": p.name, "type": p.type, "default": p.default, "example": p.example, "description": p.description}
          for p in q.params],
         "columns": list(q.columns)}
        for q in catalogue().values()
    ]  # fmt: skip
    if fmt == "json" or (fmt is None and not sys.stdout.isatty()):
        click.echo(json.dumps(rows, ensure_ascii=False))
    else:
        echo_result(Result(["name", "title", "parameters"], rows), fmt or "table")


@query.command("show")
@click.argument("name")
@click.option("--engine", type=click.Choice(["neo4j", "falkordb"]), default="neo4j", show_default=True,
              help="Which variant to show, where the engines need different text.")
def query_show(name: str, engine: str) -> None:
    """Show a question's header and Cypher, with :param lines for Neo4j Browser."""
    from queries.catalogue import get

    q = get(name)
    click.echo(q.browser_params())
    click.echo()
    click.echo(q.cypher(engine).rstrip())


@query.command("run")
@click.argument("name")
@click.option("--view", "view_path", type=click.Path(dir_okay=False), help="Also draw the result as an HTML view.")
@output_options
@click.pass_obj
def query_run(app: App, name: str, fmt: str, params: dict[str, Any], view_path: str | None) -> None:
    """Run the canned question NAME (see `query list`); every parameter has a default."""
    from queries.catalogue import get, run

    get(name)  # an unknown name fails before the store is started
    raw = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    result = run(app.store, name, raw)
    echo_result(result, fmt)
    if view_path:
        from graph.views import write_result_view

        path = write_result_view(result, view_path, title=get(name).title)
        click.echo(f"view written to {path}", err=True)


@cli.command("browser-kit")
@click.argument("out_dir", type=click.Path(file_okay=False))
def browser_kit(out_dir: str) -> None:
    """Write a Neo4j Browser kit into OUT_DIR: GraSS style sheet, guide and query files."""
    from pathlib import Path

    from graph.browser_kit import write_kit

    written = write_kit(Path(out_dir))
    click.echo(f"wrote {len(written)} files into {out_dir}:")
    for path in written[:3]:
        click.echo(f"  {path}")
    click.echo(f"  {Path(out_dir) / 'queries'}/*.cypher ({len(written) - 3} questions)")


@cli.group()
def server() -> None:
    """Keep the embedded server running across commands (for notebooks)."""


def _embedded(app: App):  # type: ignore[no-untyped-def]
    if app.settings.uri:
        raise click.ClickException("`server` manages the embedded store; a Neo4j URI is set")
    from graph.stores.server import EmbeddedServer

    return EmbeddedServer(app.settings.home)


@server.command("start")
@click.pass_obj
def server_start(app: App) -> None:
    """Start the embedded server and keep it running until `server stop`."""
    srv = _embedded(app)
    srv.acquire(keep=True)
    state = srv.state()
    click.echo(f"embedded server running (pid {state.pid}) on {state.socket}")


@server.command("stop")
@click.pass_obj
def server_stop(app: App) -> None:
    """Stop the embedded server (its data is flushed to disk first)."""
    stopped = _embedded(app).stop()
    click.echo("embedded server stopped" if stopped else "no embedded server was running")


@server.command("status")
@click.pass_obj
def server_status(app: App) -> None:
    """Say whether the embedded server is running."""
    state = _embedded(app).state()
    if state.running:
        kept = ", kept by `server start`" if state.kept else ""
        click.echo(f"running (pid {state.pid}{kept}) on {state.socket}")
    else:
        click.echo(f"not running (home {app.settings.home})")


from graph.analyze_cli import analyze, export  # noqa: E402  (commands defined in their own modules)
from graph.view_cli import view  # noqa: E402

cli.add_command(view)
cli.add_command(analyze)
cli.add_command(export)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    cli(prog_name="nato-graph")


def _terminated(signum: int, frame: object) -> None:
    """A polite kill ends the command as Ctrl-C does: the store is closed and its last user stops the server."""
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    main()
