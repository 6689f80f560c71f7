"""The embedded store: FalkorDB on a unix socket inside the nato-graph home."""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from nato_graph import schema
from nato_graph.batches import DEFAULT_BATCH_SIZE, chunks
from nato_graph.errors import (
    REPAIR_ADVICE,
    DamagedStoreError,
    QueryError,
    QueryTimeoutError,
    ServerError,
    StoreError,
)
from nato_graph.records import Counters, Node, Path, Relationship, Result
from nato_graph.settings import EMBEDDED_GRAPH, Settings
from nato_graph.statements import falkordb_indexes
from nato_graph.stores.base import ReadOnlyError, Store
from nato_graph.stores.falkor_params import ParamError, params_header
from nato_graph.stores.manifest import AOF_DIR, Manifest, compare, file_digests
from nato_graph.stores.resp import Client, ReplyError
from nato_graph.stores.server import AOF_REWRITE_MIN, AOF_REWRITE_PERCENT, EmbeddedServer
from nato_graph.values import collector_paused

# How long the client waits for a reply beyond the query's own limit before it calls the
# server hung: FalkorDB checks its limit between steps, so a query may overrun it a little.
SOCKET_GRACE = 10.0
CONNECT_TIMEOUT = 5.0
# FalkorDB's reply when a query ran past its TIMEOUT argument.
_TIMED_OUT = "Query timed out"
# Counts the times the graph was deleted (`clear`), in the same transaction as each deletion:
# the numbers a reply names labels and property keys with are the graph's own, and a graph
# made anew numbers them afresh (see `_Schema`).
GENERATION_KEY = "nato-graph:graph-generation"
READ_ATTEMPTS = 3  # a read the graph's deletion overlapped is asked again, this many times in all
# FalkorDB's reply when a query needed more than its QUERY_MEM_CAPACITY (server.query_memory_limit).
_OUT_OF_MEMORY = "mem consumption exceeded capacity"
# FalkorDB's reply when GRAPH.RO_QUERY is given a statement that writes.
_WRITE_ON_READ = "is to be executed only on read-only queries"
# LOAD CSV is a read to FalkorDB, yet it has the server fetch a URL (https:// reached a listener
# on 127.0.0.1, and a failed fetch answered []) or open a file: the read path refuses it. Only a
# statement whose text holds "csv" can hold the clause (FalkorDB takes keywords in ASCII only);
# for those the server's own plan (GRAPH.EXPLAIN, which runs nothing) says whether it is there.
_CSV_WORD = "csv"
_LOAD_CSV_OPERATION = "load csv"  # the plan's name for the clause ("Load CSV")
_LOAD_CSV_REFUSED = (
    "LOAD CSV is refused on the read path: it has the embedded server fetch a URL or open a "
    "file, which a read must not do"
)


def _socket_timeout(limit: float | None) -> float | None:
    """The client's socket timeout for statements limited to ``limit`` seconds on the server."""
    return None if limit is None else 2 * limit + SOCKET_GRACE


def _millis(limit: float | None) -> int:
    """FalkorDB's TIMEOUT argument: milliseconds, 0 for no limit."""
    return 0 if limit is None else max(1, round(limit * 1000))


class FalkorStore(Store):
    kind = "embedded"
    engine = "falkordb"

    def __init__(
        self, settings: Settings, *, keep_server: bool = False, repair: bool = False
    ) -> None:
        """Start or reuse the home's server; a server started here checks its data first.

        A damaged store raises DamagedStoreError, unless ``repair``: then the damaged
        files are moved aside (``set_aside`` says where) and the store starts empty.
        """
        self.settings = settings
        self.server = EmbeddedServer(settings.home, settings.query_memory)
        self.manifest = Manifest(self.server.data_dir)
        self.set_aside: pathlib.Path | None = None
        self._writing = False
        self._closed = True
        try:
            self._open(keep_server)
        except DamagedStoreError:
            if not repair:
                raise
            self.set_aside = self.server.set_aside()
            self._open(keep_server)
        self._closed = False

    def _open(self, keep_server: bool) -> None:
        self.server.acquire(keep=keep_server)
        try:
            path = self.server.socket_path
            self._db = Client(
                path,
                timeout=_socket_timeout(self.settings.timeout),
                connect_timeout=CONNECT_TIMEOUT,
            )
            # Load batches have their own, longer limit, so their own connection.
            self._loader = Client(
                path,
                timeout=_socket_timeout(self.settings.load_timeout),
                connect_timeout=CONNECT_TIMEOUT,
            )
            self._decoder = _Decoder(_Schema(self._db))
            with _mapped_errors(path, self.settings.timeout, server=self.server):
                if self.server.started_here:
                    self._check()
                if not self._db.call("EXISTS", EMBEDDED_GRAPH):
                    self._begin_write()
                    self._create_graph()
        except BaseException:
            self._db.close()
            self._loader.close()
            self.server.release()
            raise

    def _create_graph(self) -> None:
        """Make the empty graph, so that reads have one to read."""
        self._db.call("GRAPH.QUERY", EMBEDDED_GRAPH, "RETURN 1", "--compact")

    def _check(self) -> None:
        """The data this server read back is what the last writer left, or DamagedStoreError."""
        where = self.server.data_dir
        if self.server.replay_errors:
            raise DamagedStoreError(
                f"the embedded store's data in {where} is damaged: the server could not replay "
                f"{len(self.server.replay_errors)} command(s) of its append-only file "
                f"({self.server.replay_errors[0]}); {REPAIR_ADVICE}"
            )
        recorded = self.manifest.read()
        if recorded is None or recorded.files is not None:
            # With checksums, the files were checked before the server read them. The counts are
            # then not compared (stores written before writers took turns may hold duplicate
            # relationships from two loads at once, which replaying the file does not make).
            return
        counts = self.counts() if self._db.call("EXISTS", EMBEDDED_GRAPH) else None
        differs = compare(recorded, counts.labels if counts else {}, counts.types if counts else {})
        if differs:
            raise DamagedStoreError(
                f"the embedded store's data in {where} is missing or damaged: {differs} "
                f"(as recorded in {self.manifest.path.name} after the last write); {REPAIR_ADVICE}"
            )

    def _begin_write(self) -> None:
        """Before the first write of this process: the manifest says a write is under way."""
        if not self._writing:
            self._writing = True
            self.manifest.writing()

    # -- queries -------------------------------------------------------------

    def _run(self, query: str, params: Mapping[str, Any] | None, read_only: bool) -> Result:
        try:
            return self._run_once(query, params, read_only)
        except QueryError as exc:
            if str(exc) != _MISSING_PARAMETERS:
                raise
            missing = [p for p in _parameters_named(query) if p not in (params or {})]
            if not missing:
                raise
            # FalkorDB names none; Neo4j says "Expected parameter(s): x"
            raise QueryError(f"missing parameter(s): {', '.join(missing)}") from None

    def _run_once(self, query: str, params: Mapping[str, Any] | None, read_only: bool) -> Result:
        command = "GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY"
        if not read_only:
            self._begin_write()
        limit = self.settings.timeout
        # The collector is paused from the read on: hiredis builds the reply as nested lists,
        # as many objects as cells, and the decoder as many again (see `collector_paused`).
        with (
            _mapped_errors(self.server.socket_path, limit, read_only=read_only, server=self.server),
            collector_paused(kept=True),
        ):
            # Parameters go as the `CYPHER name=value` header the client would write, from our own
            # encoder (values arrive as sent or are refused: see falkor_params); the reply is
            # decoded here, straight into our own values (see `_Decoder`). The server stops the
            # query after `limit` (its TIMEOUT argument, in milliseconds).
            text = params_header(dict(params)) + query if params else query
            args = (command, EMBEDDED_GRAPH, text, "--compact", "timeout", _millis(limit))
            if not read_only:
                # Decoded under the write lock, which `clear` takes too: the graph the reply's
                # numbers name things in is still the one, however long ago the names were read.
                with self.server.writing():
                    reply, state = self._db.call_rows(*args)
                    try:
                        return self._decoder.decode(reply, state)
                    except _SchemaChanged:  # names read again, now, from the same graph
                        return self._decoder.decode(reply, state)
            if _CSV_WORD in query.casefold():
                plan = self._db.call("GRAPH.EXPLAIN", EMBEDDED_GRAPH, text)
                # the operation's name only: a plan line also holds aliases and labels
                # ("Node By Index Scan | (load csv:Country)" is no LOAD CSV)
                if any(
                    str(step).strip().split(" | ")[0].casefold() == _LOAD_CSV_OPERATION
                    for step in plan
                ):
                    raise QueryError(_LOAD_CSV_REFUSED)
            for _ in range(READ_ATTEMPTS):
                reply, state = self._db.call_rows(*args)
                try:
                    return self._decoder.decode(reply, state)
                except _SchemaChanged:  # deleted and made anew since: ask the new graph
                    continue
            raise StoreError(
                "the graph was cleared again and again while this was read "
                f"({READ_ATTEMPTS} times); ask again once the loads are done"
            )

    def write_rows(
        self,
        query: str,
        rows: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        params: Mapping[str, Any] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Counters:
        """Run ``query`` once per batch, encoding the next batch while the server runs this one.

        One batch is in flight at a time on one connection, so batches run in
        order and a failing batch stops the rest from being sent, as in the
        one-by-one path; only the client's encoding overlaps the server's work.
        Each batch may run ``settings.load_timeout`` seconds (ten times the query limit).
        """
        total = Counters()
        self._begin_write()
        conn = self._loader
        limit = self.settings.load_timeout
        # Other processes' writes wait until these batches are done (see EmbeddedServer.writing).
        with (
            _mapped_errors(self.server.socket_path, limit, server=self.server),
            self.server.writing(),
        ):
            in_flight = 0  # rows in the batch the server is running
            try:
                for batch in chunks(rows, batch_size):
                    try:
                        text = params_header({**(params or {}), "rows": batch}) + query
                    except ParamError:
                        if in_flight:  # an earlier batch's own failure is reported first
                            total += self._finish(conn, in_flight, progress)
                        raise
                    if in_flight:
                        total += self._finish(conn, in_flight, progress)
                    conn.send(
                        "GRAPH.QUERY", EMBEDDED_GRAPH, text, "--compact", "timeout", _millis(limit)
                    )
                    in_flight = len(batch)
                if in_flight:
                    total += self._finish(conn, in_flight, progress)
            except BaseException:
                conn.close()  # a reply may still be owed on it: never reuse it
                raise
        return total

    def _finish(self, conn: Client, rows: int, progress: Callable[[int], None] | None) -> Counters:
        counters = self._decoder.counters(conn.receive())
        if progress:
            progress(rows)
        return counters

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._run(query, params, read_only=True)

    def plan(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        """FalkorDB's plan for ``query`` (GRAPH.EXPLAIN), one operation a line, indented as the
        server gives it: how a question will run, without running it."""
        text = params_header(dict(params)) + query if params else query
        with _mapped_errors(
            self.server.socket_path, self.settings.timeout, read_only=True, server=self.server
        ):
            lines = self._db.call("GRAPH.EXPLAIN", EMBEDDED_GRAPH, text)
        return [line.decode() if isinstance(line, bytes) else str(line) for line in lines]

    def write(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._run(query, params, read_only=False)

    # -- schema ----------------------------------------------------------------

    def _indexed(self) -> set[tuple[str, str]]:
        rows = self.read("CALL db.indexes() YIELD label, properties RETURN label, properties").rows
        return {(r["label"], p) for r in rows for p in r["properties"]}

    def _unnamed(self) -> bool:
        # A graph with its index of names got them from its writers; else ask the nodes.
        indexed = self._indexed()
        if all((label, schema.NAMES_PROPERTY) in indexed for label in schema.NAMED_LABELS):
            return False
        return super()._unnamed()

    def _add_names(self) -> None:
        self.ensure_schema()  # the index of names too, and the names (the index was missing)

    def ensure_schema(self) -> None:
        indexed = self._indexed()
        # A graph with no index of names is new, or from before nodes held `names`: derive them
        # then. Since, every writer sets them with the node (about 0.45 s saved per load at 1M).
        unnamed = any(
            (label, schema.NAMES_PROPERTY) not in indexed for label in schema.NAMED_LABELS
        )
        for label, prop, statement in falkordb_indexes():
            if (label, prop) not in indexed:
                try:
                    self.write(statement)
                except QueryError as exc:
                    if "already indexed" not in str(exc):  # else another process made it first
                        raise
        have = {(c["label"], tuple(c["properties"])) for c in self._constraints()}
        created = False
        for nt in schema.NODE_TYPES:
            if (nt.label, (nt.key,)) not in have:
                self._begin_write()
                try:
                    # Its key's range index was made above (falkordb_indexes).
                    self._db.call(
                        "GRAPH.CONSTRAINT", "CREATE", EMBEDDED_GRAPH, "UNIQUE", "NODE",
                        nt.label, "PROPERTIES", 1, nt.key,
                    )  # fmt: skip
                    created = True
                except ReplyError as exc:
                    if "already exists" not in str(exc):
                        raise StoreError(
                            f"cannot create the {nt.label}.{nt.key} constraint: {exc}"
                        ) from None
        self._wait_constraints()
        if unnamed:
            self.refresh_names()
        if created:
            # FalkorDB writes each GRAPH.CONSTRAINT into the append-only file twice, and
            # replaying the second copy logs a harmless "CRITICAL ... Constraint already
            # exists" at every start. Rewriting the file now folds the schema into its base.
            with contextlib.suppress(ReplyError):  # a rewrite already under way
                self._db.call("BGREWRITEAOF")

    def _wait_constraints(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = [c["status"] for c in self._constraints()]
            if "FAILED" in states:
                raise StoreError("a uniqueness constraint failed: the graph holds duplicate keys")
            if all(s == "OPERATIONAL" for s in states):
                return
            time.sleep(0.02)
        raise StoreError("uniqueness constraints are still being built; try again")

    def _constraints(self) -> list[dict[str, Any]]:
        return self.read(
            "CALL db.constraints() YIELD label, properties, status RETURN label, properties, status"
        ).rows

    def clear(self) -> None:
        self._begin_write()
        with _mapped_errors(
            self.server.socket_path, self.settings.load_timeout, server=self.server
        ):
            # An empty graph with no schema has nothing to clear, and may never have been written
            # to the append-only file (a read makes one): its GRAPH.DELETE would fail on replay.
            if self.counts().nodes or self._indexed() or self._constraints():
                # With its indexes and constraints, and counted in the same transaction, so that
                # a reader in another process can tell its names are of a graph gone (`_Schema`).
                # Under the write lock, so that no write's reply is read across it.
                with self.server.writing():
                    generation, _ = self._db.transaction(
                        ("INCR", GENERATION_KEY), ("GRAPH.DELETE", EMBEDDED_GRAPH)
                    )
                    self._decoder.schema.clear(generation)
            self._create_graph()
        self._cleared()

    def _settle_files(self, timeout: float = 60.0) -> bool:
        """Bring the append-only files to the state they keep until the next write.

        A rewrite under way is waited for; one the server would start on its own
        (the log has grown past the rewrite threshold) is started now and waited
        for. False if that takes longer than ``timeout``: no checksums then.
        """
        conn = self._db
        deadline = time.monotonic() + timeout
        asked = False
        while time.monotonic() < deadline:
            info = conn.info("persistence")
            if int(info.get("aof_rewrite_in_progress", 0)) or int(
                info.get("aof_rewrite_scheduled", 0)
            ):
                time.sleep(0.02)
                continue
            # The sizes a server started on these files will see: it rewrites at once when the
            # log has grown past the threshold over its base FILE, while a running server counts
            # growth from its size after the last rewrite (base plus what was logged during it).
            # Judged by the running server's figures, a reader's server could rewrite the files
            # this process is about to record, and the next start would find them gone.
            size, base = _aof_sizes(self.server.data_dir)
            if asked or not _rewrite_due(size, base):
                return True
            with contextlib.suppress(ReplyError):
                conn.call("BGREWRITEAOF")
            asked = True
        return False

    def describe(self) -> dict[str, Any]:
        state = self.server.state()
        version = self._db.info("server").get("redis_version")
        return {
            "store": "embedded (FalkorDB)",
            "home": str(self.settings.home),
            "socket": state.socket,
            "server": f"running, pid {state.pid}"
            + (
                " (kept by `server start`)"
                if state.kept
                else " (for this connection only; `nato-graph server start` keeps one running)"
            ),
            "version": f"redis {version}, falkordb {_module_version(self._db)}",
        }

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._writing:  # record what the graph holds now, for the next start to check
                with contextlib.suppress(StoreError, ReplyError, OSError):
                    counts = self.counts()
                    settled = self._settle_files()
                    files = file_digests(self.server.data_dir) if settled else None
                    self.manifest.record(counts.labels, counts.types, files)
            self._db.close()
            self._loader.close()
        finally:
            self.server.release()


def _aof_sizes(data_dir: pathlib.Path) -> tuple[int, int]:
    """(base plus incremental files, base file) in bytes, as the server's own manifest lists them
    (``file NAME seq N type b|i|h``; history files are left out, as the server leaves them)."""
    folder = pathlib.Path(data_dir) / AOF_DIR
    size = base = 0
    with contextlib.suppress(OSError):
        for line in (folder / "appendonly.aof.manifest").read_text().splitlines():
            fields = line.split()
            entry = dict(zip(fields[::2], fields[1::2], strict=False))
            if entry.get("type") in ("b", "i") and "file" in entry:
                with contextlib.suppress(OSError):
                    n = (folder / entry["file"]).stat().st_size
                    size += n
                    base += n if entry["type"] == "b" else 0
    return size, base


def _rewrite_due(size: int, base: int) -> bool:
    """Whether the server's own rule (see ``EmbeddedServer._start``) would rewrite the log now."""
    return size > AOF_REWRITE_MIN and (
        base == 0 or (size - base) * 100 >= base * AOF_REWRITE_PERCENT
    )


def _module_version(db: Client) -> str:
    for module in db.call("MODULE", "LIST"):
        info = dict(zip(module[::2], module[1::2], strict=False))
        if info.get("name") == "graph":
            v = int(info["ver"])
            return f"{v // 10000}.{v // 100 % 100}.{v % 100}"
    return "?"


@contextlib.contextmanager
def _mapped_errors(
    socket_path: str,
    limit: float | None,
    *,
    read_only: bool = False,
    server: EmbeddedServer | None = None,
) -> Iterator[None]:
    """The client's errors as the store's: a query problem, a refused write, a query past its
    time limit, a server that does not answer, or a lost server (one that crashed says so, from
    ``server``'s log)."""
    try:
        yield
    except ReplyError as exc:
        message = str(exc)
        if read_only and _WRITE_ON_READ in message:  # only RO_QUERY's own refusal
            raise ReadOnlyError(
                "this statement writes to the graph; the read path is read-only (cypher(..., write=True) allows it)"
            ) from None
        if _TIMED_OUT in message and limit is not None:
            raise QueryTimeoutError(limit) from None
        if _OUT_OF_MEMORY in message:
            raise QueryError(
                "the query needed more memory than the embedded server gives one query (a quarter "
                "of this machine's memory, or NATO_GRAPH_QUERY_MEMORY MiB when the server started); "
                "ask for less: fewer rows or hops, or a LIMIT"
            ) from None
        raise QueryError(_clean_error(message)) from None
    except ParamError as exc:
        raise QueryError(str(exc)) from None
    except TimeoutError:
        waited = _socket_timeout(limit) or CONNECT_TIMEOUT
        if limit is not None and server is not None and server.answers():
            # the server is well, and still at this query: FalkorDB checks its limit between
            # steps, and one step (building a billion-item list) can outlast it
            raise StoreError(
                f"the query did not finish within {waited:g} s on the embedded server, past its "
                f"{limit:g} s limit: some work (a very long list, a deeply nested literal) cannot "
                "be stopped part-way, and the server may still be at it. Ask for less, raise the "
                "limit (--timeout SECONDS or NATO_GRAPH_TIMEOUT; 0 for none), or cancel the work "
                "with `nato-graph server stop`"
            ) from None
        raise StoreError(
            f"the embedded server on {socket_path} did not answer within {waited:g} s: it is "
            "hung, or busy with work its time limit cannot interrupt (a deeply nested literal); "
            "`nato-graph server stop` ends it"
        ) from None
    except ConnectionError as exc:
        reason = server.exit_reason() if server is not None else None
        if reason is None or server is None:
            raise StoreError(f"lost the embedded server on {socket_path}: {exc}") from None
        kind, line = reason
        if kind == "crash":
            raise ServerError(
                f"the embedded server crashed while running this ({line}; FalkorDB's own fault, "
                f"its report is in {server.log_file}); the data is as last written, and the next "
                "command starts the server again"
            ) from None
        if kind == "disk full":
            raise ServerError(
                f"the embedded server stopped: the disk holding {server.data_dir} is full "
                f"({line}); what this was writing was not written, what was written before is "
                "kept. Free some space and run the command again"
            ) from None
        raise ServerError(
            f"the embedded server stopped: it could not write to {server.data_dir} ({line}); "
            "what this was writing was not written, what was written before is kept"
        ) from None


def _statistics(stats: list[str]) -> tuple[Counters, float | None]:
    """What a write changed and FalkorDB's own execution time in milliseconds, from the reply's
    statistics lines ("Nodes created: 3", "Query internal execution time: 0.5 milliseconds")."""
    found = dict(line.split(": ", 1) for line in stats)

    def count(name: str) -> int:
        return int(float(found.get(name, "0").split(" ")[0]))

    counters = Counters(
        nodes_created=count("Nodes created"),
        nodes_deleted=count("Nodes deleted"),
        relationships_created=count("Relationships created"),
        relationships_deleted=count("Relationships deleted"),
        properties_set=count("Properties set"),
    )
    timer = found.get("Query internal execution time")
    return counters, float(timer.split(" ")[0]) if timer else None


def _column_name(header: Any) -> str:
    return header[1] if isinstance(header, list | tuple) else str(header)


_ERR = re.compile(r"^errMsg: (?P<msg>.*?)(?: errCtx: .*)?$", re.S)


_MISSING_PARAMETERS = "Missing parameters"
# A parameter in a statement's text, outside its quoted strings and comments.
_QUOTED_OR_COMMENT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*")
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def _parameters_named(query: str) -> list[str]:
    """The names of the parameters a statement uses, in order, each once."""
    text = _QUOTED_OR_COMMENT.sub(" ", query)
    return list(dict.fromkeys(_PARAMETER.findall(text)))


def _clean_error(message: str) -> str:
    m = _ERR.match(message)
    text = (m.group("msg") if m else message).strip()
    return text.removeprefix("Error: ")  # the CLI says "Error:" once, before the message


def _unrefused(reply: list[Any] | ReplyError) -> list[Any]:
    """A query's reply as hiredis reads it, with the error it holds raised."""
    if isinstance(reply, ReplyError):  # refused (a reply that `Client.call` did not raise)
        raise reply
    if isinstance(reply[0], ReplyError):
        raise reply[0]
    if isinstance(reply[-1], ReplyError):  # an error met while running
        raise reply[-1]
    return reply


class _Decoder:
    """A compact GRAPH.QUERY reply turned into a ``Result`` in one pass.

    The client's own parse builds its Node/Edge/Path objects cell by cell through
    a table of functions, and ours then copied every one of them again; for answers
    of 100,000s of rows that was most of the wall time. This walks the reply once,
    making our values directly. Labels, relationship types and property keys come
    as numbers; their names are the schema cache's (`_Schema`), which reloads itself
    when it meets a number it does not know yet.
    """

    def __init__(self, schema: _Schema) -> None:
        self.schema = schema

    def decode(self, reply: Any, state: int) -> Result:
        """``Client.call_rows``'s ``(reply, state)`` as a Result; _SchemaChanged when the
        graph was deleted since the names it needs were read (see `_Schema`)."""
        return self.table(reply, state) if state else self.result(reply)

    def counters(self, reply: list[Any] | ReplyError) -> Counters:
        """A write's statistics (its rows, if any, are not wanted)."""
        return _statistics(_unrefused(reply)[-1])[0]

    def result(self, reply: list[Any] | ReplyError) -> Result:
        reply = _unrefused(reply)
        if len(reply) == 1:  # a write without RETURN: statistics only
            counters, server_ms = _statistics(reply[0])
            return Result([], [], counters, server_ms=server_ms)
        header, cells, stats = reply
        if cells:  # any cell may be a node or relationship, named by number
            self.schema.check()
        columns = [_column_name(h) for h in header]
        value, mapping = self.value, self.mapping
        # A null, string or integer cell is its own value (kinds 1-3), and a list's items too
        # (kind 6, opened here): no call for those, the bulk of a big answer. A list of maps
        # (a status history) calls `mapping` straight.
        rows = [
            dict(zip(columns, [
                v if t < 4
                else [x if k < 4 else mapping(x) if k == 10 else value(k, x) for k, x in v]
                if t == 6
                else value(t, v)
                for t, v in row
            ], strict=True))
            for row in cells
        ]  # fmt: skip
        counters, server_ms = _statistics(stats)
        return Result(columns, rows, counters, server_ms=server_ms)

    def table(self, reply: list[Any], state: int) -> Result:
        """A reply the C reader decoded (see ``Client.call_rows``): its rows are dicts already;
        in state 2 some cells, of kinds it leaves to this decoder, are ``(kind, value)`` tuples."""
        header, rows, stats = reply
        if isinstance(stats, ReplyError):  # an error met while running
            raise stats
        if state == 2:  # the cells left here may be nodes or relationships, named by number
            self.schema.check()
            finish = self.finish
            rows = [{k: finish(v) for k, v in row.items()} for row in rows]
        columns = [_column_name(h) for h in header]
        counters, server_ms = _statistics(stats)
        return Result(columns, rows, counters, server_ms=server_ms)

    def finish(self, v: Any) -> Any:
        """A value from the C reader with each ``(kind, value)`` it left decoded here."""
        if isinstance(v, tuple):
            return self.value(*v)
        if isinstance(v, list):
            return [x if isinstance(x, str | int | None) else self.finish(x) for x in v]
        if isinstance(v, dict):
            return {
                k: x if isinstance(x, str | int | None) else self.finish(x) for k, x in v.items()
            }
        return v

    def value(self, kind: int, raw: Any) -> Any:
        if kind < _BOOLEAN:  # null (raw is None), string, integer
            return raw
        if kind == _ARRAY:
            value = self.value
            return [v if t < _BOOLEAN else value(t, v) for t, v in raw]
        if kind == _MAP:
            return self.mapping(raw)
        if kind == _NODE:
            return self.node(raw)
        if kind == _EDGE:
            return self.relationship(raw)
        if kind == _DOUBLE:
            return float(raw)
        if kind == _BOOLEAN:
            return raw == "true"
        if kind == _PATH:
            nodes, edges = raw
            return Path(
                tuple(self.node(n) for _, n in nodes[1]),
                tuple(self.relationship(e) for _, e in edges[1]),
            )
        if kind == _DATETIME:
            # FalkorDB has only local date-times; Neo4j's LocalDateTime comes back naive, so this does too.
            return _EPOCH + dt.timedelta(seconds=raw)
        if kind == _DATE:
            return (_EPOCH + dt.timedelta(seconds=raw)).date()
        if kind == _TIME:
            return (_EPOCH + dt.timedelta(seconds=raw)).time()
        if kind == _DURATION:
            return dt.timedelta(seconds=raw)  # seconds on the server, as Neo4j's store returns it
        if kind == _POINT:
            return {"latitude": float(raw[0]), "longitude": float(raw[1])}
        if kind == _VECTOR:
            return [float(v) for v in raw]
        return None

    def mapping(self, raw: list[Any]) -> dict[str, Any]:
        """A map: key, [kind, value], key, [kind, value], ...; its lists opened here."""
        value = self.value
        return {
            k: v
            if t < 4
            else [x if j < 4 else value(j, x) for j, x in v]
            if t == 6
            else value(t, v)
            for k, (t, v) in zip(raw[::2], raw[1::2], strict=True)
        }

    def properties(self, raw: list[Any]) -> dict[str, Any]:
        keys, value = self.schema.properties, self.value
        try:
            return {keys[k]: v if t < _BOOLEAN else value(t, v) for k, t, v in raw}
        except IndexError:  # a key made since the cache was filled
            return {self.schema.get_property(k): value(t, v) for k, t, v in raw}

    def node(self, raw: list[Any]) -> Node:
        node_id, label_ids, props = raw
        labels = self.schema.labels
        try:
            names = tuple([labels[i] for i in label_ids])
        except IndexError:
            names = tuple([self.schema.get_label(i) for i in label_ids])
        return Node(node_id, names, self.properties(props))

    def relationship(self, raw: list[Any]) -> Relationship:
        edge_id, type_id, start, end, props = raw
        try:
            type_ = self.schema.relationships[type_id]
        except IndexError:
            type_ = self.schema.get_relation(type_id)
        return Relationship(edge_id, type_, start, end, self.properties(props))


_SCHEMA_PROCEDURES = {
    "labels": "db.labels()",
    "relationships": "db.relationshipTypes()",
    "properties": "db.propertyKeys()",
}


class _SchemaChanged(Exception):
    """The graph was deleted and made anew since the names in the cache were read."""


class _Schema:
    """The graph's labels, relationship types and property keys, by the numbers a compact
    reply names them with; a list is read again when a number is new (made since its read).

    Within one graph the numbers only grow. A graph deleted and made anew (``clear``, maybe
    by another process: a notebook open while ``nato-graph load --reset`` runs) numbers its
    names afresh, so a cache of the old graph's names would put the wrong names on
    properties. Each deletion adds one to ``GENERATION_KEY`` in the same transaction, and the
    cache keeps the count it was read under (read first when the store opens). Before a
    reply's first name, and after each list is read, the count is read again: the same count
    means no deletion happened since the cache's count was read, so the reply and the names
    are of the same graph. Another count raises _SchemaChanged, with the cache emptied and
    the new count kept: a read is asked again, a write's reply (its writer holds the lock
    ``clear`` takes) decoded again with names read now.
    """

    def __init__(self, client: Client) -> None:
        self._client = client
        self.clear(self.now())

    def now(self) -> int:
        return int(self._client.call("GET", GENERATION_KEY) or 0)

    def check(self) -> None:
        """The graph is still the one this cache's count was read under, or _SchemaChanged."""
        now = self.now()
        if now != self.generation:
            self.clear(now)
            raise _SchemaChanged

    def _name(self, names: str, index: int) -> str:
        listed: list[str] = getattr(self, names)
        if index >= len(listed):
            reply = self._client.call(
                "GRAPH.RO_QUERY", EMBEDDED_GRAPH, f"CALL {_SCHEMA_PROCEDURES[names]}", "--compact"
            )
            self.check()  # the list is of the same graph as the reply being decoded
            listed = [row[0][1] for row in reply[1]]
            setattr(self, names, listed)
        return listed[index]

    def get_label(self, index: int) -> str:
        return self._name("labels", index)

    def get_relation(self, index: int) -> str:
        return self._name("relationships", index)

    def get_property(self, index: int) -> str:
        return self._name("properties", index)

    def clear(self, generation: int) -> None:
        """Forget every name: the graph is now the one counted ``generation``."""
        self.generation = generation
        self.labels: list[str] = []
        self.relationships: list[str] = []
        self.properties: list[str] = []


# The value kinds of the compact reply (FalkorDB's ResultSetScalarTypes).
_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _EDGE, _NODE, _PATH, _MAP = range(1, 11)
_POINT, _VECTOR, _DATETIME, _DATE, _TIME, _DURATION = range(11, 17)
_EPOCH = dt.datetime(1970, 1, 1)
