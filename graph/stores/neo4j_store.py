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
# Bounds on reaching the server, so that one that is down or hung gives one line in seconds.
# A connection gets CONNECTION_TIMEOUT to open: the TCP connect, then Bolt's handshake and the
# login (the driver bounds those by the acquisition timeout, not the connect one), so a server
# that accepts connections and never answers (stopped, swapping) is called hung in that time.
CONNECTION_TIMEOUT = 5.0
# The driver retries a managed transaction that failed transiently, a lost connection among
# them, after 1, 2, 4... s: a read for 2 s (about 3 s in all, since a server that is gone
# stays gone for longer), a write (a load batch) for 5 s (about 7 s in all), long enough to
# wait out another client's lock or a cluster's change of leader.
READ_RETRY_TIME = 2.0
WRITE_RETRY_TIME = 5.0
# The driver reads its socket with no timeout once a connection is open, so a server that
# stops answering mid-request (stopped, swapping, a network that drops packets silently)
# would hold a command forever. Each request therefore runs in a worker thread that the
# caller waits for at most the request's own limit (the server stops a query at the limit
# itself and says so) plus the driver's retry time and this grace; past that the server is
# called hung. A request with no limit (``--timeout 0``) is waited for without end, as asked.
ANSWER_GRACE = 5.0
CLOSE_WAIT = 5.0  # seconds to wait for the driver to close its connections

T = TypeVar("T")

# A read transaction keeps Neo4j from writing, yet LOAD CSV is a read to it: it has the server
# open a file (any the JVM may read, unless the server confines or refuses file URLs) or fetch
# a URL. A plugin's procedure (APOC's apoc.load.json, apoc.import.*) or function can do the
# same. The read path refuses all three, from the server's own plan (EXPLAIN, which runs
# nothing), in the same transaction. A statement is planned when its text may hold LOAD CSV,
# a procedure call or a plugin's function: "csv", a CALL that opens no subquery, a \u escape
# (Neo4j reads `LOAD \u0043SV` as LOAD CSV), or the last part of the name of a function a
# plugin adds (`text` of apoc.load.text: backticks quote a whole part and comments cannot
# split one, so a call spells it out, or escapes it). The rest are run as they are.
_MAY_REACH_OUT = re.compile(r"csv|\\u|call(?!\s*[{(])", re.IGNORECASE)
_BUILT_IN_PROCEDURES = ("db.", "dbms.", "tx.")  # Neo4j's own: they read the database only
# The functions the server did not build in: a plugin's (the probe at connect time asks).
_PLUGIN_FUNCTIONS = "SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name"
_LOAD_CSV_REFUSED = (
    "LOAD CSV is refused on the read path: it has the Neo4j server fetch a URL or open a "
    "file, which a read must not do"
)
# What may stand before a statement, as Neo4j's pre-parser reads it: blanks, comments, CYPHER
# and its options, and the execution mode (EXPLAIN plans only, PROFILE runs and measures).
_PREAMBLE = re.compile(
    r"\s+|//[^\n]*|/\*.*?\*/|(?P<mode>EXPLAIN|PROFILE)\b"
    r"|CYPHER\b(?:\s+(?:\d+(?:\.\d+)?|\w+\s*=\s*[\w.]+))*",
    re.IGNORECASE | re.DOTALL,
)
_MODE_UNREAD = (
    "the read path plans a statement that may load a CSV or call a procedure before it runs "
    "it, and could not read this one's EXPLAIN or PROFILE: write it in plain letters at the "
    "start of the statement"
)


def _answer_wait(limit: float | None, read: bool = True) -> float | None:
    """Seconds to wait for a request limited to ``limit`` seconds on the server."""
    retry = READ_RETRY_TIME if read else WRITE_RETRY_TIME
    return None if limit is None else limit + retry + ANSWER_GRACE


class Neo4jStore(Store):
    kind = "neo4j"
    engine = "neo4j"
    # The functions a plugin adds (the server lists them when the store connects), checked on
    # the read path: how a statement's text may name one, and how a plan calls one.
    _plugin_words: re.Pattern[str] | None = None
    _plugin_calls: re.Pattern[str] | None = None

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
                connection_acquisition_timeout=CONNECTION_TIMEOUT,
                max_transaction_retry_time=WRITE_RETRY_TIME,
            )  # fmt: skip
            # One connection, bounded by CONNECTION_TIMEOUT (the wait is a net under it).
            info = self._answered(CONNECTION_TIMEOUT + ANSWER_GRACE, self._driver.get_server_info)
            self._check_version(info.agent)
            self._answered(_answer_wait(settings.timeout), self._probe)
        except StoreError:
            self.close()
            raise
        except Exception as exc:
            if hasattr(self, "_driver"):
                self.close()
            raise self._said_safely(StoreError(self._explain(exc))) from None

    def _probe(self) -> None:
        """Ask the configured database (it may not exist) which functions plugins add."""
        with self._driver.session(database=self.database) as session:
            names = [r["name"] for r in session.run(_PLUGIN_FUNCTIONS)]
        if names:
            last_parts = {name.rsplit(".", 1)[-1] for name in names}
            self._plugin_words = re.compile("|".join(map(re.escape, last_parts)), re.IGNORECASE)
            self._plugin_calls = _calls_of(names)

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

    @staticmethod
    def _said_safely(error: StoreError) -> StoreError:
        """``error``, its message built from our words and the driver's with the password taken out
        of the driver's (``_explain``): shown as it is (``NatoGraphError.redacted``)."""
        error.redacted = True
        return error

    def _explain(self, exc: Exception) -> str:
        where = f"Neo4j at {self.settings.uri}"
        if isinstance(exc, nx.AuthError):
            if not (self.settings.password and self.settings.password.reveal()):
                return (
                    f"{where} refused user {self.settings.username!r}: no password was given; "
                    "set NEO4J_PASSWORD (or --password, connect(password=...))"
                )
            return f"{where} refused the credentials of user {self.settings.username!r} (wrong password?)"
        if isinstance(exc, nx.DriverError) and _timed_out(exc):
            return (
                f"{where} did not answer a connection within {CONNECTION_TIMEOUT:g} s: the server "
                "is hung or unreachable (check it)"
            )
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
        if read:
            return self._driver.session(
                database=self.database,
                default_access_mode=neo4j.READ_ACCESS,
                max_transaction_retry_time=READ_RETRY_TIME,
            )
        return self._driver.session(database=self.database, default_access_mode=neo4j.WRITE_ACCESS)

    def _execute(self, query: str, params: Mapping[str, Any] | None, read: bool) -> Result:
        words, functions = self._plugin_words, self._plugin_calls
        planned = read and bool(_MAY_REACH_OUT.search(query) or (words and words.search(query)))

        def work(tx: neo4j.ManagedTransaction) -> Result:
            if planned:
                _refuse_reaching_out(_plan(tx, query, params), functions)
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
            return self._answered(_answer_wait(limit, read), request)
        except nx.ClientError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code and limit is not None:
                raise QueryTimeoutError(limit) from None
            if read and ("AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code):
                raise ReadOnlyError(
                    "this statement writes to the graph; the read path is read-only (cypher(..., write=True) allows it)"
                ) from None
            raise self._said_safely(QueryError(self.settings.redact(_said(exc)))) from None
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.AuthError) as exc:
            raise self._said_safely(StoreError(self._explain(exc))) from None
        except nx.DriverError as exc:  # a connection the pool could not give in time, say
            raise self._said_safely(StoreError(self._explain(exc))) from None
        except nx.Neo4jError as exc:
            if "TransactionTimedOut" in (exc.code or "") and limit is not None:
                raise QueryTimeoutError(limit) from None
            raise self._said_safely(QueryError(self.settings.redact(_said(exc)))) from None

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
        self._cleared()

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


def _said(exc: nx.Neo4jError) -> str:
    """The server's message, without the empty "()" Neo4j ends some with (a refused file URL)."""
    return re.sub(r"\s*\(\)$", "", exc.message or str(exc))


def _explained(query: str) -> str:
    """``query`` as a statement that plans it and runs nothing: EXPLAIN in place of its
    PROFILE, or before it (Neo4j refuses both modes at once); an EXPLAIN is itself.

    >>> _explained("MATCH (n) RETURN n")
    'EXPLAIN MATCH (n) RETURN n'
    >>> _explained("CYPHER runtime=slotted /* why */ profile MATCH (n) RETURN n")
    'CYPHER runtime=slotted /* why */ EXPLAIN MATCH (n) RETURN n'
    """
    at = 0
    while part := _PREAMBLE.match(query, at):
        mode = part.group("mode")
        if mode and mode.upper() == "EXPLAIN":
            return query
        if mode:
            return query[: part.start()] + "EXPLAIN" + query[part.end() :]
        at = part.end()
    return "EXPLAIN " + query


def _plan(tx: neo4j.ManagedTransaction, query: str, params: Mapping[str, Any] | None) -> Any:
    """The server's plan of ``query``, which runs nothing."""
    try:
        return tx.run(_explained(query), dict(params or {})).consume().plan
    except nx.ClientError as exc:
        # A mode the pre-parser read and the scan above did not (`PR\u004FFILE`, say).
        if "execution mode" in (exc.message or ""):
            raise QueryError(_MODE_UNREAD) from None
        raise


def _calls_of(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern that finds a call of one of the functions ``names`` in a plan's text (each
    part of a name may be quoted in backticks there; in any case, though Neo4j matches a
    plugin's names case by case), or None when there are none.

    >>> bool(_calls_of(["apoc.load.text"]).search("`apoc`.`load`.text($url) AS x"))
    True
    >>> bool(_calls_of(["apoc.load.text"]).search("my.apoc.load.text($url) AS x"))
    False
    """
    spelled = [
        r"\.".join(f"`?{re.escape(part)}`?" for part in name.split("."))
        for name in sorted(set(names), key=len, reverse=True)
    ]
    if not spelled:
        return None
    return re.compile(rf"(?<![\w.`])(?:{'|'.join(spelled)})\s*\(", re.IGNORECASE)


def _timed_out(exc: BaseException) -> bool:
    """Whether the driver gave up waiting (a server that does not answer), not a refusal."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, TimeoutError | nx.ConnectionAcquisitionTimeoutError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _refuse_reaching_out(plan: Mapping[str, Any] | None, functions: re.Pattern[str] | None) -> None:
    """A QueryError when ``plan`` (EXPLAIN's, as the driver gives it) loads a CSV, calls a
    procedure that is not Neo4j's own, or calls a function a plugin adds (``functions``)."""
    steps = [plan] if plan else []
    while steps:
        step = steps.pop()
        steps.extend(step.get("children") or ())
        operator = str(step.get("operatorType", "")).split("@")[0]
        details = str((step.get("args") or {}).get("Details", ""))
        if operator == "LoadCSV":
            raise QueryError(_LOAD_CSV_REFUSED)
        if operator == "ProcedureCall":
            name = details.split("(")[0].strip()
            if not name.startswith(_BUILT_IN_PROCEDURES):
                raise QueryError(
                    f"the procedure {name or '?'} is refused on the read path: one a plugin "
                    "adds may have the Neo4j server open a file or fetch a URL, which a read "
                    "must not do; run it with --write (write=True) if you mean it"
                )
        called = functions.search(details) if functions else None
        if called:
            name = called.group(0).rstrip("( \t\n").replace("`", "")
            raise QueryError(
                f"the function {name} is refused on the read path: one a plugin adds may have "
                "the Neo4j server open a file or fetch a URL, which a read must not do; run it "
                "with --write (write=True) if you mean it"
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
