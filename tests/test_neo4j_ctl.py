"""`make neo4j-up` / `neo4j-down` (tests/neo4j/neo4jctl.py) as a user meets them."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, TEST_NEO4J, neo4j_test_server
from tests.neo4j import neo4jctl

CTL = [sys.executable, str(ROOT / "tests" / "neo4j" / "neo4jctl.py")]


def ctl(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CTL, *args], env={**os.environ, **env}, capture_output=True, text=True, timeout=120
    )


def test_a_busy_port_is_one_line_and_starts_nothing(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = ctl("up", env={"NATO_GRAPH_NEO4J_DIR": str(tmp_path), "NEO4J_BOLT_PORT": str(port)})
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().splitlines()[-1] == (
        f"neo4j: error: port {port} on 127.0.0.1 (Bolt) is busy: stop what listens there or set NEO4J_BOLT_PORT"
    )
    assert not (tmp_path / "neo4j.pid").exists()


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NEO4J_BOLT_PORT", "70000", "NEO4J_BOLT_PORT='70000' is not a port number (1-65535)"),
        ("NEO4J_HTTP_PORT", "http", "NEO4J_HTTP_PORT='http' is not a port number (1-65535)"),
        (
            "NEO4J_PASSWORD",
            "short",
            "NEO4J_PASSWORD must have 8 characters or more (Neo4j's minimum)",
        ),
    ],
)
def test_bad_settings_are_one_line(tmp_path: Path, variable: str, value: str, message: str) -> None:
    done = ctl("up", env={"NATO_GRAPH_NEO4J_DIR": str(tmp_path), variable: value})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == f"neo4j: error: {message}"


def test_down_with_nothing_running_says_so(tmp_path: Path) -> None:
    done = ctl("down", env={"NATO_GRAPH_NEO4J_DIR": str(tmp_path)})
    assert (done.returncode, done.stdout) == (0, "neo4j: no test server was running\n")
    status = ctl("status", env={"NATO_GRAPH_NEO4J_DIR": str(tmp_path)})
    assert (status.returncode, status.stdout) == (3, "neo4j: not running\n")


@pytest.mark.neo4j
def test_a_second_up_says_one_is_running(neo4j_session_store: object) -> None:
    """Asked of the server the tests run on: it is left as it was."""
    server = neo4j_test_server()
    pid = neo4jctl.running_pid(server)
    assert pid is not None, f"the tests' Neo4j keeps no pid file in {server.run_dir}"
    done = ctl("up", env=TEST_NEO4J)
    assert done.returncode == 0
    assert (
        done.stdout
        == f"neo4j: already running (pid {pid}) at {server.uri}; `make neo4j-down` stops it\n"
    )
    assert neo4jctl.running_pid(server) == pid and neo4jctl.bolt_answers(server.bolt_port)


def test_bolt_answers_only_where_bolt_listens() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never answers the handshake
        assert not neo4jctl.bolt_answers(silent.getsockname()[1], timeout=0.5)


def listening_addresses(pid: int) -> set[tuple[str, int]]:
    """The (address, port) pairs that process PID listens on, read from /proc (TCP, v4 and v6)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = set()
    for table, width in (("tcp", 8), ("tcp6", 32)):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state != "0A" or inode not in inodes:  # 0A: LISTEN
                continue
            hex_address, hex_port = local.split(":")
            raw = bytes.fromhex(hex_address)
            if width == 8:
                address = socket.inet_ntop(socket.AF_INET, raw[::-1])
            else:  # four little-endian 32-bit words
                words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                address = socket.inet_ntop(socket.AF_INET6, words)
            found.add((address, int(hex_port, 16)))
    return found


@pytest.mark.neo4j
def test_the_server_listens_on_loopback_only(neo4j_session_store: object) -> None:
    server = neo4j_test_server()
    pid = neo4jctl.running_pid(server)
    assert pid is not None
    listening = listening_addresses(pid)
    assert {port for _, port in listening} >= {server.bolt_port, server.http_port}
    assert all(address in {"127.0.0.1", "::ffff:127.0.0.1"} for address, _ in listening), listening
