"""The Neo4j store: clear errors, retried and idempotent writes, and the contract on a real server.

Parts:

* Always run: an unreachable host (the real driver, refused on 127.0.0.1:1) and a
  URI the tool cannot use give one clear line through the CLI.
* With a stand-in, for what a real server cannot be made to do on cue: fail every
  batch of a whole load once, before it runs or after it committed (the connection
  lost with the outcome unknown). The Neo4j store's driver is replaced by one whose
  transactions run their statements on the real embedded store, and whose first
  attempt at a batch fails with ``neo4j.exceptions.TransientError``. The tests show
  that every write goes through ``session.execute_write`` (the driver's retrying
  transaction function; never ``session.run`` or ``begin_transaction``) and that a
  retried batch duplicates nothing, because the batched MERGE statements are
  idempotent.
* Against the tests' real Neo4j, tests/test_neo4j.py: among the rest, a real transient
  error (a lock held past the server's lock timeout) retried by the real driver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import neo4j
import pytest
from click.testing import CliRunner, Result
from neo4j.exceptions import TransientError

from nato_graph.cli import cli
from nato_graph.errors import QueryError, StoreError
from nato_graph.loaders.load import read_records
from nato_graph.loaders.plan import plan
from nato_graph.records import Result as Records
from nato_graph.settings import resolve
from nato_graph.stores import Store, open_store
from nato_graph.stores.neo4j_store import Neo4jStore

NO_NEO4J = dict.fromkeys(
    ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
)
PASSWORD = "pw-N4j-51d0"


def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env={**NO_NEO4J, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"nato-graph {args} raised") from result.exception
    assert "Traceback" not in result.output
    return result


# -- (a) clear errors, always run ----------------------------------------------------------


@pytest.mark.parametrize(
    "uri", ["bolt://127.0.0.1:1", "neo4j://127.0.0.1:1", "bolt+ssc://127.0.0.1:1"]
)
@pytest.mark.parametrize("given", ["flag", "env"])
def test_unreachable_host_is_one_clear_line(uri: str, given: str) -> None:
    if given == "flag":
        result = invoke("--uri", uri, "--password", PASSWORD, "status")
    else:
        result = invoke("status", env={"NEO4J_URI": uri, "NEO4J_PASSWORD": PASSWORD})
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr
        == f"Error: cannot reach Neo4j at {uri}: is the server running and the URI right?\n"
    )


def test_unreachable_host_raises_store_error_from_the_library() -> None:
    settings = resolve(uri="neo4j://127.0.0.1:1", password=PASSWORD, env={})
    with pytest.raises(
        StoreError, match=r"^cannot reach Neo4j at neo4j://127\.0\.0\.1:1: "
    ) as info:
        open_store(settings)
    assert PASSWORD not in str(info.value)


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        pytest.param(
            "http://localhost:7474",
            "unsupported Neo4j URI scheme http://; use one of bolt://, ",
            id="http",
        ),
        pytest.param(
            "https://user:pw@db.example", "unsupported Neo4j URI scheme https://", id="https"
        ),
        pytest.param("redis://localhost:6379", "unsupported Neo4j URI scheme redis://", id="redis"),
        pytest.param(
            "localhost:7687", "unsupported Neo4j URI scheme localhost://", id="no-scheme-host-port"
        ),
        pytest.param("db.example", "the Neo4j URI has no scheme", id="no-scheme"),
        pytest.param("neo4j:db.example", "the Neo4j URI must start with neo4j://", id="no-slashes"),
        pytest.param("bolt://[::1", "the Neo4j URI is not valid", id="broken-ipv6"),
    ],
)
def test_unusable_uri_is_one_clear_line(uri: str, message: str) -> None:
    result = invoke("--uri", uri, "status")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {message}"), result.stderr
    assert result.stderr.count("\n") == 1


# -- (b) a transient error mid-load, with a stand-in driver --------------------------------


def server_error(code: str, message: str) -> TransientError:
    """A transient error as the driver builds it from a server's FAILURE message."""
    hydrate = getattr(neo4j.exceptions.Neo4jError, "_hydrate_neo4j", None)
    error = hydrate(code=code, message=message) if hydrate else TransientError(message)
    assert isinstance(error, TransientError) and error.is_retryable()
    return error


DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected"


class _Summary:
    def __init__(self, records: Records) -> None:
        c = records.counters
        self.counters = SimpleNamespace(
            nodes_created=c.nodes_created,
            nodes_deleted=c.nodes_deleted,
            relationships_created=c.relationships_created,
            relationships_deleted=c.relationships_deleted,
            properties_set=c.properties_set,
        )
        # the server's timings, as the driver's ResultSummary gives them (milliseconds)
        self.result_available_after, self.result_consumed_after = 0, 0


class _Cursor:
    """What ``ManagedTransaction.run`` returns, as far as Neo4jStore uses it."""

    def __init__(self, records: Records) -> None:
        self._records = records

    def keys(self) -> list[str]:
        return list(self._records.columns)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._records.rows)

    def consume(self) -> _Summary:
        return _Summary(self._records)


class Backend:
    """Runs what the Neo4j store sends on the real embedded store, failing on cue.

    ``fail`` is "before" (the server never ran the batch) or "after" (the server
    committed it, then the connection failed: the outcome the client cannot know,
    which is what makes a retried batch dangerous unless it is idempotent).
    """

    def __init__(self, store: Store, fail: str | None) -> None:
        self.store, self.fail = store, fail
        self.calls: list[str] = []  # session methods used
        self.attempts: dict[str, int] = {}  # tx.run calls per (statement, batch)
        self.failures = 0

    def run(self, query: str, params: dict[str, Any] | None, read: bool) -> _Cursor:
        batch = f"{query}|{params!r}"
        self.attempts[batch] = self.attempts.get(batch, 0) + 1
        first = self.attempts[batch] == 1
        if first and self.fail == "before" and not read:
            self.failures += 1
            raise server_error(DEADLOCK, "simulated: before the batch ran")
        records = self.store.read(query, params) if read else self.store.write(query, params)
        if first and self.fail == "after" and not read:
            self.failures += 1
            raise server_error(DEADLOCK, "simulated: after the batch committed")
        return _Cursor(records)


class FakeTx:
    def __init__(self, backend: Backend, read: bool) -> None:
        self.backend, self.read = backend, read

    def run(self, query: str, parameters: dict[str, Any] | None = None, **kwargs: Any) -> _Cursor:
        return self.backend.run(query, {**(parameters or {}), **kwargs}, self.read)

    # what the real driver's retry loop calls on its transaction
    def _commit(self) -> None: ...
    def _close(self) -> None: ...
    def _closed(self) -> bool:
        return True


class FakeSession:
    """A session whose transaction functions retry retryable errors, like the driver's."""

    MAX_ATTEMPTS = 5

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None: ...

    def _retrying(self, kind: str, work: Callable[..., Any], read: bool) -> Any:
        self.backend.calls.append(kind)
        for attempt in range(1, self.MAX_ATTEMPTS + 1):
            try:
                return work(FakeTx(self.backend, read))
            except neo4j.exceptions.Neo4jError as exc:
                if not exc.is_retryable() or attempt == self.MAX_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def execute_write(self, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self._retrying("execute_write", lambda tx: work(tx, *args, **kwargs), read=False)

    def execute_read(self, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self._retrying("execute_read", lambda tx: work(tx, *args, **kwargs), read=True)

    def run(self, *args: Any, **kwargs: Any) -> Any:
        self.backend.calls.append("run")
        raise AssertionError(
            "session.run is an auto-commit transaction: the driver does not retry it"
        )

    def begin_transaction(self, *args: Any, **kwargs: Any) -> Any:
        self.backend.calls.append("begin_transaction")
        raise AssertionError("an explicit transaction is not retried by the driver")

    def close(self) -> None: ...


class FakeDriver:
    def __init__(self, make_session: Callable[..., Any]) -> None:
        self.make_session = make_session
        self.sessions: list[dict[str, Any]] = []

    def session(self, **config: Any) -> Any:
        self.sessions.append(config)
        return self.make_session(**config)

    def close(self) -> None: ...


def neo4j_store_over(backend: Backend, driver: Any) -> Neo4jStore:
    """A Neo4jStore whose driver is ``driver``; the constructor (which connects) is skipped."""
    store = Neo4jStore.__new__(Neo4jStore)
    store.settings = resolve(uri="bolt://127.0.0.1:1", password=PASSWORD, env={})
    store.database = store.settings.database
    store._driver = driver
    return store


def curated_writes() -> list[Any]:
    return plan(read_records([]))


@pytest.mark.parametrize("fail", ["before", "after"])
def test_transient_error_mid_load_is_retried_and_duplicates_nothing(
    store: Store, curated_store: Store, fail: str
) -> None:
    """Every batch of a full load fails once; the load still ends with exactly the curated graph."""
    from nato_graph.loaders.load import write_plan

    backend = Backend(store, fail)
    neo = neo4j_store_over(backend, FakeDriver(lambda **config: FakeSession(backend)))
    store.ensure_schema()  # Neo4j's constraint statements are not FalkorDB's: set it up directly

    writes = curated_writes()
    neo.ensure_schema = lambda: None  # type: ignore[method-assign]
    summary = write_plan(neo, writes, batch_size=100)

    batches = sum(-(-len(w.rows) // 100) for w in writes)
    assert backend.failures == batches  # every batch failed once ...
    # ... and went through the retrying transaction functions (the reads: the load's final
    # check that every row it sent is in the graph)
    assert set(backend.calls) == {"execute_write", "execute_read"}
    assert store.counts() == curated_store.counts()  # ... and nothing is missing or duplicated
    if fail == "before":  # the retry did the work: the summary counts it once
        assert summary.created == sum(curated_store.counts().labels.values()) + sum(
            curated_store.counts().types.values()
        )


def test_writes_use_write_sessions_and_reads_read_sessions(store: Store) -> None:
    backend = Backend(store, fail=None)
    driver = FakeDriver(lambda **config: FakeSession(backend))
    neo = neo4j_store_over(backend, driver)
    neo.write("CREATE (:Region {key: 'r1', name: 'One'})")
    neo.write_rows(
        "UNWIND $rows AS row MERGE (:Region {key: row.key})",
        [{"key": "r2"}, {"key": "r3"}],
        batch_size=1,
    )
    assert neo.read("MATCH (r:Region) RETURN count(r) AS n").value(0) == 3
    assert backend.calls == ["execute_write"] * 3 + ["execute_read"]
    modes = [s["default_access_mode"] for s in driver.sessions]
    assert modes == [neo4j.WRITE_ACCESS] * 3 + [neo4j.READ_ACCESS]
    assert all(
        s["database"] == "neo4j" for s in driver.sessions
    )  # always named: no home-database lookup


def test_error_that_outlasts_the_retries_is_one_clear_line(store: Store) -> None:
    class AlwaysFailing(Backend):
        def run(self, query: str, params: dict[str, Any] | None, read: bool) -> _Cursor:
            raise server_error("Neo.TransientError.General.DatabaseUnavailable", "still failing")

    backend = AlwaysFailing(store, fail=None)
    neo = neo4j_store_over(backend, FakeDriver(lambda **config: FakeSession(backend)))
    with pytest.raises(QueryError) as info:
        neo.write("MERGE (:Region {key: 'r'})")
    assert "still failing" in str(info.value) and "\n" not in str(info.value)
    assert store.read("MATCH (n) RETURN count(n) AS n").value(0) == 0


def test_every_load_statement_is_idempotent(store: Store) -> None:
    """Every batch of every load statement, run twice on the embedded store: once creates all."""
    store.ensure_schema()
    writes = curated_writes()
    for w in writes:
        first = store.write_rows(w.statement, w.rows, batch_size=50)
        assert first.nodes_created + first.relationships_created > 0, w.what
    before = store.counts()
    for w in writes:
        again = store.write_rows(w.statement, w.rows, batch_size=50)
        assert (again.nodes_created, again.relationships_created) == (0, 0), w.what
    assert store.counts() == before
