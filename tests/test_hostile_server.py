"""Hostile conditions around the embedded server: a tiny memory cap, a full disk, a read that
would have the server reach the network.

Found by an audit, each on a real server: a low NATO_GRAPH_QUERY_MEMORY made a sound store look
damaged (the cap also limited the replay of the append-only file) and `server repair` then
moved the sound data aside; a disk that filled up during a load was "lost the embedded
server", and left a rewrite's temporary file in data/ for good; `LOAD CSV FROM 'https://...'`
on the read path had the server connect to a local listener and answered `[]`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import string
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nato_graph.errors import DamagedStoreError, QueryError, ServerError
from nato_graph.settings import resolve
from nato_graph.stores import Store, open_store
from nato_graph.stores.resp import Client
from nato_graph.stores.server import EmbeddedServer
from tests import processes

CLI = [sys.executable, "-m", "nato_graph.cli"]


def env_for(home: Path, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NATO_GRAPH_"))}
    return {**env, "NATO_GRAPH_HOME": str(home), **more}


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], env=env_for(home, **env), capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    return lines[0]


def aof_files(home: Path) -> dict[str, bytes]:
    folder = home / "data" / "appendonlydir"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home holding the bundled data, its server stopped."""
    home = tmp_path_factory.mktemp("hostile-server") / "home"
    done = run(home, "load")
    assert done.returncode == 0, done.stderr
    processes.assert_no_server(home)
    return home


@pytest.fixture()
def copy(pristine: Path, tmp_path: Path) -> Iterator[Path]:
    home = tmp_path / "home"
    shutil.copytree(pristine, home)
    yield home
    EmbeddedServer(home).stop()
    processes.assert_no_server(home)


# -- 1. the memory cap is no judge of the data ------------------------------------------------


def test_a_low_query_memory_never_makes_a_sound_store_look_damaged(copy: Path) -> None:
    """NATO_GRAPH_QUERY_MEMORY=1 `status` said the sound store was damaged (the cap, given when
    the module loaded, also stopped the replay of logged writes), and `server repair` under the
    same cap moved the data aside and started an empty store (50 MiB did the same to a store of
    400,000 nodes). The cap is now set once the data is read back: the store opens whole,
    repair finds nothing to do, and the cap still stops a query that grows past it."""
    mib = "1"
    before = aof_files(copy)
    status = run(copy, "status", "--format", "json", NATO_GRAPH_QUERY_MEMORY=mib)
    assert status.returncode == 0, status.stderr
    assert "damaged" not in status.stderr
    counts = json.loads(status.stdout)
    assert counts["labels"]["Country"] > 0 and counts["types"]["PARTNER_IN"] > 0

    repair = run(copy, "server", "repair", NATO_GRAPH_QUERY_MEMORY=mib)
    assert repair.returncode == 0, repair.stderr
    assert "is sound" in repair.stdout and "nothing to repair" in repair.stdout
    assert not list(copy.glob("damaged-*"))
    assert aof_files(copy) == before

    # the cap holds for queries, as before
    big = run(copy, "cypher", "UNWIND range(1, 1000000) AS x RETURN collect(x) AS xs",
              NATO_GRAPH_QUERY_MEMORY=mib)  # fmt: skip
    assert "needed more memory than the embedded server gives one query" in one_error_line(big)
    assert "CRITICAL" not in (copy / "server.log").read_text()
    processes.assert_no_server(copy)


def test_the_query_memory_is_set_once_the_data_is_read(tmp_path: Path) -> None:
    """The cap is FalkorDB's QUERY_MEM_CAPACITY, set with GRAPH.CONFIG SET after the replay (not
    a module argument, which would limit the replay too); the AOF's automatic rewrites, held
    back until the replay is known to be whole, are on again."""
    home = tmp_path / "home"
    store = open_store(resolve(home=home, env={"NATO_GRAPH_QUERY_MEMORY": "64"}))
    try:
        with Client(store.server.socket_path, timeout=10, connect_timeout=5) as client:
            assert client.call("GRAPH.CONFIG", "GET", "QUERY_MEM_CAPACITY") == [
                "QUERY_MEM_CAPACITY", 64 << 20,
            ]  # fmt: skip
            graph = [m for m in client.call("MODULE", "LIST") if "graph" in m]
            assert graph and "QUERY_MEM_CAPACITY" not in json.dumps(graph)
            assert client.call("CONFIG", "GET", "auto-aof-rewrite-percentage")[1] == "50"
    finally:
        store.close()
    processes.assert_no_server(home)


def test_a_replay_a_limit_cut_short_is_not_damage_and_repair_leaves_it(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a limit still stop a logged command while the server reads its files back (here
    the 1 MiB cap given at module load, as versions before this one gave it), the store is not
    called damaged: opening it is refused with a line that says so, `repair` refuses too and
    moves nothing, the server is stopped before it could rewrite its files from the part it
    read, and the files are byte for byte as they were."""
    monkeypatch.setattr(
        EmbeddedServer, "MODULE_ARGS", ("QUERY_MEM_CAPACITY", str(1 << 20)), raising=False
    )
    settings = resolve(home=copy, env={"NATO_GRAPH_QUERY_MEMORY": "1"})
    before = aof_files(copy)
    for repair in (False, True):
        with pytest.raises(ServerError) as caught:
            open_store(settings, repair=repair)
        assert not isinstance(caught.value, DamagedStoreError)
        message = str(caught.value)
        assert "a resource limit stopped them" in message and "not damage" in message
        assert "graph.QUERY: Query's mem consumption exceeded capacity" in message
        assert "`server repair` will not move them" in message
        assert "\n" not in message
        processes.assert_no_server(copy)
        assert not list(copy.glob("damaged-*"))
        assert aof_files(copy) == before
    monkeypatch.undo()  # started as this version starts it, the same files are whole
    with open_store(resolve(home=copy, env={"NATO_GRAPH_QUERY_MEMORY": "1"})) as store:
        assert store.counts().labels["Country"] > 0


# -- 2. a full disk ---------------------------------------------------------------------------


DISK_FULL_DRIVER = r"""
import json, subprocess, sys
from pathlib import Path

cli, home, data_file, out = sys.argv[1:5]
cli = json.loads(cli)
env = json.loads(sys.argv[5])
def run(*args):
    done = subprocess.run([*cli, *args], env=env, capture_output=True, text=True, timeout=600)
    return {"rc": done.returncode, "stdout": done.stdout, "stderr": done.stderr}
report = {"load": run("load", data_file)}
report["status"] = run("status", "--format", "json")
report["left"] = sorted(p.name for p in (Path(home) / "data").iterdir())
Path(out).write_text(json.dumps(report))
"""


def _unshare(where: Path) -> list[str] | None:
    """The command that runs a program in a mount namespace of its own in which this user may
    mount a tmpfs (on ``where``, to try), or None where this machine allows neither."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None
    ways = [["unshare", "--mount"]] if os.geteuid() == 0 else []
    ways.append(["unshare", "--user", "--map-root-user", "--mount"])
    for way in ways:
        probe = subprocess.run(
            [*way, "sh", "-c", 'mount -t tmpfs -o size=1m tmpfs "$0"', str(where)],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        if probe.returncode == 0:
            return way
    return None


def test_a_disk_that_fills_up_during_a_load_is_said_to_be_full(tmp_path: Path) -> None:
    """A load into a home on a 3 MB filesystem: the server cannot write its append-only file,
    and Redis exits (the fsync policy is `always`). The command said "lost the embedded server
    ... the server closed the connection"; it now says the disk is full, quoting the server's
    log ("Short write while writing to the AOF file", Redis's ENOSPC), and the store opens
    afterwards with what was written before. Run in a mount namespace of its own, so the
    tmpfs is gone with the test."""
    disk = tmp_path / "disk"
    disk.mkdir()
    way = _unshare(disk)
    if way is None:
        pytest.skip("needs unshare and a mount namespace in which a tmpfs can be mounted")
    rng = random.Random(7)
    rows = [
        {"key": f"fill-{i}", "title": "".join(rng.choices(string.ascii_letters, k=200)),
         "url": f"https://example.org/{i}", "publisher": "P", "kind": "official",
         "dated": "2000-01-01"}
        for i in range(20_000)
    ]  # fmt: skip
    data_file = tmp_path / "fill.sources.yaml"
    import yaml

    data_file.write_text(yaml.safe_dump(rows))
    home = disk / "home"
    out = tmp_path / "report.json"
    driver = tmp_path / "driver.py"
    driver.write_text(DISK_FULL_DRIVER)
    env = env_for(home)
    done = subprocess.run(
        [*way, "sh", "-c", 'mount -t tmpfs -o size=3m tmpfs "$0" && exec "$@"', str(disk),
         sys.executable, str(driver), json.dumps(CLI), str(home), str(data_file), str(out),
         json.dumps(env)],
        capture_output=True, text=True, timeout=900, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    load = report["load"]
    assert load["rc"] == 1, load
    errors = [line for line in load["stderr"].splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, load["stderr"]
    assert "lost the embedded server" not in errors[0]
    assert errors[0].startswith(
        f"Error: the embedded server stopped: the disk holding {home / 'data'} is full ("
    ), errors[0]
    assert "Free some space and run the command again" in errors[0]
    status = report["status"]
    assert status["rc"] == 0, status["stderr"]
    assert sum(json.loads(status["stdout"])["labels"].values()) > 0  # what was written before
    assert not [n for n in report["left"] if n.startswith("temp-rewriteaof-bg-")]
    processes.assert_no_server(home)


def _dead_pid() -> int:
    """A pid no process can have: above the kernel's pid_max."""
    return int(Path("/proc/sys/kernel/pid_max").read_text()) + 1


def test_a_rewrite_left_behind_is_removed_at_the_next_start_only(tmp_path: Path) -> None:
    """A server that died during a background rewrite (the disk filled up) left its
    temp-rewriteaof-bg-PID.aof (1.2 MB) in data/ for good. The next start removes such files,
    and only those: not while a server runs, not one whose rewriting process lives, nothing of
    another name, no directory, no symlink (nor its target)."""
    home = tmp_path / "home"
    with open_store(resolve(home=home, env={})) as store:
        store.write("CREATE (:Country {iso3: 'ISR'})")
    data = home / "data"
    dead = data / f"temp-rewriteaof-bg-{_dead_pid()}.aof"
    outside = tmp_path / "outside.aof"
    outside.write_bytes(b"mine")
    kept = {
        data / f"temp-rewriteaof-bg-{os.getpid()}.aof": b"a live rewriter's",
        data / "temp-rewriteaof-bg-12.aof.bak": b"other name",
        data / "temp-rewriteaof-bg-x.aof": b"other name",
        data / "my-temp-rewriteaof-bg-12.aof": b"other name",
    }
    for path, body in kept.items():
        path.write_bytes(body)
    folder = data / f"temp-rewriteaof-bg-{_dead_pid() + 1}.aof"
    folder.mkdir()
    link = data / f"temp-rewriteaof-bg-{_dead_pid() + 2}.aof"
    link.symlink_to(outside)

    server = EmbeddedServer(home)
    server.acquire(keep=True)  # a start: the dead rewriter's file is removed
    try:
        assert not dead.exists()
        dead.write_bytes(b"written while a server runs")
        server._remove_rewrite_temporaries()  # a server answers: nothing is removed
        with open_store(resolve(home=home, env={})) as store:  # reuses the running server
            assert store.read("MATCH (c:Country) RETURN c.iso3 AS c").rows == [{"c": "ISR"}]
        assert dead.read_bytes() == b"written while a server runs"
    finally:
        server.stop()
    processes.assert_no_server(home)
    with open_store(resolve(home=home, env={})):
        pass
    assert not dead.exists()
    for path, body in kept.items():
        assert path.read_bytes() == body
    assert folder.is_dir() and link.is_symlink() and outside.read_bytes() == b"mine"
    processes.assert_no_server(home)


# -- 3. no network or file from a read --------------------------------------------------------


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it is offered."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


LOAD_CSV = [
    pytest.param("LOAD CSV FROM '{url}' AS r RETURN r", id="plain"),
    pytest.param("load csv with headers from '{url}' AS r RETURN r", id="lower-case-headers"),
    pytest.param("LOAD/* a comment */CSV FROM '{url}' AS r RETURN r", id="comment-between"),
    pytest.param("CALL {{ LOAD CSV FROM '{url}' AS r RETURN r }} RETURN r", id="subquery"),
    pytest.param("MATCH (n) WITH count(n) AS n LOAD CSV FROM '{url}' AS r RETURN r", id="later"),
    pytest.param("LOAD CSV FROM $url AS r RETURN r", id="url-as-parameter"),
]
REFUSED = (
    "LOAD CSV is refused on the read path: it has the embedded server fetch a URL or open a "
    "file, which a read must not do"
)


@pytest.mark.parametrize("scheme", ["https", "http"])
@pytest.mark.parametrize("statement", LOAD_CSV)
def test_load_csv_on_the_read_path_is_refused_and_reaches_nothing(
    store: Store, listener: Listener, statement: str, scheme: str
) -> None:
    """`LOAD CSV FROM 'https://127.0.0.1:PORT/x.csv'` through `cypher` (read-only) reached a
    listener on this machine and answered [] (a failed fetch reads as an empty answer). The
    read path now refuses LOAD CSV, in any spelling the server takes, before the server runs
    it: nothing connects."""
    url = f"{scheme}://127.0.0.1:{listener.port}/x.csv"
    with pytest.raises(QueryError) as caught:
        store.read(statement.format(url=url), {"url": url})
    assert str(caught.value) == REFUSED
    time.sleep(0.5)  # a fetch under way would have connected by now
    assert listener.connections == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:///var/lib/FalkorDB/import/x.csv"])
def test_load_csv_of_a_file_on_the_read_path_is_refused(store: Store, url: str) -> None:
    with pytest.raises(QueryError) as caught:
        store.read(f"LOAD CSV FROM '{url}' AS r RETURN r")
    assert str(caught.value) == REFUSED


def test_a_read_that_only_names_csv_runs(store: Store) -> None:
    """The word alone is no clause: such reads run as before (the plan is asked, and has no
    LOAD CSV), and a missing parameter is still named."""
    assert store.read("RETURN 'data.csv' AS csv, $csv AS given", {"csv": 1}).rows == [
        {"csv": "data.csv", "given": 1}
    ]
    with pytest.raises(QueryError, match=r"missing parameter\(s\): csv"):
        store.read("RETURN $csv AS x")
    # a label or alias of that name is no clause either (the plan line holds it beside the
    # operation: "Node By Label Scan | (load csv:Load CSV)")
    assert store.read("MATCH (`load csv`:`Load CSV`) RETURN count(*) AS n").rows == [{"n": 0}]


def test_the_cli_refuses_load_csv_in_one_line(copy: Path, listener: Listener) -> None:
    done = run(copy, "cypher", f"LOAD CSV FROM 'https://127.0.0.1:{listener.port}/x.csv' AS r "
               "RETURN r")  # fmt: skip
    assert one_error_line(done) == f"Error: {REFUSED}"
    assert listener.connections == 0
    processes.assert_no_server(copy)
