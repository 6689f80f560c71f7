"""The embedded store: FalkorDB on a unix socket inside the nato-graph home."""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import redis
from dateutil.relativedelta import relativedelta
from falkordb import Edge as FEdge
from falkordb import FalkorDB
from falkordb import Node as FNode
from falkordb import Path as FPath
from falkordb.query_result import QueryResult

from nato_graph import schema
from nato_graph.batches import DEFAULT_BATCH_SIZE, chunks
from nato_graph.errors import DamagedStoreError, QueryError, QueryTimeoutError, StoreError
from nato_graph.records import Counters, Node, Path, Relationship, Result
from nato_graph.settings import EMBEDDED_GRAPH, Settings
from nato_graph.statements import falkordb_indexes
from nato_graph.stores.base import ReadOnlyError, Store
from nato_graph.stores.falkor_params import ParamError, params_header
from nato_graph.stores.manifest import Manifest, compare, file_digests
from nato_graph.stores.server import (
    AOF_REWRITE_MIN,
    AOF_REWRITE_PERCENT,
    REPAIR_ADVICE,
    EmbeddedServer,
)

# How long the client waits for a reply beyond the query's own limit before it calls the
# server hung: FalkorDB checks its limit between steps, so a query may overrun it a little.
SOCKET_GRACE = 10.0
CONNECT_TIMEOUT = 5.0
# FalkorDB's reply when a query ran past its TIMEOUT argument.
_TIMED_OUT = "Query timed out"
# FalkorDB's reply when GRAPH.RO_QUERY is given a statement that writes.
_WRITE_ON_READ = "is to be executed only on read-only queries"


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
        self.server = EmbeddedServer(settings.home)
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
            self._db = FalkorDB(
                unix_socket_path=path, socket_connect_timeout=CONNECT_TIMEOUT,
                socket_timeout=_socket_timeout(self.settings.timeout),
            )  # fmt: skip
            # Load batches have their own, longer limit, so their own connections.
            self._loader = FalkorDB(
                unix_socket_path=path, socket_connect_timeout=CONNECT_TIMEOUT,
                socket_timeout=_socket_timeout(self.settings.load_timeout),
            )  # fmt: skip
            self._graph = self._db.select_graph(EMBEDDED_GRAPH)
            with _mapped_errors(path, self.settings.timeout):
                if self.server.started_here:
                    self._check()
                if not self._db.connection.exists(EMBEDDED_GRAPH):
                    self._begin_write()
                    self._graph.query("RETURN 1")  # creates the empty graph, so reads have one
        except BaseException:
            with contextlib.suppress(Exception):
                self._db.connection.close()
                self._loader.connection.close()
            self.server.release()
            raise

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
            # then not compared: two loads at once can leave the server's memory holding
            # duplicate relationships (concurrent MERGEs) that replaying the file does not make.
            return
        counts = self.counts() if self._db.connection.exists(EMBEDDED_GRAPH) else None
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
        run = self._graph.ro_query if read_only else self._graph.query
        if not read_only:
            self._begin_write()
        limit = self.settings.timeout
        with _mapped_errors(self.server.socket_path, limit, read_only=read_only):
            # Parameters go as the `CYPHER name=value` header the client would write, from our own
            # encoder (values arrive as sent or are refused: see falkor_params); the client gets
            # plain text through its public API.
            res = run(
                params_header(dict(params)) + query if params else query, timeout=_millis(limit)
            )
        columns = [_column_name(h) for h in res.header]
        rows = [
            dict(zip(columns, (_convert(v) for v in row), strict=True)) for row in res.result_set
        ]
        return Result(columns, rows, _counters(res))

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
        pool = self._loader.connection.connection_pool
        limit = self.settings.load_timeout
        with _mapped_errors(self.server.socket_path, limit):
            conn = pool.get_connection()
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
                    conn.send_command(
                        "GRAPH.QUERY",
                        self._graph.name,
                        text,
                        "--compact",
                        "timeout",
                        _millis(limit),
                    )
                    in_flight = len(batch)
                if in_flight:
                    total += self._finish(conn, in_flight, progress)
            except BaseException:
                conn.disconnect()  # a reply may still be owed on it: never reuse it
                raise
            finally:
                pool.release(conn)
        return total

    def _finish(self, conn: Any, rows: int, progress: Callable[[int], None] | None) -> Counters:
        res = QueryResult(self._graph, conn.read_response())
        if progress:
            progress(rows)
        return _counters(res)

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._run(query, params, read_only=True)

    def write(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._run(query, params, read_only=False)

    # -- schema ----------------------------------------------------------------

    def _indexed(self) -> set[tuple[str, str]]:
        rows = self.read("CALL db.indexes() YIELD label, properties RETURN label, properties").rows
        return {(r["label"], p) for r in rows for p in r["properties"]}

    def ensure_schema(self) -> None:
        indexed = self._indexed()
        for label, prop, statement in falkordb_indexes():
            if (label, prop) not in indexed:
                try:
                    self.write(statement)
                except QueryError as exc:
                    if "already indexed" not in str(exc):  # else another process made it first
                        raise
        have = {(c["label"], tuple(c["properties"])) for c in self._graph.list_constraints()}
        created = False
        for nt in schema.NODE_TYPES:
            if (nt.label, (nt.key,)) not in have:
                self._begin_write()
                try:
                    self._graph.create_node_unique_constraint(nt.label, nt.key)
                    created = True
                except redis.ResponseError as exc:
                    if "already exists" not in str(exc):
                        raise StoreError(
                            f"cannot create the {nt.label}.{nt.key} constraint: {exc}"
                        ) from None
        self._wait_constraints()
        if created:
            # FalkorDB writes each GRAPH.CONSTRAINT into the append-only file twice, and
            # replaying the second copy logs a harmless "CRITICAL ... Constraint already
            # exists" at every start. Rewriting the file now folds the schema into its base.
            with contextlib.suppress(redis.ResponseError):  # a rewrite already under way
                self._db.connection.execute_command("BGREWRITEAOF")

    def _wait_constraints(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = [c["status"] for c in self._graph.list_constraints()]
            if "FAILED" in states:
                raise StoreError("a uniqueness constraint failed: the graph holds duplicate keys")
            if all(s == "OPERATIONAL" for s in states):
                return
            time.sleep(0.02)
        raise StoreError("uniqueness constraints are still being built; try again")

    def clear(self) -> None:
        self._begin_write()
        with _mapped_errors(self.server.socket_path, self.settings.load_timeout):
            self._graph.delete()  # drops nodes, relationships, indexes and constraints at once
            self._graph.query("RETURN 1")

    def _settle_files(self, timeout: float = 60.0) -> bool:
        """Bring the append-only files to the state they keep until the next write.

        A rewrite under way is waited for; one the server would start on its own
        (the log has grown past the rewrite threshold) is started now and waited
        for. False if that takes longer than ``timeout``: no checksums then.
        """
        conn = self._db.connection
        deadline = time.monotonic() + timeout
        asked = False
        while time.monotonic() < deadline:
            info = conn.info("persistence")
            if info.get("aof_rewrite_in_progress") or info.get("aof_rewrite_scheduled"):
                time.sleep(0.02)
                continue
            size, base = int(info.get("aof_current_size", 0)), int(info.get("aof_base_size", 0))
            if asked or not _rewrite_due(size, base):
                return True
            with contextlib.suppress(redis.ResponseError):
                conn.execute_command("BGREWRITEAOF")
            asked = True
        return False

    def describe(self) -> dict[str, Any]:
        state = self.server.state()
        version = self._db.connection.info("server").get("redis_version")
        return {
            "store": "embedded (FalkorDB)",
            "home": str(self.settings.home),
            "socket": state.socket,
            "server": f"running, pid {state.pid}"
            + (" (kept by `server start`)" if state.kept else ""),
            "version": f"redis {version}, falkordb {_module_version(self._db)}",
        }

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._writing:  # record what the graph holds now, for the next start to check
                with contextlib.suppress(StoreError, redis.RedisError, OSError):
                    counts = self.counts()
                    settled = self._settle_files()
                    files = file_digests(self.server.data_dir) if settled else None
                    self.manifest.record(counts.labels, counts.types, files)
            self._db.connection.close()
            self._loader.connection.close()
        finally:
            self.server.release()


def _rewrite_due(size: int, base: int) -> bool:
    """Whether the server's own rule (see ``EmbeddedServer._start``) would rewrite the log now."""
    return size > AOF_REWRITE_MIN and (
        base == 0 or (size - base) * 100 >= base * AOF_REWRITE_PERCENT
    )


def _module_version(db: FalkorDB) -> str:
    for module in db.connection.execute_command("MODULE", "LIST"):
        info = dict(zip(module[::2], module[1::2], strict=False))
        if info.get("name") == "graph":
            v = int(info["ver"])
            return f"{v // 10000}.{v // 100 % 100}.{v % 100}"
    return "?"


@contextlib.contextmanager
def _mapped_errors(
    socket_path: str, limit: float | None, *, read_only: bool = False
) -> Iterator[None]:
    """The client's errors as the store's: a query problem, a refused write, a query past its
    time limit, a server that does not answer, or a lost server."""
    try:
        yield
    except redis.ResponseError as exc:
        message = str(exc)
        if read_only and _WRITE_ON_READ in message:  # only RO_QUERY's own refusal
            raise ReadOnlyError(
                "this statement writes to the graph; the read path is read-only"
            ) from None
        if _TIMED_OUT in message and limit is not None:
            raise QueryTimeoutError(limit) from None
        raise QueryError(_clean_error(message)) from None
    except ParamError as exc:
        raise QueryError(str(exc)) from None
    except redis.TimeoutError:
        raise StoreError(
            f"the embedded server on {socket_path} did not answer within "
            f"{_socket_timeout(limit) or CONNECT_TIMEOUT:g} s: it is hung, or busy with work its "
            "time limit cannot interrupt (a deeply nested literal); `nato-graph server stop` "
            "ends it"
        ) from None
    except redis.ConnectionError as exc:
        raise StoreError(f"lost the embedded server on {socket_path}: {exc}") from None


def _counters(res: QueryResult) -> Counters:
    return Counters(
        nodes_created=int(res.nodes_created),
        nodes_deleted=int(res.nodes_deleted),
        relationships_created=int(res.relationships_created),
        relationships_deleted=int(res.relationships_deleted),
        properties_set=int(res.properties_set),
    )


def _column_name(header: Any) -> str:
    return header[1] if isinstance(header, list | tuple) else str(header)


_ERR = re.compile(r"^errMsg: (?P<msg>.*?)(?: errCtx: .*)?$", re.S)


def _clean_error(message: str) -> str:
    m = _ERR.match(message)
    return (m.group("msg") if m else message).strip()


def _node(n: FNode) -> Node:
    return Node(n.id, tuple(n.labels or ()), dict(n.properties))


def _relationship(e: FEdge) -> Relationship:
    start = e.src_node.id if isinstance(e.src_node, FNode) else e.src_node
    end = e.dest_node.id if isinstance(e.dest_node, FNode) else e.dest_node
    return Relationship(e.id, e.relation, start, end, dict(e.properties))


def _convert(value: Any) -> Any:
    if isinstance(value, FNode):
        return _node(value)
    if isinstance(value, FEdge):
        return _relationship(value)
    if isinstance(value, FPath):
        return Path(
            tuple(_node(n) for n in value.nodes()), tuple(_relationship(e) for e in value.edges())
        )
    if isinstance(value, list):
        return [_convert(v) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        # FalkorDB has only local date-times; the client stamps them UTC. Neo4j's
        # LocalDateTime comes back naive, so this does too.
        return value.replace(tzinfo=None)
    if isinstance(value, relativedelta):
        # The client turns a duration (seconds on the server) into a relativedelta;
        # a timedelta is the plain value the Neo4j store also returns.
        return (_EPOCH + value) - _EPOCH
    return value


_EPOCH = dt.datetime(1970, 1, 1)
