"""Every Neo4j promise, run against a real Neo4j 5.26 (the tests' own server, see conftest).

The embedded store (FalkorDB) is the reference: the same questions, loads, analytics,
exports and views must give the same answers on Neo4j. Compared after sorting, with the
databases' own ids left out.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import threading
import time
from pathlib import Path
from typing import Any

import neo4j
import pytest
from click.testing import CliRunner, Result

from nato_graph.cli import cli
from nato_graph.errors import StoreError
from nato_graph.loaders.load import load
from nato_graph.queries.catalogue import catalogue, run
from nato_graph.records import Node, Relationship, jsonable
from nato_graph.records import Path as GraphPath
from nato_graph.schema import NODE_TYPES
from nato_graph.settings import resolve
from nato_graph.stores import Store, open_store
from tests.conftest import TEST_NEO4J, neo4j_environment

pytestmark = pytest.mark.neo4j

QUESTIONS = sorted(catalogue())


def comparable(value: Any) -> Any:
    """A result value with the database's ids left out, ready to compare across engines."""
    if isinstance(value, Node):
        return {"labels": list(value.labels), "properties": comparable(dict(value.properties))}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": comparable(dict(value.properties))}
    if isinstance(value, GraphPath):
        return {
            "nodes": [comparable(n) for n in value.nodes],
            "relationships": [comparable(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [comparable(v) for v in value]
    return jsonable(value)


def sorted_rows(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(comparable(row), sort_keys=True) for row in rows)


def answer(store: Any, name: str, params: dict[str, Any], keep: Any = None) -> Any:
    """A question's columns and sorted rows, or the one-line error it gives (an article question
    naming a document or claim on a graph without articles is an error on either store)."""
    from nato_graph.queries.checks import UnknownValueError

    try:
        result = run(store, name, params)
    except UnknownValueError as exc:
        return f"error: {exc}"
    return result.columns, sorted_rows((keep or (lambda rows: rows))(result.rows))


def invoke(args: list[str], env: dict[str, str], input: str | None = None) -> Result:
    result = CliRunner().invoke(cli, args, env=env, input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"nato-graph {args} raised") from result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    return neo4j_environment(tmp_path / "embedded-home-unused")


@pytest.fixture()
def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def embedded_env(curated_store: Store) -> dict[str, str]:
    return {"NATO_GRAPH_HOME": str(curated_store.settings.home), "NEO4J_URI": ""}


# -- a real transient error ------------------------------------------------------------------


def test_a_write_that_meets_a_held_lock_is_retried_by_the_driver(
    neo4j_store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """Another client holds a node's write lock for 5 s; the test server gives up waiting for
    a lock after 2 s with LockAcquisitionTimeout, a transient error. A plain auto-commit
    statement fails with it; the store's batched write (``execute_write``) is retried by the
    driver until the lock is free, and writes its rows once."""
    neo4j_store.write("CREATE (:Region {key: 'held', name: 'Held'})")
    locked, done = threading.Event(), threading.Event()
    uri, auth = TEST_NEO4J["NEO4J_URI"], ("neo4j", TEST_NEO4J["NEO4J_PASSWORD"])

    def hold_the_lock() -> None:
        with (
            neo4j.GraphDatabase.driver(uri, auth=auth) as driver,
            driver.session(database="neo4j") as session,
        ):
            tx = session.begin_transaction()
            tx.run("MATCH (r:Region {key: 'held'}) SET r.name = 'Locked'").consume()
            locked.set()
            done.wait(5)
            tx.rollback()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert locked.wait(30)
        with (
            neo4j.GraphDatabase.driver(uri, auth=auth) as driver,
            driver.session(database="neo4j") as session,
            pytest.raises(neo4j.exceptions.TransientError) as plain,
        ):
            session.run("MATCH (r:Region {key: 'held'}) SET r.name = 'Plain'").consume()
        assert plain.value.code == "Neo.TransientError.Transaction.LockAcquisitionTimeout"
        rows = [
            {"key": "held", "props": {"name": "Written"}},
            {"key": "other", "props": {"name": "Other"}},
        ]
        with caplog.at_level(logging.WARNING, logger="neo4j"):
            started = time.monotonic()
            counters = neo4j_store.write_rows(
                "UNWIND $rows AS row MERGE (n:Region {key: row.key}) SET n += row.props",
                rows,
                batch_size=10,
            )
            waited = time.monotonic() - started
    finally:
        done.set()
        holder.join(30)
    assert any("retried" in r.getMessage() for r in caplog.records), [
        r.getMessage() for r in caplog.records
    ]
    assert waited >= 2  # it waited out at least one lock timeout
    assert counters.nodes_created == 1
    names = neo4j_store.read(
        "MATCH (r:Region) RETURN r.key AS key, r.name AS name ORDER BY key"
    ).rows
    assert names == [{"key": "held", "name": "Written"}, {"key": "other", "name": "Other"}]


# -- the canned questions -------------------------------------------------------------------


@pytest.mark.parametrize("params", ["defaults", "examples"])
@pytest.mark.parametrize("name", QUESTIONS)
def test_every_question_gives_the_same_rows_on_both_stores(
    neo4j_curated: Store, curated_store: Store, name: str, params: str
) -> None:
    query = catalogue()[name]
    values = getattr(query, params)
    on_neo4j = answer(neo4j_curated, name, values)
    embedded = answer(curated_store, name, values)
    assert on_neo4j == embedded
    if not isinstance(embedded, str):
        assert embedded[0] == list(query.columns)


@pytest.mark.neo4j
def test_the_article_questions_give_the_same_rows_on_both_stores(
    neo4j_store: Store, store: Store
) -> None:
    """With articles loaded (on the curated graph without them they are errors on both, above)."""
    from nato_graph.loaders.articles import load_articles

    articles = [
        str(Path(__file__).parent / "articles" / n) for n in ("myths.md", "partners-faq.md")
    ]
    for each in (neo4j_store, store):
        load(each)
        load_articles(each, articles)
        # loaded a moment apart on the two stores: one time, so that the rows compare
        each.write("MATCH (d:Document) SET d.loaded_at = '2026-01-01T00:00:00+00:00'")
    asked = [q for q in catalogue().values() if {"document", "claim"} & {k for _, k in q.checks}]
    assert len(asked) == 4
    for query in asked:
        for values in (query.defaults, query.examples):
            got = answer(neo4j_store, query.name, values)
            assert not isinstance(got, str) and got[1], (query.name, values, got)
            assert got == answer(store, query.name, values), (query.name, values)


def test_an_answer_carries_the_servers_own_time(neo4j_curated: Store) -> None:
    started = time.perf_counter()
    answer = run(neo4j_curated, "timeline", {})
    wall_ms = (time.perf_counter() - started) * 1000
    # Neo4j's time to the first record plus the time to the last, part of what the call took
    assert isinstance(answer.server_ms, float) and 0 <= answer.server_ms < wall_ms
    assert answer.rows


def test_a_routing_uri_reaches_the_single_server(
    neo4j_curated: Store, curated_store: Store
) -> None:
    bolt = TEST_NEO4J["NEO4J_URI"]
    routing = re.sub(r"^bolt(\+s|\+ssc)?://", lambda m: f"neo4j{m.group(1) or ''}://", bolt)
    assert routing.startswith("neo4j")
    store = open_store(resolve(env={**TEST_NEO4J, "NEO4J_URI": routing}))
    try:
        assert store.describe()["uri"] == routing
        answer = run(store, "framework-members", {"framework": "MD"})
        assert sorted_rows(answer.rows) == sorted_rows(
            run(curated_store, "framework-members", {"framework": "MD"}).rows
        )
        assert store.counts() == curated_store.counts()
    finally:
        store.close()


# -- loading --------------------------------------------------------------------------------


def every_fact(store: Store) -> list[str]:
    """Every node and relationship with all its properties, without ids, sorted."""
    nodes = store.read("MATCH (n) RETURN n").rows
    rels = store.read("MATCH (a)-[r]->(b) RETURN a, r, b").rows
    return sorted_rows(nodes) + sorted_rows(rels)


class Recording:
    """A store that notes the order of what a load asks of it, and passes everything on."""

    def __init__(self, store: Store) -> None:
        self.store, self.calls = store, []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.store, name)
        if name in {"ensure_schema", "write_rows", "write"}:

            def recorded(*args: Any, **kwargs: Any) -> Any:
                self.calls.append(name)
                return attr(*args, **kwargs)

            return recorded
        return attr


def committed_transactions(store: Store) -> int:
    [row] = store.read(
        "CALL dbms.queryJmx('org.neo4j:*') YIELD name, attributes "
        "WHERE name ENDS WITH 'name=Transactions' AND attributes.NumberOfCommittedTransactions IS NOT NULL "
        "RETURN sum(attributes.NumberOfCommittedTransactions.value) AS n"
    ).rows
    return int(row["n"])


def constraints_and_indexes(store: Store) -> tuple[set[str], set[str]]:
    constraints = {
        f"{r['labelsOrTypes'][0]}.{r['properties'][0]}"
        for r in store.read(
            "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN *"
        ).rows
    }
    indexes = {
        f"{r['labelsOrTypes'][0]}.{r['properties'][0]}"
        for r in store.read(
            "SHOW INDEXES YIELD labelsOrTypes, properties, type WHERE type = 'RANGE' RETURN *"
        ).rows
    }
    return constraints, indexes


def drop_schema(store: Store) -> None:
    for r in store.read("SHOW CONSTRAINTS YIELD name RETURN name").rows:
        store.write(f"DROP CONSTRAINT `{r['name']}`")
    for r in store.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").rows:
        store.write(f"DROP INDEX `{r['name']}`")


def test_load_makes_constraints_first_then_writes_in_batched_transactions(
    neo4j_store: Store, curated_store: Store
) -> None:
    drop_schema(neo4j_store)
    assert constraints_and_indexes(neo4j_store) == (set(), set())
    recording = Recording(neo4j_store)
    before = committed_transactions(neo4j_store)
    summary = load(lambda: recording, batch_size=100)  # type: ignore[arg-type, return-value]
    transactions = committed_transactions(neo4j_store) - before

    assert recording.calls[0] == "ensure_schema" and "ensure_schema" not in recording.calls[1:]
    constraints, indexes = constraints_and_indexes(neo4j_store)
    assert constraints == {f"{nt.label}.{nt.key}" for nt in NODE_TYPES}
    assert indexes >= {f"{nt.label}.{p}" for nt in NODE_TYPES for p in nt.indexed}
    # One write transaction a batch (plus one a schema statement), not one a row.
    facts = sum(curated_store.counts().labels.values()) + sum(curated_store.counts().types.values())
    assert summary.created == facts
    assert (
        transactions
        <= recording.calls.count("write_rows") * 2 + len(constraints) + len(indexes) + 5
    )
    assert transactions < facts / 10


def test_a_second_load_changes_nothing(neo4j_store: Store, curated_store: Store) -> None:
    load(neo4j_store)
    assert neo4j_store.counts() == curated_store.counts()
    first = every_fact(neo4j_store)
    again = load(neo4j_store)
    assert again.created == 0
    assert every_fact(neo4j_store) == first
    assert first == every_fact(curated_store)  # the same graph, property for property


def test_a_bad_file_writes_nothing(neo4j_store: Store, env: dict[str, str], tmp_path: Path) -> None:
    load(neo4j_store)
    before = every_fact(neo4j_store)
    bad = tmp_path / "mine.partnerships.yaml"
    bad.write_text(
        "- {country: ARM, framework: md, joined: '2014', status: active, sources: [wiki-pfp-mirror], confidence: confirmed}\n"
        "- {country: XXX, framework: md, joined: 'soon', status: active, sources: [], confidence: confirmed}\n",
        encoding="utf-8",
    )
    result = invoke(["load", str(bad)], env)
    assert result.exit_code == 1
    assert f"{bad.name}:2: country" in result.stderr and "nothing was written" in result.stderr
    assert every_fact(neo4j_store) == before


def test_load_reset_clears_what_was_there(
    neo4j_store: Store, env: dict[str, str], curated_store: Store
) -> None:
    neo4j_store.write("CREATE (:Region {key: 'atlantis', name: 'Atlantis'})")
    result = invoke(["load", "--reset", "--yes"], env)
    assert result.exit_code == 0, result.output
    assert neo4j_store.read("MATCH (r:Region {key: 'atlantis'}) RETURN count(r) AS n").value() == 0
    assert neo4j_store.counts() == curated_store.counts()


def test_concurrent_loads_leave_each_relationship_once(
    neo4j_store: Store, env: dict[str, str], curated_store: Store
) -> None:
    """Two loads into one Neo4j at once both finish, and the graph holds each node and
    relationship once: Neo4j locks both ends of a relationship it merges, and a deadlock
    between the two loads' batches is a transient error the driver retries. (The embedded
    store makes its writers take turns instead: tests/test_reliability.py.)"""
    import subprocess
    import sys

    for _ in range(2):
        neo4j_store.clear()
        loads = [
            subprocess.Popen(
                [sys.executable, "-m", "nato_graph.cli", "load", "--batch-size", "20"],
                env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]  # fmt: skip
        for p in loads:
            err = p.communicate(timeout=300)[1]
            assert p.returncode == 0, err
        assert neo4j_store.counts() == curated_store.counts()


def test_status_counts_equal_the_embedded_stores(
    neo4j_curated: Store, env: dict[str, str], embedded_env: dict[str, str]
) -> None:
    on_neo4j = json.loads(invoke(["status", "--format", "json"], env).stdout)
    embedded = json.loads(invoke(["status", "--format", "json"], embedded_env).stdout)
    assert on_neo4j["store"] == "Neo4j" and embedded["store"].startswith("embedded")
    assert on_neo4j["server"].startswith("Neo4j/5.")
    assert (on_neo4j["labels"], on_neo4j["types"]) == (embedded["labels"], embedded["types"])


# -- analytics, exports and views -----------------------------------------------------------


def test_analytics_write_back(
    neo4j_store: Store, curated_store: Store, env: dict[str, str], store: Store
) -> None:
    """--write-back stores the same scores on Neo4j as on the embedded store."""
    load(neo4j_store)
    load(store)  # an embedded copy that may be written to
    embedded_env = {"NATO_GRAPH_HOME": str(store.settings.home), "NEO4J_URI": ""}
    for where in (env, embedded_env):
        result = invoke(["analyze", "centrality", "--write-back", "--format", "json"], where)
        assert result.exit_code == 0, result.output
    query = (
        "MATCH (n) WHERE n.degree IS NOT NULL "
        "RETURN labels(n)[0] AS label, coalesce(n.iso3, n.key) AS key, "
        "n.degree AS degree, n.betweenness AS betweenness, n.community AS community"
    )

    def scores(s: Store) -> list[str]:
        return sorted_rows(
            [{**r, "betweenness": round(r["betweenness"], 9)} for r in s.read(query).rows]
        )

    on_neo4j, embedded = scores(neo4j_store), scores(store)
    assert len(on_neo4j) > 100
    assert on_neo4j == embedded


EXPORTS = ["graphml", "gexf", "json", "csv", "cypher"]


def exported(fmt: str, env: dict[str, str], out: Path) -> dict[str, str]:
    """The files ``export --format FMT`` writes, by name, with ids that the store chose removed."""
    result = invoke(["export", "--format", fmt, "-o", str(out)], env)
    assert result.exit_code == 0, result.output
    files = sorted(out.iterdir()) if out.is_dir() else [out]
    return {f.name: f.read_text(encoding="utf-8") for f in files}


@pytest.mark.parametrize("fmt", EXPORTS)
def test_every_export_is_the_same_from_neo4j(
    neo4j_curated: Store,
    env: dict[str, str],
    embedded_env: dict[str, str],
    tmp_path: Path,
    fmt: str,
) -> None:
    suffix = "" if fmt == "csv" else f".{fmt}"
    from_neo4j = exported(fmt, env, tmp_path / f"neo4j{suffix}")
    from_embedded = exported(fmt, embedded_env, tmp_path / f"embedded{suffix}")
    assert from_neo4j.keys() == from_embedded.keys() or fmt != "csv"
    assert sorted(from_neo4j.values()) == sorted(from_embedded.values())


VIEWS = [
    ["overview"],
    ["country", "Jordan", "--hops", "2"],
    ["framework", "MD"],
    ["threat", "cyber"],
    ["neighbourhood", "ICI", "--hops", "2"],
    ["path", "Japan", "Israel"],
    ["query", "connection", "--param", "from", "UAE", "--param", "to", "Ukraine"],
]


def drawn(page: Path) -> tuple[list[str], list[str]]:
    """What a view draws, as node and edge tooltips (which name things, not ids)."""
    data = json.loads(
        re.search(r'id="graph-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S).group(
            1
        )
    )  # type: ignore[union-attr]
    heads = {n["id"]: n["tip"]["head"] for n in data["nodes"]}
    nodes = sorted(json.dumps([n["kind"], n["tip"]], sort_keys=True) for n in data["nodes"])
    edges = sorted(
        json.dumps([heads[e["from"]], e["kind"], heads[e["to"]], e.get("tip")], sort_keys=True)
        for e in data["edges"]
    )
    return nodes, edges


@pytest.mark.parametrize("args", VIEWS, ids=[v[0] for v in VIEWS])
def test_every_view_draws_the_same_from_neo4j(
    neo4j_curated: Store,
    env: dict[str, str],
    embedded_env: dict[str, str],
    tmp_path: Path,
    args: list[str],
) -> None:
    pages = {}
    for name, where in (("neo4j", env), ("embedded", embedded_env)):
        pages[name] = tmp_path / f"{name}.html"
        result = invoke(["view", *args, "-o", str(pages[name])], where)
        assert result.exit_code == 0, result.output
    nodes, edges = drawn(pages["neo4j"])
    assert nodes and (edges or args[0] == "overview")
    assert (nodes, edges) == drawn(pages["embedded"])


# -- errors as a user meets them ------------------------------------------------------------


def one_line_error(result: Result, *words: str) -> str:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: "), result.stderr
    for word in words:
        assert word in result.stderr
    return result.stderr


def test_neo4j_not_running_is_one_line(env: dict[str, str], unused_port: int) -> None:
    where = {**env, "NEO4J_URI": f"bolt://127.0.0.1:{unused_port}"}
    message = one_line_error(
        invoke(["status"], where), "cannot reach Neo4j", "is the server running"
    )
    assert env["NEO4J_PASSWORD"] not in message


def test_wrong_password_is_one_line_without_the_password(env: dict[str, str]) -> None:
    """One failed login (Neo4j locks a user out after three in a row)."""
    wrong = "wrong-" + env["NEO4J_PASSWORD"]
    message = one_line_error(
        invoke(["status"], {**env, "NEO4J_PASSWORD": wrong}), "refused the credentials"
    )
    assert wrong not in message and env["NEO4J_PASSWORD"] not in message


def test_unknown_database_is_one_line(env: dict[str, str]) -> None:
    message = one_line_error(
        invoke(["status"], {**env, "NEO4J_DATABASE": "natograph-no-such-db"}),
        "has no database named 'natograph-no-such-db'",
        "NEO4J_DATABASE",
    )
    assert env["NEO4J_PASSWORD"] not in message


def test_the_library_raises_store_errors_too(env: dict[str, str]) -> None:
    with pytest.raises(StoreError, match="has no database named"):
        open_store(resolve(database="natograph-no-such-db", env=TEST_NEO4J))


# -- a server older than Neo4j 5 ------------------------------------------------------------
#
# No Neo4j 4 runs here, so a stand-in answers as one would: the Bolt handshake, then HELLO.
# A 4.4 server agrees Bolt 4.4 and names itself "Neo4j/4.4.x"; an older one agrees no
# version the driver speaks. Both are what a real old server says on the wire, no more.


def _packstream_map(values: dict[str, str]) -> bytes:
    def text(s: str) -> bytes:
        data = s.encode()
        return (bytes([0x80 + len(data)]) if len(data) < 16 else bytes([0xD0, len(data)])) + data

    return bytes([0xA0 + len(values)]) + b"".join(text(k) + text(v) for k, v in values.items())


class OldBoltServer:
    """A Bolt listener on 127.0.0.1 that answers the handshake and HELLO as an old Neo4j would."""

    def __init__(self, version: bytes, agent: str) -> None:
        self.version, self.agent = version, agent
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn, contextlib.suppress(OSError):
                self._converse(conn)

    def _converse(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        conn.recv(20)  # magic preamble and four proposed versions
        conn.sendall(self.version)
        while True:
            message = b""
            while True:
                size = int.from_bytes(self._exactly(conn, 2), "big")
                if size == 0:
                    break
                message += self._exactly(conn, size)
            signature = message[1]
            if signature == 0x02:  # GOODBYE
                return
            fields = {"server": self.agent, "connection_id": "bolt-1"} if signature == 0x01 else {}
            body = bytes([0xB1, 0x70]) + _packstream_map(fields)  # SUCCESS {fields}
            conn.sendall(len(body).to_bytes(2, "big") + body + b"\x00\x00")

    @staticmethod
    def _exactly(conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            more = conn.recv(n - len(data))
            if not more:
                raise OSError("closed")
            data += more
        return data

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


@pytest.mark.parametrize(
    ("version", "agent", "words"),
    [
        pytest.param(
            bytes([0, 0, 4, 4]),
            "Neo4j/4.4.30",
            ["is version 4.4", "needs Neo4j 5 or newer"],
            id="4.4",
        ),
        pytest.param(
            bytes([0, 0, 0, 0]),
            "Neo4j/3.5.35",
            ["speaks no Bolt version", "needs Neo4j 5 or newer"],
            id="3.5",
        ),
    ],
)
def test_a_server_older_than_5_is_one_line(
    version: bytes, agent: str, words: list[str], env: dict[str, str]
) -> None:
    server = OldBoltServer(version, agent)
    try:
        result = invoke(["status"], {**env, "NEO4J_URI": f"bolt://127.0.0.1:{server.port}"})
    finally:
        server.close()
    message = one_line_error(result, *words)
    assert env["NEO4J_PASSWORD"] not in message
