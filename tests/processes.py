"""The embedded server's processes, seen from outside through /proc."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from nato_graph.stores.server import EmbeddedServer, pid_alive


def server_pids(home: Path) -> set[int]:
    """Live redis-server processes bound to ``home``'s socket."""
    socket = os.fsencode(EmbeddedServer(home).socket_path)
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"redis-server" in cmdline and socket in cmdline and pid_alive(int(entry.name)):
            pids.add(int(entry.name))
    return pids


def wait_until(condition: Callable[[], object], timeout: float = 30.0) -> bool:
    """Poll ``condition`` until it holds or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def assert_no_server(home: Path) -> None:
    # The last user waits for the shutdown; the poll only absorbs the kernel's process teardown.
    assert wait_until(lambda: not server_pids(home), 10), (
        f"redis-server left running: {server_pids(home)}"
    )
