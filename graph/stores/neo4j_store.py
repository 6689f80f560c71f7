"""The Neo4j store: Neo4j 5 or Aura through the official driver.

Reads run in read transactions (a write there is rejected by the server),
writes through ``execute_write`` so the driver retries transient errors; the
database name is always passed, so no request depends on a home database.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as nx

from nato_graph.errors import QueryError, QueryTimeoutError, StoreError
from nato_graph.records import Counters, Node, Path, Relationship, Result
from nato_graph.settings import Settings
from nato_graph.statements import neo4j_schema
from nato_graph.stores.base import ReadOnlyError, Store
from nato_graph.values import collector_paused

# The driver logs failures (e.g. "Unable to retrieve routing information") that our error
# message already says; without a handler Python's last-resort one prints them to stderr.
# A NullHandler silences that default and still lets an application's logging see them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


CLEAR_BATCH = 10_000
# Bounds on the connection itself, so a server that is down or hung gives an error in time.
CONNECTION_TIMEOUT = 10.0  # seconds to open a connection
ACQUISITION_TIMEOUT = 30.0  # seconds to get a connection from the pool
RETRY_TIME = 15.0  # seconds the driver may spend retrying a transient failure
# The driver reads its socket with no timeout once a connection is open, so a server that
# stops answering mid-request (stopped, swapping, a network that drops packets silently)
# would hold a command forever. Each request therefore runs in a worker thread that the
# caller waits for at most twice the request's own limit (the server stops a query at the
# limit itself) plus the driver's retry time and this grace; past that the server is called
# hung. A request with no limit (``--timeout 0``) is waited for without end, as asked.
ANSWER_GRACE = RETRY_TIME + 10.0
CLOSE_WAIT = 5.0  # seconds to wait for the driver to close its connections

T = TypeVar("T")

# A read transaction keeps Neo4j from writing, yet LOAD CSV is a read to it: it has the server
# open a file (any the JVM may read, unless the server sets server.directories.import) or fetch
# a URL. A plugin's procedure (APOC's apoc.load.json, apoc.import.*) can do the same. The read
# path refuses both, from the server's own plan (EXPLAIN, which runs nothing), in the same
# transaction. Only a statement whose text may hold them is planned: "csv", a CALL that opens
# no subquery, or a \u escape (Neo4j reads `LOAD \u0043SV` as LOAD CSV).
_MAY_REACH_OUT = re.compile(r"csv|\\u|call(?!\s*[{(])", re.IGNORECASE)
_BUILT_IN_PROCEDURES = ("db.", "dbms.", "tx.")  # Neo4j's own: they read the database only
_LOAD_CSV_REFUSED = (
    "LOAD CSV is refused on the read path: it has the Neo4j server fetch a URL or open a "
    "file, which a read must not do"
)


def _answer_wait(limit: float | None) -> float | None:
    """Seconds to wait for a request limited to ``limit`` seconds on the server."""
    return None if limit is None else 2 * limit + ANSWER_GRACE


class Neo4jStore(Store):
    kind = "neo4j"
    engine = "neo4j"

    def __init__(self, settings: Settings) -> None:
        assert settings.uri
        self.settings = settings
        self.database = settings.database
        self._abandoned: list[threading.Thread] = []  # requests given up on (see _answered)
        auth = (
            settings.username or "neo4j",
            settings.password.reveal() if settings.password else "",
        )
        try:
            self._driver = neo4j.GraphDatabase.driver(
                settings.uri, auth=auth, user_agent="nato-graph",
                connection_timeout=CONNECTION_TIMEOUT,
                connection_acquisition_timeout=ACQUISITION_TIMEOUT,
                max_transaction_retry_time=RETRY_TIME,
            )  # fmt: skip
            self._driver.verify_connectivity()
            self._check_version(self._driver.get_server_info().agent)
            self._answered(_answer_wait(settings.timeout), self._probe)
        except StoreError:
            self.close()
            raise
        except Exception as exc:
            if hasattr(self, "_driver"):
                self.close()
            raise StoreError(self._explain(exc)) from None

    def _probe(self) -> None:
        """Run a trivial statement in the configured database (it may not exist)."""
        with self._driver.session(database=self.database) as session:
            session.run("RETURN 1").consume()

    def _answered(self, wait: float | None, request: Callable[[], T]) -> T:
        """``request()``'s value, or a StoreError when the server has not answered in ``wait`` s.

        The request runs in a daemon thread: one stuck on a silent socket is left behind
        (it ends when the server answers or the process exits) instead of holding the caller.
        """
        if wait is None:
            return request()
        outcome: list[Any] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append((True, request()))
            except BaseException as exc:  # handed to the caller below
                outcome.append((False, exc))
            finally:
                done.set()

        worker = threading.Thread(target=run, name="nato-graph-neo4j-request", daemon=True)
        worker.start()
        if not done.wait(wait):
            self._abandoned.append(worker)
            raise StoreError(
                f"Neo4j at {self.settings.uri} did not answer within {wait:g} s: the server is "
                "hung or unreachable (check it, or raise --timeout for slow questions)"
            )
        ok, value = outcome[0]
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def _check_version(self, agent: str) -> None:
        """Refuse a server older than Neo4j 5 (its Cypher lacks what the questions use)."""
        found = re.match(r"Neo4j/(\d+)\.(\d+)", agent or "")
        if found and int(found.group(1)) < 5:
            raise StoreError(
                f"Neo4j at {self.settings.uri} is version {found.group(1)}.{found.group(2)}; "
                "nato-graph needs Neo4j 5 or newer (or Aura): upgrade it, or unset NEO4J_URI "
                "to use the embedded store"
            )

    def _explain(self, exc: Exception) -> str:
        where = f"Neo4j at {self.settings.uri}"
        if isinstance(exc, nx.AuthError):
            if not (self.settings.password and self.settings.password.reveal()):
                return (
                    f"{where} refused user {self.settings.username!r}: no password was given; "
                    "set NEO4J_PASSWORD (or --password, connect(password=...))"
                )
            return f"{where} refused the credentials of user {self.settings.username!r} (wrong password?)"
        if isinstance(exc, nx.ServiceUnavailable):
            return f"cannot reach {where}: is the server running and the URI right?"
        if isinstance(exc, nx.ClientError) and exc.code and "DatabaseNotFound" in exc.code:
            return (
                f"{where} has no database named {self.database!r}; set --database or NEO4J_DATABASE"
            )
        if isinstance(exc, nx.UnsupportedServerProduct):
            return (
                f"{where} speaks no Bolt version this driver knows (older than Neo4j 4.4?); "
                "nato-graph needs Neo4j 5 or newer (or Aura)"
            )
        if isinstance(exc, nx.ConfigurationError | ValueError):
            return f"bad Neo4j settings: {self.settings.redact(str(exc))}"
        return f"{where}: {self.settings.redact(str(getattr(exc, 'message', None) or exc))}"

    def _session(self, read: bool) -> neo4j.Session:
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _execute(self, query: str, params: Mapping[str, Any] | None, read: bool) -> Result:
        def work(tx: neo4j.ManagedTransaction) -> Result:
            if read and _MAY_REACH_OUT.search(query):
                _refuse_reaching_out(tx.run("EXPLAIN " + query, dict(params or {})).consume().plan)
            res = tx.run(query, dict(params or {}))
            keys = list(res.keys())
            rows = _rows(keys, res)
            summary = res.consume()
            c = summary.counters
            counters = Counters(
                c.nodes_created,
                c.nodes_deleted,
                c.relationships_created,
                c.relationships_deleted,
                c.properties_set,
            )
            # The server's time to the first record and from it to the last (None when unsaid).
            times = (summary.result_available_after, summary.result_consumed_after)
            server_ms = None if None in times else float(sum(times))  # type: ignore[arg-type]
            return Result(keys, rows, counters, server_ms=server_ms)

        # The transaction timeout is enforced by the server, which then stops the work; writes
        # (load batches) may run LOAD_TIMEOUT_FACTOR times as long as reads.
        limit = self.settings.timeout if read else self.settings.load_timeout
        bounded = neo4j.unit_of_work(timeout=limit)(work) if limit is not None else work

        def request() -> Result:
            with self._session(read) as session:
                return session.execute_read(bounded) if read else session.execute_write(bounded)

        try:
            return self._answered(_answer_wait(limit), request)
        except nx.ClientError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code and limit is not None:
                raise QueryTimeoutError(limit) from None
            if read and ("AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code):
                raise ReadOnlyError(
                    "this statement writes to the graph; the read path is read-only"
                ) from None
            raise QueryError(self.settings.redact(exc.message or str(exc))) from None
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.AuthError) as exc:
            raise StoreError(self._explain(exc)) from None
        except nx.Neo4jError as exc:
            if "TransactionTimedOut" in (exc.code or "") and limit is not None:
                raise QueryTimeoutError(limit) from None
            raise QueryError(self.settings.redact(exc.message or str(exc))) from None

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._execute(query, params, read=True)

    def write(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        return self._execute(query, params, read=False)

    def ensure_schema(self) -> None:
        for statement in neo4j_schema():
            self.write(statement)
        self.refresh_names()

    def clear(self) -> None:
        """Delete everything in batches of 10,000: relationships first, then the bare nodes.

        Each batch is its own transaction, so the work a transaction holds stays small
        however large the graph and however many relationships one node has.
        """
        from nato_graph.queries import internal

        for step in ("clear-relationships", "clear-nodes"):
            while self.write(internal(step), {"batch": CLEAR_BATCH}).value(0):
                pass

    def describe(self) -> dict[str, Any]:
        info = self._answered(_answer_wait(self.settings.timeout), self._driver.get_server_info)
        return {
            "store": "Neo4j",
            "uri": self.settings.uri,
            "database": self.database,
            "user": self.settings.username,
            "server": f"{info.agent} ({info.address})",
        }

    def close(self) -> None:
        # A request given up on still holds its connection: if the server has come back, it
        # ends soon and hands it back, to be closed with the rest (not left to the collector).
        deadline = time.monotonic() + CLOSE_WAIT
        for worker in self._abandoned:
            worker.join(max(0.0, deadline - time.monotonic()))
        # Closing says goodbye on every pooled connection; a hung server need not hear it.
        with contextlib.suppress(StoreError):
            self._answered(CLOSE_WAIT, self._driver.close)


def _refuse_reaching_out(plan: Mapping[str, Any] | None) -> None:
    """A QueryError when ``plan`` (EXPLAIN's, as the driver gives it) loads a CSV or calls a
    procedure that is not Neo4j's own."""
    steps = [plan] if plan else []
    while steps:
        step = steps.pop()
        steps.extend(step.get("children") or ())
        operator = str(step.get("operatorType", "")).split("@")[0]
        if operator == "LoadCSV":
            raise QueryError(_LOAD_CSV_REFUSED)
        if operator == "ProcedureCall":
            name = str((step.get("args") or {}).get("Details", "")).split("(")[0].strip()
            if not name.startswith(_BUILT_IN_PROCEDURES):
                raise QueryError(
                    f"the procedure {name or '?'} is refused on the read path: one a plugin "
                    "adds may have the Neo4j server open a file or fetch a URL, which a read "
                    "must not do; run it with --write (write=True) if you mean it"
                )


def _rows(keys: list[str], records: Iterable[neo4j.Record]) -> list[dict[str, Any]]:
    """The records as dicts of our values; a plain value (most cells) is taken as it is.

    The collector is paused meanwhile: the driver's decoding and ours only allocate,
    and each collection would walk the whole growing answer again.
    """
    plain = _PLAIN
    with collector_paused(kept=True):
        return [
            dict(
                zip(
                    keys,
                    [v if v.__class__ in plain else _convert(v) for v in record.values()],
                    strict=True,
                )
            )
            for record in records
        ]


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _node(n: neo4j.graph.Node) -> Node:
    return Node(n.element_id, tuple(sorted(n.labels)), {k: _convert(v) for k, v in n.items()})


def _relationship(r: neo4j.graph.Relationship) -> Relationship:
    assert r.start_node is not None and r.end_node is not None
    return Relationship(
        r.element_id,
        r.type,
        r.start_node.element_id,
        r.end_node.element_id,
        {k: _convert(v) for k, v in r.items()},
    )


def _convert(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        return _node(value)
    if isinstance(value, neo4j.graph.Relationship):
        return _relationship(value)
    if isinstance(value, neo4j.graph.Path):
        return Path(
            tuple(_node(n) for n in value.nodes),
            tuple(_relationship(r) for r in value.relationships),
        )
    if isinstance(value, list):
        return [_convert(v) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if hasattr(value, "to_native"):  # neo4j.time.Date, DateTime, Time, Duration
        try:
            return value.to_native()
        except (ValueError, OverflowError):
            return value.iso_format()
    return value
