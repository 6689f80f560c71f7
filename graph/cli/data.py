"""Commands about the store and its data: status, cypher, load, demo, browser-kit."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from nato_graph.batches import DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE
from nato_graph.cli.base import StdoutError, Terminated, output_options, pass_db, unsaid
from nato_graph.connection import Connection
from nato_graph.errors import NatoGraphError, ReadOnlyError
from nato_graph.text import escape_control, shown_path, to_json

if TYPE_CHECKING:
    from nato_graph.records import Result


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_db
def status(db: Connection, fmt: str) -> None:
    """Show the store in use, count nodes per label and relationships per type, and say how far
    the bundled data reaches."""
    from nato_graph.loaders import DATA_COVERAGE, DATA_COVERAGE_NOTE

    info = db.describe()
    counts = db.counts()
    if fmt == "json":
        # a load stopped part-way or under way: the counts may be of part of it (as said on
        # stderr); a script reading the JSON alone sees it too
        partial = [*db.unfinished_loads(), *db.loads_under_way()]
        click.echo(to_json({**info, "labels": counts.labels, "types": counts.types,
                            "data_coverage": DATA_COVERAGE, "partial_loads": partial,
                            "overrides": db.overrides(), "added": db.added()}))  # fmt: skip
        return
    # names come from the database: never let them drive the terminal
    width = max(len(k) for k in info)
    for key, value in info.items():
        click.echo(f"{key.ljust(width)}  {escape_control(str(value))}")
    click.echo(f"\nnodes: {counts.nodes}")
    for label, n in counts.labels.items():
        click.echo(f"  {escape_control(label):<20} {n:>9}")
    click.echo(f"relationships: {counts.relationships}")
    for rtype, n in counts.types.items():
        click.echo(f"  {escape_control(rtype):<20} {n:>9}")
    if counts.nodes:
        click.echo(f"\nbundled data covers {DATA_COVERAGE_NOTE}")
        if (replaced := db.overrides()) is not None:
            click.echo(escape_control(replaced))
        if (added := db.added()) is not None:
            click.echo(escape_control(added))
    else:  # its coverage would read as that of the graph, which holds none of it
        click.echo("\nthe graph is empty: the bundled data is not loaded (`nato-graph load`)")


@click.command()
@click.argument("query")
@click.option(
    "--write", is_flag=True, help="Allow the statement to change the graph (reads are read-only)."
)
@output_options()
@pass_db
def cypher(db: Connection, query: str, write: bool, fmt: str, params: dict[str, Any]) -> Result:
    """Run an ad-hoc Cypher QUERY (read-only unless --write)."""
    try:
        result = db.cypher(query, params, write=write)
    except ReadOnlyError:
        raise click.ClickException(
            "the query writes to the graph; add --write to allow it"
        ) from None
    for note in unsaid(result.notes):  # a load under way: the answer may be partial
        click.echo(f"note: {note}", err=True)
    # What a write changed, on stderr as the notes are: a table says it always; JSON and CSV when
    # no rows say it for them (`[]` alone would not tell a delete that found nothing from one
    # that deleted), and never inside the answer that stdout holds.
    if write and (fmt == "table" or not result.rows):
        c = result.counters
        click.echo(
            f"created {c.nodes_created} nodes, {c.relationships_created} relationships; "
            f"deleted {c.nodes_deleted} nodes, {c.relationships_deleted} relationships; "
            f"set {c.properties_set} properties",
            err=True,
        )
    return result


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--reset", is_flag=True, help="Delete everything in the graph first (asks unless --yes)."
)
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --reset.")
@click.option("--batch-size", type=click.IntRange(1, MAX_BATCH_SIZE), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Rows per UNWIND statement.")  # fmt: skip
@pass_db
def load(db: Connection, paths: tuple[str, ...], reset: bool, yes: bool, batch_size: int) -> None:
    """Load the bundled NATO partnership data, plus your own data files and articles (PATHS).

    A data file is YAML or CSV named after its kind (partnerships.yaml,
    mine.partnerships.csv, ...; see loaders/data/README.md) and may refer to
    anything in the bundled data. An article (.txt, .md, .html, a folder of
    them, or - for stdin) has its mentions and claims loaded and checked
    against the curated facts. Articles given alone write the bundled data
    first, unless the last load of data replaced bundled records with yours:
    then they are checked against the graph as it stands. Everything is
    checked before anything is written; loading twice changes nothing.
    """

    def confirm() -> bool:
        where = db.settings.location
        return yes or click.confirm(f"Delete every node and relationship in {where}?", abort=True)

    with contextlib.ExitStack() as stack:
        bars: dict[str, Any] = {}

        def bar(label: str, least: int) -> Callable[[int], None]:
            def start(total: int) -> None:
                if total >= least and sys.stderr.isatty():
                    bars[label] = stack.enter_context(
                        click.progressbar(length=total, label=label, file=sys.stderr)
                    )

            return start

        def advance(label: str) -> Callable[[int], None]:
            return lambda n: bars[label].update(n) if label in bars else None

        try:
            report = db.load(
                paths, reset=reset, confirm_reset=confirm, batch_size=batch_size,
                on_planned=bar("loading", 0), progress=advance("loading"),
                on_articles=bar("articles", 2), article_progress=advance("articles"),
            )  # fmt: skip
        except (KeyboardInterrupt, Terminated) as exc:  # Ctrl-C, or a polite kill
            stack.close()  # the progress bar's line ends before the message
            stopped = db.unfinished_loads_of_this_process()
            said = (
                f"interrupted: {stopped}" if stopped else "interrupted before anything was written"
            )
            if isinstance(exc, Terminated):  # said, and the exit status stays the signal's
                click.echo(f"Error: {said}", err=True)
                raise
            raise click.ClickException(said) from None
        except NatoGraphError as exc:  # a lost server, a full disk: after some rows were written?
            stack.close()
            stopped = db.unfinished_loads_of_this_process()
            if stopped is None:
                raise
            raise NatoGraphError(f"{exc}; {stopped}") from None
    if db.set_aside is not None:
        click.echo(
            f"the store was damaged: its files were moved to {db.set_aside} before the reset",
            err=True,
        )
    summary = report.data
    try:
        _print_load(report)
    except StdoutError as exc:  # the load is done: only what it would have said is lost
        raise NatoGraphError(
            f"the load finished ({summary.rows} rows; every one is written), but its summary "
            f"could not be printed: standard output: {exc.reason}"
        ) from None


_REPLACED_SHOWN = 10  # bundled records replaced that a load names one by one


def _print_load(report: Any) -> None:
    summary = report.data
    if report.kept:
        click.echo(escape_control(f"kept the data in the graph as it stands: {report.kept}; "
                                  "`nato-graph load` writes the bundled data again"))  # fmt: skip
    else:
        click.echo(f"loaded {summary.rows} rows in {summary.seconds:.2f} s: "
                   f"created {sum(summary.nodes_created.values())} nodes, "
                   f"{sum(summary.relationships_created.values())} relationships")  # fmt: skip
    # what was created, by label and type; a reload that creates nothing says so in one line
    for name, n in [
        *sorted(summary.nodes_created.items()),
        *sorted(summary.relationships_created.items()),
    ]:
        if n:
            click.echo(f"  {name:<20} +{n}")
    # a reload that replaced the links a record's fields give (a country's region) says so
    for name, n in sorted(summary.relationships_deleted.items()):
        if n:
            click.echo(f"  {name:<20} -{n} (replaced: the reloaded records no longer give them)")
    for document in report.articles:
        click.echo(escape_control(document.format(), keep="\n"))  # titles and paths from files
    # each bundled record a record of the user's files replaced (a few; the count of the rest)
    for note in summary.replaced[:_REPLACED_SHOWN]:
        click.echo(f"load: note: {escape_control(note)}", err=True)
    if len(summary.replaced) > _REPLACED_SHOWN:
        more = len(summary.replaced) - _REPLACED_SHOWN
        click.echo(f"load: note: and {more} more bundled records replaced", err=True)
    if summary.restored:
        click.echo(f"load: note: {escape_control(summary.restored)}", err=True)
    if summary.added:  # records of the user's that the bundled data does not hold: said, as above
        total = sum(summary.added.values())
        files = ", ".join(f"{shown_path(name)} {n}" for name, n in sorted(summary.added.items()))
        click.echo(
            f"load: note: {total} record{'s' if total != 1 else ''} of your files add{'s' if total == 1 else ''} to the "
            f"bundled data ({files}): answers that name what they add rest on "
            "them, whatever sources they cite, and say so until `nato-graph load --reset`",
            err=True,
        )
    for note in report.notes:
        click.echo(f"load: note: {escape_control(note)}", err=True)
    if any(sum(d.claims.values()) for d in report.articles):
        from nato_graph.loaders import DATA_COVERAGE_REACH

        # a verdict on "is" read long after the data's last event rests on the status last
        # recorded, not on one checked
        click.echo(
            f"load: note: verdicts rest on the data as it stands: the bundled data covers "
            f"{DATA_COVERAGE_REACH}, and a later change counts only if data you loaded records it",
            err=True,
        )


@click.command()
@click.option("--out", "out_dir", type=click.Path(), default="nato-graph-out", show_default=True,
              help="Where the HTML views are written (made, with any directory missing on the way).")  # fmt: skip
@click.option("--force", is_flag=True,
              help="Replace files in OUT that are not earlier views (by default they are refused "
                   "before any view is written).")  # fmt: skip
@pass_db
def demo(db: Connection, out_dir: str, force: bool) -> None:
    """Load the bundled data, answer every canned question, and draw the views.

    Writes the overview and one view per partnership framework into OUT.
    """
    from nato_graph.demo import answer_all, write_views
    from nato_graph.outfiles import directory

    out = directory(out_dir)  # a directory that cannot be written says so before the work is done
    summary = db.load().data
    counts = db.counts()  # the whole graph: data loaded before (your own files, articles) too
    click.echo(f"Loaded the bundled data ({summary.rows} rows) into the {db.settings.kind} store "
               f"({db.settings.location}) in {summary.seconds:.2f} s; the graph holds "
               f"{counts.nodes} nodes and {counts.relationships} relationships.\n")  # fmt: skip
    click.echo(
        "Canned questions (default parameters; `nato-graph query run NAME` for the full answer):"
    )
    for a in answer_all(db):
        click.echo(f"  {a.name:<24} {a.rows:>4} rows  {a.preview}")
    click.echo("\nNetwork views (open in a browser; they work offline):")
    write_views(db, out, progress=lambda p: click.echo(f"  {p}"), overwrite=force)


@click.command("browser-kit")
@click.argument("out_dir", type=click.Path())
@click.option(
    "--serve",
    "port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Then serve OUT_DIR on 127.0.0.1:PORT (0: any free port) until Ctrl-C, so that "
    "Neo4j Browser can :play the guide.",
)
def browser_kit(out_dir: str, port: int | None) -> None:
    """Write a Neo4j Browser kit into OUT_DIR: GraSS style sheet, guide and query files."""
    import threading

    from nato_graph.browser_kit import serve, write_kit

    written = write_kit(out_dir)  # an empty OUT_DIR, or a file in the way: one line
    click.echo(escape_control(f"wrote {len(written)} files into {out_dir}:"))
    for path in written[:3]:
        click.echo(f"  {escape_control(str(path))}")
    click.echo(
        escape_control(
            f"  {Path(out_dir) / 'queries'}/*.cypher ({len(written) - 3} questions; run each "
            "one's :param lines first, from the guide or `nato-graph query show NAME`)"
        )
    )
    if port is None:
        return
    try:
        httpd = serve(Path(out_dir), port)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on 127.0.0.1:{port}: {exc.strerror}") from None
    # localhost, not 127.0.0.1: Neo4j's default guide allowlist names localhost, and the
    # Browser applies it before it has read the server's own list.
    url = f"http://localhost:{httpd.server_address[1]}/nato-graph-guide.html"
    click.echo(
        f"serving {escape_control(out_dir)}; in Neo4j Browser run  :play {url}  (Ctrl-C stops)"
    )
    try:
        threading.Event().wait()  # the server thread works; Ctrl-C (or SIGTERM) ends the wait
    except KeyboardInterrupt:
        pass
    finally:
        httpd.shutdown()
        httpd.server_close()
