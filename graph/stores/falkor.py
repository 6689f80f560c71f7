"""The embedded store: FalkorDB on a unix socket inside the nato-graph home."""

from __future__ import annotations

import contextlib
import datetime as dt
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
from nato_graph.errors import QueryError, StoreError
from nato_graph.records import Counters, Node, Path, Relationship, Result
from nato_graph.settings import EMBEDDED_GRAPH, Settings
from nato_graph.statements import falkordb_indexes
from nato_graph.stores.base import ReadOnlyError, Store
from nato_graph.stores.falkor_params import ParamError, params_header
from nato_graph.stores.server import EmbeddedServer


class FalkorStore(Store):
    kind = "embedded"
    engine = "falkordb"

    def __init__(self, settings: Settings, *, keep_server: bool = False) -> None:
        self.settings = settings
        self.server = EmbeddedServer(settings.home)
        self.server.acquire(keep=keep_server)
        try:
            self._db = FalkorDB(unix_socket_path=self.server.socket_path)
            self._graph = self._db.select_graph(EMBEDDED_GRAPH)
            if not self._db.connection.exists(EMBEDDED_GRAPH):
                self._graph.query("RETURN 1")  # creates the empty graph, so reads have one to read
        except Exception:
            self.server.release()
            raise
        self._closed = False

    # -- queries -------------------------------------------------------------

    def _run(self, query: str, params: Mapping[str, Any] | None, read_only: bool) -> Result:
        run = self._graph.ro_query if read_only else self._graph.query
        with _mapped_errors(self.server.socket_path):
            # Parameters go as the `CYPHER name=value` header the client would write, from our own
            # encoder (values arrive as sent or are refused: see falkor_params); the client gets
            # plain text through its public API.
            res = run(params_header(dict(params)) + query if params else query)
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
        """
        total = Counters()
        pool = self._db.connection.connection_pool
        with _mapped_errors(self.server.socket_path):
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
                    conn.send_command("GRAPH.QUERY", self._graph.name, text, "--compact")
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
        for nt in schema.NODE_TYPES:
            if (nt.label, (nt.key,)) not in have:
                try:
                    self._graph.create_node_unique_constraint(nt.label, nt.key)
                except redis.ResponseError as exc:
                    if "already exists" not in str(exc):
                        raise StoreError(
                            f"cannot create the {nt.label}.{nt.key} constraint: {exc}"
                        ) from None
        self._wait_constraints()

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
        self._graph.delete()  # drops nodes, relationships, indexes and constraints at once
        self._graph.query("RETURN 1")

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
            self._db.connection.close()
        finally:
            self.server.release()


def _module_version(db: FalkorDB) -> str:
    for module in db.connection.execute_command("MODULE", "LIST"):
        info = dict(zip(module[::2], module[1::2], strict=False))
        if info.get("name") == "graph":
            v = int(info["ver"])
            return f"{v // 10000}.{v // 100 % 100}.{v % 100}"
    return "?"


@contextlib.contextmanager
def _mapped_errors(socket_path: str) -> Iterator[None]:
    """The client's errors as the store's: a query problem, a refused write, or a lost server."""
    try:
        yield
    except redis.ResponseError as exc:
        message = str(exc)
        if "read-only" in message or "RO_QUERY" in message:
            raise ReadOnlyError(
                "this statement writes to the graph; the read path is read-only"
            ) from None
        raise QueryError(_clean_error(message)) from None
    except ParamError as exc:
        raise QueryError(str(exc)) from None
    except (redis.ConnectionError, redis.TimeoutError) as exc:
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
