"""The embedded server's life: one per home, reused, restarted with its data, never left behind.

Each test uses its own home (not the session server), so stopping servers here
cannot disturb other tests.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.settings import resolve
from nato_graph.stores import open_store
from nato_graph.stores.server import SOCKET_PATH_LIMIT, EmbeddedServer, pid_alive
from tests.conftest import ROOT
from tests.processes import assert_no_server, server_pids, wait_until

PYTHON = sys.executable
BIN = Path(sys.executable).parent


@pytest.fixture()
def home(tmp_path: Path) -> Iterator[Path]:
    """A fresh home; whatever server a test leaves in it is stopped afterwards."""
    path = tmp_path / "home"
    yield path
    EmbeddedServer(path).stop()
    assert_no_server(path)


def _open(home: Path, **kwargs):  # type: ignore[no-untyped-def]
    return open_store(resolve(home=home, env={}), **kwargs)


def test_server_starts_on_a_unix_socket_and_stops_with_its_last_user(home: Path) -> None:
    store = _open(home)
    pids = server_pids(home)
    assert len(pids) == 1
    assert (home / "server.sock").is_socket()
    assert int((home / "server.pid").read_text()) == pids.pop()
    assert (home / "server.log").exists()
    assert (home / "data").is_dir()
    store.close()
    assert_no_server(home)
    assert not (home / "server.pid").exists()
    assert not (home / "server.sock").exists()


def test_restart_keeps_data(home: Path) -> None:
    with _open(home) as store:
        store.ensure_schema()
        store.write(
            "CREATE (:Country {iso3: 'ISR', name: 'Israel'})-[:IN_REGION]->(:Region {key: 'wa'})"
        )
        first_pid = store.server.state().pid
    assert_no_server(home)
    assert list((home / "data").rglob("*.aof")), "append-only files are written in the home"
    with _open(home) as store:
        assert store.server.state().pid != first_pid
        assert store.read(
            "MATCH (c:Country)-[:IN_REGION]->(r) RETURN c.name AS c, r.key AS r"
        ).rows == [{"c": "Israel", "r": "wa"}]
        rows = store.read("CALL db.constraints() YIELD label RETURN count(label) AS n").value()
        assert rows > 0  # constraints survive too
    assert_no_server(home)


def test_a_running_server_is_reused(home: Path) -> None:
    first = _open(home)
    second = _open(home)
    try:
        assert first.server.state().pid == second.server.state().pid
        assert len(server_pids(home)) == 1
        first.write("CREATE (:X)")
        assert second.read("MATCH (n:X) RETURN count(n) AS n").value() == 1
        first.close()
        assert len(server_pids(home)) == 1  # the second user still needs it
        assert second.read("RETURN 1 AS one").value() == 1
    finally:
        first.close()
        second.close()
    assert_no_server(home)


CONCURRENT = """
import sys, time
from pathlib import Path
from nato_graph.settings import resolve
from nato_graph.stores import open_store

home, ready, n, me = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
store = open_store(resolve(home=home, env={}))
store.write("CREATE (:Country {iso3: $me})", {"me": me})
print(store.server.state().pid, flush=True)
(ready / me).touch()
deadline = time.monotonic() + 60  # hold the store until every process has opened it
while len(list(ready.iterdir())) < n and time.monotonic() < deadline:
    time.sleep(0.01)
store.close()
"""


@pytest.mark.parametrize("processes", [pytest.param(2, id="two"), pytest.param(4, id="four")])
def test_processes_sharing_a_home_share_one_server(
    home: Path, tmp_path: Path, processes: int
) -> None:
    ready = tmp_path / "ready"
    ready.mkdir()
    names = [f"P{chr(65 + i)}A" for i in range(processes)]
    procs = [
        subprocess.Popen(
            [PYTHON, "-c", CONCURRENT, str(home), str(ready), str(processes), name],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * processes, [err for _, err in outputs]
    pids = {int(out.strip()) for out, _ in outputs}
    assert len(pids) == 1, f"one server expected, got pids {pids}"
    assert_no_server(home)
    with _open(home) as store:  # every process wrote to the same graph, and it was flushed
        assert sorted(store.read("MATCH (c:Country) RETURN c.iso3 AS c").to_json(), key=str) == [
            {"c": name} for name in names
        ]
    assert_no_server(home)


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize(
    "stale",
    [
        pytest.param(lambda: str(_dead_pid()), id="dead-process"),
        pytest.param(lambda: str(os.getpid()), id="unrelated-live-process"),
        pytest.param(lambda: "not a pid", id="garbage"),
        pytest.param(lambda: "", id="empty"),
    ],
)
def test_stale_pid_file_is_replaced(home: Path, stale) -> None:  # type: ignore[no-untyped-def]
    home.mkdir()
    old = stale()
    (home / "server.pid").write_text(old + "\n")
    (home / "server.sock").write_text("")  # a leftover socket path that would block the bind
    with _open(home) as store:
        assert store.read("RETURN 1 AS one").value() == 1
        pid = int((home / "server.pid").read_text())
        assert str(pid) != old
        assert server_pids(home) == {pid}
    assert_no_server(home)
    assert pid_alive(os.getpid())  # the unrelated process was left alone


def test_killed_server_is_replaced(home: Path) -> None:
    with _open(home, keep_server=True) as store:
        store.write("CREATE (:X)")
        pid = store.server.state().pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert wait_until(lambda: not pid_alive(pid))
    assert (home / "server.pid").exists()  # left behind by the killed server
    with _open(home) as store:
        assert store.read("RETURN 1 AS one").value() == 1
        assert store.server.state().pid not in (None, pid)
        assert not (home / "server.keep").exists()  # the dead server's `keep` is forgotten
    assert_no_server(home)  # so the command that started the new server stops it


def test_long_home_path(tmp_path: Path) -> None:
    home = tmp_path / ("a-rather-long-directory-name-" * 5) / "nato-graph-home"
    assert len(os.fsencode(str(home / "server.sock"))) > SOCKET_PATH_LIMIT
    server = EmbeddedServer(home)
    try:
        assert len(os.fsencode(server.socket_path)) <= SOCKET_PATH_LIMIT
        with _open(home) as store:
            store.write("CREATE (:Country {iso3: 'LNG'})")
            assert len(server_pids(home)) == 1
            assert (home / "server.pid").exists()  # the server's files stay in the home
            link = Path(store.server.socket_path).parent
            assert link.is_symlink() and link.resolve() == home.resolve()
        assert_no_server(home)
        assert not link.exists() and not link.is_symlink()  # no link outlives its server
        with _open(home) as store:
            assert store.read("MATCH (c:Country) RETURN c.iso3 AS c").value() == "LNG"
    finally:
        server.stop()
    assert_no_server(home)


# -- the CLI -------------------------------------------------------------------------------------


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run(
        [str(BIN / "nato-graph"), *args],
        env={**env, "NATO_GRAPH_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param(["status"], 0, id="status"),
        pytest.param(["cypher", "UNWIND [1,2] AS x RETURN x", "--format", "json"], 0, id="cypher"),
        pytest.param(["cypher", "CREATE (n:X)", "--write"], 0, id="cypher-write"),
        pytest.param(["cypher", "CREATE (n:X)"], 1, id="read-only-error"),
        pytest.param(["cypher", "MATCH (n"], 1, id="syntax-error"),
        pytest.param(
            ["cypher", "RETURN $x", "--param", "x", "99999999999999999999"], 1, id="bad-parameter"
        ),
    ],
)
def test_a_command_leaves_no_server_behind(home: Path, args: list[str], code: int) -> None:
    done = _run(*args, home=home)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert (home / "server.log").exists()  # it did start a server
    assert_no_server(home)


def test_cli_commands_in_process_leave_no_server(runner: CliRunner, home: Path) -> None:
    env = {"NATO_GRAPH_HOME": str(home), "NEO4J_URI": None}
    assert runner.invoke(cli, ["cypher", "CREATE (:X)", "--write"], env=env).exit_code == 0
    assert_no_server(home)
    result = runner.invoke(
        cli, ["cypher", "MATCH (n:X) RETURN count(n) AS n", "--format", "json"], env=env
    )
    assert result.output == '[{"n": 1}]\n'
    assert_no_server(home)


def test_server_start_status_stop(runner: CliRunner, home: Path) -> None:
    env = {"NATO_GRAPH_HOME": str(home), "NEO4J_URI": None}

    def run(*args: str) -> str:
        result = runner.invoke(cli, list(args), env=env)
        assert result.exit_code == 0, result.output
        return result.output

    assert run("server", "status") == f"not running (home {home})\n"
    started = run("server", "start")
    (pid,) = server_pids(home)
    socket = EmbeddedServer(home).socket_path
    assert started == f"embedded server running (pid {pid}) on {socket}\n"
    assert run("server", "start") == started  # a second start reuses it
    assert run("server", "status") == f"running (pid {pid}, kept by `server start`) on {socket}\n"

    run("cypher", "CREATE (:X {n: 1})", "--write")
    assert "server   running, pid " + str(pid) + " (kept by `server start`)\n" in run("status")
    assert server_pids(home) == {pid}  # kept alive across commands

    # a separate process uses the kept server and leaves it running
    done = _run("cypher", "MATCH (n:X) RETURN n.n AS n", "--format", "csv", home=home)
    assert (done.returncode, done.stdout) == (0, "n\n1\n")
    assert server_pids(home) == {pid}

    assert run("server", "stop") == "embedded server stopped\n"
    assert_no_server(home)
    assert run("server", "status") == f"not running (home {home})\n"
    assert run("server", "stop") == "no embedded server was running\n"
    # the data was flushed: a fresh command (that starts and stops its own server) sees it
    assert run("cypher", "MATCH (n:X) RETURN n.n AS n", "--format", "json") == '[{"n": 1}]\n'
    assert_no_server(home)


def test_server_status_of_a_server_in_use(runner: CliRunner, home: Path) -> None:
    with _open(home) as store:
        pid = store.server.state().pid
        result = runner.invoke(
            cli, ["server", "status"], env={"NATO_GRAPH_HOME": str(home), "NEO4J_URI": None}
        )
        assert result.output == f"running (pid {pid}) on {EmbeddedServer(home).socket_path}\n"
        assert server_pids(home) == {pid}  # `server status` neither stops nor keeps it
        assert not (home / "server.keep").exists()
    assert_no_server(home)


@pytest.mark.parametrize("action", ["start", "stop", "status"])
def test_server_commands_refuse_a_neo4j_uri(runner: CliRunner, home: Path, action: str) -> None:
    result = runner.invoke(
        cli, ["--uri", "bolt://127.0.0.1:1", "server", action], env={"NATO_GRAPH_HOME": str(home)}
    )
    assert result.exit_code == 1
    assert result.output == "Error: `server` manages the embedded store; a Neo4j URI is set\n"


def test_home_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    home = tmp_path / "file"
    home.write_text("")
    result = runner.invoke(
        cli, ["status"], env={"NATO_GRAPH_HOME": str(home / "sub"), "NEO4J_URI": None}
    )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: the home {home}/sub cannot be made: {home} is a file; --home and "
        "NATO_GRAPH_HOME name the directory the embedded store keeps its data in\n"
    )


def test_invalid_load_never_starts_a_server(runner: CliRunner, home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "mine.regions.yaml"
    bad.write_text("- key: atlantis\n")
    result = runner.invoke(
        cli, ["load", str(bad)], env={"NATO_GRAPH_HOME": str(home), "NEO4J_URI": None}
    )
    assert result.exit_code == 1
    assert not (home / "server.log").exists()
    assert not home.exists() or not any(home.iterdir())


def _running_a_read(home: Path) -> bool:
    """Whether a client of the home's server has sent it a read query (it is running it now)."""
    from nato_graph.stores.resp import Client

    try:
        with Client(EmbeddedServer(home).socket_path, timeout=10, connect_timeout=5) as client:
            listed = client.call("CLIENT", "LIST").splitlines()
    except OSError:  # not listening yet
        return False
    return any(" cmd=graph.ro_query " in f" {line.lower()} " for line in listed)


def test_sigterm_closes_the_store_and_stops_the_server(home: Path) -> None:
    """`kill PID` in the middle of a command stops its embedded server with it, as Ctrl-C does."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    slow = "UNWIND range(1, 100000000) AS i RETURN count(i) AS n"  # seconds of work on the server
    with subprocess.Popen(
        [str(BIN / "nato-graph"), "cypher", slow],
        env={**env, "NATO_GRAPH_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as proc:
        try:
            assert wait_until(lambda: bool(server_pids(home)), 20), (
                "the command never started its server"
            )
            assert wait_until(lambda: _running_a_read(home), 20), (
                "the query never reached the server"
            )
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 128 + signal.SIGTERM
        finally:
            proc.kill()
    assert_no_server(home)
    assert not (home / "server.pid").exists()
