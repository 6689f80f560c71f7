"""Faults on the real embedded store: killed servers, stale files, odd homes, concurrent loads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nato_graph.errors import ServerError
from nato_graph.settings import resolve
from nato_graph.stores import open_store
from nato_graph.stores.server import AOF_REWRITE_PERCENT, EmbeddedServer
from tests import processes

PY = sys.executable
CLI = [PY, "-m", "nato_graph.cli"]


def cli_env(home: Path) -> dict[str, str]:
    """This process's environment for a command on the embedded store at ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["NATO_GRAPH_HOME"] = str(home)
    return env


def cli(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], env=cli_env(home), capture_output=True, text=True, timeout=timeout,
        check=False,
    )  # fmt: skip


def bundled_counts() -> tuple[int, int]:
    """The nodes and relationships a load of the bundled data sends."""
    from nato_graph.loaders.load import plan, read_records

    writes = plan(read_records([]))
    nodes = sum(len(w.rows) for w in writes if w.is_node)
    return nodes, sum(len(w.rows) for w in writes) - nodes


def server_pids(home: Path) -> list[int]:
    """Live redis-server processes bound to this home's socket, in pid order."""
    return sorted(processes.server_pids(home))


LOADER = """
import sys
from nato_graph.errors import StoreError
from nato_graph.settings import resolve
from nato_graph.stores import open_store
from bench.synthetic import load_synthetic
store = open_store(resolve(home=sys.argv[1], env={}))
print("started", flush=True)
try:
    load_synthetic(store, int(sys.argv[2]), batch_size=500)
except StoreError as exc:
    print(exc, flush=True)
    sys.exit(3)
store.close()
"""


def test_server_killed_mid_load_recovers_consistent_graph(tmp_path: Path) -> None:
    home = tmp_path / "home"
    srv = EmbeddedServer(home)
    srv.acquire(keep=True)
    pid = server_pids(home)[0]
    loader = subprocess.Popen(
        [PY, "-c", LOADER, str(home), "200000"], stdout=subprocess.PIPE, text=True
    )
    assert loader.stdout is not None
    assert loader.stdout.readline().strip() == "started"
    with open_store(resolve(home=home, env={})) as probe:
        deadline = time.monotonic() + 60
        while probe.read("MATCH ()-[r]->() RETURN count(r) AS n").value(0) < 20_000:
            assert time.monotonic() < deadline, "the load never got going"
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    said = loader.stdout.read()
    loader.wait(timeout=60)
    loader.stdout.close()
    assert loader.returncode == 3, "the loader must notice that its server died"
    assert said.startswith("lost the embedded server on "), (
        said
    )  # the store's error, not the client's

    # The next command starts a new server on the same data: every batch is all there or not at all.
    from bench.synthetic import generate, load_synthetic

    expected = generate(200_000)
    full = {w.what: len(w.rows) for w in expected.writes if not w.is_node}
    with open_store(resolve(home=home, env={})) as store:
        assert server_pids(home) and server_pids(home)[0] != pid
        for rtype, n in store.counts().types.items():
            assert n % 500 == 0 or n == full[rtype], (
                f"{rtype}: {n} is neither whole batches of 500 nor complete"
            )
        load_synthetic(store, 200_000, batch_size=500)  # re-running converges to the full graph
        assert store.counts().relationships == expected.relationship_count
        assert store.counts().nodes == expected.node_count
    EmbeddedServer(home).stop()
    assert server_pids(home) == []


def test_server_died_between_commands_leaves_socket_and_pid(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli(home, "server", "start").returncode == 0
    (pid,) = server_pids(home)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while server_pids(home) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert (home / "server.sock").exists() and (home / "server.pid").exists()
    result = cli(home, "cypher", "RETURN 1 AS one", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '[{"one": 1}]'
    assert server_pids(home) == []  # the command started its own server and stopped it


def test_pid_file_of_unrelated_process_is_ignored(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "server.pid").write_text(f"{os.getpid()}\n")  # alive, but not a redis-server
    result = cli(home, "cypher", "RETURN 2 AS two", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '[{"two": 2}]'
    assert server_pids(home) == []


@pytest.mark.parametrize(
    ("make_home", "expected"),
    [
        pytest.param(
            lambda p: Path("/proc/nato-graph-cannot-exist"), "cannot create", id="uncreatable"
        ),
        pytest.param(
            lambda p: (p / "file").write_text("x") and p / "file",
            "file is a file; --home and NATO_GRAPH_HOME name the directory",
            id="home-is-a-file",
        ),
    ],
)
def test_unusable_home_gives_one_clear_line(tmp_path: Path, make_home, expected: str) -> None:  # type: ignore[no-untyped-def]
    home = make_home(tmp_path)
    result = cli(home, "status")
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_home_is_created(tmp_path: Path) -> None:
    home = tmp_path / "a" / "b" / "home"
    assert cli(home, "status").returncode == 0
    assert (home / "data").is_dir()


def test_concurrent_loads_and_readers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = cli_env(home)
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    procs = [subprocess.Popen([*CLI, "load"], env=env, **pipes) for _ in range(2)]  # type: ignore[call-overload]
    query = [*CLI, "query", "run", "framework-members", "--format", "json"]
    readers = [subprocess.Popen(query, env=env, **pipes) for _ in range(3)]  # type: ignore[call-overload]
    finished = [
        (p, p.communicate(timeout=120)[1]) for p in procs + readers
    ]  # all of them, then judge
    for p, err in finished:
        # A reader that came before the first rows may find nothing to check its question
        # against: that is a clear error saying to load first, never a traceback.
        early = p in readers and "load the data first" in err and err.count("\n") == 1
        assert p.returncode == 0 or early, err
    expected_nodes, expected_rels = bundled_counts()
    with open_store(resolve(home=home, env={})) as store:
        assert store.counts().nodes == expected_nodes
        assert store.counts().relationships == expected_rels
    assert server_pids(home) == []


def test_concurrent_loads_leave_each_relationship_once(tmp_path: Path) -> None:
    """Two loads at once write each relationship once: their MERGEs take turns.

    FalkorDB 4.16 can run two clients' MERGE statements at once, and both may then create the
    same relationship (a CI run held 500 relationships where 499 were sent). Its window is
    widened here by having it record every write as effects (EFFECTS_THRESHOLD 0), which made
    3 of 8 such rounds duplicate relationships before writers took turns on write.lock.
    """
    from nato_graph.stores.resp import Client

    _, expected = bundled_counts()
    for round_ in range(4):
        home = tmp_path / f"home{round_}"
        assert cli(home, "server", "start").returncode == 0
        try:
            socket_path = EmbeddedServer(home).socket_path
            with Client(socket_path, timeout=5, connect_timeout=5) as client:
                client.call("GRAPH.CONFIG", "SET", "EFFECTS_THRESHOLD", 0)
            loads = [
                subprocess.Popen(
                    [*CLI, "load"],
                    env=cli_env(home),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for _ in range(2)
            ]
            for p in loads:
                err = p.communicate(timeout=120)[1]
                assert p.returncode == 0, err
            with open_store(resolve(home=home, env={})) as store:
                assert store.counts().relationships == expected, f"round {round_}"
        finally:
            assert cli(home, "server", "stop").returncode == 0
        assert server_pids(home) == []


# Another process clears the graph and makes it anew, with its properties, labels and types in
# another order than the graph before it had them, so that the new graph numbers them otherwise.
REMAKER = """
import sys
from nato_graph.settings import resolve
from nato_graph.stores import open_store
with open_store(resolve(home=sys.argv[1], env={})) as store:
    store.clear()
    store.write("CREATE (:Later {zeta: 'z', alpha: 'a'})-[:TIED]->(:Probe {omega: 'o'})")
"""


def remake_elsewhere(home: Path) -> None:
    subprocess.run([PY, "-c", REMAKER, str(home)], env=cli_env(home), check=True, timeout=120)


def test_names_are_of_the_graph_another_process_made_anew(tmp_path: Path) -> None:
    """A reply names labels, types and property keys by number, and a graph made anew numbers
    them afresh: names read before another process's clear must not name the new graph's
    (a notebook open while `nato-graph load --reset` runs saw one graph's values under the
    other's property names)."""
    home = tmp_path / "home"
    with open_store(resolve(home=home, env={})) as store:
        store.write("CREATE (:Probe {alpha: 1, beta: 2, gamma: 3})-[:LINKED]->(:Other {delta: 4})")
        first = store.read("MATCH (a)-[r]->(b) RETURN a, r, b").rows[0]  # names now cached
        assert (first["a"].labels, first["r"].type, first["b"].properties) == (
            ("Probe",), "LINKED", {"delta": 4})  # fmt: skip
        remake_elsewhere(home)
        row = store.read("MATCH (a)-[r]->(b) RETURN a, r, b").rows[0]
        assert (row["a"].labels, row["a"].properties) == (("Later",), {"zeta": "z", "alpha": "a"})
        assert (row["r"].type, row["b"].labels, row["b"].properties) == (
            "TIED", ("Probe",), {"omega": "o"})  # fmt: skip
        # A write's reply too, decoded under the write lock that a clear also takes.
        written = store.write("MATCH (n:Later) SET n.alpha = 'b' RETURN n").rows[0]["n"]
        assert written.properties == {"zeta": "z", "alpha": "b"}
        remake_elsewhere(home)
        written = store.write("MATCH (n:Later) SET n.zeta = 'y' RETURN n").rows[0]["n"]
        assert written.properties == {"zeta": "y", "alpha": "a"}


def test_a_reply_read_across_a_clear_is_not_named_from_the_new_graph(tmp_path: Path) -> None:
    """A reply that arrives from the old graph while the names are read from the new one (a
    clear between the two) is refused for asking again, never named from the new graph."""
    from nato_graph.settings import EMBEDDED_GRAPH
    from nato_graph.stores.falkor import _SchemaChanged

    home = tmp_path / "home"
    with open_store(resolve(home=home, env={})) as store:
        store.write("CREATE (:Probe {alpha: 1, beta: 2})")
        reply = store._db.call_rows(  # the old graph's reply, not yet decoded
            "GRAPH.RO_QUERY", EMBEDDED_GRAPH, "MATCH (n:Probe) RETURN n", "--compact"
        )
        # This process's names are still unread: read now, they would be the new graph's.
        remake_elsewhere(home)
        with pytest.raises(_SchemaChanged):
            store._decoder.decode(*reply)
        assert store.read("MATCH (n:Probe) RETURN n").rows[0]["n"].properties == {"omega": "o"}


def test_hung_lock_holder_gives_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from nato_graph.stores import server as server_mod

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(server_mod, "LOCK_TIMEOUT", 0.3)
    holder = subprocess.Popen(
        [PY, "-c", "import fcntl,sys,time; f=open(sys.argv[1],'ab'); fcntl.flock(f, fcntl.LOCK_EX); "
                   "print('held', flush=True); time.sleep(30)", str(home / "start.lock")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(ServerError, match=r"start\.lock"):
            EmbeddedServer(home).acquire()
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert fcntl  # the lock is released with the holder; a later acquire works
    srv = EmbeddedServer(home)
    srv.acquire()
    srv.release()
    assert server_pids(home) == []


def test_a_reader_never_rewrites_the_files_a_writer_recorded(tmp_path: Path) -> None:
    """A server started on the files judges the log's growth from the base FILE, while the
    writer's server counted what was logged during its last rewrite into its base. A writer that
    left the log grown past the threshold by the first rule (not by the second) had a reader's
    server rewrite the files it recorded, and the next start said the store was damaged (a load
    of 306,000 links, then `status` twice). The writer rewrites first now, by the restart's rule."""
    home = tmp_path / "home"
    store = open_store(resolve(home=home, env={}))
    db = store._db  # type: ignore[attr-defined]

    def write(statements: int) -> None:
        for _ in range(statements):  # about 100 KB of log each
            rows = [os.urandom(500).hex() for _ in range(100)]
            store.write("UNWIND $rows AS r CREATE (:X {s: r})", {"rows": rows})

    def rewriting() -> bool:
        return int(db.info("persistence")["aof_rewrite_in_progress"]) == 1

    try:  # closed whatever happens: a failure must not leave the server running
        write(14)  # past the 1 MiB minimum: the server rewrites on its own
        db.call("CONFIG", "SET", "auto-aof-rewrite-percentage", "0")  # only the one asked for
        while rewriting():
            time.sleep(0.01)
        db.call("CONFIG", "SET", "rdb-key-save-delay", "1000000")  # a rewrite that takes 1 s
        db.call("BGREWRITEAOF")
        write(6)  # logged during the rewrite: the running server counts it into its base
        while rewriting():
            time.sleep(0.01)
        db.call("CONFIG", "SET", "rdb-key-save-delay", "0")
        db.call("CONFIG", "SET", "auto-aof-rewrite-percentage", str(AOF_REWRITE_PERCENT))
        write(2)
    finally:
        store.close()

    for _ in range(2):  # the second start checks the files the first one may have rewritten
        reader = open_store(resolve(home=home, env={}))
        try:
            assert reader.read("MATCH (x:X) RETURN count(x) AS n").rows == [{"n": 2200}]
        finally:
            reader.close()


def test_a_load_stopped_part_way_is_said_until_a_load_finishes_it(tmp_path: Path) -> None:
    """A load stopped after its first batches (Ctrl-C) left part of its rows in the graph and
    nothing said so: `status` counted them as if complete. Every later command now says which
    load stopped and what to run; the same load run again (loading is idempotent) completes the
    graph and the warning goes. A load refused before writing leaves no warning."""
    import nato_graph
    from nato_graph.loaders.validate import ValidationError

    home = tmp_path / "home"
    mine = tmp_path / "mine.regions.csv"
    mine.write_text("key,name\natlantis,Atlantis\n", encoding="utf-8")
    bad = tmp_path / "bad.regions.csv"
    bad.write_text("key,name\n,Nowhere\n", encoding="utf-8")

    def stop(_: int) -> None:  # after the first batch is written
        raise KeyboardInterrupt

    with nato_graph.connect(home=home, env={}) as db:
        with pytest.raises(ValidationError):
            db.load([bad])
        assert db.unfinished_loads_of_this_process() is None  # refused: nothing written
        with pytest.raises(KeyboardInterrupt):
            db.load([mine], progress=stop, batch_size=50)
        own = db.unfinished_loads_of_this_process()
        assert own is not None and str(mine) in own
    # the process that stopped is gone: its marker now names a dead process
    [marker] = (home / "unfinished").glob("load.*.json")
    gone = marker.with_name(f"load.{_a_dead_pid()}.json")
    marker.rename(gone)

    status = cli(home, "status")
    assert status.returncode == 0, status.stderr
    [line] = status.stderr.splitlines()
    assert line.startswith("warning: the load started ") and "stopped part-way" in line
    assert f"nato-graph load {mine}` again" in line

    finished = cli(home, "load", str(mine))
    assert finished.returncode == 0, finished.stderr
    assert cli(home, "status").stderr == ""
    assert not list((home / "unfinished").glob("load.*.json"))


def a_load_marker(home: Path, pid: int) -> Path:
    """The marker a load by process ``pid`` leaves in ``home`` (loaders/unfinished.py), started
    2025-06-01 10:00 UTC with no file of its own: a live ``pid`` is a load under way."""
    from nato_graph.loaders import unfinished

    marker = home / "unfinished" / f"load.{pid}.json"
    marker.parent.mkdir(exist_ok=True)
    doc = {
        "location": str(home),
        "started": "2025-06-01 10:00 UTC",
        "files": [],
        "process_start": unfinished._start_time(pid),
    }
    marker.write_text(json.dumps(doc), encoding="utf-8")
    return marker


def _a_dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_a_load_that_cannot_reach_its_store_leaves_no_warning(tmp_path: Path) -> None:
    """A load against a Neo4j that does not answer wrote nothing, yet left its marker, and every
    later command warned of a load stopped part-way."""
    import nato_graph
    from nato_graph.errors import NatoGraphError

    home = tmp_path / "home"
    env = {"NEO4J_PASSWORD": "x"}
    with nato_graph.connect(uri="neo4j://127.0.0.1:1", home=home, env=env) as db:
        with pytest.raises(NatoGraphError, match="cannot reach Neo4j"):
            db.load()
        assert db.unfinished_loads() == [] and db.unfinished_loads_of_this_process() is None
    assert not list(home.glob("unfinished/*"))


def test_a_load_killed_politely_says_it_stopped_part_way(tmp_path: Path) -> None:
    """README promises that a load stopped by Ctrl-C, a kill or a lost server ends with
    "interrupted: the load started ... stopped part-way"; a SIGTERM ended it without a word.
    It now says so, and exits with the signal's status."""
    home = tmp_path / "home"
    mine = tmp_path / "many.regions.csv"
    mine.write_text(
        "key,name\n" + "".join(f"r{i},Region {i}\n" for i in range(30_000)), encoding="utf-8"
    )
    assert cli(home, "load").returncode == 0
    with open_store(resolve(home=home, env={})) as probe:
        before = probe.read("MATCH (r:Region) RETURN count(r) AS n").value(0)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NATO_GRAPH_"))}
    loader = subprocess.Popen(
        [PY, "-m", "nato_graph.cli", "load", str(mine), "--batch-size", "5"],
        env={**env, "NATO_GRAPH_HOME": str(home)}, stderr=subprocess.PIPE, text=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with open_store(resolve(home=home, env={})) as probe:
            deadline = time.monotonic() + 120
            while probe.read("MATCH (r:Region) RETURN count(r) AS n").value(0) <= before:
                assert time.monotonic() < deadline, "the load never got going"
                assert loader.poll() is None, "the load ended before it was stopped"
                time.sleep(0.05)
        loader.send_signal(signal.SIGTERM)
        _, stderr = loader.communicate(timeout=60)
    finally:
        loader.kill()
    assert loader.returncode == 128 + signal.SIGTERM
    assert stderr.startswith("Error: interrupted: the load started "), stderr
    assert "stopped part-way" in stderr
