"""The one way in: ``nato_graph.connect()`` and the ``Connection`` it returns.

The command line, the notebooks and the benchmarks all go through this
object, as sqlite-utils' ``Database`` is that project's library::

    import nato_graph

    with nato_graph.connect() as db:            # Neo4j when NEO4J_URI is set, else embedded
        db.load()
        db.ask("framework-members", framework="MD").to_df()
        db.view.country("Jordan", hops=2).save("jordan.html")

The store is opened on first use, so a connection that only lists questions
or fails on a bad argument never starts a database. Heavy modules (drivers,
spaCy, pyvis, networkx) are imported by the methods that need them.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from nato_graph.batches import DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE
from nato_graph.errors import (
    ArgumentError,
    NatoGraphError,
    QueryError,
    QueryTimeoutError,
    parameters_shown,
)
from nato_graph.settings import Settings, resolve

if TYPE_CHECKING:
    import networkx as nx

    from nato_graph.loaders.articles import DocumentSummary
    from nato_graph.records import Result
    from nato_graph.reports import Export, LoadReport
    from nato_graph.stores import GraphCounts, Store
    from nato_graph.stores.server import EmbeddedServer, ServerState
    from nato_graph.views import View

ANALYSES = ("centrality", "communities", "similarity", "bridges")


def connect(
    uri: str | None = None,
    home: str | os.PathLike[str] | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    keep_server: bool = False,
    timeout: float | None = None,
    env: Mapping[str, str] = os.environ,
) -> Connection:
    """Connect to the graph: Neo4j when ``uri`` (or ``NEO4J_URI``) is given, else the embedded store.

    ``home`` is the embedded store's directory (``NATO_GRAPH_HOME``, default
    ``~/.local/share/nato-graph``); ``keep_server`` leaves the embedded server
    running after ``close()`` (as ``nato-graph server start`` does). ``timeout`` is how
    many seconds one query may run before the server stops it (``NATO_GRAPH_TIMEOUT``,
    default 30; 0 for no limit); a load batch may run ten times as long.
    """
    if uri is not None and not isinstance(uri, str):
        raise NatoGraphError(f"uri must be text (bolt://host:7687), not {type(uri).__name__}")
    home = None if home is None else _path(home, "home")
    if home is not None and not home.strip():
        # not NATO_GRAPH_HOME's nor the default's directory in its place, as it was
        raise ArgumentError(
            "home is empty: give the embedded store's directory (--home, NATO_GRAPH_HOME), or "
            "leave it out for the default"
        )
    keep_server = _flag(keep_server, "keep_server")
    if not (uri or env.get("NEO4J_URI")):  # the embedded store: its home is checked first
        from nato_graph.settings import default_home

        given = home or env.get("NATO_GRAPH_HOME")
        _home_usable(Path(given).expanduser() if given else default_home(env))
    settings = resolve(
        uri=uri, username=username, password=password, database=database, home=home,
        timeout=timeout, env=env,
    )  # fmt: skip
    return Connection(settings, keep_server=keep_server)


def _home_usable(home: Path) -> None:
    """A SettingsError where the embedded store's ``home`` cannot be one: a path that is not
    UTF-8 (the server names its files by it, as text), or a device, pipe or socket where it or a
    directory on the way to it would be (a plain file there is named by ``settings.resolve``)."""
    from nato_graph.errors import SettingsError
    from nato_graph.outfiles import kind_of
    from nato_graph.settings import file_in_the_way
    from nato_graph.text import shown_path

    text = str(home)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        ch = text[exc.start]
        byte = f" (a byte 0x{os.fsencode(ch)[0]:02x})" if "\udc80" <= ch <= "\udcff" else ""
        raise SettingsError(
            f"the home {shown_path(text)} is not valid UTF-8{byte}; the embedded server cannot "
            "keep its data in a directory whose path is not: give --home or NATO_GRAPH_HOME one "
            "whose path is UTF-8"
        ) from None
    step = file_in_the_way(home)
    if step is None:
        return
    try:
        kind = kind_of(step.stat().st_mode)
    except OSError:
        return
    if kind == "a file":
        return  # settings.resolve says so, in the same words for a flag and the variable
    what = (
        f"is {kind}, not a directory"
        if step == home
        else f"cannot be made: {shown_path(str(step))} is {kind}, not a directory"
    )
    raise SettingsError(
        f"the home {shown_path(text)} {what}; --home and NATO_GRAPH_HOME name the directory the "
        "embedded store keeps its data in"
    )


def _readable(name: str) -> None:
    """An ArgumentError for a path to read that the file system refuses to look at (a name too
    long, a folder on the way that may not be entered), which pathlib raises where the readers
    ask what it is: one line before anything is read or written. A missing file or a loop of
    links is left to the readers, which name it in their own words."""
    import errno

    from nato_graph.text import clip, shown_path

    if name == "-":
        return
    try:
        os.stat(name)
    except ValueError:  # a NUL byte (from Python: argv cannot hold one)
        raise ArgumentError(
            f"cannot read {clip(shown_path(name), 80)}: a path cannot hold a NUL byte"
        ) from None
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF):
            return  # the readers name these in their own words (pathlib passes them over)
        raise ArgumentError(
            f"cannot read {clip(shown_path(name), 80)}: {exc.strerror or exc}"
        ) from None


def _path(value: Any, what: str) -> str:
    """``value`` as a path (bytes decoded as the file system does), or one ArgumentError naming
    ``what`` (a TypeError otherwise)."""
    try:
        return os.fsdecode(os.fspath(value))
    except (TypeError, UnicodeDecodeError):
        raise ArgumentError(
            f"{what} must be a path (text or a pathlib.Path), not {type(value).__name__}"
        ) from None


def _whole(value: Any, what: str, least: int | None = 1, most: int | None = None) -> int:
    """``value`` if it is a whole number within ``least`` to ``most``, else one ArgumentError
    (``top="3"``, ``top=0``, ``seed=1.5`` are refused, not a TypeError or a quiet wrong answer).

    >>> _whole(3, "top")
    3
    >>> _whole(0, "top")
    Traceback (most recent call last):
    ...
    nato_graph.errors.ArgumentError: top must be a whole number of at least 1, not 0
    """
    whole = isinstance(value, int) and not isinstance(value, bool)
    if whole and (least is None or value >= least) and (most is None or value <= most):
        return int(value)
    bounds = (
        f" from {least:,} to {most:,}" if least is not None and most is not None
        else f" of at least {least:,}" if least is not None
        else ""
    )  # fmt: skip
    raise ArgumentError(f"{what} must be a whole number{bounds}, not {value!r}")


def _flag(value: Any, what: str) -> bool:
    """``value`` if it is True or False, else one ArgumentError: ``reset="false"`` is text, and
    would clear the graph as any truthy value does.

    >>> _flag(True, "reset")
    True
    >>> _flag("false", "reset")
    Traceback (most recent call last):
    ...
    nato_graph.errors.ArgumentError: reset must be True or False, not 'false'
    """
    if isinstance(value, bool):
        return value
    raise ArgumentError(f"{what} must be True or False, not {value!r}")


class _Bytes:
    """A stream an article is read from, as bytes: a binary stream as it is, a text stream
    (``io.StringIO``) encoded as UTF-8, as the article reader expects."""

    def __init__(self, stream: Any) -> None:
        if not callable(getattr(stream, "read", None)):
            raise ArgumentError(
                f"stdin must be a stream with read() (binary, or text such as io.StringIO), "
                f"not {type(stream).__name__}"
            )
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if isinstance(data, str):
            return data.encode("utf-8")
        if isinstance(data, bytes | bytearray):
            return bytes(data)
        raise ArgumentError(f"stdin must give bytes or text when read, not {type(data).__name__}")


def _stream(stdin: IO[bytes] | IO[str] | None) -> Any:
    return None if stdin is None else _Bytes(stdin)


def _paths(value: Any, what: str) -> list[str]:
    """One path or an iterable of them: "x.csv" alone is one file, not the letters x, ., c ..."""
    if isinstance(value, str | bytes | os.PathLike):
        return [_path(value, what)]
    try:
        items = list(value)
    except TypeError:
        raise ArgumentError(
            f"{what} must be a path or a list of paths, not {type(value).__name__}"
        ) from None
    return [_path(item, what) for item in items]


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Sendable(Sequence[Any]):
    """A load's articles as the store can hold them: an article whose file name holds bytes
    that are not UTF-8 (``d/\\xfd.md``, a lone surrogate to Python, which no store can take as
    text) keeps its path as it is shown (``text.shown_path``) in its Document and summary, and
    its file, read and hashed (``write.file_key``) by the name the file system gave."""

    def __init__(self, articles: Sequence[Any]) -> None:
        self._articles = articles

    def __len__(self) -> int:
        return len(self._articles)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        article = self._articles[index]
        if article.path is None or (_utf8(article.name) and _utf8(article.title)):
            return article
        from dataclasses import fields

        from nato_graph.text import shown_path

        given = {f.name: getattr(article, f.name) for f in fields(article)}
        given["title"] = article.title if _utf8(article.title) else shown_path(article.title)
        return _shown_article_class()(**given)


@functools.cache
def _shown_article_class() -> type:
    from nato_graph.loaders.articles import Article
    from nato_graph.text import shown_path

    class ShownArticle(Article):
        """An article whose ``path`` (what the graph holds) is its file name as it is shown."""

        @property
        def path(self) -> str | None:
            return shown_path(self.name)

    return ShownArticle


class Connection:
    """A graph store and everything done with it; a context manager that closes the store."""

    def __init__(self, settings: Settings, *, keep_server: bool = False) -> None:
        self.settings = settings
        self._keep_server = keep_server
        self._store: Store | None = None
        self._owns_store = True
        self._at_exit: Callable[[], None] | None = None  # closes a store left open at exit
        self.stop_note: str | None = None  # what stop_server() had to do beyond asking
        self.view = Views(self)

    @classmethod
    def on(cls, store: Store) -> Connection:
        """A connection over a store that is already open; closing it leaves the store open."""
        db = cls(store.settings)
        db._store, db._owns_store = store, False
        return db

    # -- the store ---------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The store, opened (and the embedded server started) on first use."""
        return self._open_store()

    def _open_store(self, *, repair: bool = False) -> Store:
        if self._store is None:
            from nato_graph.stores import open_store

            self._store = open_store(self.settings, keep_server=self._keep_server, repair=repair)
            # closed when the interpreter exits, if no one closed it first: a script's
            # `nato_graph.connect().ask(...)` left its server running after Python exited. Not
            # when the connection is collected: a view drawn from it reads the store later.
            self._at_exit = self._store.close
            atexit.register(self._at_exit)
        return self._store

    @property
    def set_aside(self) -> Path | None:
        """Where a damaged embedded store's files were moved when this connection opened it."""
        return getattr(self._store, "set_aside", None)

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            if self._at_exit is not None:
                atexit.unregister(self._at_exit)
                self._at_exit = None
            if self._owns_store:
                store.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<nato_graph.Connection {self.settings.kind} {self.settings.location}>"

    def describe(self) -> dict[str, Any]:
        """Kind, location and server state, safe to print (no password)."""
        return self.store.describe()

    def counts(self) -> GraphCounts:
        """Nodes per label and relationships per type."""
        return self.store.counts()

    def clear(self) -> None:
        """Delete every node and relationship (the user's records that replaced bundled ones
        with them: ``overrides`` then says none)."""
        from nato_graph.loaders import overrides

        self.store.clear()  # the user's additions forgotten with it (Store._cleared)
        overrides.remember(self.settings, [], [])

    # -- the embedded server -------------------------------------------------------

    def start_server(self) -> ServerState:
        """Start the embedded server and keep it running until ``stop_server()``."""
        server = self._embedded()
        server.acquire(keep=True)
        return server.state()

    def stop_server(self) -> bool:
        """Stop the embedded server (its data is flushed first); False if none was running.

        A server that does not stop in time is killed; ``stop_note`` then says so. A home that
        does not exist holds no server, and is not made. While another process loads into the
        store it is refused (NatoGraphError): stopping it would leave that load part-way.
        """
        if not self.settings.uri and not Path(self.settings.home).is_dir():
            self.stop_note = None
            return False
        from nato_graph.loaders import unfinished

        busy = [str(doc.get("pid")) for doc in unfinished.under_way(self.settings)]
        if busy:
            raise NatoGraphError(
                f"a load into this store is under way (process {', '.join(busy)}): stopping the "
                "server now would leave it part-way; let it finish, then stop the server"
            )
        server = self._embedded()
        try:
            return server.stop()
        finally:
            self.stop_note = server.stop_note

    def repair_server(self) -> Path | None:
        """Check the embedded store; if its data is damaged, move it aside and start empty.

        Returns where the damaged files went, or None when the store was sound.
        """
        self._embedded()
        self.close()
        self._open_store(repair=True)
        return self.set_aside

    def server_state(self) -> ServerState:
        """Whether the embedded server runs, its pid and socket, and whether it is kept."""
        return self._embedded().state()

    def _embedded(self) -> EmbeddedServer:
        if self.settings.uri:
            raise NatoGraphError("`server` manages the embedded store; a Neo4j URI is set")
        from nato_graph.stores.server import EmbeddedServer

        return EmbeddedServer(self.settings.home, self.settings.query_memory)

    # -- writing -----------------------------------------------------------------

    def load(
        self,
        paths: Iterable[str | os.PathLike[str]] = (),
        *,
        reset: bool = False,
        confirm_reset: Callable[[], bool] | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_planned: Callable[[int], None] | None = None,
        progress: Callable[[int], None] | None = None,
        on_articles: Callable[[int], None] | None = None,
        article_progress: Callable[[int], None] | None = None,
        stdin: IO[bytes] | IO[str] | None = None,
    ) -> LoadReport:
        """Load the bundled data, plus data files and articles (folders of them, ``-`` for stdin).

        Articles given alone are checked against the graph as it stands where the last load of
        data replaced bundled records with records of your files (``LoadReport.kept`` says so):
        the bundled data is not written over them. Otherwise, and into an empty graph, the
        bundled data is written first.

        Every data file is validated and every article read before anything is
        written (a ValidationError or ArticleError otherwise). ``reset`` clears
        the graph first, if ``confirm_reset`` (when given) agrees. ``batch_size`` is a whole
        number of rows per write, 1 to 100,000. ``on_planned``
        hears how many rows will be written, ``progress`` how many each batch wrote;
        ``on_articles`` how many articles will be checked, ``article_progress`` how
        many each batch of articles was. ``stdin`` is read for ``-``: a binary stream, or a
        text one (``io.StringIO``). A load that fails before its first row is written leaves
        no mark of a load stopped part-way (``unfinished_loads``).
        """
        from nato_graph.loaders import unfinished
        from nato_graph.loaders.load import LoadSummary, load
        from nato_graph.queries import internal
        from nato_graph.reports import LoadReport

        batch_size = _whole(batch_size, "batch_size", 1, MAX_BATCH_SIZE)
        reset = _flag(reset, "reset")
        stream = _stream(stdin)
        names = _paths(paths, "paths")
        for name in names:  # a name the file system refuses: one line, before anything is read
            _readable(name)
        wanted: list[str] = []  # the articles among names; none: the article code is not imported
        if names:
            from nato_graph.loaders.articles import is_article

            wanted = [p for p in names if is_article(p)]
        articles: list[Any] = []

        marker: list[Path | None] = []  # this load's marker, left until every row is written
        cleared = [False]  # a reset's clear began: the marker stays on any failure

        def valid() -> None:  # every data file is valid: read the articles, then clear if asked
            if wanted:
                from nato_graph.loaders.articles import read_articles

                articles.append(_Sendable(read_articles(wanted, stream)))
            if reset and confirm_reset is not None and not confirm_reset():
                raise NatoGraphError("nothing loaded: the reset was not confirmed")
            # a store that cannot be reached: no load began (a damaged one is moved aside first
            # on a reset)
            store = self._open_store(repair=reset)
            # the marker is left before the first change, the reset's clearing among them: a
            # load stopped after the graph was cleared is said by every later command
            marker.append(unfinished.begin(self.settings, names))
            if reset:
                # touched before the clear begins: Neo4j's clear is many transactions, and one
                # that fails part-way has left a half-cleared graph that must be said
                cleared[0] = True
                store.clear()  # the user's additions forgotten with it (Store._cleared)

        written = [0]  # rows written so far: a load that fails before the first wrote nothing

        def wrote(n: int) -> None:
            written[0] += n
            if progress is not None:
                progress(n)

        data = [Path(p) for p in names if p not in wanted]
        # Articles alone are checked against the graph as it stands where the last load of data
        # replaced bundled records with the user's: writing the bundled data again would undo
        # them, unsaid (nato_graph.loaders.overrides). Otherwise the data is written first, so
        # that a graph of an older version of it is checked against the current one.
        only_articles = bool(wanted) and not data and not reset
        kept = None
        try:
            if (
                only_articles
                and (why := unfinished.overrides_kept(self.settings)) is not None
                # a load stopped part-way left the graph part-written: written again, as before
                and not unfinished.stopped(self.settings)
            ):
                valid()  # the articles read first (a bad one says so before the store is asked)
                held = self.store.read(internal("holds-data")).rows  # not articles alone
                kept = why if held else None
            if kept:
                summary = LoadSummary()
            else:
                summary = load(
                    lambda: self.store, data, batch_size=batch_size, progress=wrote,
                    on_planned=on_planned, before_write=None if marker else valid,
                )  # fmt: skip
        except BaseException:
            if marker and marker[0] is not None and not written[0] and not cleared[0]:
                # nothing was written (the graph is as it was): no load stopped part-way
                with contextlib.suppress(OSError):
                    marker[0].unlink()
            raise
        found = articles[0] if articles else []
        if found and on_articles is not None:
            on_articles(len(found))
        rechecked: list[int] = []  # how many claims of earlier loads changed their verdict
        if found:
            from nato_graph.loaders.articles import write_articles

            documents = write_articles(
                self.store, found, progress=article_progress,
                on_recheck=lambda n: rechecked.append(n),
            )  # fmt: skip
        else:
            documents = []
            if not kept and self.store.read(internal("any-claim")).rows:
                # The facts may have changed: the claims already loaded follow them.
                from nato_graph.loaders.articles.recheck import recheck_claims

                rechecked.append(recheck_claims(self.store))
        if marker:  # every row written: this load's marker goes, with those of loads it covers
            unfinished.end(self.settings, marker[0], names, reset=reset)
        # a folder is read for its articles only: data files in it are said, not passed by
        from nato_graph.loaders.load import folder_note

        notes = [n for p in names if p != "-" and Path(p).is_dir() if (n := folder_note(Path(p)))]
        if changed := sum(rechecked):  # verdicts of earlier loads the facts now written changed
            notes.append(
                f"{changed} claim{'s' if changed != 1 else ''} of articles loaded earlier "
                f"changed {'their verdicts' if changed != 1 else 'its verdict'} under the facts "
                "as they now stand (`nato-graph query run claim-evidence` gives each claim's)"
            )
        return LoadReport(summary, documents, notes, kept=kept)

    def unfinished_loads_of_this_process(self) -> str | None:
        """The line for this process's own load, if it began writing and did not finish."""
        from nato_graph.loaders import unfinished

        doc = unfinished.own(self.settings)
        return unfinished.warning(doc) if doc is not None else None

    def unfinished_loads(self) -> list[str]:
        """A line for each earlier load into this store that stopped before writing every row
        (Ctrl-C, a kill, a lost server), saying what to run to finish it; empty when none did.
        The CLI prints them before every command."""
        from nato_graph.loaders import unfinished

        return [unfinished.warning(doc) for doc in unfinished.stopped(self.settings)]

    def loads_under_way(self) -> list[str]:
        """A note for each load into this store that another live process is writing now: an
        answer read meanwhile may see only part of it. Every question, analysis, Cypher read
        and view carries them in its ``notes``; empty when no load runs."""
        from nato_graph.loaders import unfinished

        return [unfinished.under_way_note(doc) for doc in unfinished.under_way(self.settings)]

    def overrides(self) -> str | None:
        """What the last load of data replaced with records of the user's own files, in words
        ("records of your files replaced 1 bundled record (fix.partnerships.yaml, loaded ...):
        answers rest on them where they differ"), or None when it replaced none."""
        from nato_graph.loaders import unfinished

        why = unfinished.overrides_kept(self.settings)
        return None if why is None else f"{why}: answers rest on them where they differ"

    def added(self) -> str | None:
        """Which of the user's own files added records to the bundled data, in words ("records
        of your files add what the bundled data does not hold (zed.countries.yaml, ...): answers
        that name what they add rest on them, whatever sources they cite"), or None when none
        did since the graph was last cleared."""
        from nato_graph.loaders import overrides

        said = overrides.added(self.settings)
        if said is None:
            return None
        return f"{said}: answers that name what they add rest on them, whatever sources they cite"

    def _noted(self, result: Any) -> Any:
        """``result`` (a Result or View) with a note for each load under way (``loads_under_way``)
        and each that stopped part-way (``unfinished_loads``): its answer may rest on part of
        the data, and says so wherever it is shown (a notebook's table, a saved view); and one
        when the user's own records replaced bundled ones (``overrides``)."""
        from nato_graph.loaders import unfinished

        # one read of the markers for both kinds
        notes = [n for n in unfinished.partial_notes(self.settings) if n not in result.notes]
        # a user's own records in place of bundled ones: what the answer rests on, where they
        # differ, is the user's, whatever sources the records name
        if (replaced := self.overrides()) is not None and replaced not in result.notes:
            notes.append(replaced)
        if (added := self.added()) is not None and added not in result.notes:
            notes.append(added)
        if notes:
            result.notes = [*result.notes, *notes]
        return result

    def check_article(
        self, path: str | os.PathLike[str], *, stdin: IO[bytes] | IO[str] | None = None
    ) -> DocumentSummary:
        """Load one article (a file, or ``-`` for ``stdin``: a binary stream or a text one such
        as ``io.StringIO``) and check its claims against the curated facts.

        Returns what was found: mentions, claims by verdict, and the
        contradicted sentences with their corrections. The claims stay in the
        graph (``ask("contradictions")``, ``ask("claim-evidence")``). A folder is refused: its
        articles are loaded by ``load([folder])``, whose report holds a summary of each
        (``LoadReport.articles``), as ``nato-graph load FOLDER`` prints them.
        """
        from nato_graph.loaders.articles import load_articles

        if hasattr(path, "read"):  # the stream given where its name belongs
            raise ArgumentError(
                "check_article: path must be a path, not a stream; give a stream as "
                "check_article('-', stdin=stream)"
            )
        name = _path(path, "path")
        _readable(name)  # a name too long: one line, not an OSError from the check below
        if name != "-" and not Path(name).exists():  # often the article's text given as a path
            from nato_graph.text import clip, escape_control

            raise ArgumentError(
                f"check_article: no file {clip(escape_control(name), 60)!r}: it takes the path of "
                "an article file, or '-' with stdin (io.StringIO(text) for an article's text)"
            )
        if name != "-" and Path(name).is_dir():
            raise ArgumentError(
                f"check_article: {name} is a folder; it checks one article (load([folder]) "
                "checks every article in a folder and reports each)"
            )
        return load_articles(self.store, [name], stdin=_stream(stdin))[0]

    # -- reading -----------------------------------------------------------------

    def ask(self, name: str, params: Mapping[str, Any] | None = None, /, **more: Any) -> Result:
        """Answer the canned question ``name`` (see ``questions()``); unset parameters take defaults.

        Parameters go as keywords, or as a mapping when a name is not a Python
        identifier: ``ask("connection", {"from": "Japan", "to": "Israel"})``. A country,
        framework, threat, operation, region or status the data does not hold raises
        ``UnknownValueError`` naming the closest matches; any code, name or alias it does hold
        answers as the entity's key (``catalogue.run``). Any question asked of an empty graph
        raises ``EmptyStoreError`` (load first), never an empty answer. Source keys, also each status change's, come back as objects with
        the source's key, title, url, publisher, kind and date (``citations.cite``). An empty
        answer says why in ``empty_reason`` where the question gives a reason. An entity or year
        left to its default is named in ``notes`` ("no year given: the answer is for 2010, its
        default", for ``ask("as-of")``). A name of entities
        of two kinds ("building integrity": a programme and a threat) is answered for both and
        said in ``notes``; a name two entities of one kind share raises ``AmbiguousNameError``.
        """
        from nato_graph.citations import cite
        from nato_graph.queries.catalogue import defaults_named, get, given_params, run

        get(name)  # an unknown name fails before the store is started
        given = given_params(params, more)  # so does anything but a mapping
        with named(f"question {name!r}"):
            result = cite(self.store, run(self.store, name, given))
        # an entity or year left to its default is named, as the command line names it
        result.notes = [*defaults_named(name, given, flag=""), *result.notes]
        return self._noted(result)

    def cypher(
        self, text: str, params: Mapping[str, Any] | None = None, /, *, write: bool = False,
        **more: Any,
    ) -> Result:  # fmt: skip
        """Run ad-hoc Cypher with parameters; read-only (ReadOnlyError on a write) unless ``write``.

        After a write, the ``names`` the questions find nodes by are brought up to date
        (``Store.refresh_names``: a read of every named node, about 0.45 s at 1M relationships),
        so that a country created, renamed, relabelled or stripped of an alias here is found by
        the names it has now.
        """
        from nato_graph.queries.catalogue import given_params

        if not isinstance(text, str):
            raise QueryError(f"a Cypher statement must be text, got {type(text).__name__}")
        write = _flag(write, "write")
        bound = given_params(params, more)  # a name given both ways is refused, as in ask
        if not text.strip():
            raise QueryError("the Cypher statement is empty")
        if not _utf8(text):  # a byte that is not UTF-8 from the command line: no store takes it
            from nato_graph.text import shown_path

            bad = next(i for i, ch in enumerate(text) if not _utf8(ch))
            raise QueryError(
                f"the Cypher statement is not valid UTF-8 (at character {bad + 1}: "
                f"{shown_path(text[bad])}); write it in UTF-8"
            )
        with named("the Cypher statement"):
            if not write:
                return self._noted(self.store.read(text, bound))
            result = self.store.write(text, bound)
        self.store.refresh_names()
        return result

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph (node ids ``"Label:key"``)."""
        from nato_graph.projection import project

        return project(self.store)

    def analyze(
        self,
        analysis: str = "centrality",
        *,
        top: int | None = None,
        seed: int | None = None,
        write_back: bool = False,
    ) -> Result:
        """A network analysis of the whole graph as a Result (see ``nato_graph.analytics``).

        ``centrality``, ``communities``, ``similarity`` or ``bridges``; ``top`` keeps the first
        rows (a whole number, at least 1; all when None); ``seed`` (a whole number) seeds Louvain;
        ``write_back`` also stores degree, betweenness and community on the nodes
        (the result's ``counters.properties_set`` counts them). An empty graph is an
        ``EmptyStoreError`` (load first), as for every question, not an empty answer.
        """
        from nato_graph import analytics
        from nato_graph.projection import write_scores
        from nato_graph.queries.catalogue import refuse_empty
        from nato_graph.records import Counters, Result
        from nato_graph.schema import SCORE_PROPERTIES

        if not isinstance(analysis, str) or analysis not in ANALYSES:
            raise ArgumentError(
                f"unknown analysis {analysis!r}; choose one of {', '.join(ANALYSES)}"
            )
        top = None if top is None else _whole(top, "top")
        seed = analytics.SEED if seed is None else _whole(seed, "seed", None)
        write_back = _flag(write_back, "write_back")
        refuse_empty(self.store, analysis)  # "(0 rows)" would read as an answer
        counts = self.counts()  # refuse a graph too large before reading all of it
        analytics.check_size("centrality" if write_back else analysis, counts.labels, counts.types)
        g = self.to_networkx()
        if analysis == "centrality":
            rows = analytics.centrality(g)
        elif analysis == "communities":
            rows = analytics.communities(g, seed=seed)
        elif analysis == "similarity":
            rows = analytics.similarity(g)
        else:
            rows = analytics.bridges_and_articulation_points(g)
        rows = rows[:top] if top is not None else rows
        columns = list(dict.fromkeys(k for r in rows for k in r)) or list(
            analytics.COLUMNS[analysis]
        )
        result = Result(columns, [{c: r.get(c) for c in columns} for r in rows])
        if write_back:  # the counters say how many score properties were set
            scored = write_scores(self.store, g, analytics.scores(g, seed=seed))
            result.counters = Counters(properties_set=scored * len(SCORE_PROPERTIES))
        return self._noted(result)

    def export(
        self,
        format: str,
        path: str | os.PathLike[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        overwrite: bool = False,
    ) -> Export:
        """Write the whole graph to ``path`` as ``format``: graphml, gexf, json, csv (``path`` is
        then a directory) or cypher, as ``export --format`` does
        (``db.export(format="json", path="nato.json")``); ``batch_size`` is the rows per UNWIND
        statement of a cypher script, 1 to 100,000. Every node and relationship of the schema's
        labels and types is written; what else the store holds (written with ``cypher --write``)
        is named in the report's ``left_out``. A file already at ``path`` (for csv, one of the
        names the export writes) is replaced when it is an earlier export of the format, or
        empty; anything else, a symbolic link too, is an OutputError before the graph is read,
        unless ``overwrite=True`` (``export --force``; a link is then replaced, not followed)."""
        from nato_graph.export import FORMATS, ExportError, array_delimiter, export, is_csv_file
        from nato_graph.outfiles import EXPORTS, check_directory, check_file
        from nato_graph.reports import Export

        batch_size = _whole(batch_size, "batch_size", 1, MAX_BATCH_SIZE)
        if format not in FORMATS:
            raise ExportError(
                f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}"
            )
        # an empty path, a name too long, a directory or file in the way: before the graph is read
        given = _path(path, "path")
        if format == "csv":
            path = str(check_directory(given, is_csv_file, EXPORTS["csv"], overwrite=overwrite))
        else:
            path = str(check_file(given, EXPORTS[format], overwrite=overwrite))
        g = self.to_networkx()
        delimiter = array_delimiter(g) if format == "csv" else None
        written = export(
            g, format, Path(path), batch_size=batch_size, overwrite=overwrite, delimiter=delimiter
        )
        left_out = self._left_out(g.number_of_edges())
        return Export(
            format,
            Path(path),
            written,
            g.number_of_nodes(),
            g.number_of_edges(),
            left_out,
            delimiter,
        )

    def _left_out(self, relationships: int) -> list[str]:
        """What the store holds beyond the schema, which an export of ``relationships`` leaves out:
        "1 node labelled Note", "2 other relationships" (of types the schema does not define, or
        to nodes it leaves out: written with ``cypher --write``)."""
        from nato_graph import schema
        from nato_graph.queries import internal

        rows = self.store.read(
            internal("nodes-outside-schema"), {"labels": list(schema.NODE_LABELS)}
        ).rows
        nodes = {str(r["label"]): int(r["n"]) for r in rows}
        others = self.counts().relationships - relationships
        return [
            *(f"{n} node{'s' * (n != 1)} labelled {x}" for x, n in sorted(nodes.items())),
            *([f"{others} other relationship{'s' * (others != 1)}"] if others > 0 else []),
        ]


class Views:
    """``db.view(result)`` draws a result's nodes, relationships and paths, and an answer of
    ``ask`` as ``view.query`` draws its question (values: the entities they name);
    ``db.view.country("Jordan")`` and friends are the named views. Each returns a View:
    ``.save(path)``, ``.html``, and inline display in Jupyter; its ``notes`` are the caveats of the
    answers drawn (a framework whose partners the data does not record)."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def __call__(
        self, result: Any, title: str | None = None, *, size_by: str | None = None
    ) -> View:
        """Draw ``result``: its nodes, relationships and paths. An answer of ``ask`` is drawn as
        ``query`` draws its question (titled by it): one that answers with values (``frameworks``)
        draws the entities those values name. Any other result of values only is a ViewError
        saying so."""
        from nato_graph import views
        from nato_graph.records import Result

        if isinstance(result, Result) and result.question is not None:
            name, given = result.question, result.params or {}
            with named(f"the view of question {name!r}"):
                drawn = views.question(self._db.store, name, given, size_by=size_by, answer=result)
            drawn.title = title if title is not None else drawn.title
            return self._db._noted(drawn)
        title = "nato-graph" if title is None else title
        if isinstance(result, Result) and result.rows and not views.collect(result).nodes:
            raise views.ViewError(
                f"nothing to draw: the result holds only values ({', '.join(result.columns)}), "
                "no nodes, relationships or paths; an answer of ask() is drawn with the "
                "entities its values name, as view.query(name, ...) draws them"
            )
        with named(f"the view {title!r}"):
            return self._db._noted(views.View(title, result, size_by=size_by, store=self._db.store))

    def overview(self, *, size_by: str | None = None) -> View:
        """Countries, NATO, frameworks, threats, operations, regions, institutions and their links."""
        from nato_graph import views

        with named("the overview view"):
            return self._db._noted(views.overview(self._db.store, size_by=size_by))

    def country(self, name: str, *, hops: int = 1, size_by: str | None = None) -> View:
        """A country (ISO3 code, name or alias) and everything within ``hops`` relationships."""
        return self._around(name, "Country", hops, size_by)

    def framework(self, name: str, *, hops: int = 1, size_by: str | None = None) -> View:
        """A partnership framework (acronym, key, name or alias) and its surroundings."""
        return self._around(name, "Framework", hops, size_by)

    def threat(self, name: str, *, hops: int = 1, size_by: str | None = None) -> View:
        """A shared threat or cooperation area and its surroundings."""
        return self._around(name, "Threat", hops, size_by)

    def neighbourhood(self, name: str, *, hops: int = 1, size_by: str | None = None) -> View:
        """Any entity (country, framework, threat, operation, region, ...) and its surroundings."""
        return self._around(name, None, hops, size_by)

    def path(
        self, source: str, target: str, *, hops: int | None = None, size_by: str | None = None
    ) -> View:
        """The shortest chains of facts connecting ``source`` and ``target``."""
        from nato_graph import views

        with (
            named(f"the path view from {source!r} to {target!r}"),
            parameters_shown({"from": "source", "to": "target", "max_hops": "hops"}),
        ):
            drawn = views.connection(self._db.store, source, target, hops=hops, size_by=size_by)
        return self._db._noted(drawn)

    def query(
        self, name: str, params: Mapping[str, Any] | None = None, /, *,
        size_by: str | None = None, **more: Any,
    ) -> View:  # fmt: skip
        """What the canned question ``name`` returns (its nodes, relationships and paths)."""
        from nato_graph import views
        from nato_graph.queries.catalogue import given_params

        given = given_params(params, more)
        with named(f"the view of question {name!r}"):
            return self._db._noted(views.question(self._db.store, name, given, size_by=size_by))

    def _around(self, name: str, label: str | None, hops: int, size_by: str | None) -> View:
        from nato_graph import views

        with (
            named(f"the view around {name!r}"),
            parameters_shown({"entity": "name", "hops": "hops"}),
        ):
            if isinstance(hops, int) and not isinstance(hops, bool) and not 1 <= hops <= 3:
                # an argument out of range (as the question would say it, named as given)
                raise ArgumentError(f"neighbourhood: parameter 'hops' must be 1 to 3, got {hops}")
            drawn = views.neighbourhood(
                self._db.store, name, label=label, hops=hops, size_by=size_by
            )
        return self._db._noted(drawn)


@contextlib.contextmanager
def named(what: str) -> Iterator[None]:
    """A query that runs past the time limit is reported as ``what`` (a question, a view)."""
    try:
        yield
    except QueryTimeoutError as exc:
        raise exc.naming(what) from None


def questions() -> list[Any]:
    """The canned questions (name, title, description, parameters, columns), in name order."""
    from nato_graph.queries.catalogue import catalogue

    return list(catalogue().values())


__all__: Sequence[str] = ["ANALYSES", "Connection", "Views", "connect", "questions"]
